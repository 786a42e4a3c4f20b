"""Time compressed 36,000 times (ten demo hours a real second), two daemons on one database.

Every timer must hold under compression: the ladder's warning goes out before its escalation,
and the outbox lease (real time: how long a send may take) keeps a mail from being sent by both
instances. The whole ladder of five tickets runs in about five real seconds.
"""

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from supportmail.testbed import Sink, Testbed
from supportmail.testbed.sink import SinkMessage
from tests.support.daemon import DaemonProcess, customer_mail, upgraded, wait_until
from tests.support.desk import write_config
from tests.support.mailbox import Mailbox

pytestmark = [pytest.mark.imap, pytest.mark.smtp, pytest.mark.postgres, pytest.mark.slow]

SCALE = 36_000.0
TICKETS = 5
# Every priority answered within a day: warning at 18 h, levels 1-3 at 24, 36 and 48 h.
WINDOWS = "".join(f"[priorities.P{n}]\nhours = 24\n" for n in range(4))


def _ladder_mail(mail: SinkMessage) -> tuple[str, str] | None:
    """(ticket, "warning" or "level N") for a ladder mail, else None."""
    subject = str(mail.message["Subject"])
    if not subject.startswith("[#"):
        return None
    ticket = subject[2 : subject.index("]")]
    if "Due soon:" in subject:
        return ticket, "warning"
    for level in (1, 2, 3):
        if f"Escalated (level {level})" in subject:
            return ticket, f"level {level}"
    return None


def test_warning_precedes_escalation_and_nothing_is_sent_twice_under_compression(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, pg_url: str
) -> None:
    """With time 36,000x faster and two instances sharing the work, each ticket's warning
    reaches the sink before its first escalation, and no Message-ID arrives twice."""
    epoch = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    demo = f"[demo]\nenabled = true\ntime_scale = {SCALE:g}\nepoch = {epoch}\n"
    config = upgraded(write_config(tmp_path, testbed, pg_url, extra=WINDOWS + demo))
    daemons = [DaemonProcess(config), DaemonProcess(config)]
    try:
        for daemon in daemons:
            daemon.start()
        with mailbox.connect() as client:
            for number in range(TICKETS):
                client.append("INBOX", customer_mail("compressed", number))

        def ladders_done() -> bool:
            seen = {_ladder_mail(mail) for mail in sink.messages()}
            return sum(1 for item in seen if item and item[1] == "level 3") >= TICKETS

        # About five real seconds on a quiet machine; the deadline only bounds a hang.
        wait_until(ladders_done, 240, "every ticket's level-3 escalation")
        for daemon in daemons:
            assert daemon.stop() == 0, daemon.log()[-3000:]
    finally:
        for daemon in daemons:
            daemon.kill()
    mails = sink.messages()
    ids = Counter(str(mail.message["Message-ID"]) for mail in mails)
    assert [mid for mid, n in ids.items() if n > 1] == []
    order: dict[str, list[str]] = {}
    for mail in mails:  # in the order the sink received them
        step = _ladder_mail(mail)
        if step is not None:
            order.setdefault(step[0], []).append(step[1])
    assert len(order) == TICKETS
    for ticket, steps in order.items():
        assert steps == ["warning", "level 1", "level 2", "level 3"], ticket
