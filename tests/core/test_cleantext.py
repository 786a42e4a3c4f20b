"""Text made storable: escaped bytes decoded where they are UTF-8, the rest replaced, the same
way every time."""

import pytest

from supportmail.core.cleantext import clean_text, clean_value, is_clean

CASES = [
    ("plain ascii", "plain ascii"),
    ("caf\u00e9 \u4e2d\u6587", "caf\u00e9 \u4e2d\u6587"),
    ("abc\udcfd.example", "abc\ufffd.example"),  # one byte that is not UTF-8
    ("caf\udcc3\udca9", "caf\u00e9"),  # raw UTF-8 bytes, escaped: decoded back
    ("\udcc3", "\ufffd"),  # a truncated UTF-8 sequence
    ("a\ud800b", "a\ufffdb"),  # a lone high surrogate, not an escaped byte
    ("nul\x00here", "nul\ufffdhere"),
    ("\u00e9\x00", "\u00e9\ufffd"),
    ("\udced\udca0\udc80", "\ufffd\ufffd\ufffd"),  # an encoded surrogate stays refused
    ("", ""),
]


@pytest.mark.parametrize(("raw", "stored"), CASES)
def test_clean_text_makes_text_storable(raw: str, stored: str) -> None:
    """Each input cleans to the expected text, which encodes as strict UTF-8 without NUL."""
    cleaned = clean_text(raw)
    assert cleaned == stored
    assert is_clean(cleaned)
    assert "\x00" not in cleaned
    cleaned.encode("utf-8")  # strict: raises on any surrogate left


@pytest.mark.parametrize(("raw", "stored"), CASES)
def test_clean_text_is_idempotent(raw: str, stored: str) -> None:
    """Cleaning clean text changes nothing, so a stored key is found again by the same bytes."""
    assert clean_text(clean_text(raw)) == clean_text(raw)
    assert is_clean(raw) == (raw == stored)


def test_clean_value_leaves_other_types_alone() -> None:
    """Bytes, numbers and None pass through untouched; only str is cleaned."""
    assert clean_value(b"\x00\xff") == b"\x00\xff"
    assert clean_value(5) == 5
    assert clean_value(None) is None
    assert clean_value("x\udcff") == "x\ufffd"
