"""The demo runs to its end and shows what it promises, against its own loopback test bed."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from supportmail.testbed import Testbed, TestbedSettings
from tests.support.desk import REPO

pytestmark = [pytest.mark.imap, pytest.mark.smtp, pytest.mark.slow]


def test_demo_runs_to_its_end(tmp_path: Path) -> None:
    """Acknowledgements, a German customer answered in German in their own zone, an agent's
    answer, a customer escalating, the ladder up to the CEO, and the SLA report all appear, in
    demo-time order, and the demo exits 0 having stopped its test bed; started from a folder
    holding a directory named `supportmail`."""
    directory = REPO / ".testbed-demo"  # Dovecot needs a path its own users can reach
    elsewhere = tmp_path / "elsewhere"
    shadow = elsewhere / "supportmail"  # must not shadow the real package in any process
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('the wrong supportmail')\n")
    done = subprocess.run(
        [
            sys.executable,
            "-P",  # as the `supportmail` console script runs: the working directory not on path
            "-m",
            "supportmail",
            "demo",
            "--dir",
            str(directory),
            "--scale",
            "7200",
            "--seconds",
            "40",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=elsewhere,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    expected = [
        "#1001 P0 new ticket from anna.berg@acme.example",
        "to anna.berg@acme.example: [#1001] Production down",
        "new ticket from j.mueller@initech.example [de, UTC+01:00]",  # answered in German
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
        "test bed is stopped",
    ]
    missing = [text for text in expected if text not in out]
    assert not missing, f"missing {missing} in:\n{out}"
    stamps = [float(m.group(1)) for m in re.finditer(r"^ *\+(\d+\.\d)h ", out, re.M)]
    assert len(stamps) > 20
    assert stamps == sorted(stamps), f"lines out of demo-time order:\n{out}"
    warning = out.index("#1001 response due")
    assert warning < out.index("#1001 level 1 (")  # the warning comes before the escalation
    bed = Testbed(TestbedSettings.chosen(directory / "testbed", {}))
    assert not bed.status().running
