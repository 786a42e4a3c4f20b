"""Find tickets by their words, and a customer's history: read-only queries for the CLI and web.

API (each takes an open Session and returns frozen values; nothing here writes):

- `search_tickets(session, words, limit=50, status=None) -> SearchResult`: the tickets whose
  subject, or one of whose messages, holds every term of `words`; newest activity first; how
  many, counted up to COUNT_LIMIT (1,000; past it "more than 1,000"). A term
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
a ticket or message, whatever path writes it. A rare word is answered from the index alone; a
common one by walking the tickets newest first (migration 0011's index) until a page is full,
so a word in every ticket costs no more than a rare one (`search_tickets` says how).
"""

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, text
from sqlmodel import Session, col, func, select

from supportmail.storage.tables import Participant, Ticket, TicketMessage

# The search index's database objects, which tables.py does not declare (see migration 0008).
SEARCH_TABLES = frozenset({"ticket_search", "message_search"})
SEARCH_COLUMNS = frozenset({("ticket", "search_vector"), ("ticket_message", "search_vector")})
SEARCH_INDEXES = frozenset(
    {
        "ix_ticket_search",
        "ix_ticket_message_search",
        "ix_ticket_updated_at_id",  # migration 0011: the newest-first walk
        "ix_ticket_merged_into_id",
    }
)
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
    """The tickets found, newest activity first, and how many there were: exact up to
    COUNT_LIMIT; `more` when there were more than that (then `total` is COUNT_LIMIT)."""

    query: Query
    total: int
    hits: tuple[SearchHit, ...]
    more: bool = False

    @property
    def count_text(self) -> str:
        """The count in words: "1 ticket", "42 tickets", "more than 1,000 tickets"."""
        if self.more:
            return f"more than {self.total:,} tickets"
        return f"{self.total:,} ticket{'' if self.total == 1 else 's'}"


# How many tickets a search counts: beyond it the count says "more than 1,000" (a desk reads
# the newest page, never a thousand; counting 60,000 tickets of a common word would cost more
# than finding the page). Elasticsearch does the same (track_total_hits, 10,000 by default).
COUNT_LIMIT = 1_000
# The first matches read (per kind: messages, subjects). When they are all there is, the whole
# set is known and ordered at once; otherwise the word is common and the page comes from a walk.
FIRST_ROWS = 2_000
# Tickets read per step of SQLite's walk; PostgreSQL's walk reads at most WALK_WINDOW tickets
# before it falls back to ranking every match (a word common only in old tickets).
WALK_CHUNK = 1_000
WALK_WINDOW = 20_000

