"""Find tickets by their words, and a customer's history: read-only queries for the CLI and web.

API (each takes an open Session and returns frozen values; nothing here writes):

- `search_tickets(session, words, limit=50, status=None) -> SearchResult`: the tickets whose
  subject, or one of whose messages, holds every term of `words`; newest activity first. A term
  is a word, or "several words" in quotes, or a word with punctuation (`alice@example.com`,
  `E-1234`), which must appear in that order; the last word of each term matches as a prefix
  ("print" finds "printer"). Case is ignored, diacritics are not ("cafe" does not find "café").
  A merged ticket is found through its survivor, where its messages are.
- `parse_query(words) -> Query`: the terms `search_tickets` looks for (empty: nothing to find).
- `customer_history(session, who) -> list[HistoryEntry]`: every ticket of an address (as
  requester, or as a customer in copy) or, given a domain ("example.com" or "@example.com"), of
  everyone at that domain, newest first, each with its outcome.

The index is the database's own (SQLite FTS5 tables, PostgreSQL `search_vector` columns; see
migration 0008): it is written by triggers or generated columns in the transaction that writes
a ticket or message, whatever path writes it.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, text
from sqlmodel import Session, col, func, select

from supportmail.storage.tables import Participant, Ticket, TicketMessage

# The search index's database objects, which tables.py does not declare (see migration 0008).
SEARCH_TABLES = frozenset({"ticket_search", "message_search"})
SEARCH_COLUMNS = frozenset({("ticket", "search_vector"), ("ticket_message", "search_vector")})
SEARCH_INDEXES = frozenset({"ix_ticket_search", "ix_ticket_message_search"})
# A query's size is bounded: each term costs an index lookup.
MAX_TERMS = 12
MAX_WORDS = 32

_WORD = re.compile(r"[^\W_]+")
_TERM = re.compile(r'"([^"]*)"?|(\S+)')


def is_declared_object(
    name: str | None, type_: str, parent_names: Mapping[Any, str | None]
) -> bool:
    """False for the search index's objects (FTS5 tables and their shadow tables, tsvector
    columns and their indexes): Alembic's `include_name` for comparing the schema with
    tables.py, which cannot declare them."""
    if name is None:
        return True
    if type_ == "table":
        return not any(name == t or name.startswith(f"{t}_") for t in SEARCH_TABLES)
    if type_ == "column":
        return (parent_names.get("table_name"), name) not in SEARCH_COLUMNS
    if type_ == "index":
        return name not in SEARCH_INDEXES
    return True


@dataclass(frozen=True, slots=True)
class Query:
    """The terms to find, each a tuple of words in order (the last one a prefix)."""

    terms: tuple[tuple[str, ...], ...]

    def __bool__(self) -> bool:
        return bool(self.terms)

    @property
    def words(self) -> tuple[str, ...]:
        """Every word of every term, in order."""
        return tuple(w for term in self.terms for w in term)

    def fts5(self) -> str:
        """The query in SQLite FTS5's syntax: each term a phrase whose last word is a prefix."""
        return " AND ".join(f'"{" ".join(term)}"*' for term in self.terms)

    def tsquery(self) -> str:
        """The query in PostgreSQL's to_tsquery syntax, meaning what `fts5` means."""
        phrases = []
        for term in self.terms:
            words = [f"'{w}'" for w in term]
            words[-1] += ":*"
            phrases.append(" <-> ".join(words))
        return " & ".join(phrases)


