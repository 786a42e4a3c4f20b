"""A test bed of its own for each pytest-xdist worker: own directory, own ports, own servers.

Under `pytest -n N` every worker process runs tests at the same time as the others, so they
cannot share one Dovecot account or one sink: the `mailbox` fixture empties the support
account, the `sink` fixture clears the sink and test_health stops Dovecot. Each worker therefore
starts a bed in `<bed dir>/workers/<worker id>` (the bed dir being SUPPORTMAIL_TESTBED_DIR or
the default), on four kernel-chosen ports, and stops it when its session ends. Port choice and
start are serialised across the workers by a lock file, so a port one worker just recorded
(the XOAUTH2 endpoint listens only while a test runs) is never handed to another.
"""

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from supportmail.testbed import Testbed, TestbedSettings, default_directory
from supportmail.testbed import ports as bed_ports

# Set by pytest-xdist in each worker process ("gw0", "gw1", ...); absent in a plain run.
XDIST_WORKER = "PYTEST_XDIST_WORKER"


def xdist_worker() -> str | None:
    """This process's pytest-xdist worker id, or None when pytest runs without workers."""
    return os.environ.get(XDIST_WORKER) or None


def workers_directory() -> Path:
    """`<bed dir>/workers`: where the workers' beds live, beside the shared bed's own files."""
    raw = os.environ.get("SUPPORTMAIL_TESTBED_DIR")
    base = Path(raw) if raw else default_directory()
    return base.resolve() / "workers"


def _ports_of_other_beds(workers: Path, own: Path) -> set[int]:
    """Every port recorded by the shared bed and by the other workers' beds."""
    taken: set[int] = set()
    for recorded in (workers.parent, *workers.iterdir()):
        if recorded != own and recorded.is_dir():
            taken.update(bed_ports.recorded(recorded).values())
    return taken


def _fresh_settings(directory: Path, avoid: set[int]) -> TestbedSettings:
    """Settings on four kernel ports used by no other bed here, recorded in ports.json."""
    chosen: list[int] = []
    for _name in ("imap", "smtp", "imaps", "oauth"):
        chosen.append(bed_ports.kernel_port(avoid=[*avoid, *chosen]))
    imap, smtp, imaps, oauth = chosen
    # Recorded so that a subprocess reading the environment (scripts/chaos --testbed-env)
    # resolves the same imaps and oauth ports as this process.
    bed_ports.record(directory, bed_ports.Ports(imap=imap, smtp=smtp, imaps=imaps, oauth=oauth))
    return TestbedSettings(directory, imap, smtp, imaps_port=imaps, oauth_port=oauth)


def start_worker_testbed(worker: str) -> Testbed:
    """Stop whatever an earlier session left in this worker's bed, then start it afresh.

    Raises TestbedError when it cannot be started.
    """
    workers = workers_directory()
    workers.mkdir(parents=True, exist_ok=True)
    # Dovecot's users must be able to reach the Maildirs below (see dovecot.check_traversable).
    for directory in (workers.parent, workers):
        directory.chmod(0o755)
    own = workers / worker
    with (workers / ".start.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        bed = Testbed(_fresh_settings(own, _ports_of_other_beds(workers, own)))
        # Servers a killed session left in this directory are found by their command lines.
        bed.stop()
        # No apt-get from inside pytest: scripts/test and scripts/testbed install Dovecot.
        bed.start(say=lambda _text: None, install=False)
    return bed


def bed_environment(bed: Testbed) -> dict[str, str]:
    """What `Testbed.from_env` in a subprocess needs to find `bed` (directory and ports)."""
    exports = bed.env_exports()
    names = ("SUPPORTMAIL_TESTBED_DIR", *bed_ports.PINNED_BY.values())
    return {name: exports[name] for name in names}


@contextmanager
def worker_testbed(bed: Testbed) -> Iterator[Testbed]:
    """`bed` with the environment pointing at it (for subprocesses); stopped at the end."""
    saved = {name: os.environ.get(name) for name in bed_environment(bed)}
    os.environ.update(bed_environment(bed))
    try:
        yield bed
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        bed.stop()
