"""The demo runs to its end and shows what it promises, against its own loopback test bed."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.desk_helpers import REPO

pytestmark = [pytest.mark.imap, pytest.mark.smtp, pytest.mark.slow]


def test_demo_runs_to_its_end(tmp_path: Path) -> None:
    """Acknowledgements, an agent's answer, a customer escalating, the ladder up to the CEO,
    and the SLA report all appear, and the demo exits 0."""
    directory = REPO / ".testbed-demo"  # Dovecot needs a path its own users can reach
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "supportmail",
            "demo",
            "--dir",
            str(directory),
            "--scale",
            "7200",
            "--seconds",
            "40",
            "--imap-port",
            "10343",
            "--smtp-port",
            "10325",
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        cwd=REPO,
    )
    _stop_testbed(directory)
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    expected = [
        "#1001 P0 new ticket from anna.berg@acme.example",
        "to anna.berg@acme.example: [#1001] Production down",
        "An agent answers Raj",
        "relayed to the customer",
        "Chen escalates",
        "asked to escalate",
        "#1001 level 3 (CEO",
        "auto reply",
        "bounce",
        "bulk",
        "SLA report",
        "mails were sent",
    ]
    missing = [text for text in expected if text not in out]
    assert not missing, f"missing {missing} in:\n{out}"


def _stop_testbed(directory: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "supportmail.testbed", "stop"],
        env={
            "SUPPORTMAIL_TESTBED_DIR": str(directory / "testbed"),
            "SUPPORTMAIL_TESTBED_IMAP_PORT": "10343",
            "SUPPORTMAIL_TESTBED_SMTP_PORT": "10325",
            "PATH": "/usr/bin:/bin:/usr/sbin:/sbin",
        },
        check=False,
        cwd=REPO,
        capture_output=True,
    )
