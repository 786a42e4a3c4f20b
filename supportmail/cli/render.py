"""Terminal output for the ops commands: aligned tables, JSON and CSV, and short UTC times.

Everything a customer wrote (subjects, names, headers) passes through `clean` before it reaches
a terminal: a mail can carry escape sequences, and an operator's terminal must not obey them.
"""

import csv
import json
import shutil
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TextIO

from supportmail.core.ladder import LadderPolicy, ladder_steps
from supportmail.core.sla import Window, explain_due, format_due, format_duration, is_breached
from supportmail.core.types import Priority

if TYPE_CHECKING:  # the ORM is loaded by the commands that read the database, not by `triage`
    from supportmail.config import Config
    from supportmail.desk import Desk
    from supportmail.storage.quickread import TicketRow
    from supportmail.storage.reports import Thread
    from supportmail.storage.tables import Ticket

ELLIPSIS = "…"


def clean(text: str) -> str:
    """`text` on one line with control and format characters (escapes, bidi) made harmless."""
    out = []
    for ch in text:
        if ch in "\r\n\t":
            out.append(" ")
        elif unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co"}:
            out.append("�")
        else:
            out.append(ch)
    return "".join(out)


def clean_lines(text: str) -> list[str]:
    """`text` split into lines, each made harmless by `clean`."""
    return [clean(line) for line in text.splitlines()]


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in {"W", "F"} else 1


def width(text: str) -> int:
    """How many terminal columns `text` takes (wide CJK characters count two)."""
    return sum(_char_width(ch) for ch in text)


def truncate(text: str, limit: int) -> str:
    """`text` cut to at most `limit` columns, ending in "…" when it was cut."""
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = _char_width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + ELLIPSIS


def pad(text: str, size: int, right: bool = False) -> str:
    """`text` padded with spaces to `size` columns, on the left when `right`."""
    fill = " " * max(0, size - width(text))
    return fill + text if right else text + fill


@dataclass(frozen=True)
class Column:
    """One table column: its heading, the most columns it may take, right-aligned or not."""

    heading: str
    max_width: int = 40
    right: bool = False
    flexible: bool = False  # gives up space first when the terminal is narrow


def terminal_width() -> int:
    """The terminal's width in columns; 0 (no limit) when stdout is not a terminal."""
    if not sys.stdout.isatty():
        return 0  # piped into grep or a file: cut nothing but the columns' own maxima
    return shutil.get_terminal_size((120, 24)).columns


