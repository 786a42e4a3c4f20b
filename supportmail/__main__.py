"""`python -m supportmail` runs the command line."""

import sys

from supportmail.cli import main

sys.exit(main())
