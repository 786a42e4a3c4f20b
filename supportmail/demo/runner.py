"""The demo: test bed, config, a dozen customer mails, the daemon with time compressed, actors.

Time runs `scale` times faster (3600: one hour a second), so P0's 24-hour window lapses in 24
seconds and its ladder reaches the CEO at 48. Two scripted people act on the way: an agent
answers one ticket through its reply address, and a customer escalates another.
"""

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import TextIO

from supportmail.clock import ScaledClock
from supportmail.config import load_config
from supportmail.demo.mails import MAILS, build, message_id
from supportmail.demo.show import Watcher
from supportmail.inbound.imap import ImapMailbox
from supportmail.storage.database import make_engine, upgrade
from supportmail.testbed import Testbed, TestbedSettings
from supportmail.testbed.configfile import LoopbackConfig, write_loopback_config
from supportmail.testbed.sink import SinkMessage

AGENT = "agent@houseware.io"

# `-P`: never import a `supportmail` folder that happens to sit in the working directory.
SUPPORTMAIL_COMMAND = (sys.executable, "-P", "-m", "supportmail")


@dataclass
class Act:
    """A scripted person: acts once, at a demo hour, when the mail it answers has arrived."""

    hour: float
    what: str
    answer: Callable[[list[SinkMessage]], bytes | None]
    done: bool = field(default=False)


def write_config(directory: Path, scale: float, ports: tuple[int, int]) -> Path:
    """The demo's config: loopback test bed, SQLite, demo time; secrets in files beside it."""
    spec = LoopbackConfig(
        imap_port=ports[0],
        smtp_port=ports[1],
        database_url=f"sqlite:///{directory / 'demo.sqlite3'}",
        agents=(AGENT,),
        poll_interval=2.0,
        extra=f"[demo]\nenabled = true\ntime_scale = {scale}\n",
    )
    return write_loopback_config(directory, spec)


def _reply(sender: str, to: str, subject: str, parent: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain="customers.example")
    msg["In-Reply-To"] = msg["References"] = parent
    msg.set_content(body)
    return msg.as_bytes()


def _agent_answers(mails: list[SinkMessage]) -> bytes | None:
    """The agent answers Raj's slow dashboards through the notification's reply address."""
    for mail in mails:
        if "team@houseware.io" in mail.rcpt_tos and "Dashboards" in str(mail.message["Subject"]):
            return _reply(
                f"Alice Agent <{AGENT}>",
                str(mail.message["Reply-To"]),
                f"Re: {mail.message['Subject']}",
                str(mail.message["Message-ID"]),
                "#take\n\nHi Raj,\n\nthanks for the details. A slow query in the chart cache "
                "came with the update; we rolled out a fix an hour ago. Dashboards should load "
                "in a few seconds again.\n\nAlice\n\n> since yesterday's update the dashboards",
            )
    return None


def _customer_escalates(mails: list[SinkMessage]) -> bytes | None:
    """Chen, tired of waiting, escalates by replying "#escalate" to the acknowledgement."""
    for mail in mails:
        if "chen@umbrella.example" in mail.rcpt_tos and "Occasional" in str(
            mail.message["Subject"]
        ):
            return _reply(
                "Chen Wei <chen@umbrella.example>",
                "support@houseware.io",
                f"Re: {mail.message['Subject']}",
                str(mail.message["Message-ID"]),
                "#escalate\n\nThis now happens several times a day; please look at it.\n\nChen",
            )
    return None


