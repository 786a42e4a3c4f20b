"""Our own mails written straight to bytes: a `Draft` as the email package would write it,
without parsing every header it was just given and refolding it on output.

Pure. The email package spends most of a mail's composing on that parsing (about 4 ms a mail,
the desk's largest cost while sending a backlog); here a header we generate is written as it
is: ASCII folded at spaces to 78 characters, text with anything else as RFC 2047 UTF-8 encoded
words, display names quoted or encoded, the text as 7bit, 8bit, quoted-printable or base64 by
the email package's own rule, files as already encoded base64 parts. What a reader decodes is
the same as from the email package's bytes (tests/core/test_mimewrite.py compares every kind
of mail we send, header by header and part by part). Anything this writer does not handle
(an address that needs quoting, a value holding "=?", a line that would pass 998 characters,
text that is not Unicode) makes `write` return None: the caller uses the email package then.
"""

import binascii
import re
import secrets
from collections.abc import Sequence
from urllib.parse import quote

from supportmail.core.outgoing_headers import Draft, Mailbox

MAX_LINE = 78  # the email package's folding width (policy.SMTP.max_line_length)
HARD_LIMIT = 998  # RFC 5322 2.1.1: no line may be longer
_PRINTABLE = re.compile(r"[ -~]*")
# A plain dot-atom address: written as it is (anything else goes to the email package).
_PLAIN_ADDR = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
)
_SPECIALS = frozenset('()<>@,:;."[]\\')  # a display name holding one is quoted
# Q encoding safe in any header position (RFC 2047 5(3)); space is "_", the rest =XX.
_Q_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
_Q_BYTE = [chr(b) if b in _Q_SAFE else "_" if b == 0x20 else f"={b:02X}" for b in range(256)]
_EW_OVERHEAD = len("=?utf-8?q??=")
_EW_TEXT = 75 - _EW_OVERHEAD  # an encoded word is at most 75 characters (RFC 2047 2)
_FILENAME_SAFE = re.compile(r"[ !#-\[\]-~]*")  # printable ASCII without " and \


class Unwritable(Exception):
    """This draft needs the email package."""


def write(draft: Draft, files: Sequence[tuple[str, str, str, bytes]] = ()) -> bytes | None:
    """The bytes of `draft` (CRLF line ends), with `files` attached: (safe name, maintype,
    subtype, base64 body in 76-character CRLF lines). None: use the email package."""
    try:
        return _write(draft, files)
    except (Unwritable, UnicodeEncodeError):
        return None


def _write(draft: Draft, files: Sequence[tuple[str, str, str, bytes]]) -> bytes:
    lines: list[str] = []
    for name, value in draft.headers:
        if isinstance(value, str):
            lines += _fold(name, _text_tokens(value, MAX_LINE - len(name) - 2))
        else:
            lines += _fold(name, _address_tokens(value, MAX_LINE - len(name) - 2))
    cte, payload = _text_body(draft.body)
    text_headers = [
        'Content-Type: text/plain; charset="utf-8"',
        f"Content-Transfer-Encoding: {cte}",
    ]
    if not files:
        lines += [*text_headers, "MIME-Version: 1.0"]
        return _head(lines) + payload
    boundary = f"=_sm_{secrets.token_hex(12)}"  # a 78-column line with its header
    if boundary.encode("ascii") in payload:
        raise Unwritable  # not in 2**128 tries; never mistaken for a delimiter either way
    lines += ["MIME-Version: 1.0", f'Content-Type: multipart/mixed; boundary="{boundary}"']
    mark = f"--{boundary}".encode("ascii")
    pieces = [_head(lines), mark, b"\r\n", _head(text_headers), payload]
    for name, maintype, subtype, body in files:
        part = [
            f"Content-Type: {maintype}/{subtype}",
            "Content-Transfer-Encoding: base64",
            *_disposition(name),
        ]
        pieces += [b"\r\n", mark, b"\r\n", _head(part), body]
    pieces += [b"\r\n", mark, b"--\r\n"]
    return b"".join(pieces)


def _head(lines: list[str]) -> bytes:
    """Header lines and the empty line after them, as bytes."""
    for line in lines:
        if len(line) > HARD_LIMIT:
            raise Unwritable
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


def _fold(name: str, tokens: list[str]) -> list[str]:
    """`name: token token ...` in lines of at most MAX_LINE where the tokens allow, broken only
    at the spaces between tokens (a reader unfolds them back to one space, or to nothing
    between two encoded words)."""
    lines = [f"{name}:"]
    for token in tokens:
        line = lines[-1]
        if len(line) + 1 + len(token) <= MAX_LINE or line == f"{name}:":
            lines[-1] = f"{line} {token}"
        else:
            lines.append(f" {token}")
    return lines


def _plain(value: str) -> bool:
    """ASCII printable with single spaces between words, and nothing a reader would decode."""
    return (
        _PRINTABLE.fullmatch(value) is not None
        and "=?" not in value
        and "  " not in value
        and value == value.strip()
    )


