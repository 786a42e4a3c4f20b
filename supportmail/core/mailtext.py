"""The words of every mail we send: paragraphs, field lines, ticket summaries, dates, durations.

Pure and locale-free: month and day names are spelled here, so a German or French server locale
cannot change what a customer reads. Paragraphs are wrapped at 76 columns; text quoted from
customers and agents is kept exactly as written.
"""

import textwrap
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from supportmail.core.outgoing_headers import (
    Identity,
    TicketFacts,
    clean_header,
    tag,
    tagged_subject,
)

WIDTH = 76
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
RULE = "-" * 72


def format_when(moment: datetime) -> str:
    """`moment` in UTC as "Wed 27 Nov 2026, 14:00 UTC" (English names whatever the locale)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: times must be timezone-aware")
    t = moment.astimezone(UTC)
    return f"{_DAYS[t.weekday()]} {t.day} {_MONTHS[t.month - 1]} {t.year}, {t:%H:%M} UTC"


def format_hours(hours: float) -> str:
    """A window length: "36 hours", "1 hour", "1.5 hours"."""
    return "1 hour" if hours == 1 else f"{hours:g} hours"


def format_duration(span: timedelta) -> str:
    """A rounded, readable length: "2 days 3 hours", "5 hours 12 minutes", "40 minutes"."""
    minutes = max(0, int(abs(span).total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        parts = [_plural(days, "day"), _plural(hours, "hour") if hours else ""]
    elif hours:
        parts = [_plural(hours, "hour"), _plural(mins, "minute") if mins else ""]
    else:
        parts = [_plural(mins, "minute")]
    return " ".join(p for p in parts if p)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def due_status(due: datetime, now: datetime) -> str:
    """ "due in 3 hours" or "overdue by 2 days 1 hour" relative to `now`."""
    if due >= now:
        return f"due in {format_duration(due - now)}"
    return f"overdue by {format_duration(now - due)}"


def paragraphs(*blocks: str | Sequence[str] | None) -> str:
    """Join blocks with blank lines: a str is wrapped as one paragraph, a list kept line by line.

    Lines of a list that are too long are wrapped with a hanging indent matching their bullet.
    """
    out: list[str] = []
    for block in blocks:
        if not block:
            continue
        if isinstance(block, str):
            out.append(textwrap.fill(block, WIDTH, break_on_hyphens=False))
        else:
            out.append("\n".join(_wrap_line(line) for line in block))
    return "\n\n".join(out) + "\n"


def _wrap_line(line: str) -> str:
    if len(line) <= WIDTH:
        return line
    indent = " " * (len(line) - len(line.lstrip(" -*")) or 2)
    return textwrap.fill(line, WIDTH, subsequent_indent=indent, break_on_hyphens=False)


def field_lines(fields: Iterable[tuple[str, str]]) -> list[str]:
    """Aligned "Label:   value" lines; empty values are left out."""
    rows = [(label, value) for label, value in fields if value]
    width = max((len(label) for label, _ in rows), default=0) + 2
    return [f"{label + ':':<{width}}{value}" for label, value in rows]


def greeting(name: str) -> str:
    """ "Hello Jane Doe," or "Hello," when we have no name."""
    return f"Hello {name}," if name else "Hello,"


def promise_line(priority: str, window_hours: float, due: datetime) -> str:
    """The first-response promise, e.g. "We will reply by ... UTC (P1: within 36 hours)."."""
    return f"We will reply by {format_when(due)} ({priority}: within {format_hours(window_hours)})."


def bullets(items: Iterable[str]) -> list[str]:
    """Each item as a "- item" line."""
    return [f"- {item}" for item in items]


def who(facts: TicketFacts) -> str:
    """The requester as "Name <address>" (or just the address)."""
    name = clean_header(facts.requester_name)
    return f"{name} <{facts.requester}>" if name else facts.requester


def customer_line(facts: TicketFacts) -> str:
    """The customer organisation and its tier, for staff."""
    org = clean_header(facts.customer or "") or "unknown customer"
    return f"{org} (tier: {clean_header(facts.tier)})" if facts.tier else org


def priority_line(facts: TicketFacts) -> str:
    """ "P1 (meaning)"."""
    return f"{facts.priority} ({facts.priority_meaning})"


def facts_block(identity: Identity, facts: TicketFacts, now: datetime) -> list[str]:
    """The ticket at a glance, for agents and managers."""
    received = format_when(facts.received)
    return field_lines(
        [
            ("Customer", customer_line(facts)),
            ("From", who(facts)),
            ("Subject", base_subject(identity, facts)),
            ("Priority", priority_line(facts)),
            ("Received", f"{received} ({format_duration(now - facts.received)} ago)"),
            ("Due", f"{format_when(facts.due)} ({due_status(facts.due, now)})"),
            ("Assignee", facts.assignee or "nobody yet"),
            ("Status", facts.status),
        ]
    )


def signature(identity: Identity) -> list[str]:
    """The signature block: "-- ", team name, address."""
    return ["-- ", identity.name, identity.address]


def base_subject(identity: Identity, facts: TicketFacts) -> str:
    """The ticket's subject without tag or prefixes."""
    own_tag = tag(identity, facts.number)
    return tagged_subject(identity, facts.number, facts.subject).removeprefix(own_tag).strip()
