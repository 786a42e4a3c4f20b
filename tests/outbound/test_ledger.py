"""The outbox ledger's rounds on SQLite and PostgreSQL: row updates of one shape go in one
statement, and every write still takes effect as if made one by one, in order."""

import asyncio
from datetime import UTC, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from supportmail.outbound.ledger import Ledger, RowUpdate
from supportmail.outbound.queue import _pending_row
from supportmail.storage.database import session_scope
from supportmail.storage.tables import Event, Outbox

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def add_rows(engine: Engine, raws: list[bytes | None]) -> list[int]:
    """One pending outbox row per entry of `raws` (its stored bytes, or none yet)."""
    with session_scope(engine) as session:
        rows = [
            _pending_row("notify", None, 0, f"m{at}@example.org", ["a@example.org"], T0, raw=raw)
            for at, raw in enumerate(raws)
        ]
        session.add_all(rows)
        session.flush()
        return [r.id for r in rows if r.id is not None]


def stored(engine: Engine) -> list[tuple[bytes | None, str, int, datetime | None]]:
    """Each row's bytes, state, attempts and sent time, by id."""
    with Session(engine) as session:
        found = session.exec(select(Outbox).order_by(col(Outbox.id))).all()
        return [(r.raw, r.state, r.attempts, r.sent_at) for r in found]


async def one_round(engine: Engine, works: list[RowUpdate]) -> list[object]:
    """Queue `works` (each awaited) and an event in between, as one round; their results."""
    ledger = Ledger(engine)
    futures = [ledger.write(work, awaited=True) for work in works[:2]]
    ledger.write(lambda session: session.add(Event(kind="alert", actor="t", created_at=T0)))
    futures += [ledger.write(work, awaited=True) for work in works[2:]]
    results = [await future for future in futures]
    await ledger.drain()
    return results


def test_a_round_marks_stores_and_finishes_rows_as_one_by_one(engine: Engine) -> None:
    """Bytes stored with the "sending" mark where the row has none; a row that already has
    other bytes is left untouched and its bytes are the result (the same bytes count as ours);
    an outcome keeps bytes stored first; a row updated twice in a round ends as the later
    update says; the write in between is done."""
    ids = add_rows(engine, [None, b"theirs", b"same", None, None])
    sending = {"state": "sending"}
    sent = {"state": "sent", "attempts": 1, "sent_at": T0}
    works = [
        RowUpdate(ids[0], sending, raw=b"ours", first_bytes=True),
        RowUpdate(ids[1], sending, raw=b"ours", first_bytes=True),
        RowUpdate(ids[2], sending, raw=b"same", first_bytes=True),
        RowUpdate(ids[3], sent, raw=b"kept"),
        RowUpdate(ids[4], sending),
        RowUpdate(ids[4], sent),
    ]
    results = asyncio.run(one_round(engine, works))
    assert results == [None, b"theirs", None, None, None, None]
    assert stored(engine) == [
        (b"ours", "sending", 0, None),
        (b"theirs", "pending", 0, None),
        (b"same", "sending", 0, None),
        (b"kept", "sent", 1, T0),
        (None, "sent", 1, T0),
    ]
    with Session(engine) as session:
        assert len(session.exec(select(Event)).all()) == 1


def test_an_outcome_does_not_replace_bytes_stored_first(engine: Engine) -> None:
    """An outcome written with bytes composed this run keeps bytes another sender stored first
    (a retry sends those)."""
    [row_id] = add_rows(engine, [b"first"])
    retry = {"state": "pending", "attempts": 1, "last_error": "451 later"}
    asyncio.run(one_round(engine, [RowUpdate(row_id, retry, raw=b"second")]))
    assert stored(engine) == [(b"first", "pending", 1, None)]