def _text_tokens(value: str, room: int) -> list[str]:
    """An unstructured value as foldable tokens: its words; where a word is not plain ASCII,
    encoded words from that word on. The leading plain words stay readable as the email
    package leaves them: a subject's "[#1042]" tag is seen as it is by every client, filter
    and log line."""
    if _plain(value):
        return value.split(" ") if value else []
    if "=?" in value or value != " ".join(value.split()):
        raise Unwritable  # the email package decodes "=?" on the way in; spacing is its own
    words = value.split(" ")
    lead: list[str] = []
    for word in words:
        if not _plain(word):
            break
        lead.append(word)
    used = sum(len(word) + 1 for word in lead)
    return [*lead, *_encoded_words(" ".join(words[len(lead) :]), room - used)]


def _address_tokens(boxes: Sequence[Mailbox], room: int) -> list[str]:
    """Mailboxes as foldable tokens: display name (atoms, a quoted string or encoded words),
    then <address>; commas between mailboxes."""
    tokens: list[str] = []
    for at, (display, addr) in enumerate(boxes):
        if not _PLAIN_ADDR.fullmatch(addr) or "=?" in display:
            raise Unwritable
        if not display:
            mailbox = [addr]
        elif not _plain(display):
            if display != " ".join(display.split()):
                raise Unwritable
            mailbox = [*_encoded_words(display, room if at == 0 else MAX_LINE), f"<{addr}>"]
        elif _SPECIALS.isdisjoint(display):
            mailbox = [*display.split(" "), f"<{addr}>"]
        else:
            escaped = display.replace("\\", "\\\\").replace('"', '\\"')
            # Foldable at its spaces: FWS inside a quoted string unfolds back to the space.
            mailbox = [*f'"{escaped}"'.split(" "), f"<{addr}>"]
        if at < len(boxes) - 1:
            mailbox[-1] += ","
        tokens += mailbox
    return tokens


def _encoded_words(text: str, room: int = MAX_LINE) -> list[str]:
    """`text` as UTF-8 encoded words, Q or B (whichever is shorter), each whole characters;
    the first one fits in `room` characters (what is left of the header's first line)."""
    first = max(min(_EW_TEXT, room - _EW_OVERHEAD), 12)
    data = text.encode("utf-8")
    q_size = sum(len(_Q_BYTE[b]) for b in data)
    b_size = (len(data) + 2) // 3 * 4
    words: list[str] = []
    if q_size <= b_size:
        chunk = ""  # encoded text of the word being filled
        for char in text:
            q_piece = "".join(_Q_BYTE[b] for b in char.encode("utf-8"))
            if chunk and len(chunk) + len(q_piece) > (_EW_TEXT if words else first):
                words.append(f"=?utf-8?q?{chunk}?=")
                chunk = ""
            chunk += q_piece
        words.append(f"=?utf-8?q?{chunk}?=")
        return words
    raw = b""
    for char in text:
        piece = char.encode("utf-8")
        if raw and (len(raw) + len(piece) + 2) // 3 * 4 > (_EW_TEXT if words else first):
            words.append(f"=?utf-8?b?{binascii.b2a_base64(raw, newline=False).decode()}?=")
            raw = b""
        raw += piece
    words.append(f"=?utf-8?b?{binascii.b2a_base64(raw, newline=False).decode()}?=")
    return words


def _text_body(body: str) -> tuple[str, bytes]:
    """The text's transfer encoding and bytes, chosen as the email package chooses them
    (`email.contentmanager`): 7bit or 8bit when every line fits in 78 bytes, else
    quoted-printable, or base64 when that is shorter."""
    lines = body.encode("utf-8").splitlines()
    if max((len(line) for line in lines), default=0) <= MAX_LINE:
        joined = b"\r\n".join(lines) + b"\r\n"
        return ("7bit" if joined.isascii() else "8bit"), joined
    data = b"\n".join(lines) + b"\n"
    qp = binascii.b2a_qp(data, istext=True)
    # Base64 carries the line ends itself: CRLF, as the email package encodes them.
    b64 = binascii.b2a_base64(data.replace(b"\n", b"\r\n"), newline=False)
    if len(qp) <= len(b64):
        return "quoted-printable", qp.replace(b"\n", b"\r\n")
    wrapped = [b64[at : at + 76] for at in range(0, len(b64), 76)]
    return "base64", b"\r\n".join(wrapped) + b"\r\n"


def _disposition(name: str) -> list[str]:
    """Content-Disposition for a file called `name` (already made safe: no controls, paths):
    quoted when ASCII, RFC 2231 UTF-8 otherwise."""
    if "=?" in name:
        raise Unwritable
    if _FILENAME_SAFE.fullmatch(name):
        param = f'filename="{name}"'
    else:
        param = f"filename*=utf-8''{quote(name, safe='')}"
    line = f"Content-Disposition: attachment; {param}"
    if len(line) <= MAX_LINE:
        return [line]
    return ["Content-Disposition: attachment;", f" {param}"]
