"""Text made safe to store: what a UTF-8 database column (and PostgreSQL's text) can hold.

Mail arrives with bytes that are not UTF-8. The parser keeps such a byte as a lone surrogate
(Python's "surrogateescape": byte 0xFD becomes U+DCFD) so nothing is lost while deciding what
the mail is; but no database driver can encode a surrogate, and PostgreSQL refuses NUL in text.
`clean_text` is applied where text leaves for the database: runs of escaped bytes are decoded
as UTF-8 where they are UTF-8 (a header in raw UTF-8 stays readable), every other escaped byte,
lone surrogate or NUL becomes U+FFFD. The result is the same for the same input, so a cleaned
Message-ID stored today is found again when a reply quotes the same bytes tomorrow.
"""

import re
from typing import TypeVar

REPLACEMENT = "\ufffd"

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")
_LONE_SURROGATE_OR_NUL = re.compile("[\x00\ud800-\udfff]")

T = TypeVar("T")


def _decode_escaped(match: re.Match[str]) -> str:
    return match.group().encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def clean_text(text: str) -> str:
    """`text` with escaped bytes decoded (or replaced), lone surrogates and NUL replaced."""
    if text.isascii():  # the common case, checked in C without a regex
        return text.replace("\x00", REPLACEMENT) if "\x00" in text else text
    if _UNSTORABLE.search(text) is None:
        return text
    text = _ESCAPED_BYTES.sub(_decode_escaped, text)
    return _LONE_SURROGATE_OR_NUL.sub(REPLACEMENT, text)


def is_clean(text: str) -> bool:
    """Whether `text` can be stored as it is."""
    if text.isascii():
        return "\x00" not in text
    return _UNSTORABLE.search(text) is None


def clean_value(value: T) -> T:
    """`value` cleaned when it is a str, else unchanged (bytes, numbers, times, None)."""
    if isinstance(value, str):
        return clean_text(value)  # type: ignore[return-value]
    return value