# Our own fixed SQL; the user's words are only ever a bound parameter. {messages} and
# {subjects} are "" or a join of the found ticket `s` for its status, only when one is asked for.
_STATUS_JOIN = {
    "messages": " JOIN ticket AS s ON s.id = m.ticket_id AND s.status = :status",
    "subjects": " JOIN ticket AS s ON s.id = coalesce(t.merged_into_id, t.id)"
    " AND s.status = :status",
}
_SQLITE_FIRST = """
SELECT * FROM (
    SELECT m.ticket_id, m.id FROM message_search JOIN ticket_message AS m
    ON m.id = message_search.rowid{messages} WHERE message_search MATCH :query LIMIT :rows)
UNION ALL
SELECT * FROM (
    SELECT coalesce(t.merged_into_id, t.id), NULL FROM ticket_search JOIN ticket AS t
    ON t.id = ticket_search.rowid{subjects} WHERE ticket_search MATCH :query LIMIT :rows)
"""
_POSTGRES_FIRST = """
SELECT * FROM (
    SELECT m.ticket_id, m.id FROM ticket_message AS m{messages}
    WHERE m.search_vector @@ to_tsquery('simple', :query) LIMIT :rows) AS found_messages
UNION ALL
SELECT * FROM (
    SELECT coalesce(t.merged_into_id, t.id), CAST(NULL AS INTEGER) FROM ticket AS t{subjects}
    WHERE t.search_vector @@ to_tsquery('simple', :query) LIMIT :rows) AS found_subjects
"""
_STATUS = "(CAST(:status AS VARCHAR) IS NULL OR t.status = CAST(:status AS VARCHAR))"
_SQLITE_NEWEST = f"""
SELECT t.id FROM ticket AS t WHERE t.id IN (SELECT value FROM json_each(:ids)) AND {_STATUS}
ORDER BY t.updated_at DESC, t.id DESC LIMIT :limit
"""  # noqa: S608 (only our own fixed fragments are formatted in)
_POSTGRES_NEWEST = f"""
SELECT t.id FROM ticket AS t WHERE t.id = ANY(CAST(:ids AS INTEGER[])) AND {_STATUS}
ORDER BY t.updated_at DESC, t.id DESC LIMIT :limit
"""  # noqa: S608 (only our own fixed fragments are formatted in)
# SQLite's walk: a chunk of tickets, newest activity first, after the last one seen ("+" keeps
# the status off an index, so the (updated_at, id) index gives the order), and their messages.
_SQLITE_CHUNK = """
SELECT t.id, t.merged_into_id, t.updated_at FROM ticket AS t
WHERE (CAST(:status AS VARCHAR) IS NULL OR +t.status = CAST(:status AS VARCHAR)){after}
ORDER BY t.updated_at DESC, t.id DESC LIMIT :chunk
"""
_SQLITE_AFTER = " AND (t.updated_at, t.id) < (:after_at, :after_id)"
_SQLITE_CHUNK_MESSAGES = """
SELECT m.ticket_id, m.id FROM ticket_message AS m
WHERE m.ticket_id IN (SELECT value FROM json_each(:ids))
"""
# PostgreSQL's walk: the newest tickets, each checked against its own tsvectors (no index: a
# handful of rows per ticket). The LATERAL aggregate is evaluated per ticket; an EXISTS would be
# planned as a hashed subplan over every matching message, the cost this walk avoids.
_POSTGRES_WALK = f"""
SELECT t.id, h.messages, h.first_message
FROM (
    SELECT id, merged_into_id, search_vector, updated_at FROM ticket AS t WHERE {_STATUS}
    ORDER BY updated_at DESC, id DESC LIMIT :window
) AS t
CROSS JOIN LATERAL (
    SELECT count(*) AS messages, min(m.id) AS first_message FROM ticket_message AS m
    WHERE m.ticket_id = t.id AND m.search_vector @@ to_tsquery('simple', :query)
) AS h
WHERE (t.merged_into_id IS NULL AND t.search_vector @@ to_tsquery('simple', :query))
   OR h.messages > 0
   OR t.id IN (
       SELECT merged.merged_into_id FROM ticket AS merged
       WHERE merged.merged_into_id IS NOT NULL
         AND merged.search_vector @@ to_tsquery('simple', :query))
ORDER BY t.updated_at DESC, t.id DESC
LIMIT :limit
"""  # noqa: S608 (only our own fixed fragments are formatted in)
# Every match ranked at once: PostgreSQL's fallback when its walk window holds too few.
_POSTGRES_RANKED = f"""
WITH hits AS (
    SELECT m.ticket_id AS ticket_id, m.id AS message_id
    FROM ticket_message AS m WHERE m.search_vector @@ to_tsquery('simple', :query)
    UNION ALL
    SELECT coalesce(t.merged_into_id, t.id), NULL
    FROM ticket AS t WHERE t.search_vector @@ to_tsquery('simple', :query)
),
found AS (
    SELECT ticket_id, count(message_id) AS messages, min(message_id) AS first_message
    FROM hits GROUP BY ticket_id
)
SELECT t.id, found.messages, found.first_message
FROM found JOIN ticket AS t ON t.id = found.ticket_id
WHERE {_STATUS}
ORDER BY t.updated_at DESC, t.id DESC
LIMIT :limit
"""  # noqa: S608 (only our own fixed fragments are formatted in)

# (ticket id, matching messages, the first of them) for each ticket of a page, newest first.
_Page = list[tuple[int, int, int | None]]


