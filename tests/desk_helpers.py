"""Helpers for tests that run supportmail against the test bed: configs, mail, database reads."""

import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from supportmail.config import Config, load_config
from supportmail.db import make_engine, upgrade
from supportmail.testbed import Testbed

REPO = Path(__file__).resolve().parents[1]
SECRETS = REPO / "examples" / "secrets"
PROCESSED = "supportmail/processed"
QUARANTINE = "supportmail/quarantine"


def server_folder(name: str) -> str:
    """A configured folder name as Dovecot spells it (its hierarchy separator is ".")."""
    return name.replace("/", ".")


def write_config(tmp_path: Path, testbed: Testbed, db_url: str, extra: str = "") -> Path:
    """A config for the test bed and database `db_url`; `extra` TOML is appended."""
    text = f"""
[imap]
host = "{testbed.imap_host}"
port = {testbed.imap_port}
tls = "none"
username = "support@houseware.io"
password_file = "{SECRETS / "imap-password.txt"}"
batch_size = 50

[smtp]
host = "{testbed.smtp_host}"
port = {testbed.smtp_port}
tls = "none"
auth = "none"
timeout = 10

[support]
address = "support@houseware.io"
agents = ["agent@houseware.io", "alice@houseware.io"]
team_address = "team@houseware.io"
oncall_address = "oncall@houseware.io"
reply_token_key_file = "{SECRETS / "reply-token-key.txt"}"

[[escalation.levels]]
address = "happiness@houseware.io"
[[escalation.levels]]
address = "cx-head@houseware.io"
[[escalation.levels]]
address = "ceo@houseware.io"

[tiers.enterprise]
floor = "P2"

[customers."acme.example"]
name = "Acme Corp"
tier = "enterprise"
csm = "csm-acme@houseware.io"

[database]
url = "{db_url}"

[daemon]
listen = ""
{extra}
"""
    path = tmp_path / "supportmail.toml"
    path.write_text(text, encoding="utf-8")
    return path


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
