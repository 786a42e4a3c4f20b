"""Whether bytes handed to us as a mail are one at all: empty, binary junk, or no header block.

The IMAP path never asks (a server hands over messages, odd ones are quarantined); commands that
read a file or stdin (`triage`) ask first, so a wrong file is named as such instead of getting a
priority by the default rule.
"""

import re

# RFC 5322 field name: printable US-ASCII except colon, then the colon.
_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:")
_MBOX_FROM = re.compile(rb"^From \S")
# Bytes no mail carries outside a binary body part: NUL and the C0 controls other than
# tab, line feed, form feed and carriage return, and DEL.
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HEAD_LIMIT = 64 * 1024  # the header block of any real mail fits; junk is judged by its start


def not_a_mail(raw: bytes) -> str | None:
    """Why `raw` is not a mail message ("empty input", ...), or None when it may be one."""
    if not raw.strip():
        return "empty input"
    text = raw.lstrip(b"\r\n\t ")
    head = text[:_HEAD_LIMIT].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    if _CONTROL.search(head):
        return "binary data, not a mail (control bytes where the headers should be)"
    lines = head.splitlines()
    if lines and _MBOX_FROM.match(lines[0]):
        lines = lines[1:]  # an mbox "From " separator before the headers
    if not lines or not _HEADER_LINE.match(lines[0]):
        return "no mail headers (a mail starts with lines like 'From: ...' and 'Subject: ...')"
    fields = [line for line in lines if _HEADER_LINE.match(line)]
    folded = [line for line in lines if line[:1] in (b" ", b"\t")]
    if len(fields) + len(folded) < len(lines):
        return "no mail headers (the first block holds lines that are not header fields)"
    return None
