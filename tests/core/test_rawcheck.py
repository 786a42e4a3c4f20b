"""Bytes that are no mail at all are named as such; real mail of any shape passes."""

import pytest

from supportmail.core.rawcheck import not_a_mail

MAIL = b"From: a@example.com\r\nSubject: hi\r\n\r\nHello.\r\n"


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (b"", "empty input"),
        (b"  \r\n\n\t", "empty input"),
        (bytes(range(256)) * 4, "binary data"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"Hello, this is just some text.\nNo headers here.\n", "no mail headers"),
        (b"Subject: fine\nthen prose without a colon\n\nbody", "no mail headers"),
        (b"\n\nJust a body after blank lines", "no mail headers"),
    ],
)
def test_what_is_not_a_mail_is_named(raw: bytes, why: str) -> None:
    """Empty input, binary junk and text without a header block are each named."""
    reason = not_a_mail(raw)
    assert reason is not None
    assert reason.startswith(why)


@pytest.mark.parametrize(
    "raw",
    [
        MAIL,
        MAIL.replace(b"\r\n", b"\n"),
        b"From sender@example.com Mon Jan  1 00:00:00 2024\n" + MAIL.replace(b"\r\n", b"\n"),
        b"Received: from x\n by y;\n Mon, 1 Jan 2024 00:00:00 +0000\nSubject: s\n\nbody",
        b"Subject: only headers, no body",
        MAIL + b"\x00\x01binary attachment bytes after the headers",
    ],
)
def test_mail_of_any_shape_passes(raw: bytes) -> None:
    """CRLF or LF, an mbox separator, folded headers, no body, binary body bytes: a mail."""
    assert not_a_mail(raw) is None
