"""A desk filled through the command line (`supportmail replay`): config, sample mails, runs."""

from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest

from supportmail.cli.main import main
from supportmail.errors import EXIT_OK
from supportmail.storage.database import make_engine, upgrade

REPO = Path(__file__).resolve().parents[2]


EXTRA_RULE = (
    'rules = [{ name = "p0-payments", description = "Payments failing for everyone", '
    'priority = "P0", patterns = ["payments? (are|is) (all )?failing"] }]'
)


def write_config(tmp_path: Path, db_url: str) -> Path:
    """config.example.toml with the database in `db_url`, absolute secrets, one extra rule."""
    text = (REPO / "config.example.toml").read_text("utf-8")
    text = text.replace('"examples/secrets/', f'"{REPO}/examples/secrets/')
    text = text.replace('# authserv_id = "mx.houseware.io"', 'authserv_id = "mx.houseware.io"')
    text = text.replace("rules = []", EXTRA_RULE)
    text = text.replace("[database]\n", f'[database]\nurl = "{db_url}"\n')
    path = tmp_path / "config.toml"
    path.write_text(text, "utf-8")
    return path


def eml(
    sender: str | None,
    subject: str,
    body: str,
    message_id: str,
    *,
    to: str = "support@houseware.io",
    headers: tuple[str, ...] = (),
) -> bytes:
    """A small RFC 5322 message."""
    lines = [f"From: {sender}"] if sender else []
    lines += [
        f"To: {to}",
        f"Subject: {subject}",
        f"Date: {format_datetime(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))}",
        f"Message-ID: <{message_id}>",
        *headers,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "",
        body,
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")


OUTAGE = eml(
    "Bob Builder <bob@acme.example>",
    "Production is down",
    "Hello,\nour production is down since 9:00, nobody can log in.\nBob",
    "outage-1@acme.example",
)


TYPO = eml("carol@example.com", "Typo on the invoice page", "It says 'Totl'.", "typo-1@example")


PAYMENTS = eml("dan@example.com", "Checkout", "All payments are failing right now.", "pay-1@x.test")


AGENT_ANSWER = eml(
    "agent@houseware.io",
    "Re: Production is down",
    "We are on it and restarted the cluster.\n\n> our production is down",
    "answer-1@laptop.example",
    headers=(
        "In-Reply-To: <outage-1@acme.example>",
        "Authentication-Results: mx.houseware.io; dkim=pass header.d=houseware.io",
    ),
)


OUT_OF_OFFICE = eml(
    "carol@example.com",
    "Out of office",
    "I am away until Monday.",
    "ooo-1@example",
    headers=("Auto-Submitted: auto-replied",),
)


NO_SENDER = eml(None, "who am I", "a message without a From header", "nosender-1@x.test")


def write_mails(tmp_path: Path, mails: dict[str, bytes]) -> list[str]:
    """Write each mail to tmp_path/<name>.eml; the paths as strings, in order."""
    paths = []
    for name, raw in mails.items():
        path = tmp_path / f"{name}.eml"
        path.write_bytes(raw)
        paths.append(str(path))
    return paths


def setup_desk(tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]) -> Path:
    """A config with an upgraded, empty database; the config's path."""
    config = write_config(tmp_path, db_url)
    # Not `supportmail db upgrade`: it leaves its engine's connections open (reported).
    engine = make_engine(db_url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    return config


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line; (exit code, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def standard_desk(tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]) -> Path:
    """A desk with tickets #1001 (outage, answered), #1002 (typo), #1003 (payments)."""
    config = setup_desk(tmp_path, db_url, capsys)
    files = write_mails(
        tmp_path,
        {"outage": OUTAGE, "typo": TYPO, "payments": PAYMENTS, "answer": AGENT_ANSWER},
    )
    code, _out, _err = run(capsys, "replay", *files, "-c", str(config))
    assert code == EXIT_OK
    return config
