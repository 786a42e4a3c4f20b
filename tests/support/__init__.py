"""Helpers shared by the tests; not tests themselves (pytest collects nothing here).

`desk` (configs, mails and a desk on its own database), `mailbox` (the test bed's IMAP account),
`smtp` (a recording SMTP server on loopback and a sender for it), `daemon` (the daemon as a
subprocess), `replay` (a desk filled through `supportmail replay`). Test modules import helpers
from here, never from one another; shared fixtures live in tests/conftest.py.
"""
