"""The writers of one process take SQLite's write lock in turn, in the order they asked for it.

SQLite has one write lock per database. A writer that finds it taken waits in SQLite's busy
handler, which sleeps 1, 2, 5, 10 ... up to 100 ms between tries and so is seldom there when
the lock comes free: two threads of one process that both write often - ingest's batch
transactions and the outbox ledger's rounds of a few milliseconds - then get the lock by
chance, and one starves. Measured on a 2,000-mail backlog: ledger rounds of 50-180 ms while the
ingest ran, and the backlog's tickets committed after 9 to 22 s from one run to the next.

Here every write transaction of an engine first waits for its turn in the process (first come,
first served) and hands it on when its COMMIT or ROLLBACK is done, so the next writer's BEGIN
IMMEDIATE finds the lock free. Readers (`database.read_session`) take no turn. Other processes
still meet SQLite's own lock as before; a turn not given within `wait` seconds is not waited for
any longer (SQLite's busy timeout then decides, as it did before).
"""

import threading
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import Engine


class Turns:
    """A lock handed over in the order it was asked for."""

    def __init__(self, wait: float) -> None:
        self._wait = wait
        self._guard = threading.Lock()
        self._queue: deque[threading.Lock] = deque()  # one per waiter, released on its turn
        self._held = False

    @property
    def state(self) -> tuple[bool, int]:
        """Whether someone has the turn, and how many wait for it."""
        with self._guard:
            return self._held, len(self._queue)

    def take(self) -> bool:
        """Wait for the turn; False when `wait` ran out first (then go on without it)."""
        with self._guard:
            if not self._held:
                self._held = True
                return True
            mine = threading.Lock()
            mine.acquire()
            self._queue.append(mine)
        if mine.acquire(timeout=self._wait):
            return True
        with self._guard:
            try:
                self._queue.remove(mine)
            except ValueError:  # handed over between the timeout and here: ours after all
                return True
        return False

    def give(self) -> None:
        """End this turn: the longest waiter has it now, else nobody."""
        with self._guard:
            if self._queue:
                self._queue.popleft().release()
            else:
                self._held = False


_OF: "weakref.WeakKeyDictionary[Engine, EngineTurns]" = weakref.WeakKeyDictionary()


def turns_of(engine: Engine) -> Turns | None:
    """The turns `engine`'s writers take, if they take turns."""
    found = _OF.get(engine)
    return None if found is None else found.turns


class EngineTurns:
    """The turns of one engine's write transactions (see the module docstring)."""

    def __init__(self, engine: Engine, wait: float) -> None:
        self.turns = Turns(wait)
        _OF[engine] = self
        self._holding: set[int] = set()  # the pool's connections (by id) holding the turn
        dialect = engine.dialect
        # Wrapped on this engine's own dialect object: SQLAlchemy (and its pool, on a
        # connection given back mid-transaction) calls these to end a transaction; the turn
        # is given back once the database has ended it.
        dialect.do_commit = self._ending(dialect.do_commit)  # type: ignore[method-assign]
        dialect.do_rollback = self._ending(dialect.do_rollback)  # type: ignore[method-assign]
        dialect.do_close = self._ending(dialect.do_close)  # type: ignore[method-assign]

    def take(self, pooled: object) -> None:
        """Before `pooled` (the connection SQLAlchemy passes to its dialect) begins to write."""
        if id(pooled) not in self._holding and self.turns.take():
            self._holding.add(id(pooled))

    def give(self, pooled: object) -> None:
        """`pooled` holds no transaction any more (ended, or it never began)."""
        if id(pooled) in self._holding:
            self._holding.discard(id(pooled))
            self.turns.give()

    def _ending(self, plain: Callable[..., Any]) -> Callable[..., Any]:
        def end(pooled: object, *args: Any, **kwargs: Any) -> Any:
            try:
                return plain(pooled, *args, **kwargs)
            finally:
                self.give(pooled)

        return end
