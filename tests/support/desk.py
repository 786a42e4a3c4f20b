"""Helpers for tests that run supportmail against the test bed: configs, mail, database reads."""

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from supportmail.config import Config, load_config
from supportmail.desk import Desk
from supportmail.inbound.imap import Fetched
from supportmail.inbound.process import Outcome, process_batch
from supportmail.storage.database import make_engine, upgrade
from supportmail.storage.tables import Event, Outbox, Ticket
from supportmail.testbed import Testbed, TestbedSettings
from supportmail.testbed.configfile import LoopbackConfig, write_loopback_config

REPO = Path(__file__).resolve().parents[2]
PROCESSED = "supportmail/processed"
QUARANTINE = "supportmail/quarantine"


def server_folder(name: str) -> str:
    """A configured folder name as Dovecot spells it (its hierarchy separator is ".")."""
    return name.replace("/", ".")


def write_config(tmp_path: Path, testbed: Testbed, db_url: str, extra: str = "") -> Path:
    """A config for the test bed and database `db_url`; `extra` TOML is appended."""
    spec = LoopbackConfig(
        imap_port=testbed.imap_port,
        smtp_port=testbed.smtp_port,
        database_url=db_url,
        agents=("agent@houseware.io", "alice@houseware.io"),
        batch_size=50,
        extra=extra,
    )
    return write_loopback_config(tmp_path, spec)


def prepared_config(tmp_path: Path, testbed: Testbed, db_url: str, extra: str = "") -> Config:
    """Write the config, build the schema, and return the loaded config."""
    config = load_config(write_config(tmp_path, testbed, db_url, extra))
    engine = make_engine(config.database_url)
    upgrade(engine)
    engine.dispose()
    return config


def customer_mail(
    subject: str,
    body: str,
    *,
    sender: str = "Anna Customer <anna@acme.example>",
    to: str = "support@houseware.io",
    message_id: str | None = None,
    in_reply_to: str | None = None,
    headers: Sequence[tuple[str, str]] = (),
) -> bytes:
    """A plain-text mail as a customer's client would send it."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = message_id or make_msgid(domain="client.example")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in headers:
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


def count(config: Config, table: Any, *where: Any) -> int:
    """Rows of `table` matching `where` in the config's database."""
    engine = make_engine(config.database_url)
    try:
        with Session(engine) as session:
            query = select(func.count()).select_from(table)
            for clause in where:
                query = query.where(clause)
            return int(session.exec(query).one())
    finally:
        engine.dispose()


def rows(config: Config, query: Any) -> list[Any]:
    """All rows of `query` in the config's database."""
    engine = make_engine(config.database_url)
    try:
        with Session(engine) as session:
            return list(session.exec(query).all())
    finally:
        engine.dispose()


PYTHON = sys.executable


class Desked:
    """A desk on its own SQLite database, fed through process_batch as ingest would."""

    def __init__(self, engine: Engine, desk: Desk) -> None:
        self.engine, self.desk, self.uid = engine, desk, 0

    def receive(self, raw: bytes, now: datetime) -> list[Outcome]:
        """Process one message as ingest would, at `now`."""
        self.uid += 1
        return process_batch(self.engine, self.desk, "INBOX", 1, [Fetched(self.uid, raw, now)], now)

    def ticket(self, number: int) -> Ticket:
        """The stored ticket `number`."""
        with Session(self.engine) as session:
            found: Ticket = session.exec(select(Ticket).where(Ticket.number == number)).one()
            return found

    def mails(self, kind: str) -> list[Outbox]:
        """Queued mail of `kind`, oldest first."""
        with Session(self.engine) as session:
            return list(
                session.exec(
                    select(Outbox).where(Outbox.kind == kind).order_by(col(Outbox.id))
                ).all()
            )

    def events(self, kind: str) -> list[Event]:
        """Recorded events of `kind`, oldest first."""
        with Session(self.engine) as session:
            return list(
                session.exec(select(Event).where(Event.kind == kind).order_by(col(Event.id))).all()
            )


@contextmanager
def open_desked(tmp_path: Path, extra: str = "") -> Iterator[Desked]:
    """A fresh desk on SQLite in `tmp_path`, with `extra` TOML in its config."""
    unused = Testbed(TestbedSettings(tmp_path / "unused"))  # only for the config's ports
    config = load_config(write_config(tmp_path, unused, f"sqlite:///{tmp_path}/db.sqlite3", extra))
    engine = make_engine(config.database_url)
    upgrade(engine)
    try:
        yield Desked(engine, Desk.from_config(config))
    finally:
        engine.dispose()
