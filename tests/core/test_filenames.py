"""File names cut by UTF-8 bytes, between characters, extension kept."""

import pytest

from supportmail.core.body import sanitise_filename
from supportmail.core.filenames import cut_to_bytes, fit_name, utf8_length


@pytest.mark.parametrize(
    ("name", "limit", "expected"),
    [
        ("short.txt", 255, "short.txt"),
        ("\u6587" * 150 + ".pdf", 255, "\u6587" * 83 + ".pdf"),  # 83 * 3 + 4 = 253 bytes
        ("\U0001f600" * 100, 255, "\U0001f600" * 63),  # 4-byte characters, none split
        ("a" * 300 + ".tar.gz", 20, "a" * 17 + ".gz"),
        ("x." + "e" * 200, 50, "x." + "e" * 48),  # an over-long "extension" is just text
        ("", 10, "attachment"),
        ("...." + "\u00e9" * 200, 11, "....\u00e9\u00e9\u00e9"),
    ],
)
def test_fit_name_cuts_by_bytes(name: str, limit: int, expected: str) -> None:
    """The result fits `limit` UTF-8 bytes and is the expected cut."""
    fitted = fit_name(name, limit)
    assert fitted == expected
    assert utf8_length(fitted) <= limit


def test_cut_to_bytes_never_splits_a_character() -> None:
    """Every cut of a mixed string decodes as whole characters within the limit."""
    text = "a\u00e9\u6587\U0001f600" * 5
    for limit in range(len(text.encode())):
        cut = cut_to_bytes(text, limit)
        assert text.startswith(cut) and utf8_length(cut) <= limit


def test_stored_names_leave_room_for_the_save_prefix() -> None:
    """A stored attachment name is at most 200 bytes, so "<id>-<n>-" still fits in 255."""
    name = sanitise_filename("\u6587" * 150 + ".pdf", 1, "application/pdf")
    assert utf8_length(name) <= 200 and name.endswith(".pdf")