def render_table(
    columns: Sequence[Column], rows: Sequence[Sequence[str]], total: int | None = None
) -> str:
    """The rows as aligned text within `total` columns (default: the terminal's; 0: no limit)."""
    total = terminal_width() if total is None else total
    cells = [[clean(cell) for cell in row] for row in rows]
    sizes = [
        min(col.max_width, max([width(col.heading)] + [width(r[i]) for r in cells]))
        for i, col in enumerate(columns)
    ]
    overflow = sum(sizes) + 2 * (len(columns) - 1) - total if total else 0
    floors = [max(8, width(col.heading)) for col in columns]
    while overflow > 0:
        # Take from the widest flexible column, one column at a time, so they shrink evenly.
        shrinkable = [i for i, c in enumerate(columns) if c.flexible and sizes[i] > floors[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: sizes[i])
        sizes[widest] -= 1
        overflow -= 1
    lines = []
    for row in [[c.heading for c in columns], *cells]:
        parts = [
            pad(truncate(cell, sizes[i]), sizes[i], columns[i].right) for i, cell in enumerate(row)
        ]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def _plain(value: Any) -> Any:
    """A value as JSON and CSV want it: times in ISO 8601 UTC."""
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def write_json(records: Sequence[Mapping[str, Any]] | Mapping[str, Any], out: TextIO) -> None:
    """The records as indented JSON (times ISO 8601), one trailing newline."""
    json.dump(records, out, indent=2, ensure_ascii=False, default=_plain)
    out.write("\n")


def write_csv(records: Sequence[Mapping[str, Any]], keys: Sequence[str], out: TextIO) -> None:
    """The records as CSV with a header line of `keys`."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(keys)
    for record in records:
        writer.writerow(["" if record[k] is None else _plain(record[k]) for k in keys])


def short_time(dt: datetime, now: datetime) -> str:
    """E.g. "Fri 27 Nov 14:00" (UTC, as format_due says it); the year only when not this one."""
    day, date, month, year, clock, _zone = format_due(dt).split()
    text = f"{day} {date} {month} {clock}"
    return text if dt.year == now.year else f"{day} {date} {month} {year.rstrip(',')} {clock}"


def short_duration(delta: timedelta) -> str:
    """E.g. "3 h" or "1 d 4 h": format_duration's two largest units."""
    return " ".join(format_duration(delta).split()[:4])


def due_cell(due: datetime | None, now: datetime, closed: bool) -> str:
    """The due column: the time, "overdue 3 h", "responded" or "closed"."""
    if closed:
        return "closed"
    if due is None:
        return "responded"
    if is_breached(now, due):
        return f"overdue {short_duration(now - due)}"
    return short_time(due, now)


# --- text views of one ticket (`show`, `sla`) ---------------------------------------------------


def _when(dt: datetime | None) -> str:
    return "-" if dt is None else format_due(dt)


def _left(due: datetime, now: datetime) -> str:
    left = due - now
    if left <= timedelta(0):
        return f"overdue by {format_duration(left)}"
    return f"{format_duration(left)} left"


def _confirmation(ticket: "Ticket") -> str:
    """Who confirmed the ticket's priority, or whether the team was asked to."""
    if ticket.priority_confirmed_by:
        return f"confirmed by {clean(ticket.priority_confirmed_by)}"
    return "to be confirmed (weak evidence)" if ticket.priority_asked else "not asked to confirm"


def header_lines(desk: "Desk", ticket: "Ticket", now: datetime) -> list[str]:
    """The header of `supportmail show`: who, what, priority and why, the SLA clock."""
    config = desk.config
    customer = config.customer_for(ticket.requester)
    who = clean(ticket.requester)
    if ticket.requester_name:
        who = f"{clean(ticket.requester_name)} <{who}>"
    answered = ticket.first_response_at
    if answered is None:
        first = "not yet"
    else:
        late = answered - ticket.first_response_due
        verdict = "in time" if late <= timedelta(0) else f"{format_duration(late)} late"
        first = f"{format_due(answered)} ({verdict})"
    from supportmail.storage.reports import current_due

    due = current_due(ticket)
    if ticket.status == "closed":
        state = f"closed {_when(ticket.closed_at)}"
    elif due is None:
        state = "responded; the customer is not waiting on us"
    else:
        state = f"response due {format_due(due)}: {_left(due, now)}"
    rung = desk.ladder.level(ticket.escalation_level)
    level = "0 (not escalated)" if rung is None else f"{rung.number} ({rung.name}, {rung.address})"
    lines = [
        f"Ticket #{ticket.number}: {clean(ticket.subject)}",
        f"  requester     {who}",
        "  customer      "
        + (f"{clean(customer.name)} ({customer.tier or 'no tier'})" if customer else "-"),
        f"  priority      {ticket.priority} by rule {clean(ticket.priority_rule)!r}",
        f"                {clean(ticket.priority_explanation)}",
        f"  signals       {clean(ticket.priority_signals or '-')}; {_confirmation(ticket)}",
        f"  status        {ticket.status}; assignee {clean(ticket.assignee or '-')}",
        f"  received      {format_due(ticket.received_at)}",
        f"  first resp.   due {format_due(ticket.first_response_due)}; answered {first}",
        f"  now           {state}"
        + (f" (response clock {ticket.clock_number})" if ticket.clock_number else ""),
        f"  escalation    level {level}"
        + (f"; acknowledged by {clean(ticket.acked_by)}" if ticket.acked_by else ""),
    ]
    return lines


def thread_lines(thread: "Thread", text_lines: int = 4) -> list[str]:
    """The thread: each message's time, direction, author, role, first lines, attachments."""
    lines = [f"Thread ({len(thread.messages)} message{'s' if len(thread.messages) != 1 else ''})"]
    for message in thread.messages:
        arrow = "<-" if message.direction == "in" else "->"
        note = " NOTE (internal)" if message.is_note else ""
        lines.append(
            f"  {format_due(message.created_at)}  {arrow} {message.direction:<3} "
            f"{clean(message.author)} ({message.author_role}){note}"
        )
        body = [line for line in clean_lines(message.text) if line.strip()]
        lines.extend(f"      {truncate(line, 100)}" for line in body[:text_lines])
        if len(body) > text_lines:
            lines.append(f"      … {len(body) - text_lines} more line(s)")
        for ref in thread.attachments.get(message.id or 0, []):
            lines.append(
                f"      attachment: {clean(ref.filename)} ({ref.content_type}, {ref.size} bytes)"
            )
    return lines


def sla_lines(
    config: "Config", ladder: LadderPolicy, ticket: "Ticket | TicketRow", now: datetime
) -> list[str]:
    """How the ticket's due times and ladder steps were computed, and which steps have fired."""
    priority = Priority(ticket.priority)
    hours = config.window_hours(priority)
    calendar = config.calendar_for(priority)
    window = Window(priority, hours, calendar)
    lines = [f"Ticket #{ticket.number}, {priority} by rule {clean(ticket.priority_rule)!r}"]
    lines.append("First-response clock:")
    judge = None if ticket.first_response_at is not None else now
    lines.extend(f"  {line}" for line in explain_due(ticket.received_at, window, judge))
    if window.due(ticket.received_at) != ticket.first_response_due:
        lines.append(
            f"  stored due {format_due(ticket.first_response_due)} differs: "
            "the window was changed in the config after the ticket was opened"
        )
    if ticket.first_response_at is not None:
        late = ticket.first_response_at - ticket.first_response_due
        verdict = "in time" if late <= timedelta(0) else f"{format_duration(late)} late"
        lines.append(f"  first response {format_due(ticket.first_response_at)}: {verdict}")
    start = ticket.clock_started_at
    if ticket.clock_number:
        lines.append(
            f"Current clock: next-response clock {ticket.clock_number}, "
            f"started by a customer reply or a reopen"
        )
        waiting = now if ticket.response_due is not None else None
        lines.extend(f"  {line}" for line in explain_due(start, window, waiting))
    if ticket.status == "closed":
        stop = f"closed {_when(ticket.closed_at)}"
    elif ticket.response_due is None:
        stop = "responded"
    elif ticket.acked_by is not None:
        stop = f"acknowledged by {clean(ticket.acked_by)}"
    else:
        stop = None
    lines.append(
        f"Ladder (from {format_due(start)}, window {hours:g} h"
        + (f"; stopped: {stop})" if stop else ")")
    )
    for step in ladder_steps(start, hours, ladder, calendar):
        if step.kind == "warning":
            what, fired = f"warning at {ladder.warn_at:g}x", ticket.warned
        else:
            rung = ladder.level(step.level)
            assert rung is not None
            what = f"level {rung.number} {rung.name} <{rung.address}> at {rung.offset:g}x"
            fired = step.level <= ticket.escalation_level
        if fired:
            state = "done"
        elif stop is not None:
            state = "not needed"
        elif step.due <= now:
            state = "due now: fires on the scheduler's next pass"
        else:
            state = f"in {format_duration(step.due - now)}"
        lines.append(f"  {format_due(step.due)}  {what}: {state}")
    return lines
