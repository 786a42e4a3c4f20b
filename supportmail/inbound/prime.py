"""The readers made ready before the daemon takes mail: no arrival pays for a lazy start.

What classifies and triages a message is built at its first use: the shipped linear model is
read at the first request (~0.4 s), and each Scanner checks its first texts needle by needle
and builds its one-pass regex at a later one (~0.5 s for the signals' scanner). A one-shot
command never pays for what it does not use, but in the daemon these costs fell on whichever
arrival came at that moment: in `scripts/bench/latency`, the first acknowledgement and those of
the ninth message took 1.2-1.6 s against ~0.6 s for the others. The daemon pays them at start,
and starts its parse worker then too (`prime_parse_worker`).
"""

import logging
import time

from supportmail.desk import Desk
from supportmail.inbound.parse_worker import SAMPLE_REQUEST, ParseWorker, load_readers

log = logging.getLogger(__name__)


def prime_parse_worker(parser: ParseWorker, desk: Desk) -> None:
    """Start the daemon's parse worker and have it read one request: a backlog's second batch
    would otherwise wait for a fresh interpreter to start and load the policy (~1.2 s in
    `scripts/bench/latency`, and an arrival meanwhile with it). It builds its scanners after
    that first answer."""
    parser.submit([SAMPLE_REQUEST], desk.limits, desk.reading_rules).readings()


def prime_readers(desk: Desk) -> float:
    """Load the shipped triage policy and build every scanner the readers use; the seconds
    it took."""
    started = time.perf_counter()
    built = load_readers(desk.reading_rules, desk.limits)
    took = time.perf_counter() - started
    log.info("readers ready in %.2f s (%s scanners built)", took, built)
    return took
