"""Several instances on one PostgreSQL database and one mailbox share the work, never twice."""

import subprocess
from pathlib import Path

import pytest
from sqlmodel import col

from supportmail.storage.tables import InboundMessage, Outbox, Ticket
from supportmail.testbed import Testbed
from supportmail.testbed.sink import Sink
from tests.support.desk import PYTHON, REPO, count, customer_mail, prepared_config
from tests.support.mailbox import Mailbox

pytestmark = [pytest.mark.imap, pytest.mark.smtp, pytest.mark.postgres]


def failure_report(runs: list["subprocess.Popen[bytes]"], outputs: list[str]) -> str:
    """Each run's exit status and the end of its output, without the one line per message that
    would push a traceback out of a CI log's excerpt."""
    parts = []
    for n, (run, output) in enumerate(zip(runs, outputs, strict=True)):
        lines = output.splitlines()
        kept = [line for line in lines if "supportmail.inbound.ingest: uid " not in line]
        parts.append(
            f"--- run {n}: exit {run.returncode}; {len(lines) - len(kept)} per-message lines"
            " left out\n" + "\n".join(kept[-60:])
        )
    return "\n".join(parts)


def test_two_instances_ingest_and_send_each_message_once(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, pg_url: str
) -> None:
    """Two `run --once` processes racing over the same 200 messages and the same outbox make
    exactly one ticket and one acknowledgement per message, and send each mail once."""
    config = prepared_config(tmp_path, testbed, pg_url)
    with mailbox.connect() as client:
        for n in range(200):
            client.append(
                "INBOX",
                # One customer (domain) each: 200 from one domain would trip its loop breaker.
                customer_mail(
                    f"Question {n}", f"How do I do thing {n}?", sender=f"u{n}@customer{n}.example"
                ),
            )
    assert config.source is not None
    command = [PYTHON, "-m", "supportmail", "run", "--once", "-c", str(config.source)]
    runs = [
        subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300)[0].decode() for run in runs]
    assert [run.returncode for run in runs] == [0, 0], failure_report(runs, outputs)
    assert count(config, Ticket) == 200
    assert count(config, InboundMessage) == 200
    assert count(config, Outbox, col(Outbox.kind) == "ack") == 200
    assert count(config, Outbox, col(Outbox.state) != "sent") == 0
    assert mailbox.uids("INBOX") == []
    sent = [m for m in sink.messages() if m.message["Subject"].startswith("[#")]
    acks = [m for m in sent if m.message["Auto-Submitted"] == "auto-replied"]
    assert len(acks) == 200 and len({m.message["Message-ID"] for m in acks}) == 200
