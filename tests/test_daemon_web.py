"""The daemon serves the read-only dashboard when `[web] enabled`, beside its mail work."""

import re
import urllib.request
from pathlib import Path

import pytest

from supportmail.testbed import Sink, Testbed
from tests.support.daemon import (
    DaemonProcess,
    acks,
    append_many,
    customer_mail,
    upgraded,
    wait_until,
    write_config,
)
from tests.support.mailbox import Mailbox

pytestmark = [pytest.mark.imap, pytest.mark.smtp, pytest.mark.slow]


def test_daemon_serves_the_dashboard_with_live_tickets(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, daemons: list[DaemonProcess]
) -> None:
    """With `[web] enabled` and port 0 the daemon says where it serves; a ticket made from mail
    while it runs is on the queue page; a clean stop stops the server too."""
    config = write_config(
        tmp_path, testbed, poll_interval=60, extra="[web]\nenabled = true\nport = 0\n"
    )
    daemon = DaemonProcess(upgraded(config))
    daemons.append(daemon.start())
    wait_until(lambda: "dashboard: serving on" in daemon.log(), 60, "the dashboard to start")
    found = re.search(r"dashboard: serving on (http://\S+)", daemon.log())
    assert found is not None
    url = found.group(1).rstrip("/")
    append_many(mailbox, [customer_mail("dashboard", 1)])
    wait_until(lambda: len(acks(sink, "dashboard")) == 1, 60, "the acknowledgement")
    with urllib.request.urlopen(f"{url}/", timeout=30) as page:  # noqa: S310 (loopback URL)
        assert page.status == 200
        assert "default-src 'none'" in page.headers["Content-Security-Policy"]
        html = page.read().decode("utf-8")
    assert "Kettle question dashboard 1" in html
    assert daemon.stop() == 0
    with pytest.raises(OSError):
        urllib.request.urlopen(f"{url}/", timeout=5)  # noqa: S310
