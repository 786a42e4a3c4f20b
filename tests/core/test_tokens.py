"""Reply tokens: signed, short, lower-case, and refused when anything about them is off."""

import re

import pytest

from supportmail.core.tokens import (
    TOKEN_LENGTH,
    parse_reply_address,
    reply_address,
    reply_token,
    verify_token,
)

KEY = b"a test key, long enough to be a real one"
SUPPORT = "support@houseware.io"


def test_token_is_short_lowercase_base32() -> None:
    """A token is 16 lower-case base32 characters, safe in a lower-cased local part."""
    token = reply_token(KEY, 1234, "alice@houseware.io")
    assert re.fullmatch(rf"[a-z2-7]{{{TOKEN_LENGTH}}}", token)


@pytest.mark.parametrize(
    ("number", "recipient", "other_number", "other_recipient", "same"),
    [
        (1234, "alice@houseware.io", 1234, "alice@houseware.io", True),
        (1234, "alice@houseware.io", 1234, "ALICE@Houseware.IO", True),
        (1234, "alice@houseware.io", 1235, "alice@houseware.io", False),
        (1234, "alice@houseware.io", 1234, "bob@houseware.io", False),
        (1, "a@b.io", 11, "a@b.io", False),
    ],
)
def test_token_depends_on_ticket_and_recipient_only(
    number: int, recipient: str, other_number: int, other_recipient: str, same: bool
) -> None:
    """Tokens match exactly when ticket and recipient (ignoring case) match."""
    assert (
        reply_token(KEY, number, recipient) == reply_token(KEY, other_number, other_recipient)
    ) is same


def test_token_depends_on_key() -> None:
    """Another key gives another token, and an empty key is refused."""
    assert reply_token(KEY, 1, "a@b.io") != reply_token(KEY + b"x", 1, "a@b.io")
    with pytest.raises(ValueError, match="empty"):
        reply_token(b"", 1, "a@b.io")


def test_reply_address_round_trip() -> None:
    """A reply address parses back to its number and token, and the token verifies."""
    addr = reply_address(KEY, 1234, "alice@houseware.io", SUPPORT)
    assert addr.startswith("support+1234.") and addr.endswith("@houseware.io")
    parsed = parse_reply_address(addr, SUPPORT)
    assert parsed is not None
    number, token = parsed
    assert number == 1234
    assert verify_token(KEY, number, "alice@houseware.io", token)
    assert verify_token(KEY, number, "Alice@Houseware.io", token.upper())


@pytest.mark.parametrize(
    "addr",
    [
        "support@houseware.io",
        "support+1234@houseware.io",
        "support+1234.abc@houseware.io",
        "support+x1234.aaaaaaaaaaaaaaaa@houseware.io",
        "support+1234.aaaaaaaaaaaaaaaa@evil.example",
        "support+1234.aaaaaaaaaaaaaaaa@houseware.io.evil.example",
        "notsupport+1234.aaaaaaaaaaaaaaaa@houseware.io",
        "support+1234.aaaaaaaaaaaaaaa1@houseware.io",  # 1 is not base32
        "support+1234567890123.aaaaaaaaaaaaaaaa@houseware.io",
        "",
    ],
)
def test_parse_refuses_other_addresses(addr: str) -> None:
    """Anything that is not exactly support+<number>.<16 base32>@our domain is not ours."""
    assert parse_reply_address(addr, SUPPORT) is None


@pytest.mark.parametrize(
    ("addr", "expected"),
    [
        ("support+7.aaaaaaaaaaaaaaaa@houseware.io", (7, "aaaaaaaaaaaaaaaa")),
        ("SUPPORT+7.AAAAAAAAAAAAAAAA@HOUSEWARE.IO", (7, "aaaaaaaaaaaaaaaa")),
        ("<support+7.aaaaaaaaaaaaaaaa@houseware.io>", (7, "aaaaaaaaaaaaaaaa")),
    ],
)
def test_parse_ignores_case_and_brackets(addr: str, expected: tuple[int, str]) -> None:
    """Case and surrounding angle brackets do not matter when parsing."""
    assert parse_reply_address(addr, SUPPORT) == expected


@pytest.mark.parametrize(
    ("number", "recipient", "token"),
    [
        (1235, "alice@houseware.io", None),  # another ticket
        (1234, "mallory@example.com", None),  # another person using Alice's address
        (1234, "alice@houseware.io", "aaaaaaaaaaaaaaaa"),  # a guess
        (1234, "alice@houseware.io", ""),
        (1234, "alice@houseware.io", "é" * 16),  # non-ASCII must not crash compare_digest
    ],
)
def test_verify_refuses_wrong_tokens(number: int, recipient: str, token: str | None) -> None:
    """A token for another ticket or recipient, a guess or junk does not verify."""
    real = reply_token(KEY, 1234, "alice@houseware.io")
    assert not verify_token(KEY, number, recipient, real if token is None else token)
