"""Group commit for the outbox worker: the bookkeeping of concurrent sends, one transaction a round.

Every send writes twice (the row is "sending" just before DATA, then its outcome) and a run
beats its heartbeat; one commit each made the database, not the wire, the limit. Here a write
is queued; the first one starts a round on a worker thread (the event loop keeps serving the
SMTP connections meanwhile), and whatever was queued while a round ran goes into the next: with
N connections a commit carries about N writes. Rounds run one at a time, in order, so the
writes for one row are committed in the order they were made. A write is done when its future
is: a caller that must not go on before it is durable (the "sending" mark before DATA) awaits
it; `drain` waits for all and raises the first failure nobody saw.

A write is either a function of a session (anything), or a `RowUpdate` of one outbox row. The
row updates of a round that have the same shape (the same columns set) go to the database as
one statement with many parameter sets (executemany): a round costs a statement per shape, not
one (and the ORM's per-statement work) per row. A function in between, or a second update of
the same row, ends such a run, so every write still takes effect in the order it was made.
"""

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Table, Update, bindparam, func, select
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from supportmail.storage.database import session_scope
from supportmail.storage.tables import Outbox

Write = Callable[[Session], None]
# A round waits this long before it takes what is queued, so that the writes of the other
# connections join it: the commits of a backlog's sending nearly halve (2,232 -> 1,228 for 2,009
# mails over 4 connections), and with them the sender's CPU (2.03 -> 1.77 ms a mail); each
# write waits a millisecond more (scripts/bench/backlog, 2,000 mails on SQLite, both orders:
# 8.38 and 8.20 s end to end against 8.53 and 8.58 s without).
GATHER = 0.001
OUTBOX: Table = Outbox.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class RowUpdate:
    """UPDATE outbox SET `values` WHERE id = `row_id`, with the row's bytes as below.

    `raw` (first_bytes False): stored unless the row has bytes already (the first stored win),
    `values` set either way. `first_bytes`: the bytes and `values` are written only if the row
    has no bytes yet or has these very bytes; else nothing is written and the update's result
    is the bytes it has (another sender's, composed first).
    """

    row_id: int
    values: Mapping[str, object] = field(default_factory=dict)
    raw: bytes | None = None
    first_bytes: bool = False

    @property
    def shape(self) -> tuple[bool, bool, tuple[str, ...]]:
        """What the statement looks like: updates of one shape share one statement."""
        return (self.first_bytes, self.raw is not None, tuple(sorted(self.values)))


class Ledger:
    """Queued writes of one outbox run, committed in rounds (see the module docstring)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._queued: list[tuple[Write | RowUpdate, asyncio.Future[Any]]] = []
        self._unseen: list[asyncio.Future[Any]] = []  # futures whose failure nobody awaited
        self._round: asyncio.Task[None] | None = None

    def write(self, work: Write | RowUpdate, awaited: bool = False) -> asyncio.Future[Any]:
        """Queue `work` for the next commit; the future is done once it is committed (its
        result: a `RowUpdate`'s, else None). `awaited`: the caller awaits the future and
        handles its failure (`drain` does not)."""
        done: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._queued.append((work, done))
        if not awaited:
            self._unseen.append(done)
        if self._round is None:
            self._round = asyncio.get_running_loop().create_task(self._commit_rounds())
        return done

    async def drain(self) -> None:
        """Wait until every queued write is committed (or failed); raise the first failure."""
        while self._round is not None:
            await asyncio.shield(self._round)
        unseen, self._unseen = self._unseen, []
        for done in unseen:
            if done.exception() is not None:
                raise done.exception()  # type: ignore[misc]

    async def _commit_rounds(self) -> None:
        try:
            while self._queued:
                await asyncio.sleep(GATHER)
                batch, self._queued = self._queued, []
                try:
                    results = await asyncio.to_thread(self._commit, [work for work, _ in batch])
                except Exception as exc:  # every write of the round failed with it
                    for _, done in batch:
                        done.set_exception(exc)
                else:
                    for (_, done), result in zip(batch, results, strict=True):
                        done.set_result(result)
        finally:
            self._round = None

    def _commit(self, works: list[Write | RowUpdate]) -> list[object]:
        results: list[object] = [None] * len(works)
        run: dict[int, int] = {}  # consecutive row updates, no row twice: row id -> index
        with session_scope(self._engine) as session:
            for at, work in enumerate(works):
                if isinstance(work, RowUpdate) and work.row_id not in run:
                    run[work.row_id] = at
                    continue
                _apply(session.connection(), works, list(run.values()), results)
                run = {}
                if isinstance(work, RowUpdate):
                    run[work.row_id] = at
                else:
                    work(session)
            _apply(session.connection(), works, list(run.values()), results)
        return results


def _apply(
    connection: Connection,
    works: Sequence[Write | RowUpdate],
    run: Sequence[int],
    results: list[object],
) -> None:
    """The row updates `works[i]` for i in `run` (no row twice), one statement per shape; each
    one's result into `results[i]`."""
    shapes: dict[tuple[bool, bool, tuple[str, ...]], list[tuple[int, RowUpdate]]] = {}
    for at in run:
        update = works[at]
        assert isinstance(update, RowUpdate)
        shapes.setdefault(update.shape, []).append((at, update))
    for shape, members in shapes.items():
        done = connection.execute(_statement(*shape), [_params(u) for _, u in members])
        if shape[0] and done.rowcount != len(members):  # some row had bytes: which, whose?
            for at, update in members:
                results[at] = _first_bytes(connection, update)


def _params(update: RowUpdate) -> dict[str, object]:
    params: dict[str, object] = {f"v_{key}": value for key, value in update.values.items()}
    params["row_id"] = update.row_id
    if update.raw is not None:
        params["v_raw"] = update.raw
    return params


@cache
def _statement(first_bytes: bool, with_raw: bool, keys: tuple[str, ...]) -> Update:
    """The UPDATE of one shape of `RowUpdate` (executed with one parameter set per row)."""
    values: dict[Any, Any] = {OUTBOX.c[key]: bindparam(f"v_{key}") for key in keys}
    statement = OUTBOX.update().where(OUTBOX.c.id == bindparam("row_id"))
    if with_raw and first_bytes:
        values[OUTBOX.c.raw] = bindparam("v_raw")
        statement = statement.where(OUTBOX.c.raw.is_(None))
    elif with_raw:
        values[OUTBOX.c.raw] = func.coalesce(
            OUTBOX.c.raw, bindparam("v_raw", type_=OUTBOX.c.raw.type)
        )
    return statement.values(values)


def _first_bytes(connection: Connection, update: RowUpdate) -> bytes | None:
    """After a `first_bytes` update that may not have written this row: None when the row has
    our bytes (stored now, or the same bytes before: `values` written), else the bytes it has."""
    stored = connection.execute(select(OUTBOX.c.raw).where(OUTBOX.c.id == update.row_id)).scalar()
    if stored is not None and stored != update.raw:
        return bytes(stored)
    plain = RowUpdate(update.row_id, update.values)
    connection.execute(_statement(*plain.shape), [_params(plain)])
    return None
