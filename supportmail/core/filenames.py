"""File names that every file system takes: shortened by encoded bytes, never by characters.

Linux file systems (ext4, XFS, Btrfs, ZFS) allow 255 bytes of UTF-8 per name; NTFS, exFAT, APFS
and HFS+ allow 255 UTF-16 code units. A character is never fewer UTF-8 bytes than UTF-16 units,
so a name of at most 255 UTF-8 bytes fits all of them; a smaller limit (eCryptfs: 143) is passed
in by the caller, who asks the file system. A name is cut between characters (never inside a
UTF-8 sequence), keeps its extension when the extension is short, and is never empty.
"""

import posixpath

NAME_MAX_BYTES = 255  # the smallest common per-name limit of the file systems above
_MAX_EXTENSION_BYTES = 32


def utf8_length(text: str) -> int:
    """How many bytes `text` takes in UTF-8 (a lone surrogate counted as the 3 it would be)."""
    return len(text.encode("utf-8", "surrogatepass"))


def cut_to_bytes(text: str, limit: int) -> str:
    """The longest prefix of `text` whose UTF-8 form is at most `limit` bytes."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return text
    # Decoding the cut bytes and dropping an incomplete last sequence keeps whole characters.
    return data[: max(limit, 0)].decode("utf-8", "ignore")


def fit_name(name: str, limit: int = NAME_MAX_BYTES, fallback: str = "attachment") -> str:
    """`name` shortened to at most `limit` UTF-8 bytes, its extension kept when short."""
    if not name:
        name = fallback
    if utf8_length(name) <= limit:
        return name
    stem, ext = posixpath.splitext(name)
    if utf8_length(ext) > min(_MAX_EXTENSION_BYTES, limit // 2):
        stem, ext = name, ""
    stem = cut_to_bytes(stem, limit - utf8_length(ext)).rstrip(" .")
    return (stem + ext) if stem else cut_to_bytes(fallback + ext, limit)