def parse_query(words: str) -> Query:
    """The terms of a search: quoted phrases and bare words; punctuation splits a term into
    words kept in order (as the index splits the text). Case is folded; at most MAX_TERMS
    terms and MAX_WORDS words are kept."""
    terms: list[tuple[str, ...]] = []
    count = 0
    for match in _TERM.finditer(words):
        term = tuple(_WORD.findall((match.group(1) or match.group(2) or "").lower()))
        if not term or len(terms) >= MAX_TERMS or count + len(term) > MAX_WORDS:
            continue
        terms.append(term)
        count += len(term)
    return Query(tuple(dict.fromkeys(terms)))


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A ticket found: what a result list shows of it."""

    number: int
    subject: str
    status: str
    priority: str
    requester: str
    assignee: str | None
    created_at: datetime
    updated_at: datetime
    messages: int  # how many of its messages hold the words (0: only the subject does)
    snippet: str  # the words in context, from the first such message ("" when none)


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The tickets found, newest activity first, and how many there were in all."""

    query: Query
    total: int
    hits: tuple[SearchHit, ...]


_SQLITE_HITS = """
SELECT m.ticket_id AS ticket_id, m.id AS message_id
FROM message_search JOIN ticket_message AS m ON m.id = message_search.rowid
WHERE message_search MATCH :query
UNION ALL
SELECT coalesce(t.merged_into_id, t.id), NULL
FROM ticket_search JOIN ticket AS t ON t.id = ticket_search.rowid
WHERE ticket_search MATCH :query
"""

_POSTGRES_HITS = """
SELECT m.ticket_id AS ticket_id, m.id AS message_id
FROM ticket_message AS m WHERE m.search_vector @@ to_tsquery('simple', :query)
UNION ALL
SELECT coalesce(t.merged_into_id, t.id), NULL
FROM ticket AS t WHERE t.search_vector @@ to_tsquery('simple', :query)
"""

# Our own fixed SQL around the hits; the user's words are only ever a bound parameter.
_RANKED = """
WITH hits AS ({hits}),
found AS (
    SELECT ticket_id, count(message_id) AS messages, min(message_id) AS first_message
    FROM hits GROUP BY ticket_id
)
SELECT t.id, found.messages, found.first_message, count(*) OVER () AS total
FROM found JOIN ticket AS t ON t.id = found.ticket_id
WHERE (CAST(:status AS VARCHAR) IS NULL OR t.status = CAST(:status AS VARCHAR))
ORDER BY t.updated_at DESC, t.id DESC
LIMIT :limit
"""


def search_tickets(
    session: Session, words: str, *, limit: int = 50, status: str | None = None
) -> SearchResult:
    """The tickets whose subject or one message holds every term of `words` (see the module
    docstring), newest activity first, at most `limit`; `status` ("open", "closed") filters."""
    query = parse_query(words)
    if not query:
        return SearchResult(query, 0, ())
    postgres = session.get_bind().dialect.name == "postgresql"
    sql = _RANKED.format(hits=_POSTGRES_HITS if postgres else _SQLITE_HITS)
    params = {
        "query": query.tsquery() if postgres else query.fts5(),
        "status": status,
        "limit": max(1, limit),
    }
    rows = session.execute(text(sql), params).all()
    if not rows:
        return SearchResult(query, 0, ())
    ids = [int(r[0]) for r in rows]
    tickets = {t.id: t for t in session.exec(select(Ticket).where(col(Ticket.id).in_(ids)))}
    firsts = [int(r[2]) for r in rows if r[2] is not None]
    texts = dict(
        session.exec(
            select(TicketMessage.id, TicketMessage.text).where(col(TicketMessage.id).in_(firsts))
        ).all()
    )
    hits = []
    for ticket_id, messages, first, _total in rows:
        t = tickets[ticket_id]
        assert t.number is not None
        found_text = texts.get(first, "") if first is not None else ""
        hits.append(
            SearchHit(
                number=t.number,
                subject=t.subject,
                status=t.status,
                priority=t.priority,
                requester=t.requester,
                assignee=t.assignee,
                created_at=t.created_at,
                updated_at=t.updated_at,
                messages=int(messages),
                snippet=snippet(found_text, query.words),
            )
        )
    return SearchResult(query, int(rows[0][3]), tuple(hits))


