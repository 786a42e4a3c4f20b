"""A digest laid out: subject, sections of ticket lines and charts, and its plain-text part (pure).

`daily_layout` and `weekly_layout` turn a digest (`core.digest`) into a `Layout` of plain
strings in the team's words; `plain_text` writes it as the text part and `digest_html` as the
HTML part, so both say the same. Nothing here is escaped: the HTML writer escapes every string.
Times are shown in the recipient's zone (the one their digest is scheduled in), named.

Plain text is read in proportional fonts (Gmail, Outlook): no columns, one ticket is a bullet
line with its state and subject, and an indented line of details.
"""

import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from supportmail.core.digest import (
    AT_RISK,
    Compliance,
    DailyDigest,
    DigestTicket,
    WeeklyDigest,
    change_points,
    zone_info,
)
from supportmail.core.mailtext import due_status
from supportmail.core.mailwords import WIDTH, Words
from supportmail.core.outgoing_headers import Identity, clean_header, tag, tagged_subject
from supportmail.core.sla import format_duration

SUBJECT_CHARS = 90  # a ticket's subject in a digest line is cut to this
# Tickets listed per section: a longer list is not read, only scrolled (and makes a mail of
# megabytes); the heading keeps the full count and a note says how many more there are.
LIST_LIMIT = 40


@dataclass(frozen=True, slots=True)
class Line:
    """One ticket in a list: tag, priority, state ("overdue by 3 hours"), subject, details.

    `alarm`: shown as needing action (overdue, a breach still unanswered)."""

    tag: str
    priority: str
    state: str
    subject: str
    details: tuple[str, ...]
    alarm: bool = False


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of a chart: its label, its length (0-1; None: no value), the figure it shows.

    `muted`: the comparison bar (the week before)."""

    label: str
    share: float | None
    text: str
    muted: bool = False


@dataclass(frozen=True, slots=True)
class Section:
    """A heading, then ticket lines, bullet items (plain text), a chart (HTML), notes."""

    heading: str
    lines: tuple[Line, ...] = ()
    items: tuple[str, ...] = ()
    bars: tuple[Bar, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Layout:
    """A whole digest in words: subject, opening paragraph, sections, closing paragraphs."""

    subject: str
    intro: str
    sections: tuple[Section, ...]
    footer: tuple[str, ...]
    team: str


def who(ticket: DigestTicket) -> str:
    """ "Name <address>, Customer" (name and customer when known)."""
    name = clean_header(ticket.requester_name)
    person = f"{name} <{ticket.requester}>" if name else ticket.requester
    customer = clean_header(ticket.customer or "")
    return f"{person}, {customer}" if customer else person


def short_subject(identity: Identity, ticket: DigestTicket) -> str:
    """The ticket's subject without tag or prefixes, cut to SUBJECT_CHARS."""
    own = tag(identity, ticket.number)
    text = tagged_subject(identity, ticket.number, ticket.subject).removeprefix(own).strip()
    return text if len(text) <= SUBJECT_CHARS else text[: SUBJECT_CHARS - 3].rstrip() + "..."


def _line(
    words: Words,
    identity: Identity,
    ticket: DigestTicket,
    state: str,
    details: Sequence[str],
    *,
    alarm: bool = False,
) -> Line:
    return Line(
        tag(identity, ticket.number),
        ticket.priority,
        state,
        short_subject(identity, ticket),
        tuple(d for d in details if d),
        alarm,
    )


def _level(words: Words, ticket: DigestTicket, levels: Mapping[int, str]) -> str:
    if ticket.escalation_level <= 0:
        return ""
    name = clean_header(levels.get(ticket.escalation_level, ""))
    return words.phrase("digest_level", level=ticket.escalation_level, name=name)


def _owner(words: Words, ticket: DigestTicket) -> str:
    if ticket.assignee:
        return words.phrase("digest_assigned", who=ticket.assignee)
    return words.phrase("digest_unassigned")


def _open_line(
    words: Words,
    identity: Identity,
    ticket: DigestTicket,
    now: datetime,
    zone: str,
    levels: Mapping[int, str],
    *,
    owner: bool,
) -> Line:
    """An open ticket: its due state, or since when it waits for the customer."""
    unconfirmed = words.phrase("digest_unconfirmed") if ticket.priority_unconfirmed else ""
    if ticket.response_due is None:
        state = words.phrase("digest_answered")
        opened = words.phrase("digest_received", when=words.when(ticket.received_at, zone))
        details = [who(ticket), opened, _owner(words, ticket) if owner else ""]
        return _line(words, identity, ticket, state, details)
    due = ticket.response_due
    details = [
        who(ticket),
        words.phrase("digest_due", when=words.when(due, zone)),
        _owner(words, ticket) if owner else "",
        _level(words, ticket, levels),
        unconfirmed,
    ]
    return _line(words, identity, ticket, due_status(words, due, now), details, alarm=due <= now)


