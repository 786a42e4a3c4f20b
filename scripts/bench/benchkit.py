"""Helpers shared by the benchmark scripts; standard library and psycopg only, no supportmail.

Free loopback ports, a supportmail config file for a test-bed instance, throwaway PostgreSQL
databases, the process's resident memory, and percentiles.
"""

import socket
import statistics
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import sql

PG_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres connect_timeout=5"
CONFIG = """\
[imap]
host = "127.0.0.1"
tls = "none"
port = {imap_port}
username = "support@houseware.io"
password_file = "imap-password.txt"
batch_size = {batch_size}

[smtp]
host = "127.0.0.1"
tls = "none"
port = {smtp_port}
auth = "none"

[support]
address = "support@houseware.io"
agents = ["agent@houseware.io"]
team_address = "team@houseware.io"
oncall_address = "oncall@houseware.io"
reply_token_key_file = "reply-token-key.txt"

[[escalation.levels]]
name = "Customer Happiness Manager"
address = "happiness@houseware.io"
offset = 1.0

[[escalation.levels]]
name = "Head of Customer Experience"
address = "cx-head@houseware.io"
offset = 1.5

[[escalation.levels]]
name = "CEO"
address = "ceo@houseware.io"
offset = 2.0

[customers."acme.example"]
name = "Acme Corp"
tier = "enterprise"
csm = "csm-acme@houseware.io"

[tiers.enterprise]
floor = "P2"

[database]
url = "{database_url}"

[daemon]
listen = ""
"""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_config(
    directory: Path, *, imap_port: int, smtp_port: int, database_url: str, batch_size: int = 200
) -> Path:
    """Write config.toml (and its secret files) for a test-bed instance; return its path."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "imap-password.txt").write_text("testpass\n", encoding="utf-8")
    (directory / "reply-token-key.txt").write_text(uuid.uuid4().hex * 2 + "\n", encoding="utf-8")
    path = directory / "config.toml"
    text = CONFIG.format(
        imap_port=imap_port,
        smtp_port=smtp_port,
        database_url=database_url,
        batch_size=batch_size,
    )
    path.write_text(text, encoding="utf-8")
    return path


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


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


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