def snippet(body: str, words: tuple[str, ...], width: int = 160) -> str:
    """About `width` characters of `body` around the first of `words` found at a word's start,
    whitespace folded; "" when `body` is empty."""
    flat = " ".join(body.split())
    if not flat:
        return ""
    starts = [
        m.start()
        for w in words
        if (m := re.search(rf"(?<![^\W_]){re.escape(w)}", flat, re.IGNORECASE)) is not None
    ]
    at = min(starts, default=0)
    begin = max(0, at - width // 3)
    if begin > 0:  # start at a word boundary
        space = flat.find(" ", begin)
        begin = space + 1 if 0 <= space < at else begin
    end = min(len(flat), begin + width)
    if end < len(flat):
        space = flat.rfind(" ", begin, end)
        end = space if space > at else end
    return ("..." if begin > 0 else "") + flat[begin:end] + ("..." if end < len(flat) else "")


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One ticket of a customer's history and how it went."""

    number: int
    subject: str
    requester: str
    status: str  # open | closed | merged
    priority: str
    received_at: datetime
    first_response_due: datetime
    first_response_at: datetime | None
    closed_at: datetime | None
    assignee: str | None
    escalation_level: int
    merged_into: int | None  # the survivor's number, for a merged ticket

    @property
    def first_response_in(self) -> timedelta | None:
        """How long the first response took; None while there is none."""
        if self.first_response_at is None:
            return None
        return self.first_response_at - self.received_at

    def answered_in_time(self, now: datetime) -> bool | None:
        """Whether the first response kept its promise; None while it may still."""
        if self.first_response_at is not None:
            return self.first_response_at <= self.first_response_due
        if self.status == "merged" or self.first_response_due > now:
            return None
        return False

    @property
    def outcome(self) -> str:
        """The ticket's end in a few words: "open", "closed", "merged into #1234"."""
        if self.status == "merged" and self.merged_into is not None:
            return f"merged into #{self.merged_into}"
        return self.status


def split_customer(who: str) -> tuple[str | None, str | None]:
    """(address, None) for a mail address, (None, domain) for "example.com" or
    "@example.com"; both lower case. (None, None) when `who` is neither."""
    who = who.strip().strip("<>").lower()
    local, at, domain = who.rpartition("@")
    if not domain or "." not in domain or any(c.isspace() for c in who):
        return None, None
    if at and local:
        return who, None
    return None, domain


def customer_history(session: Session, who: str) -> list[HistoryEntry]:
    """Every ticket of an address (requester, or customer in copy) or of a domain's people
    (see `split_customer`), newest first; [] for something that is neither."""
    address, domain = split_customer(who)
    if address is not None:
        in_copy = select(Participant.ticket_id).where(
            Participant.address == address, Participant.role != "agent"
        )
        where = or_(col(Ticket.requester) == address, col(Ticket.id).in_(in_copy))
    elif domain is not None:
        where = or_(
            func.lower(col(Ticket.requester)).endswith(f"@{domain}", autoescape=True),
            col(Ticket.customer_domain) == domain,
        )
    else:
        return []
    tickets = session.exec(
        select(Ticket).where(where).order_by(col(Ticket.received_at).desc(), col(Ticket.id).desc())
    ).all()
    survivors = {t.merged_into_id for t in tickets if t.merged_into_id is not None}
    numbers: dict[int, int] = {}
    if survivors:
        numbers = {
            i: n
            for i, n in session.exec(
                select(Ticket.id, Ticket.number).where(col(Ticket.id).in_(survivors))
            ).all()
            if i is not None and n is not None
        }
    return [
        HistoryEntry(
            number=t.number or 0,
            subject=t.subject,
            requester=t.requester,
            status=t.status,
            priority=t.priority,
            received_at=t.received_at,
            first_response_due=t.first_response_due,
            first_response_at=t.first_response_at,
            closed_at=t.closed_at,
            assignee=t.assignee,
            escalation_level=t.escalation_level,
            merged_into=numbers.get(t.merged_into_id) if t.merged_into_id else None,
        )
        for t in tickets
    ]