def search_tickets(
    session: Session, words: str, *, limit: int = 50, status: str | None = None
) -> SearchResult:
    """The tickets whose subject or one message holds every term of `words` (see the module
    docstring), newest activity first, at most `limit`; `status` ("open", "closed") filters.
    The total is exact up to COUNT_LIMIT; beyond it `more` says so.

    How: the first FIRST_ROWS matches of each kind are read. If that is all of them (a rare
    word), they are the answer, ordered at once. Otherwise (more than COUNT_LIMIT tickets, or
    many rows to read) the page comes from walking the tickets newest first and keeping those
    that match; a common word fills a page after a few hundred tickets, where ranking every
    match meant reading and sorting tens of thousands."""
    query = parse_query(words)
    if not query:
        return SearchResult(query, 0, ())
    postgres = session.get_bind().dialect.name == "postgresql"
    match = query.tsquery() if postgres else query.fts5()
    limit = max(1, limit)
    found, complete = _first_matches(session, postgres, match, status)
    if complete:
        page = _page_of_known(session, postgres, found, status, limit)
    elif postgres:
        page = _postgres_walk(session, match, status, limit)
    else:
        page = _sqlite_walk(session, match, status, limit)
    total = len(found)
    return SearchResult(
        query,
        min(total, COUNT_LIMIT),
        _hits(session, query, page),
        more=total > COUNT_LIMIT,
    )


def _first_matches(
    session: Session, postgres: bool, match: str, status: str | None
) -> tuple[dict[int, list[int]], bool]:
    """The found tickets' ids among the first matches, each with its matching messages' ids,
    and whether those were all the matches. Reads more while they count at most COUNT_LIMIT
    tickets and there are more (many matching messages per ticket, or a rare status)."""
    joins = _STATUS_JOIN if status is not None else {"messages": "", "subjects": ""}
    sql = text((_POSTGRES_FIRST if postgres else _SQLITE_FIRST).format(**joins))
    if postgres:
        # PostgreSQL guesses how many rows a prefix query matches (often 2 % of them) and, with
        # a LIMIT, would rather read every ticket than its GIN index: a word found nowhere read
        # all 100,000 subjects. The index is always the better path here; the setting lasts
        # for this transaction only and is put back below.
        previous = session.execute(
            text(
                "SELECT current_setting('enable_seqscan'),"
                " set_config('enable_seqscan', 'off', true)"
            )
        ).scalar_one()
        try:
            return _read_first_matches(session, sql, match, status)
        finally:
            session.execute(
                text("SELECT set_config('enable_seqscan', :previous, true)"), {"previous": previous}
            )
    return _read_first_matches(session, sql, match, status)


def _read_first_matches(
    session: Session, sql: Any, match: str, status: str | None
) -> tuple[dict[int, list[int]], bool]:
    """`_first_matches`' reading, FIRST_ROWS rows of each kind, then eight times more."""
    rows = FIRST_ROWS
    while True:
        params = {"query": match, "rows": rows, "status": status}
        found: dict[int, list[int]] = {}
        read = {True: 0, False: 0}  # rows read of messages (True) and of subjects
        for ticket_id, message_id in session.execute(sql, params):
            messages = found.setdefault(int(ticket_id), [])
            if message_id is not None:
                messages.append(int(message_id))
            read[message_id is not None] += 1
        complete = read[True] < rows and read[False] < rows
        if complete or len(found) > COUNT_LIMIT:
            return found, complete
        rows *= 8


def _page_of_known(
    session: Session,
    postgres: bool,
    found: dict[int, list[int]],
    status: str | None,
    limit: int,
) -> _Page:
    """The newest `limit` of tickets all known with their matching messages."""
    if not found:
        return []
    ids: object = list(found) if postgres else json.dumps(list(found))
    sql = _POSTGRES_NEWEST if postgres else _SQLITE_NEWEST
    newest = session.execute(text(sql), {"ids": ids, "status": status, "limit": limit})
    return [(int(i), len(found[i]), min(found[i], default=None)) for (i,) in newest if i in found]


