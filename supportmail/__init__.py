"""supportmail: a support mailbox turned into a ticket desk with a response-time promise."""

__version__ = "0.1.0"
