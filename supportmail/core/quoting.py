"""Where a person's new words end in a reply: quoted lines, reply headers, signatures (pure)."""

import re

_REPLY_CUT = re.compile(
    r"^[ \t]*(?:"
    # "On Tue, 3 Mar 2026, Anna <a@b.c> wrote:" or "Am ... schrieb Anna <a@b.c>:", maybe wrapped.
    r"(?:on|am|le|el|op|il|em)\b[^\n]{0,200}(?:\n[^\n]{0,200})?"
    r"(?:wrote|schrieb|a écrit|escribió|schreef|ha scritto|escreveu)[^\n]{0,120}:[ \t]*$"
    r"|-{2,}[ \t]*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original"
    r"|messaggio originale|oorspronkelijk bericht|mensagem original)"
    r"|(?:from|von|de|da|van):[^\n]*\n[ \t]*(?:sent|date|gesendet|datum|envoyé|enviado|inviato"
    r"|verzonden|data):"
    r"|--[ \t]?$"  # signature separator
    r")",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$\n?", re.MULTILINE)


def strip_quoted(text: str) -> str:
    """The customer's own new text: quoted lines and everything after a reply header removed."""
    cut = _REPLY_CUT.search(text)
    if cut is not None:
        text = text[: cut.start()]
    return _QUOTED_LINE.sub("", text)


def new_text(text: str) -> str:
    """The new text of a reply, for relaying: quotes and the signature cut, ends trimmed."""
    return strip_quoted(text).strip()