def _sqlite_walk(session: Session, match: str, status: str | None, limit: int) -> _Page:
    """SQLite: the matching rows' ids from FTS5 (cheap: no table row is read), then the tickets
    in chunks, newest activity first, kept when their subject, a message or a merged ticket's
    subject matches. A probe per ticket would be dearer: FTS5 expands a prefix term again for
    each query."""
    raw = _sqlite_rows(session)
    # One JSON array per index: tens of thousands of ids without a Python row for each.
    in_messages, in_subjects = (
        set(json.loads(raw(sql, {"query": match})[0][0]))
        for sql in (
            "SELECT json_group_array(rowid) FROM message_search WHERE message_search MATCH :query",
            "SELECT json_group_array(rowid) FROM ticket_search WHERE ticket_search MATCH :query",
        )
    )
    via_merged = {
        survivor
        for merged, survivor in raw(
            "SELECT id, merged_into_id FROM ticket WHERE merged_into_id IS NOT NULL", {}
        )
        if merged in in_subjects
    }
    page: _Page = []
    after: tuple[object, object] | None = None
    while len(page) < limit:
        params: dict[str, object] = {"status": status, "chunk": WALK_CHUNK}
        if after is not None:
            params |= {"after_at": after[0], "after_id": after[1]}
        sql = _SQLITE_CHUNK.format(after="" if after is None else _SQLITE_AFTER)
        chunk = raw(sql, params)
        if not chunk:
            break
        after = (chunk[-1][2], chunk[-1][0])
        messages: dict[int, list[int]] = {}
        ids = json.dumps([row[0] for row in chunk])
        for ticket_id, message_id in raw(_SQLITE_CHUNK_MESSAGES, {"ids": ids}):
            if message_id in in_messages:
                messages.setdefault(ticket_id, []).append(message_id)
        for ticket_id, merged_into, _at in chunk:
            held = messages.get(ticket_id, [])
            own_subject = merged_into is None and ticket_id in in_subjects
            if held or own_subject or ticket_id in via_merged:
                page.append((ticket_id, len(held), min(held, default=None)))
                if len(page) == limit:
                    break
    return page


def _sqlite_rows(session: Session) -> Callable[[str, dict[str, object]], list[tuple[Any, ...]]]:
    """A function running our fixed SQL on the session's own sqlite3 connection (in its
    transaction): tens of thousands of ids come back without a Python object per row from
    SQLAlchemy, which costs ten times what SQLite does."""
    driver = session.connection().connection.driver_connection
    assert driver is not None

    def rows(sql: str, params: dict[str, object]) -> list[tuple[Any, ...]]:
        return list(driver.execute(sql, params).fetchall())

    return rows


def _postgres_walk(session: Session, match: str, status: str | None, limit: int) -> _Page:
    """PostgreSQL: the newest WALK_WINDOW tickets checked one by one (see _POSTGRES_WALK); when
    fewer than a page match among them although the desk holds more, every match is ranked."""
    params = {"query": match, "status": status, "limit": limit, "window": WALK_WINDOW}
    rows = session.execute(text(_POSTGRES_WALK), params).all()
    if len(rows) < limit:
        window = text(
            f"SELECT count(*) FROM (SELECT 1 FROM ticket AS t WHERE {_STATUS} LIMIT :window) AS w"  # noqa: S608
        )
        if session.execute(window, params).scalar_one() >= WALK_WINDOW:
            rows = session.execute(text(_POSTGRES_RANKED), params).all()
    return [(int(i), int(n), None if f is None else int(f)) for i, n, f in rows]


def _hits(session: Session, query: Query, page: _Page) -> tuple[SearchHit, ...]:
    """The page's tickets as hits, each with a snippet from its first matching message."""
    if not page:
        return ()
    ids = [ticket_id for ticket_id, _, _ in page]
    tickets = {t.id: t for t in session.exec(select(Ticket).where(col(Ticket.id).in_(ids)))}
    firsts = [first for _, _, first in page if first is not None]
    texts = dict(
        session.exec(
            select(TicketMessage.id, TicketMessage.text).where(col(TicketMessage.id).in_(firsts))
        ).all()
    )
    hits = []
    for ticket_id, messages, first in page:
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
                messages=messages,
                snippet=snippet(found_text, query.words),
            )
        )
    return tuple(hits)


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