def run_demo(
    directory: Path,
    scale: float = 3600.0,
    seconds: float = 75.0,
    out: TextIO = sys.stdout,
    ports: tuple[int, int] = (10243, 10225),
) -> int:
    """Run the whole demo; return 0 when it ran to its end."""
    say: Callable[[str], None] = lambda text: print(text, file=out, flush=True)  # noqa: E731
    if directory.exists():
        shutil.rmtree(directory / "testbed", ignore_errors=True)
        for old in directory.glob("demo.sqlite3*"):
            old.unlink()
    directory.mkdir(parents=True, exist_ok=True)
    directory.chmod(0o755)
    testbed = Testbed(TestbedSettings(directory.resolve() / "testbed", *ports))
    testbed.stop()
    say("Starting the loopback test bed (Dovecot IMAP and an SMTP sink)...")
    testbed.start(say, install=True)
    config_path = write_config(directory.resolve(), scale, ports)
    config = load_config(config_path)
    engine = make_engine(config.database_url)
    upgrade(engine)
    imap = ImapMailbox(config.imap)
    imap.connect()
    for mail in MAILS:
        if mail.in_reply_to is None:
            imap.append("INBOX", build(mail, datetime.now(UTC)))
    say(
        f"Dropped {sum(1 for m in MAILS if m.in_reply_to is None)} mails into support@houseware.io."
    )
    say(f"Time runs {scale:g}x faster: one demo hour every {3600 / scale:g} s.\n")
    log = (directory / "daemon.log").open("w", encoding="utf-8")
    daemon = subprocess.Popen(
        [*SUPPORTMAIL_COMMAND, "run", "-c", str(config_path)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    clock = ScaledClock(scale)
    watcher = Watcher(engine, testbed.sink(), clock, out)
    followup = next(m for m in MAILS if m.in_reply_to is not None)
    acts = [
        Act(4, "Raj adds a detail to his ticket", lambda mails: _followup(mails, followup)),
        Act(8, "An agent answers Raj through the reply address", _agent_answers),
        Act(12, "Chen escalates his ticket", _customer_escalates),
    ]
    try:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and daemon.poll() is None:
            watcher.look()
            hour = (clock.now() - clock.start).total_seconds() / 3600
            for act in acts:
                if act.done or hour < act.hour:
                    continue
                raw = act.answer(watcher.mails)
                if raw is not None:
                    act.done = True
                    say(f"{watcher.stamp(clock.now())}  {'>>':>10}  {act.what}")
                    imap.append("INBOX", raw)
            time.sleep(0.2)
        watcher.look()
    finally:
        imap.close()
        if daemon.poll() is None:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(timeout=15)
        log.close()
        engine.dispose()
    if daemon.returncode not in (0, None):
        say(
            f"\nThe daemon stopped with exit code {daemon.returncode}; "
            f"see {directory / 'daemon.log'}"
        )
        return 1
    say(
        f"\nThe daemon stopped cleanly after {seconds:g} s ({seconds * scale / 3600:g} demo hours)."
    )
    return _finish(directory, config_path, testbed, len(watcher.mails), clock.now(), say)


def _followup(mails: list[SinkMessage], followup: object) -> bytes | None:
    from supportmail.demo.mails import DemoMail

    assert isinstance(followup, DemoMail)
    acked = any("raj@globex.example" in m.rcpt_tos for m in mails)
    return build(followup, datetime.now(UTC)) if acked else None


def _finish(
    directory: Path,
    config_path: Path,
    testbed: Testbed,
    sent: int,
    demo_now: datetime,
    say: Callable[[str], None],
) -> int:
    at = ["--at", demo_now.isoformat(timespec="seconds")]
    say(f"\nSLA report, as of the demo's end ({demo_now:%a %d %b %H:%M} UTC):")
    _run_command(["report", "-c", str(config_path), *at])
    say("\nTickets:")
    _run_command(["tickets", "-c", str(config_path), *at])
    say(
        f"\n{sent} mails were sent; read them in {testbed.sink_dir} (one .eml each).\n"
        f"Daemon log: {directory / 'daemon.log'}. Config: {config_path}.\n"
        f"Look closer: supportmail show 1001 -c {config_path} {' '.join(at)}\n"
        f"Stop the test bed: SUPPORTMAIL_TESTBED_DIR={testbed.directory} "
        f"SUPPORTMAIL_TESTBED_IMAP_PORT={testbed.imap_port} "
        f"SUPPORTMAIL_TESTBED_SMTP_PORT={testbed.smtp_port} "
        "scripts/testbed stop"
    )
    return 0


__all__ = ["message_id", "run_demo"]


def _run_command(args: list[str]) -> None:
    """Run one `supportmail` command as an operator would, its output going to ours."""
    sys.stdout.flush()
    subprocess.run([*SUPPORTMAIL_COMMAND, *args], check=False)
