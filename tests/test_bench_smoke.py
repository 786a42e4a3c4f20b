"""Smoke tests of the benchmark scripts: each runs end to end on a tiny input (no timing checks).

The scripts start their own test-bed instance (temporary directory, free ports), so these tests
need Dovecot and the aiosmtpd sink installed but not the shared test bed running.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from supportmail.testbed.dovecot import DovecotServer
from tests.support.servers import unavailable

BENCH = Path(__file__).resolve().parents[1] / "scripts" / "bench"


def run(script: str, *args: str) -> str:
    """Run scripts/bench/<script> with `args`; return its output, failing on a non-zero exit."""
    done = subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.slow
@pytest.mark.imap
def test_ingest_bench_runs_both_passes_and_reports() -> None:
    """scripts/bench/ingest loads 30 mails, measures baseline and supportmail, and reports."""
    if not DovecotServer.is_installed():
        unavailable("dovecot is not installed")
    out = run("ingest", "--count", "30", "--profile", "10", "--top", "5")
    assert re.search(r"^load: 30 messages", out, re.M)
    assert re.search(r"^\(a\) baseline: 30 messages in .* msg/s$", out, re.M)
    assert "_imap.debug = 0" in out
    assert re.search(r"^\(b\) supportmail \(SQLite\): 30 messages .* quarantined 0$", out, re.M)
    assert re.search(r"^ratio \(b\)/\(a\): [\d.]+x", out, re.M)
    assert re.search(r"^RSS during \(b\): 10 % .* peak \(VmHWM\) \d+ MB", out, re.M)
    assert "IMAP UID FETCH BODY.PEEK[]" in out
    assert "cProfile of (b) on 10 messages" in out


@pytest.mark.slow
@pytest.mark.smtp
def test_sla_bench_times_queries_and_deadline_delay() -> None:
    """scripts/bench/sla fills 2000 tickets, times both queries, explains them, and times mail."""
    out = run(
        "sla", "--tickets", "2000", "--backend", "sqlite", "--reps", "20",
        "--deadlines", "5", "--span", "3",
    )  # fmt: skip
    assert re.search(r"^fill \(sqlite\): 2000 open tickets", out, re.M)
    for query in ("next_deadline", "due_ticket_ids \\(now\\)", "due_ticket_ids \\(none due\\)"):
        assert re.search(rf"^{query} \(sqlite, 2000 tickets\): median [\d.]+ ms, p99", out, re.M)
    assert re.search(r"USING COVERING INDEX ix_ticket_next_deadline", out)
    assert re.search(r"^deadline -> sink \(sqlite, 5/5 escalations .* p99 \d+ ms", out, re.M)


@pytest.mark.slow
@pytest.mark.imap
@pytest.mark.smtp
def test_backlog_bench_measures_both_floors_and_the_pass() -> None:
    """scripts/bench/backlog loads 20 mails and reports (a), (c), (b) and the ratio."""
    if not DovecotServer.is_installed():
        unavailable("dovecot is not installed")
    out = run("backlog", "--count", "20", "--cold-cache")
    assert re.search(r"^start cache of \(c\): cold", out, re.M)
    assert re.search(r"^\(a\) ingest floor: 20 messages in [\d.]+ s", out, re.M)
    assert re.search(r"^\(c\) supportmail \[now\]: 20 messages -> \d+ mails at the sink", out, re.M)
    assert re.search(r"outbox sent \d+, tickets \d+, sent twice 0$", out, re.M)
    assert re.search(r"^\(b\) send floor: the \d+ mails of \(c\)", out, re.M)
    assert re.search(r"^\[now\] \(c\)/\(\(a\)\+\(b\)\) = ", out, re.M)
