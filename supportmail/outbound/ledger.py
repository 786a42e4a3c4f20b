"""Group commit for the outbox worker: the bookkeeping of concurrent sends, one transaction a round.

Every send writes twice (the row is "sending" just before DATA, then its outcome) and a run
beats its heartbeat; one commit each made the database, not the wire, the limit. Here a write
is queued as a function of a session; the first one starts a round on a worker thread (the event
loop keeps serving the SMTP connections meanwhile), and whatever was queued while a round ran
goes into the next: with N connections a commit carries about N writes. Rounds run one at a
time, in order, so the writes for one row are committed in the order they were made. A write
is done when its future is: a caller that must not go on before it is durable (the "sending"
mark before DATA) awaits it; `drain` waits for all and raises the first failure nobody saw.
"""

import asyncio
from collections.abc import Callable

from sqlalchemy.engine import Engine
from sqlmodel import Session

from supportmail.storage.database import session_scope

Write = Callable[[Session], None]


class Ledger:
    """Queued writes of one outbox run, committed in rounds (see the module docstring)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._queued: list[tuple[Write, asyncio.Future[None]]] = []
        self._unseen: list[asyncio.Future[None]] = []  # futures whose failure nobody awaited
        self._round: asyncio.Task[None] | None = None

    def write(self, work: Write, awaited: bool = False) -> asyncio.Future[None]:
        """Queue `work` for the next commit; the future is done once it is committed.
        `awaited`: the caller awaits the future and handles its failure (`drain` does not)."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
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
                batch, self._queued = self._queued, []
                try:
                    await asyncio.to_thread(self._commit, [work for work, _ in batch])
                except Exception as exc:  # every write of the round failed with it
                    for _, done in batch:
                        done.set_exception(exc)
                else:
                    for _, done in batch:
                        done.set_result(None)
        finally:
            self._round = None

    def _commit(self, works: list[Write]) -> None:
        with session_scope(self._engine) as session:
            for work in works:
                work(session)
