"""XOAUTH2 access tokens: read from a command's output or a file, cached until due for refresh."""

import subprocess
import time
from collections.abc import Callable

from supportmail.config import OAuth2
from supportmail.errors import LoginError, TransientError


class TokenSource:
    """Hands out a current access token; fetches a new one after `refresh_seconds`."""

    def __init__(self, settings: OAuth2, clock: Callable[[], float] = time.monotonic) -> None:
        self._settings = settings
        self._clock = clock
        self._token: str | None = None
        self._fetched_at = 0.0

    def token(self) -> str:
        """A token young enough to use (never logged)."""
        age = self._clock() - self._fetched_at
        if self._token is None or age >= self._settings.refresh_seconds:
            self._token = self._fetch()
            self._fetched_at = self._clock()
        return self._token

    def invalidate(self) -> None:
        """Forget the cached token, e.g. after the server refused it."""
        self._token = None

    def _fetch(self) -> str:
        settings = self._settings
        if settings.token_command:
            try:
                # An operator-configured command line, as getmail and msmtp run theirs.
                done = subprocess.run(  # noqa: S602
                    settings.token_command,
                    shell=True,
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=False,
                )
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise TransientError(
                    f"oauth2 token command failed: {exc.__class__.__name__}"
                ) from exc
            if done.returncode != 0:
                raise LoginError(f"oauth2 token command exited {done.returncode}")
            token = done.stdout.strip()
        elif settings.token_file is not None:
            try:
                token = settings.token_file.read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise TransientError(f"cannot read oauth2 token file: {exc.strerror}") from exc
        else:
            raise LoginError("xoauth2 needs oauth2.token_command or oauth2.token_file")
        if not token:
            raise LoginError("the oauth2 token source gave an empty token")
        return token
