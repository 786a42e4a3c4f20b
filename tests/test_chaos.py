"""The short chaos run (scripts/chaos --short): a few kills of `run --once` and of the daemon,
one outage, a hundred fuzzed mails, a spoofed agent and a looping robot, on the test bed; every
guarantee holds. No assertion depends on how fast the machine is: kills land wherever they land,
and the run works off what is left before counting."""

import subprocess
import sys
from pathlib import Path

from supportmail.testbed import Testbed

REPO = Path(__file__).resolve().parents[1]


def test_short_chaos_run_keeps_every_guarantee(testbed: Testbed) -> None:
    """Nothing lost, no duplicate ticket or ack, no crash or hang, INBOX empty, no spoofed
    command, the robot loop stopped: the script's exit status says so, and its table shows it."""
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "chaos"), "--short", "--testbed-env"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=REPO,
        check=False,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert "all guarantees held" in result.stdout, report
    lines = result.stdout.splitlines()
    for row in ("lost", "duplicate tickets", "crashes", "hangs", "mails left in INBOX"):
        [line] = [found for found in lines if found.startswith(f"{row}  ")]
        assert line.split()[-2] == "0", report  # the count column; the guarantee is last
