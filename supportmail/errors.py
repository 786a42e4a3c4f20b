"""Our exception tree: every adapter maps its library's errors into these at the boundary.

    SupportmailError
    ├── ConfigError        the configuration is wrong; carries every problem found (exit 2)
    ├── SchemaError        the database schema is missing or out of date (exit 2, says what to run)
    ├── TransientError     try again later: a dropped connection, a 4xx reply, a timeout (exit 75)
    └── PermanentError     retrying will not help: a 5xx reply, a message we cannot handle (exit 1)
        └── LoginError     the server refused our credentials: a person must fix them. A one-off
                           run fails (exit 1, so cron does not retry for ever); the daemon
                           alerts and keeps trying with a long backoff (the fix needs no restart)

No caller outside an adapter ever catches an imaplib, socket, ssl or aiosmtplib exception.
The exit codes each kind maps to (the CLI and the daemon share them) are defined here too.
"""

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_CONFIG = 2
EXIT_TEMPFAIL = 75


class SupportmailError(Exception):
    """Base of every error supportmail raises on purpose."""


class ConfigError(SupportmailError):
    """The configuration has one or more problems, each naming the key path."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class SchemaError(SupportmailError):
    """The database schema is missing or older than this version of supportmail."""


class TransientError(SupportmailError):
    """A failure that may go away by itself: retry later with backoff."""


class PermanentError(SupportmailError):
    """A failure that retrying will not fix: give up, quarantine or mark failed, and alert."""


class LoginError(PermanentError):
    """The server refused the credentials: permanent until a person fixes them (the daemon
    alerts and retries with a long backoff; a one-off command fails with exit 1)."""
