"""Which ticket a message belongs to: references first, then the subject tag (pure).

The tag is a weaker proof than a Message-ID: anyone can type "[#1234]" into a subject, so the
shell accepts a tag only when the sender already takes part in that ticket or is an agent.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from supportmail.core.quoting import strip_quoted
from supportmail.core.subjectprefix import strip_prefixes
from supportmail.core.types import ParsedMessage


@dataclass(frozen=True, slots=True)
class ThreadClues:
    """What a message offers for threading, strongest first."""

    referenced_ids: tuple[str, ...]  # In-Reply-To, then References newest first, no duplicates
    tagged_number: int | None  # the ticket number in the subject tag, if any


@lru_cache(maxsize=16)
def tag_pattern(tag_format: str) -> re.Pattern[str]:
    """A regex that finds the tag of `tag_format` (e.g. "[#{number}]") and captures the number."""
    before, _, after = tag_format.partition("{number}")
    return re.compile(re.escape(before) + r"\s*(\d{1,12})\s*" + re.escape(after))


def find_tag(subject: str, tag_format: str) -> int | None:
    """The ticket number tagged in `subject`, or None."""
    match = tag_pattern(tag_format).search(subject)
    return int(match.group(1)) if match else None


def thread_clues(msg: ParsedMessage, tag_format: str) -> ThreadClues:
    """The Message-IDs this message refers to and its subject tag."""
    seen: dict[str, None] = {}
    for ref in (*msg.in_reply_to, *reversed(msg.references)):
        if ref and ref != msg.message_id:
            seen.setdefault(ref, None)
    return ThreadClues(tuple(seen), find_tag(msg.subject, tag_format))


def strip_reply_prefixes(subject: str) -> str:
    """The subject without leading "Re:", "AW:", "Fwd:" and the like, in many languages."""
    return strip_prefixes(subject)


def strip_tag(subject: str, tag_format: str) -> str:
    """The subject without our ticket tag (and reply prefixes), for a ticket's title."""
    without = tag_pattern(tag_format).sub("", subject)
    return " ".join(strip_reply_prefixes(without).split())


def asks_to_escalate(subject: str, text_lines: list[str]) -> bool:
    """True when a customer asks to escalate: "#escalate" on a line, or the word in the subject."""
    if re.search(r"\bescalat(e|ion)\b", strip_reply_prefixes(subject), re.IGNORECASE):
        return True
    return any(line.strip().lower() == "#escalate" for line in text_lines)


# Our Message-IDs start with the mail's kind ("<relay.1234.9f...@...>"): these carry what a
# person of ours wrote; every other kind is written by the desk itself.
PERSONAL_KINDS = frozenset({"relay", "confirm"})
# Domains where strangers share a mail provider, not an organisation.
PUBLIC_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
        "yahoo.com", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de",
        "gmx.net", "gmx.com", "web.de", "t-online.de", "freenet.de", "orange.fr", "free.fr",
        "laposte.net", "sfr.fr", "wanadoo.fr", "libero.it", "virgilio.it", "tiscali.it",
        "proton.me", "protonmail.com", "mail.com", "zoho.com", "yandex.com", "yandex.ru",
        "mail.ru", "ziggo.nl", "kpnmail.nl", "hetnet.nl", "planet.nl", "telenet.be",
        "skynet.be", "sapo.pt", "terra.com.br", "uol.com.br", "bol.com.br", "hotmail.fr",
        "hotmail.de", "hotmail.it", "hotmail.es", "yahoo.fr", "yahoo.de", "yahoo.it",
        "yahoo.es", "yahoo.co.uk", "btinternet.com", "virginmedia.com", "sky.com",
    }
)  # fmt: skip


def same_organisation(domain: str, other: str) -> bool:
    """Whether two mail domains are one organisation's: equal, and not a public provider."""
    domain, other = domain.lower(), other.lower()
    return bool(domain) and domain == other and domain not in PUBLIC_MAIL_DOMAINS


def answers_our_mail(msg: ParsedMessage, tag_format: str, message_id_domain: str) -> str | None:
    """Why a message that opens a new ticket is an answer to mail we sent, or None.

    By headers: it refers to one of our automatic mails (not a relay a person of ours wrote:
    that is a person answering a person). By content, for robots that do not thread:
    our ticket tag in its subject, or in the part of its text that quotes another mail (after
    a reply header or on ">" lines). Such a message never gets an acknowledgement: answering
    it is how a loop with an autoresponder that changes its address keeps going.
    """
    suffix = "@" + message_id_domain.lower()
    ours = [r for r in (*msg.in_reply_to, *msg.references) if r.lower().endswith(suffix)]
    if any(r.partition(".")[0].lower() in PERSONAL_KINDS for r in ours):
        return None  # it answers what a person of ours wrote: a person answering a person
    if ours:
        return f"it answers our automatic mail <{ours[-1]}>"
    number = find_tag(msg.subject, tag_format)
    if number is not None:
        return f"it carries our tag of ticket #{number} in its subject"
    pattern = tag_pattern(tag_format)
    text = msg.text[:20000]
    quoted = pattern.search(text)
    if quoted is not None and pattern.search(strip_quoted(text)) is None:
        return f"it quotes our mail about ticket #{quoted.group(1)}"
    return None
