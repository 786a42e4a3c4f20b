"""Fetch and parse the batches of an ingest pass ahead of the one being applied.

While the caller applies and commits batch N, the next batches are already on their way: the
IMAP thread moves batch N-1 and fetches batch N+1 (socket waits, which release the GIL), and
the parse worker (`parseahead`) parses the batch after N and, given reading rules, reads it
(`core.reading`: its classification and new requests' triage, then not done here). Every IMAP
command of the pass runs on that one thread, in the order asked, so the connection is never
used twice at once and a MOVE is only ever sent after the caller asked for it, that is after
its batch was committed.
Nothing read ahead is committed or moved unless the caller gets to it: a stop or a crash
leaves it in the inbox for the next pass.

Mail that arrives during a backlog does not wait for its end. After each batch, while batches
remain, `watch` is asked (on the caller's thread: a STATUS on a second connection, one round
trip, no wait for this connection's queue); only when it sees new mail does the IMAP thread
list it (`arrivals`): the batches it gives first are fetched next, ahead of the rest of the
backlog, and parsed here (small; the worker holds the backlog's); the others join the end of
the backlog. `arrival` says whether the batch last yielded was one of the first.
"""

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType

from supportmail.core.parse import ParseLimits
from supportmail.core.reading import Reading, ReadingRules
from supportmail.core.types import ParsedMessage
from supportmail.inbound.imap import Fetched, ImapMailbox
from supportmail.inbound.parse_worker import ParseJob, ParseWorker

Read = tuple[list[Fetched], ParseJob]
Watch = Callable[[], bool]
Arrivals = Callable[[], tuple[list[list[int]], list[list[int]]]]  # (first, at the end)


class BatchReader:
    """The batches of one pass, fetched and parsed ahead; `move` queues a committed batch's MOVE.

    Use as a context manager: leaving it waits for every queued MOVE (and raises the first
    failure, unless the block is already leaving on an exception).
    """

    def __init__(
        self,
        imap: ImapMailbox,
        batches: Sequence[list[int]],
        worker: ParseWorker | None,
        limits: ParseLimits,
        watch: Watch | None = None,
        arrivals: Arrivals | None = None,
        rules: ReadingRules | None = None,
    ) -> None:
        self._imap, self._batches, self._worker, self._limits = imap, batches, worker, limits
        self._rules = rules
        self._watch, self._arrivals = watch, arrivals
        self._lane = ThreadPoolExecutor(max_workers=1, thread_name_prefix="supportmail-imap")
        # Submitted reads in the order they are taken: (arrival?, read).
        self._reads: deque[tuple[bool, Future[Read]]] = deque()
        self._moves: list[Future[None]] = []
        self.arrival = False  # whether the batch last yielded is one of arrivals
        # The worker's readings of the batch last yielded, in order; None when not read ahead.
        self.readings: list[Reading] | None = None

    def __enter__(self) -> "BatchReader":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for _arrival, read in self._reads:
            read.cancel()  # not started yet: nothing was fetched
        self._lane.shutdown(wait=True)
        if exc is None:
            for move in self._moves:
                move.result()

    def __iter__(self) -> Iterator[tuple[list[Fetched], list[ParsedMessage]]]:
        """Each batch, fetched and parsed: the pass's in order, arrivals as soon as seen."""
        backlog = deque(enumerate(self._batches))  # not submitted yet
        while backlog and len(self._reads) < 2:
            self._reads.append((False, self._lane.submit(self._read, *backlog.popleft())))
        while self._reads:
            self.arrival, read = self._reads.popleft()
            yield self._take(read)
            # The caller has applied this batch and queued its MOVE: the next commands come
            # after it. New mail first, when there is any (and more of the pass to come).
            if self._reads or backlog:
                first, later = self._look_for_arrivals()
                for batch in reversed(first):
                    self._reads.appendleft((True, self._lane.submit(self._read, -1, batch)))
                backlog.extend((1, batch) for batch in later)
            while backlog and len(self._reads) < 2:
                self._reads.append((False, self._lane.submit(self._read, *backlog.popleft())))

    def _look_for_arrivals(self) -> tuple[list[list[int]], list[list[int]]]:
        """The batches of mail that arrived since the last listing (to go first, to go last);
        none without asking the IMAP thread when `watch` sees none."""
        if self._watch is None or self._arrivals is None or not self._watch():
            return [], []
        return self._lane.submit(self._arrivals).result()

    def move(self, uids: list[int], folder: str) -> None:
        """Move `uids` (of a committed batch) to `folder`, on the IMAP thread, in order.

        A MOVE that has failed already is raised here, so a lost connection ends the pass at
        the next batch instead of after the last one.
        """
        for done in self._moves:
            if done.done():
                done.result()
        self._moves = [m for m in self._moves if not m.done()]
        if uids:
            self._moves.append(self._lane.submit(self._imap.move, uids, folder))

    def _take(self, read: "Future[Read]") -> tuple[list[Fetched], list[ParsedMessage]]:
        """A submitted batch, once fetched and parsed (waiting for them if need be)."""
        fetched, job = read.result()
        parsed = job.result()
        self.readings = job.readings()
        return fetched, parsed

    def _read(self, index: int, uids: list[int]) -> Read:
        """Fetch `uids` (batch `index` of the pass, -1 for arrivals) and start parsing them."""
        fetched = self._imap.fetch(uids)
        raws = [item.raw for item in fetched]
        # Arrivals are parsed by the caller (no hop through the worker); the first batch too
        # while the worker starts up. A worker that runs already (forked) takes the first
        # batch as well: the caller then never builds the readers' scanners for a backlog,
        # which costs it ~0.45 s of CPU (scripts/bench/backlog).
        if self._worker is None or index < 0 or (index == 0 and not self._worker.ready):
            return fetched, ParseJob(raws, self._limits)
        return fetched, self._worker.submit(raws, self._limits, self._rules)
