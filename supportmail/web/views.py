"""Each page's data: read through storage (dashboard, reports, queries), shaped for a template.

A view takes the request's query parameters as parsed by the server (name -> values); a value
it does not understand falls back to the default rather than failing the page.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from sqlmodel import Session

from supportmail.core.sla import is_breached
from supportmail.core.types import Priority
from supportmail.desk import Desk
from supportmail.storage import dashboard, queries
from supportmail.storage.reports import ticket_thread
from supportmail.storage.search import search_tickets
from supportmail.web.charts import weekly_charts
from supportmail.web.folding import segments
from supportmail.web.history import ComplianceHistory
from supportmail.web.timeline import timeline

PAGE_SIZE = 50
MAX_PAGE = 10_000  # deeper than anyone reads; bounds the OFFSET a URL can ask for
PRIORITIES = tuple(p.value for p in Priority)
Params = Mapping[str, Sequence[str]]


def _one(params: Params, name: str) -> str:
    values = params.get(name) or [""]
    return values[0].strip()


def _int(params: Params, name: str, default: int, low: int, high: int) -> int:
    text = _one(params, name)
    if not text.isdigit():
        return default
    return min(max(int(text), low), high)


def queue_filter(params: Params) -> dashboard.QueueFilter:
    """The queue's filter from the query string (unknown values ignored)."""
    state = _one(params, "state")
    assignee = _one(params, "assignee")[:320]
    return dashboard.QueueFilter(
        state=state if state in dashboard.STATES else "open",
        priorities=tuple(p for p in PRIORITIES if p in (params.get("priority") or ())),
        assignee=assignee or None,
        overdue=_one(params, "overdue") in ("1", "on", "yes", "true"),
    )


def filter_query(flt: dashboard.QueueFilter, page: int = 1) -> str:
    """The query string that asks for `flt` (and `page`), for links."""
    pairs: list[tuple[str, str]] = [("state", flt.state)]
    pairs += [("priority", p) for p in flt.priorities]
    if flt.assignee:
        pairs.append(("assignee", flt.assignee))
    if flt.overdue:
        pairs.append(("overdue", "1"))
    if page > 1:
        pairs.append(("page", str(page)))
    return urlencode(pairs)


@dataclass(frozen=True)
class QueueLine:
    """A queue row with what the page says about its due time."""

    row: dashboard.QueueRow
    due_text: str
    overdue: bool


def _due_text(row: dashboard.QueueRow, now: datetime) -> tuple[str, bool]:
    if row.status == "closed":
        return "closed", False
    if row.due is None:
        return "responded", False
    if is_breached(now, row.due):
        return "overdue", True
    return "due", False


def queue_view(session: Session, desk: Desk, params: Params, now: datetime) -> dict[str, Any]:
    """The queue page: one page of matching tickets, soonest due first."""
    flt = queue_filter(params)
    page = _int(params, "page", 1, 1, MAX_PAGE)
    found = dashboard.queue_page(session, flt, now, (page - 1) * PAGE_SIZE, PAGE_SIZE)
    pages = max(1, -(-found.total // PAGE_SIZE))
    lines = []
    for row in found.rows:
        text, late = _due_text(row, now)
        lines.append(QueueLine(row, text, late))
    agents = sorted({a.lower() for a in desk.config.support.agents})
    if flt.assignee and flt.assignee.lower() not in agents and flt.assignee != "-":
        agents.append(flt.assignee)
    return {
        "filter": flt,
        "lines": lines,
        "total": found.total,
        "page": page,
        "pages": pages,
        "first": (page - 1) * PAGE_SIZE + 1,
        "previous": filter_query(flt, page - 1) if page > 1 else None,
        "next": filter_query(flt, page + 1) if page < pages else None,
        "agents": agents,
        "priorities": PRIORITIES,
        "states": dashboard.STATES,
        "unassigned": dashboard.UNASSIGNED,
    }


def ticket_view(session: Session, desk: Desk, number: int, now: datetime) -> dict[str, Any] | None:
    """The ticket page: header, thread (quotes folded), events, outgoing mail, SLA timeline;
    None when there is no such ticket."""
    ticket = queries.ticket_by_number(session, number)
    if ticket is None:
        return None
    thread = ticket_thread(session, ticket)
    messages = [
        {
            "message": m,
            "segments": segments(m.text),
            "attachments": thread.attachments.get(m.id or 0, []),
        }
        for m in thread.messages
    ]
    due = ticket.response_due if ticket.status == "open" else None
    rung = desk.ladder.level(ticket.escalation_level)
    return {
        "ticket": ticket,
        "customer": desk.config.customer_for(ticket.requester),
        "messages": messages,
        "events": thread.events,
        "outbox": thread.outbox,
        "timeline": timeline(desk, ticket, now),
        "due": due,
        "left": None if due is None else due - now,
        "overdue": due is not None and is_breached(now, due),
        "rung": rung,
    }


def compliance_view(
    session: Session, desk: Desk, history: ComplianceHistory, params: Params, now: datetime
) -> dict[str, Any]:
    """Compliance per week and priority over the last `weeks` weeks (4 to 52; 12)."""
    weeks = _int(params, "weeks", 12, 4, 52)
    since = dashboard.weeks_back(now, weeks)
    days = history.days(session, desk, now, since)
    return {
        "weeks": weeks,
        "since": since,
        "charts": weekly_charts(days, since.date(), weeks),
        "choices": (4, 12, 26, 52),
        "height": 120,
    }


def agents_view(session: Session, desk: Desk, now: datetime) -> dict[str, Any]:
    """Open tickets per assignee: in all, waiting, overdue, per priority."""
    loads = dashboard.agent_load(session, now, desk.config.support.agents)
    busiest = max((load.open for load in loads), default=0)
    return {
        "loads": loads,
        "busiest": busiest,
        "priorities": PRIORITIES,
        "unassigned": dashboard.UNASSIGNED,
        "day": timedelta(days=1),
    }


MAX_QUERY = 200  # characters of a search


def search_view(session: Session, params: Params) -> dict[str, Any]:
    """Tickets whose subject or a message holds every word (storage.search), newest activity
    first; `state` open or closed narrows them."""
    words = _one(params, "q")[:MAX_QUERY]
    state = _one(params, "state")
    status = state if state in ("open", "closed") else None
    result = search_tickets(session, words, limit=PAGE_SIZE, status=status)
    return {"q": words, "state": status or "all", "result": result}
