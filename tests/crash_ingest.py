"""Run one ingest pass and SIGKILL the process at a chosen point (for the crash tests).

Usage: crash_ingest.py CONFIG after_fetch|after_commit. The real code runs unchanged; the
point is reached by wrapping the function that follows it, so the kill lands exactly there.
"""

import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

from supportmail.config import load_config
from supportmail.core.parse import ParseLimits
from supportmail.core.reading import ReadingRules
from supportmail.daemon import once
from supportmail.daemon.once import run_once
from supportmail.inbound import ingest, process
from supportmail.inbound.parse_worker import ParseJob, ParseWorker

# Where to write the parse worker's pid, so the test can check it does not outlive us.
WORKER_PID_FILE = "CRASH_INGEST_WORKER_PID_FILE"


class RecordingWorker(ParseWorker):
    """The real parse worker, telling the test its pid once it runs."""

    def submit(self, raws: Any, limits: ParseLimits, rules: ReadingRules | None = None) -> ParseJob:
        job = super().submit(raws, limits, rules)
        if self.pid is not None and WORKER_PID_FILE in os.environ:
            # Written whole and then renamed: a reader never sees the file empty or half-written.
            target = Path(os.environ[WORKER_PID_FILE])
            partial = target.with_name(target.name + ".tmp")
            partial.write_text(str(self.pid), encoding="ascii")
            partial.replace(target)
        return job


def _die() -> None:
    # Where the test asks for the parse worker's pid, it wants the kill to land while the
    # worker runs: the next batch is handed to it on the IMAP thread, so wait for that.
    if WORKER_PID_FILE in os.environ:
        deadline = time.monotonic() + 60  # bounds a hang only; a busy machine may be slow
        while not Path(os.environ[WORKER_PID_FILE]).exists() and time.monotonic() < deadline:
            time.sleep(0.01)
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    """Arm the kill point, then run one pass."""
    config = load_config(Path(sys.argv[1]))
    point = sys.argv[2]
    if point == "after_fetch":
        real_batch = process.process_batch

        def die_before_commit(*args: Any, **kwargs: Any) -> Any:
            _die()
            return real_batch(*args, **kwargs)

        setattr(ingest, "process_batch", die_before_commit)  # noqa: B010  (patch the import)
    elif point == "after_commit":
        real_batch = process.process_batch

        def die_after_commit(*args: Any, **kwargs: Any) -> Any:
            outcomes = real_batch(*args, **kwargs)
            _die()
            return outcomes

        setattr(ingest, "process_batch", die_after_commit)  # noqa: B010  (patch the import)
    else:
        raise SystemExit(f"unknown point {point!r}")
    setattr(once, "ParseWorker", RecordingWorker)  # noqa: B010  (patch the import)
    run_once(config)


if __name__ == "__main__":
    main()