def daily_layout(
    words: Words,
    identity: Identity,
    digest: DailyDigest,
    now: datetime,
    zone: str,
    *,
    levels: Mapping[int, str],
    reply_to: str,
    schedule: str,
) -> Layout:
    """The daily digest in words (`schedule`: when it comes, one sentence)."""
    kind = "team" if digest.team else "daily"
    subject = words.phrase(
        f"digest_{kind}_subject",
        date=now.astimezone(zone_info(zone)).date().isoformat(),
        overdue=len(digest.overdue),
        count=digest.count,
    )
    lists = (
        ("digest_overdue", digest.overdue),
        ("digest_upcoming", digest.upcoming),
        ("digest_waiting", digest.waiting),
    )
    sections = tuple(
        Section(
            words.phrase(key, count=len(tickets)),
            lines=tuple(
                _open_line(words, identity, t, now, zone, levels, owner=False)
                for t in tickets[:LIST_LIMIT]
            ),
            notes=_more(words, len(tickets)),
        )
        for key, tickets in lists
        if tickets
    )
    footer = [words.phrase("digest_team_take")] if digest.team else []
    footer += [words.phrase("digest_act", team_address=reply_to), schedule]
    return Layout(
        subject,
        words.phrase(f"digest_{kind}_intro", when=words.when(now, zone)),
        sections,
        tuple(footer),
        identity.name,
    )


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}%"


def _value(words: Words, row: Compliance) -> str:
    if row.percent is None:
        return words.phrase("digest_compliance_none")
    return words.phrase(
        "digest_compliance_value", percent=_percent(row.percent), met=row.met, judged=row.judged
    )


def compliance_section(
    words: Words, this_week: Sequence[Compliance], before: Sequence[Compliance]
) -> Section:
    """Per priority and in all: this week's share in time against the week before."""
    items: list[str] = []
    bars: list[Bar] = []
    for now_row, old_row in zip(this_week, before, strict=True):
        label = (
            words.phrase("digest_compliance_all") if now_row.priority == "all" else now_row.priority
        )
        points = change_points(now_row, old_row)
        change = "" if points is None else words.phrase("digest_change", points=f"{points:+.0f}")
        items.append(
            words.phrase(
                "digest_compliance_row",
                priority=label,
                now=_value(words, now_row),
                before=_value(words, old_row),
                change=change,
            )
        )
        share = None if now_row.percent is None else now_row.percent / 100
        old_share = None if old_row.percent is None else old_row.percent / 100
        bars.append(Bar(label, share, f"{_value(words, now_row)}{change}"))
        before_label = words.phrase("digest_week_before")
        bars.append(Bar(before_label, old_share, _value(words, old_row), muted=True))
    return Section(words.phrase("digest_compliance_heading"), items=tuple(items), bars=tuple(bars))


def _late(delta: timedelta) -> str:
    return format_duration(delta, "words")


