"""`run --once`'s parse worker, forked as the command starts: it loads the readers while the
pass's own code is still being imported.

Importing the pass (`daemon.once`: the database layer, the outbox, the ingest) takes ~1 s of
one core, and the parse worker needs ~1.3 s of another for the triage policy and the readers'
scanners before it can read a backlog's first batch: one after the other they delayed every
`run --once` by their sum (`scripts/bench/backlog`: first batch committed ~3.9 s after the
start). Forked here, with only the config, the logging and the parser imported, the worker
loads them beside those imports. It is the same worker `daemon.once` would fork (the same
loop, the same pipes, `daemon.prefork`'s conditions); this module stays light so that forking
it costs nothing before the fork.
"""

from supportmail.daemon.prefork import ForkedChild, fork_workers
from supportmail.inbound.parse_worker import serve_primed

PARSE_WORKER_NAME = "sm-parse"  # what ps and top show for it (/proc/PID/comm)


def fork_parse_worker() -> ForkedChild | None:
    """The parse worker, forked now and loading its readers; None when this process may not
    fork (another thread runs, not Linux) or the fork failed: the pass then does as before."""
    children = fork_workers([(serve_primed, PARSE_WORKER_NAME)])
    return children[0] if children else None
