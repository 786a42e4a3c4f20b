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


def write_config(
    directory: Path, scale: float, ports: tuple[int, int], epoch: datetime | None = None
) -> Path:
    """The demo's config: loopback test bed, SQLite, demo time; secrets in files beside it.

    `epoch` is the wall moment demo time counts from: the daemon and the watcher share it, so
    both show the same demo time.
    """
    anchor = "" if epoch is None else f"epoch = {epoch.isoformat().replace('+00:00', 'Z')}\n"
    spec = LoopbackConfig(
        imap_port=ports[0],
        smtp_port=ports[1],
        database_url=f"sqlite:///{directory / 'demo.sqlite3'}",
        agents=(AGENT,),
        poll_interval=2.0,
        extra=f"[demo]\nenabled = true\ntime_scale = {scale}\n{anchor}",
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
    ports: tuple[int | None, int | None] = (None, None),
    *,
    keep: bool = False,
) -> int:
    """Run the whole demo; return 0 when it ran to its end.

    Ports not given are chosen free (and recorded in the test bed's folder). The test bed is
    stopped at the end, whatever happened, unless `keep`.
    """
    say: Callable[[str], None] = lambda text: print(text, file=out, flush=True)  # noqa: E731
    directory = directory.resolve()
    bed_dir = directory / "testbed"
    if directory.exists():
        # A test bed left running by an earlier `--keep` run is stopped before its files go.
        Testbed(TestbedSettings.chosen(bed_dir, {})).stop()
        shutil.rmtree(bed_dir, ignore_errors=True)
        for old in directory.glob("demo.sqlite3*"):
            old.unlink()
    directory.mkdir(parents=True, exist_ok=True)
    directory.chmod(0o755)
    pinned = {
        name: str(port)
        for name, port in zip(
            ("SUPPORTMAIL_TESTBED_IMAP_PORT", "SUPPORTMAIL_TESTBED_SMTP_PORT"), ports, strict=True
        )
        if port is not None
    }
    testbed = Testbed(TestbedSettings.chosen(bed_dir, pinned))
    say("Starting the loopback test bed (Dovecot IMAP and an SMTP sink)...")
    try:
        testbed.start(say, install=True)
        code = _run(directory, testbed, scale, seconds, say, out)
    finally:
        if keep:
            say(_stop_hint(testbed))
        else:
            testbed.stop()
            say("The demo's test bed is stopped (run with --keep to leave it running).")
    return code


def _stop_hint(testbed: Testbed) -> str:
    return (
        "The test bed keeps running (--keep). Stop it with: "
        f"SUPPORTMAIL_TESTBED_DIR={testbed.directory} scripts/testbed stop"
    )


def _run(
    directory: Path,
    testbed: Testbed,
    scale: float,
    seconds: float,
    say: Callable[[str], None],
    out: TextIO,
) -> int:
    """Everything between starting the test bed and stopping it."""
    ports = (testbed.imap_port, testbed.smtp_port)
    epoch = datetime.now(UTC)  # demo time +0h: the daemon and the watcher both count from it
    config_path = write_config(directory, scale, ports, epoch)
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
    clock = ScaledClock.from_epoch(scale, epoch)
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
                    watcher.note(clock.now(), ">>", act.what)
                    imap.append("INBOX", raw)
            time.sleep(0.2)
        watcher.look()
        watcher.flush(everything=True)
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
        f"Look closer: {_command_name()} show 1001 -c {config_path} {' '.join(at)}"
    )
    return 0


__all__ = ["message_id", "run_demo"]


def _command_name() -> str:
    """How the reader runs `supportmail`: the venv's own script when we run from one."""
    script = Path(sys.prefix) / "bin" / "supportmail"
    return str(script) if sys.prefix != sys.base_prefix and script.exists() else "supportmail"


def _run_command(args: list[str]) -> None:
    """Run one `supportmail` command as an operator would, its output going to ours."""
    sys.stdout.flush()
    subprocess.run([*SUPPORTMAIL_COMMAND, *args], check=False)
