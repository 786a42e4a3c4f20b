"""Walk a compat32 MIME tree once: pick the plain-text body, collect attachments, note defects.

The tree comes from core.mimetree, which splits parts but decodes nothing; each payload is
decoded here exactly once (base64/quoted-printable, then charset).
"""

import hashlib
import posixpath
import re
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

from supportmail.core.cleantext import clean_text
from supportmail.core.filenames import fit_name
from supportmail.core.header_decode import decode_bytes, decode_words, strip_controls
from supportmail.core.htmltext import html_to_text
from supportmail.core.mimesplit import Part
from supportmail.core.types import Attachment

MAX_FILENAME = 120
# Bytes, not characters: 120 three-byte characters are 360 bytes, over every file system's
# 255; this leaves room for the "<message>-<n>-" prefix `show --save-attachments` adds.
MAX_FILENAME_BYTES = 200
_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BODY_TYPES = frozenset({"text/plain", "text/html"})
# A small table instead of `mimetypes`, whose first use reads files from /etc.
_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/bmp": ".bmp",
    "image/svg+xml": ".svg",
    "image/tiff": ".tif",
    "application/pdf": ".pdf",
    "application/zip": ".zip",
    "application/ms-tnef": ".dat",
    "application/pgp-signature": ".asc",
    "application/pkcs7-signature": ".p7s",
    "application/pkcs7-mime": ".p7m",
    "message/rfc822": ".eml",
    "text/calendar": ".ics",
    "text/csv": ".csv",
    "text/plain": ".txt",
    "text/html": ".html",
    "message/delivery-status": ".txt",
    "message/feedback-report": ".txt",
    "message/disposition-notification": ".txt",
    "text/rfc822-headers": ".txt",
}


@dataclass
class Body:
    """What the walk found: body text, attachments and defects, in document order."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    spare_html: list[str] = field(default_factory=list)  # unchosen HTML alternatives
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    parts: int = 0

    @property
    def text(self) -> str:
        """Plain parts joined; HTML converted only when there is no plain text at all."""
        text = "\n\n".join(p for p in self.plain if p.strip())
        if not text:
            html = self.html or self.spare_html
            text = "\n\n".join(t for t in (html_to_text(h) for h in html) if t.strip())
        # NUL and other controls: never meaningful in text, and PostgreSQL rejects NUL outright.
        return _TEXT_CONTROLS.sub("", text.replace("\r\n", "\n"))


def sanitise_filename(raw: str | None, index: int, content_type: str) -> str:
    """A display name safe to show and store: basename only, no controls, capped; or a fallback."""
    name = strip_controls(decode_words(raw)) if raw else ""
    name = name.replace("\\", "/").rsplit("/", 1)[-1].replace(":", "_").strip(" .")
    if name in ("", ".", ".."):
        return f"attachment-{index}{_EXTENSIONS.get(content_type, '')}"
    if len(name) > MAX_FILENAME:
        stem, ext = posixpath.splitext(name)
        ext = ext if len(ext) <= 16 else ""
        name = stem[: MAX_FILENAME - len(ext)] + ext
    return fit_name(clean_text(name), MAX_FILENAME_BYTES)


def part_text(part: Message) -> tuple[str, bool]:
    """A text part's payload decoded (transfer encoding, then charset with fallbacks).

    Returns the text and whether the declared charset had to be overridden.
    """
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return "", False
    try:
        charset = part.get_content_charset()
    except Exception:  # an RFC 2231 charset parameter can be junk
        charset = None
    return decode_bytes(payload, charset)


def _filename(part: Message) -> str | None:
    """The part's filename parameter (Content-Disposition, else Content-Type name), or None."""
    try:
        name = part.get_filename()
    except Exception:  # a malformed RFC 2231 continuation
        return None
    return name if isinstance(name, str) else None


def _disposition(part: Message) -> str | None:
    try:
        return part.get_content_disposition()
    except Exception:
        return None


class _Walker:
    """One pass over a tree whose size mimetree has already bounded."""

    def __init__(self, keep_attachments: bool) -> None:
        self.body = Body()
        self.keep_attachments = keep_attachments

    def walk(self, part: Message, want_text: bool, depth: int = 0) -> None:
        """Visit `part`; its text counts as body only when `want_text`."""
        self.body.parts += 1
        self.body.defects.extend(type(d).__name__ for d in getattr(part, "defects", ()))
        ctype = part.get_content_type()
        # is_multipart() before get_payload(): without decode=True, compat32 decodes a leaf's
        # 8-bit payload by its charset parameter, which is slow and can raise on junk.
        payload = part.get_payload() if part.is_multipart() else None
        if ctype.startswith("multipart/") and isinstance(payload, list):
            chosen = _best_alternative(payload) if ctype == "multipart/alternative" else None
            for i, child in enumerate(payload):
                if isinstance(child, Message):
                    self.walk(child, want_text and chosen in (None, i), depth + 1)
        elif ctype.startswith("message/") and isinstance(payload, list):
            # An attached message is kept whole, as the bytes it was parsed from.
            data = part.encapsulated if isinstance(part, Part) else None
            self._attach(part, ctype, data or b"")
        else:
            self._leaf(part, ctype, want_text, depth)

    def _leaf(self, part: Message, ctype: str, want_text: bool, depth: int) -> None:
        filename = _filename(part)
        is_body_type = ctype in _BODY_TYPES or ctype.startswith("multipart/")
        # A named text part is an attachment, unless it is the whole message: then it is the body.
        if is_body_type and (filename is None or depth == 0) and _disposition(part) != "attachment":
            text, fell_back = part_text(part)
            if fell_back:
                self.body.defects.append(f"{ctype} part: declared charset unknown or wrong")
            if ctype == "text/html":
                (self.body.html if want_text else self.body.spare_html).append(text)
            elif want_text:
                self.body.plain.append(text)
            return
        payload = part.get_payload(decode=True)
        self._attach(part, ctype, payload if isinstance(payload, bytes) else b"", filename)

    def _attach(self, part: Message, ctype: str, data: bytes, filename: str | None = None) -> None:
        if not self.keep_attachments:
            return
        if filename is None:
            filename = _filename(part)
        name = sanitise_filename(filename, len(self.body.attachments) + 1, ctype)
        digest = hashlib.sha256(data).hexdigest()
        self.body.attachments.append(Attachment(name, ctype, len(data), digest, data))


def _best_alternative(children: list[Message | str] | list[Any]) -> int:
    """Index of the alternative to read as text: plain, else a nested multipart, else HTML."""
    rank = {"text/plain": 0, "text/html": 2}
    best, best_rank = 0, 99
    for i, child in enumerate(children):
        if not isinstance(child, Message):
            continue
        ctype = child.get_content_type()
        r = 1 if ctype.startswith("multipart/") else rank.get(ctype, 3)
        if r < best_rank:
            best, best_rank = i, r
    return best


def extract_body(msg: Message, keep_attachments: bool = True) -> Body:
    """Walk `msg` once and return its body text candidates, attachments and defects."""
    walker = _Walker(keep_attachments)
    walker.walk(msg, want_text=True)
    return walker.body
