"""`python -m supportmail` runs the command line."""

import sys

from supportmail.cli.main import main

sys.exit(main())
