"""The prefixes mail programs put before the subject of a mail they answer or forward ("Re:",
"AW:", "Odg:", "Fwd:", "WG:", "Proslijedi:"), in the languages we read: one list for every
module that must see past them.

Each prefix may carry a counter ("Re[2]:", "RE (3):", "Re^2:") and a full-width colon; a
mailing list's tag ("[users] Re:") may stand before it. The words are those mail programs write
in each language (Outlook's localised prefixes, Thunderbird's, Apple Mail's, webmail's), not
words a person starts a subject with: a new request that begins "I:" or "R:" is too rare to
weigh against the clients that write them.
"""

import re

# Answering: English/Latin, German, Scandinavian, Finnish/Estonian, Dutch, French, Italian,
# Spanish/Portuguese/Catalan, Polish/Czech/Slovak, Turkish, Latvian, Lithuanian, Hungarian,
# Croatian/Serbian/Bosnian/Slovenian, Bulgarian, Macedonian/Serbian Cyrillic, Russian, Greek,
# Chinese, Japanese.
REPLY_WORDS = (
    "re", "aw", "antw", "antwort", "sv", "svar", "vs", "vast", "ré", "réf", "rif", "r", "res",
    "odp", "ynt", "atb", "ats", "vá", "odg", "отг", "одг", "отв", "ответ", "απ", "σχετ",
    "回复", "回覆", "答复", "答覆", "返信",
)  # fmt: skip
# Forwarding: English, German, French, Spanish/Portuguese, Italian, Nordic and Finnish, Dutch,
# Polish/Slovak, Turkish, Hungarian, Croatian/Serbian, Slovenian, Bulgarian, Latvian,
# Lithuanian, Estonian, Chinese.
FORWARD_WORDS = (
    "fwd", "fw", "wg", "tr", "trs", "rv", "enc", "i", "vs", "vl", "vb", "fs", "doorst", "pd",
    "ilt", "tov", "proslijedi", "prosl", "posl", "преп", "pārs", "pers", "edasi", "转发", "轉寄",
)  # fmt: skip

_COUNTER = r"(?:\[\d+\]|\(\d+\)|\^\d+)?"
_LIST_TAG = r"(?:\[[^\]]{0,60}\]\s*)?"


def _alternation(words: tuple[str, ...]) -> str:
    # Longest first, so "antwort" is not read as "antw" followed by "ort".
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_REPLY = re.compile(
    rf"^\s*{_LIST_TAG}(?:{_alternation(REPLY_WORDS)})\s*{_COUNTER}\s*[:：]", re.IGNORECASE
)
# The same with the tag required: what a gateway or list stamps before the answer it relays.
_TAGGED_REPLY = re.compile(
    rf"^\s*\[[^\]]{{2,60}}\]\s*(?:{_alternation(REPLY_WORDS)})\s*{_COUNTER}\s*[:：]", re.IGNORECASE
)
_FORWARD = re.compile(
    rf"^\s*{_LIST_TAG}(?:(?:{_alternation(FORWARD_WORDS)})\s*{_COUNTER}\s*[:：]|\[fwd:)",
    re.IGNORECASE,
)
_LEADING = re.compile(
    rf"^\s*(?:(?:{_alternation(REPLY_WORDS + FORWARD_WORDS)})\s*{_COUNTER}\s*[:：]\s*)+",
    re.IGNORECASE,
)


def answers(subject: str) -> bool:
    """Whether `subject` starts with a reply prefix ("Re:", "AW:", "Odg:", a list tag first)."""
    return _REPLY.match(subject) is not None


def tagged_answer(subject: str) -> bool:
    """Whether `subject` starts with a bracketed tag and then a reply prefix ("[Message retenu]
    RE: ...", "[QUARANTINE] AW: ...")."""
    return _TAGGED_REPLY.match(subject) is not None


def forwards(subject: str) -> bool:
    """Whether `subject` starts with a forward prefix ("Fwd:", "WG:", "Proslijedi:")."""
    return _FORWARD.match(subject) is not None


def strip_prefixes(subject: str) -> str:
    """`subject` without the run of reply and forward prefixes it starts with."""
    return _LEADING.sub("", subject).strip()
