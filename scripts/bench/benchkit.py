"""Helpers shared by the benchmark scripts.

Free loopback ports, a supportmail config file for a test-bed instance (the shared template),
throwaway PostgreSQL databases, the process's resident memory, and percentiles.
"""

import socket
import statistics
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import sql

from supportmail.testbed.configfile import LoopbackConfig, write_loopback_config

PG_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres connect_timeout=5"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_config(
    directory: Path, *, imap_port: int, smtp_port: int, database_url: str, batch_size: int = 200
) -> Path:
    """Write the config (and its secret files) for a test-bed instance; return its path."""
    spec = LoopbackConfig(
        imap_port=imap_port, smtp_port=smtp_port, database_url=database_url, batch_size=batch_size
    )
    return write_loopback_config(directory, spec)


@contextmanager
def pg_database(prefix: str = "supportmail_bench") -> Iterator[str]:
    """A new PostgreSQL database at 127.0.0.1:5432, yielded as a SQLAlchemy URL; dropped after."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
        finally:
            # FORCE ends connections left open, so a failed run still cleans up.
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def _status_kb(field: str, pid: int | str = "self") -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:  # the process is gone
        return 0
    for line in status.splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def peak_rss_mb_of(pid: int) -> float:
    """Another process's peak resident set size (VmHWM), in MB; 0 when it is gone."""
    return _status_kb("VmHWM", pid) / 1024


def rss_mb() -> float:
    """The process's resident set size now (VmRSS), in MB."""
    return _status_kb("VmRSS") / 1024


def peak_rss_mb() -> float:
    """The process's peak resident set size since start or the last reset (VmHWM), in MB."""
    return _status_kb("VmHWM") / 1024


def reset_peak_rss() -> bool:
    """Restart the peak-RSS count (Linux clear_refs 5); False when the kernel refuses."""
    try:
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
    except OSError:
        return False
    return True


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) of `values`, nearest-rank on the sorted values."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def median(values: Sequence[float]) -> float:
    """The median of `values` (NaN when empty)."""
    return statistics.median(values) if values else float("nan")
