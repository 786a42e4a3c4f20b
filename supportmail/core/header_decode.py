"""Header decoding for the parser: RFC 2047 words, addresses, Message-IDs, dates, charsets.

Everything here is tolerant: junk goes in, a best-effort value (or None) comes out, never an
exception. We decode headers ourselves instead of using `email.policy.default`, whose header
objects are several times slower to build than the whole compat32 parse.
"""

import codecs
import re
from datetime import UTC, datetime
from email.header import decode_header
from email.utils import getaddresses, parsedate_to_datetime

from supportmail.core.types import Address

# C0 controls (tab included) and DEL: never allowed through into subjects or display names,
# because a CR/LF smuggled through an encoded word could inject headers into our replies.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f]+")
_SPACES = re.compile(r"[ \t\r\n]+")
# Ids: the text between angle brackets, or a bare token holding an @ when brackets are missing.
_BRACKETED_ID = re.compile(r"<([^<>\s]{1,990})>")
_BARE_ID = re.compile(r"[^\s<>,;\"]{1,990}@[^\s<>,;\"]{1,990}")
_MAX_IDS = 100

# A cheap syntactic check: a dot-atom-ish local part and a domain of labels (IDNs allowed).
_ADDR = re.compile(r"[^\s@<>()\[\],;:\"\\]{1,64}@(?:[\w-]{1,63}\.)*[\w-]{1,63}\.?")

# Charset names a sender might use that Python spells differently or that lie.
_CHARSET_ALIASES = {
    "unicode-1-1-utf-7": "utf-7",
    "x-user-defined": "cp1252",
    "ks_c_5601-1987": "cp949",
    "iso-8859-8-i": "iso-8859-8",
    "gb2312": "gb18030",  # GB18030 is a superset; mislabelled GBK mail is common
    "gbk": "gb18030",
    "x-sjis": "cp932",
    "shift_jis": "cp932",  # Windows senders emit cp932 characters under this label
    "windows-874": "cp874",
}


def strip_controls(text: str) -> str:
    """`text` with control characters replaced by spaces and whitespace runs folded to one."""
    if not text.isprintable():
        text = _CONTROLS.sub(" ", text)
    return " ".join(text.split())


def _codec_for(charset: str | None) -> str | None:
    """A Python text codec name for a declared MIME charset, or None when unusable."""
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower().split("*", 1)[0]
    name = _CHARSET_ALIASES.get(name, name)
    if not name or len(name) > 40:
        return None
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):  # ValueError: a NUL inside the name
        return None
    # Only real text encodings: "base64", "zlib", "rot13" and friends are byte or str transforms.
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, bool]:
    """`data` decoded by the declared charset, else UTF-8, else cp1252/latin-1; never raises.

    Returns the text and whether a fallback was needed (the declared charset was unknown or wrong).
    """
    codec = _codec_for(charset)
    if codec is not None:
        try:
            return data.decode(codec), False
        except (UnicodeDecodeError, LookupError, ValueError, TypeError):
            pass
    if codec is None and b"\x1b$" in data:
        # ISO-2022-JP escape sequences: Japanese mail that forgot (or garbled) its charset.
        try:
            return data.decode("iso-2022-jp"), bool(charset)
        except UnicodeDecodeError:
            pass
    # Only a declared charset that was unknown or wrong counts as a fallback worth reporting.
    fell_back = bool(charset) and not (codec is None and data.isascii())
    try:
        return data.decode("utf-8"), fell_back
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), True
    except UnicodeDecodeError:
        return data.decode("latin-1"), True


def raw_header_text(value: str) -> str:
    """A header value from the compat32 parser, its raw 8-bit bytes decoded (UTF-8 first)."""
    if value.isascii():
        return value
    try:
        data = value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return value  # already real text
    return decode_bytes(data, "utf-8")[0]


def decode_words(value: str) -> str:
    """RFC 2047 encoded words in `value` decoded; unfolded but control characters kept."""
    value = raw_header_text(value)
    if "=?" not in value:
        return value
    try:
        parts = decode_header(value)
    except Exception:  # malformed base64 in a word, odd nesting: keep the raw text
        return value
    out: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, str):
            out.append(chunk)
        elif charset is None:
            # decode_header turns plain runs into raw-unicode-escape bytes; undo exactly that.
            out.append(chunk.decode("raw-unicode-escape", errors="replace"))
        else:
            out.append(decode_bytes(chunk, charset)[0])
    return "".join(out)


def decode_text_header(value: str) -> str:
    """A free-text header (Subject, ...) decoded, control characters removed, whitespace folded."""
    return strip_controls(decode_words(value))


def valid_address(addr: str) -> bool:
    """Whether `addr` looks like a deliverable mailbox (syntax only; no DNS)."""
    return len(addr) <= 254 and _ADDR.fullmatch(addr) is not None


def parse_addresses(values: list[str]) -> tuple[tuple[Address, ...], int]:
    """The mailboxes in the raw header `values`, and how many entries were unusable.

    Addresses are parsed before RFC 2047 decoding (an encoded word is one atom, so a decoded comma
    or quote in a display name cannot split or merge addresses), then names are decoded.
    """
    if not values:
        return (), 0
    unfolded = [_SPACES.sub(" ", raw_header_text(v)) for v in values]
    try:
        pairs = getaddresses(unfolded)
    except Exception:  # getaddresses is sturdy, but junk has surprised it before
        return (), 1
    found: list[Address] = []
    bad = 0
    for name, raw_addr in pairs:
        addr = strip_controls(raw_addr).replace(" ", "").lower()
        if not addr:
            bad += 1 if name else 0
            continue
        if not valid_address(addr):
            bad += 1
            continue
        found.append(Address(name=decode_text_header(name)[:200], addr=addr))
    return tuple(found), bad


def salvage_address(values: list[str]) -> Address | None:
    """The first address-looking token in raw header `values`, for From lines getaddresses rejects.

    "a@x.com b@x.com" (two bare addresses) or "Name a@x.com" (no brackets) still name a person.
    """
    for value in values:
        for token in re.split(r"[\s<>,;\"()]+", raw_header_text(value)):
            addr = token.lower().strip(".")
            if "@" in addr and valid_address(addr):
                return Address(name="", addr=addr)
    return None


def parse_ids(value: str | None) -> tuple[str, ...]:
    """Message-IDs in a Message-ID / In-Reply-To / References value, without angle brackets.

    Tolerates junk: bracketed ids win; otherwise bare tokens that contain an @. Long chains are
    cut to the first id plus the most recent ones, which is what threading needs.
    """
    if not value:
        return ()
    text = raw_header_text(value)
    ids = _BRACKETED_ID.findall(text) or _BARE_ID.findall(text)
    cleaned = [i for i in (strip_controls(x).replace(" ", "") for x in ids) if i]
    unique = list(dict.fromkeys(cleaned))
    if len(unique) > _MAX_IDS:
        unique = unique[:1] + unique[-(_MAX_IDS - 1) :]
    return tuple(unique)


def parse_date(value: str | None) -> datetime | None:
    """An aware datetime for a Date header (naive is taken as UTC), or None when unparsable."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(strip_controls(raw_header_text(value)))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed
