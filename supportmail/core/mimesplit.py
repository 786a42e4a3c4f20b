"""Split raw message bytes into a compat32 `Message` tree, fast, with the parse limits applied.

`email.parser.BytesParser` feeds every body line through Python code, so a 400 KB base64
attachment costs thousands of loop turns before anyone decodes it. Here only header blocks go
through the stdlib parser; bodies are cut at MIME boundaries with `bytes.find` and kept as one
string each, so decoding later is a single C call. The result is an ordinary compat32 tree
(`get_payload`, `get_content_type`, `get_filename` all work), built without recursion limits
being reachable: descent stops at `max_depth` and `max_parts`.
"""

import binascii
import quopri
import re
from email import errors
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import Compat32
from typing import cast

_HEADER_END = re.compile(rb"\r?\n\r?\n")
# The stdlib's test for a header line: a field name and a colon, or a folded continuation.
_HEADER_LINE = re.compile(rb"[\041-\071\073-\176]*:|[\t ]")
_ENCAPSULATED = frozenset({"message/rfc822", "message/global", "message/news"})


class RawHeaderPolicy(Compat32):
    """compat32, but header values come back as parsed, 8-bit bytes included (surrogate-escaped).

    Plain compat32 wraps such values in `email.header.Header` objects that lose the bytes; we
    want the bytes so headers.raw_header_text can decode them as UTF-8 or a fallback.
    """

    def header_fetch_parse(self, name: str, value: str) -> str:
        return value


POLICY = RawHeaderPolicy()


class Part(Message):
    """A compat32 Message that also keeps the bytes an encapsulated message was parsed from."""

    encapsulated: bytes | None = None  # for message/rfc822: the (transfer-decoded) message bytes


class Budget:
    """How many more parts may be built; shared by the whole tree."""

    def __init__(self, max_parts: int, max_depth: int) -> None:
        self.parts_left = max_parts
        self.max_depth = max_depth
        self.defects: list[str] = []


def header_end(raw: bytes) -> tuple[int, int]:
    """(end of the header block, start of the body); both len(raw) when there is no body."""
    if raw.startswith(b"\r\n"):
        return 0, 2
    if raw.startswith(b"\n"):
        return 0, 1
    match = _HEADER_END.search(raw)
    return (match.start(), match.end()) if match else (len(raw), len(raw))


def _first_non_header(head: bytes) -> int:
    """Offset of the first line in `head` that is neither a header nor a continuation."""
    pos = 0
    for line in head.splitlines(keepends=True):
        if not _HEADER_LINE.match(line) and not (pos == 0 and line.startswith(b"From ")):
            return pos
        pos += len(line)
    return len(head)


def _head(raw: bytes) -> tuple[Part, bytes]:
    """The part's headers parsed by the stdlib, and its body bytes."""
    end, start = header_end(raw)
    head, body = raw[:end], raw[start:]
    cut = _first_non_header(head)
    if cut < len(head):
        # A line that is not a header ends the block early (as in the stdlib): it is body text.
        head, body = head[:cut], raw[cut:]
    # _class=Part makes the parser build a Part; the stubs only promise a Message.
    part = cast(Part, BytesHeaderParser(_class=Part, policy=POLICY).parsebytes(head + b"\n\n"))
    if cut < end:
        part.defects.append(errors.MissingHeaderBodySeparatorDefect())
    return part, body


def _boundaries(body: bytes, marker: bytes) -> list[tuple[int, int, bool]]:
    """(line start, next line start, is closing) of every delimiter line for `marker`."""
    found: list[tuple[int, int, bool]] = []
    pos = 0
    while True:
        i = body.find(marker, pos)
        if i < 0:
            return found
        pos = i + 1
        if i and body[i - 1] != 0x0A:  # delimiters start a line
            continue
        j = i + len(marker)
        closing = body.startswith(b"--", j)
        eol = body.find(b"\n", j)
        line_end = len(body) if eol < 0 else eol
        if body[j + 2 if closing else j : line_end].strip(b" \t\r"):
            continue  # "--boundaryXYZ": a longer boundary, not ours
        found.append((i, min(line_end + 1, len(body)), closing))
        if closing:
            return found


def _strip_eol(chunk: bytes) -> bytes:
    """`chunk` without the line break that belongs to the following delimiter."""
    if chunk.endswith(b"\r\n"):
        return chunk[:-2]
    return chunk[:-1] if chunk.endswith(b"\n") else chunk


def _multipart(part: Part, body: bytes, depth: int, budget: Budget) -> None:
    boundary = part.get_boundary()
    if not boundary:
        part.defects.append(errors.NoBoundaryInMultipartDefect())
        part.set_payload(body.decode("ascii", "surrogateescape"))
        return
    try:
        marker = b"--" + boundary.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        marker = b"--" + boundary.encode("utf-8")
    found = _boundaries(body, marker)
    if not found:
        part.defects.append(errors.StartBoundaryNotFoundDefect())
        part.set_payload(body.decode("ascii", "surrogateescape"))
        return
    part.preamble = _strip_eol(body[: found[0][0]]).decode("ascii", "surrogateescape") or None
    children: list[Message | str] = []
    for (_, start, closing), nxt in zip(found, [*found[1:], None], strict=True):
        if closing:
            part.epilogue = body[start:].decode("ascii", "surrogateescape") or None
            break
        chunk = body[start:] if nxt is None else _strip_eol(body[start : nxt[0]])
        child = build(chunk, depth + 1, budget)
        if child is None:
            break
        children.append(child)
    if not found[-1][2]:
        part.defects.append(errors.CloseBoundaryNotFoundDefect())
    part.set_payload(children)


def _transfer_decoded(part: Part, body: bytes) -> bytes:
    """`body` with base64 or quoted-printable undone (illegal on message/*, but sent anyway)."""
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if cte == "base64":
        for data in (body, body.rstrip() + b"=="):  # missing padding is common
            try:
                return binascii.a2b_base64(data)
            except (binascii.Error, ValueError):
                continue
        return body
    if cte == "quoted-printable":
        return quopri.decodestring(body)
    return body


def build(raw: bytes, depth: int, budget: Budget) -> Part | None:
    """The tree for `raw`; None when the part budget is spent (the caller stops there)."""
    if budget.parts_left <= 0:
        budget.defects.append("too many MIME parts; the rest were not parsed")
        return None
    budget.parts_left -= 1
    part, body = _head(raw)
    ctype = part.get_content_type()
    deeper = depth < budget.max_depth
    if not deeper and (ctype.startswith("multipart/") or ctype in _ENCAPSULATED):
        budget.defects.append(f"MIME nesting deeper than {budget.max_depth}; not descended")
    if deeper and ctype.startswith("multipart/"):
        _multipart(part, body, depth, budget)
    elif deeper and ctype in _ENCAPSULATED:
        inner_raw = _transfer_decoded(part, body)
        inner = build(inner_raw, depth + 1, budget)
        part.encapsulated = inner_raw
        if inner is None:
            part.set_payload(body.decode("ascii", "surrogateescape"))
        else:
            part.set_payload([inner])
    else:
        part.set_payload(body.decode("ascii", "surrogateescape"))
    return part


def parse_tree(raw: bytes, max_parts: int, max_depth: int) -> tuple[Part, list[str]]:
    """The compat32 tree of `raw` and the limit defects met while building it."""
    budget = Budget(max_parts, max_depth)
    root = build(raw, 0, budget)
    if root is None:  # max_parts < 1: headers only
        root, _ = _head(raw)
    return root, budget.defects