def weekly_layout(
    words: Words,
    identity: Identity,
    digest: WeeklyDigest,
    now: datetime,
    zone: str,
    *,
    levels: Mapping[int, str],
    reply_to: str,
    schedule: str,
) -> Layout:
    """The weekly report in words."""
    info = zone_info(zone)
    first = digest.start.astimezone(info).date().isoformat()
    last = (digest.end.astimezone(info) - timedelta(days=1)).date().isoformat()
    total = digest.this_week[-1]
    subject = (
        words.phrase("digest_weekly_subject_none", first=first, last=last)
        if total.percent is None
        else words.phrase(
            "digest_weekly_subject", first=first, last=last, percent=_percent(total.percent)
        )
    )
    intro = words.phrase(
        "digest_weekly_intro",
        first=first,
        last=last,
        zone=zone,
        received=digest.received,
        open=digest.open_now,
    )
    breaches = tuple(
        _line(
            words,
            identity,
            b.ticket,
            words.phrase(
                "digest_breach_late" if b.answered else "digest_breach_open", late=_late(b.late_by)
            ),
            [who(b.ticket), *breach_reasons(words, b.ticket, levels)],
            alarm=not b.answered and b.ticket.status == "open",
        )
        for b in digest.breaches[:LIST_LIMIT]
    )
    hours = words.hours(AT_RISK.total_seconds() / 3600)
    at_risk = tuple(
        _open_line(words, identity, t, now, zone, levels, owner=True)
        for t in digest.at_risk[:LIST_LIMIT]
    )
    unconfirmed = tuple(
        _line(
            words,
            identity,
            t,
            words.phrase("digest_received", when=words.when(t.received_at, zone)),
            [who(t), _owner(words, t)],
        )
        for t in digest.unconfirmed[:LIST_LIMIT]
    )
    top = max((b.tickets for b in digest.busiest), default=0)
    figures = [
        words.phrase(
            "digest_busy_figures",
            count=b.tickets,
            previous=b.previous,
            late=words.phrase("digest_busy_late", count=b.breached) if b.breached else "",
        )
        for b in digest.busiest
    ]
    busy_items = tuple(
        words.phrase("digest_busy_row", customer=clean_header(b.customer), figures=shown)
        for b, shown in zip(digest.busiest, figures, strict=True)
    )
    busy_bars = tuple(
        Bar(clean_header(b.customer), b.tickets / top if top else None, shown)
        for b, shown in zip(digest.busiest, figures, strict=True)
    )
    sections = (
        compliance_section(words, digest.this_week, digest.previous_week),
        Section(
            words.phrase("digest_breaches", count=len(digest.breaches)),
            lines=breaches,
            notes=_more(words, len(digest.breaches))
            if breaches
            else (words.phrase("digest_no_breaches"),),
        ),
        Section(
            words.phrase("digest_at_risk", hours=hours, count=len(digest.at_risk)),
            lines=at_risk,
            notes=_more(words, len(digest.at_risk))
            if at_risk
            else (words.phrase("digest_no_risk", hours=hours),),
        ),
        Section(
            words.phrase("digest_busiest"),
            items=busy_items,
            bars=busy_bars,
            notes=() if busy_items else (words.phrase("digest_no_tickets"),),
        ),
        Section(
            words.phrase("digest_unconfirmed_heading", count=len(digest.unconfirmed)),
            lines=unconfirmed,
            notes=(
                (*_more(words, len(digest.unconfirmed)), words.phrase("digest_unconfirmed_hint"))
                if unconfirmed
                else (words.phrase("digest_no_unconfirmed"),)
            ),
        ),
    )
    footer = (words.phrase("digest_act", team_address=reply_to), schedule)
    return Layout(subject, intro, sections, footer, identity.name)


def _more(words: Words, total: int) -> tuple[str, ...]:
    """The note under a list cut at LIST_LIMIT: how many more there are."""
    hidden = total - LIST_LIMIT
    return (words.phrase("digest_more", count=hidden),) if hidden > 0 else ()


def breach_reasons(words: Words, ticket: DigestTicket, levels: Mapping[int, str]) -> list[str]:
    """What is known about a breach: who had it, who set its priority, how far it escalated,
    and whether it was closed unanswered."""
    reasons = [_owner(words, ticket)]
    if ticket.priority_set_by:
        reasons.append(words.phrase("digest_priority_set", who=ticket.priority_set_by))
    reasons.append(_level(words, ticket, levels))
    if ticket.first_response_at is None and ticket.status == "closed":
        reasons.append(words.phrase("digest_closed_unanswered"))
    return [r for r in reasons if r]


def plain_text(layout: Layout) -> str:
    """The text part: intro, each section (heading, lines, items, notes), footer, signature."""
    blocks = [_wrap(layout.intro)]
    for section in layout.sections:
        lines = [section.heading]
        for line in section.lines:
            lines.append(_wrap(f"- {line.tag} {line.priority}, {line.state}: {line.subject}", "  "))
            if line.details:
                lines.append(_wrap("  " + "; ".join(line.details), "  "))
        lines += [_wrap(f"- {item}", "  ") for item in section.items]
        blocks.append("\n".join(lines))
        notes = [_wrap(note) for note in section.notes]
        if notes and len(lines) == 1:
            blocks[-1] += "\n" + notes.pop(0)  # an empty list's note goes under its heading
        blocks += notes
    blocks += [_wrap(text) for text in layout.footer if text]
    blocks.append(f"-- \n{layout.team}")
    return "\n\n".join(blocks) + "\n"


def _wrap(text: str, indent: str = "") -> str:
    """`text` wrapped at the mail width, continuation lines indented by `indent`."""
    return textwrap.fill(
        text,
        WIDTH,
        subsequent_indent=indent,
        break_on_hyphens=False,
        break_long_words=False,
    )
