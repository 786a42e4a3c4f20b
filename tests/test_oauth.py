"""XOAUTH2 access tokens: read from a command or a file, cached, refreshed after their time."""

from pathlib import Path

import pytest

from supportmail.config import OAuth2
from supportmail.errors import LoginError
from supportmail.oauth import TokenSource


class Clock:
    """A controllable monotonic clock."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_command_token_is_cached_then_refreshed(tmp_path: Path) -> None:
    """The command runs once, its token is reused, and after refresh_seconds it runs again."""
    counter = tmp_path / "runs"
    command = f"echo x >> {counter}; echo token-$(wc -l < {counter})"
    clock = Clock()
    source = TokenSource(OAuth2(token_command=command, refresh_seconds=300), clock)
    assert source.token() == "token-1"
    clock.now = 299
    assert source.token() == "token-1"
    clock.now = 300
    assert source.token() == "token-2"
    source.invalidate()
    assert source.token() == "token-3"


def test_file_token_is_read_fresh_after_refresh(tmp_path: Path) -> None:
    """A token file kept fresh by another service is re-read once the token is due."""
    path = tmp_path / "token"
    path.write_text("first\n", encoding="utf-8")
    clock = Clock()
    source = TokenSource(OAuth2(token_file=path, refresh_seconds=60), clock)
    assert source.token() == "first"
    path.write_text("second\n", encoding="utf-8")
    assert source.token() == "first"
    clock.now = 61
    assert source.token() == "second"


@pytest.mark.parametrize("command", ["exit 3", "true"])
def test_failing_or_empty_command_is_a_login_error(command: str) -> None:
    """A command that fails or prints nothing is a login problem (alerted, retried later)."""
    with pytest.raises(LoginError):
        TokenSource(OAuth2(token_command=command)).token()
