"""Fetch and parse the batches of an ingest pass ahead of the one being applied.

While the caller applies and commits batch N, the next batches are already on their way: the
IMAP thread moves batch N-1 and fetches batch N+1 (socket waits, which release the GIL), and
the parse worker (`parseahead`) parses the batch after N. Every IMAP command of the pass runs
on that one thread, in the order asked, so the connection is never used twice at once and a
MOVE is only ever sent after the caller asked for it, that is after its batch was committed.
Nothing read ahead is committed or moved unless the caller gets to it: a stop or a crash
leaves it in the inbox for the next pass.
"""

from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType

from supportmail.core.parse import ParseLimits
from supportmail.core.types import ParsedMessage
from supportmail.inbound.imap import Fetched, ImapMailbox
from supportmail.inbound.parse_worker import ParseJob, ParseWorker

Read = tuple[list[Fetched], ParseJob]


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
    ) -> None:
        self._imap, self._batches, self._worker, self._limits = imap, batches, worker, limits
        self._lane = ThreadPoolExecutor(max_workers=1, thread_name_prefix="supportmail-imap")
        self._reads: dict[int, Future[Read]] = {}
        self._moves: list[Future[None]] = []

    def __enter__(self) -> "BatchReader":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for read in self._reads.values():
            read.cancel()  # not started yet: nothing was fetched
        self._lane.shutdown(wait=True)
        if exc is None:
            for move in self._moves:
                move.result()

    def __iter__(self) -> Iterator[tuple[list[Fetched], list[ParsedMessage]]]:
        """Each batch, fetched and parsed, in order."""
        for index in range(min(2, len(self._batches))):
            self._reads[index] = self._lane.submit(self._read, index)
        for index in range(len(self._batches)):
            yield self._take(index)
            # The caller has applied this batch and queued its MOVE: the fetch comes after it.
            if index + 2 < len(self._batches):
                self._reads[index + 2] = self._lane.submit(self._read, index + 2)

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

    def _take(self, index: int) -> tuple[list[Fetched], list[ParsedMessage]]:
        """Batch `index`, once fetched and parsed (waiting for them if need be)."""
        fetched, job = self._reads.pop(index).result()
        return fetched, job.result()

    def _read(self, index: int) -> Read:
        fetched = self._imap.fetch(self._batches[index])
        raws = [item.raw for item in fetched]
        # The first batch is parsed by the caller while the worker starts up.
        if self._worker is None or index == 0:
            return fetched, ParseJob(raws, self._limits)
        return fetched, self._worker.submit(raws, self._limits)
