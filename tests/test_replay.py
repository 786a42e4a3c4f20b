"""`supportmail replay`, `triage` and `quarantine`: .eml files through the real processing code.

Every test builds a real database (SQLite, and PostgreSQL where `db_url` is used), writes a
config into tmp_path and drives the command line exactly as an operator would.
"""

import io
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import Session, select

from supportmail.errors import EXIT_FAILED, EXIT_OK
from supportmail.storage import queries
from supportmail.storage.database import make_engine
from supportmail.storage.tables import InboundMessage, MailboxCursor, Ticket
from tests.support.replay import (
    AGENT_ANSWER,
    NO_SENDER,
    OUT_OF_OFFICE,
    OUTAGE,
    PAYMENTS,
    TYPO,
    run,
    setup_desk,
    write_config,
    write_mails,
)


def test_replay_applies_effects_and_reports_each_file(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each file gets one line with its disposition, ticket, priority + rule and reason."""
    config = setup_desk(tmp_path, db_url, capsys)
    files = write_mails(
        tmp_path,
        {"outage": OUTAGE, "typo": TYPO, "answer": AGENT_ANSWER, "ooo": OUT_OF_OFFICE},
    )
    code, out, _err = run(capsys, "replay", *files, "-c", str(config))
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0].split() == ["file", "disposition", "ticket", "priority", "reason"]
    assert "new_ticket" in lines[1] and "#1001" in lines[1]
    assert "P0 production-unavailable" in lines[1]
    assert "new_ticket" in lines[2] and "#1002" in lines[2] and "P3 cosmetic" in lines[2]
    assert "agent_reply" in lines[3] and "#1001" in lines[3]
    assert "auto_reply" in lines[4] and "Auto-Submitted" in lines[4]
    assert lines[-1] == "processed 4 files: 1 agent_reply, 1 auto_reply, 2 new_ticket"
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            cursor = session.get(MailboxCursor, "replay")
            assert cursor is not None and (cursor.uidvalidity, cursor.last_uid) == (1, 4)
            outage = queries.ticket_by_number(session, 1001)
            assert outage is not None and outage.first_response_at is not None
    finally:
        engine.dispose()
    (tmp_path / "again").mkdir()
    again = write_mails(tmp_path / "again", {"outage": OUTAGE})
    code, out, _err = run(capsys, "replay", *again, "-c", str(config))
    assert code == EXIT_OK
    assert "duplicate" in out.splitlines()[1] and "#1001" in out.splitlines()[1]


def test_dry_run_shows_what_would_happen_and_keeps_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    """--dry-run prints the same outcome as a real run but leaves no ticket and no cursor."""
    config = setup_desk(tmp_path, sqlite_url, capsys)
    files = write_mails(tmp_path, {"payments": PAYMENTS, "typo": TYPO})
    code, out, _err = run(capsys, "replay", "--dry-run", *files, "-c", str(config))
    assert code == EXIT_OK
    assert "P0 p0-payments" in out and "P3 cosmetic" in out
    assert out.splitlines()[-1].startswith("would process (dry run, nothing kept) 2 files")
    engine = make_engine(sqlite_url)
    try:
        with Session(engine) as session:
            assert session.exec(select(Ticket)).all() == []
            assert session.exec(select(InboundMessage)).all() == []
            assert session.get(MailboxCursor, "replay") is None
    finally:
        engine.dispose()


def test_replay_of_a_missing_file_fails_before_processing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    """A file that cannot be read is named on stderr, exit 1, and nothing is processed."""
    config = setup_desk(tmp_path, sqlite_url, capsys)
    good = write_mails(tmp_path, {"typo": TYPO})
    missing = str(tmp_path / "nope.eml")
    code, out, err = run(capsys, "replay", *good, missing, "-c", str(config))
    assert code == EXIT_FAILED
    assert out == "" and f"{missing}: No such file or directory" in err


def test_replay_needs_the_current_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    """Without `db upgrade` the command says what to run and exits 2."""
    config = write_config(tmp_path, sqlite_url)
    code, _out, err = run(capsys, "replay", *write_mails(tmp_path, {"t": TYPO}), "-c", str(config))
    assert code == 2 and "supportmail db upgrade" in err


def test_triage_with_built_in_rules(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without -c the shipped signals and decision table decide; --json has every documented
    key, and names the signals the decision used as the explanation does."""
    (path,) = write_mails(tmp_path, {"outage": OUTAGE})
    code, out, _err = run(capsys, "triage", path)
    assert code == EXIT_OK
    assert out.splitlines()[0] == "P0 by rule 'production-unavailable'"
    code, out, _err = run(capsys, "triage", path, "--json")
    data = json.loads(out)
    assert data["priority"] == "P0" and data["rule"] == "production-unavailable"
    assert data["base_priority"] == "P0" and data["matched"] == "Production is down"
    assert set(data) == {
        "priority",
        "rule",
        "explanation",
        "matched",
        "base_priority",
        "used",
        "signals",
        "confirm",
    }
    assert data["used"][0] == "unavailable" and data["confirm"] is False
    assert all(f'{s} "' in data["explanation"] for s in data["used"])
    assert {"signal": "unavailable", "words": "Production is down"} in data["signals"]


def test_triage_with_config_rules_and_tier(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With -c the config's extra rules apply, and the sender's tier raises the priority."""
    config = write_config(tmp_path, "sqlite:///unused.sqlite3")
    (payments,) = write_mails(tmp_path, {"payments": PAYMENTS})
    code, out, _err = run(capsys, "triage", payments, "--json")
    # All payments failing is a whole core function failing: P1 by the shipped policy.
    assert json.loads(out)["priority"] == "P1"
    code, out, _err = run(capsys, "triage", payments, "-c", str(config), "--json")
    assert json.loads(out)["rule"] == "p0-payments"
    enterprise_typo = TYPO.replace(b"carol@example.com", b"carol@acme.example")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(enterprise_typo)))
    code, out, _err = run(capsys, "triage", "-", "-c", str(config), "--json")
    assert code == EXIT_OK
    data = json.loads(out)
    assert (data["priority"], data["base_priority"]) == ("P2", "P3")
    assert "tier enterprise raised P3 -> P2" in data["explanation"]


def test_quarantine_list_show_and_failed_retry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    """A message without a sender is listed, its headers shown; a retry leaves it quarantined."""
    config = setup_desk(tmp_path, sqlite_url, capsys)
    run(capsys, "replay", *write_mails(tmp_path, {"nosender": NO_SENDER}), "-c", str(config))
    code, out, _err = run(capsys, "quarantine", "list", "-c", str(config))
    assert code == EXIT_OK
    row = out.splitlines()[1].split()
    assert row[0] == "1" and "nosender-1@x.test" in row and "no usable sender address" in out
    assert out.splitlines()[-1] == "1 quarantined message"
    code, out, _err = run(capsys, "quarantine", "show", "1", "-c", str(config))
    assert "error       no usable sender address" in out
    assert "  Subject: who am I" in out and "  Message-ID: <nosender-1@x.test>" in out
    code, out, _err = run(capsys, "quarantine", "retry", "1", "-c", str(config))
    assert code == EXIT_FAILED and "still quarantined: no usable sender address" in out
    code, _out, err = run(capsys, "quarantine", "show", "99", "-c", str(config))
    assert code == EXIT_FAILED and "no inbound message 99" in err


def test_quarantine_retry_releases_a_message_into_its_row(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A good message quarantined earlier (e.g. by a bug since fixed) becomes a ticket on retry.

    The existing inbound row is updated (no second row), and the output says the message stays
    in the IMAP quarantine folder.
    """
    config = setup_desk(tmp_path, db_url, capsys)
    now = datetime.now(UTC)
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            parsed_hash = "f" * 64  # what the earlier version recorded; the row is what counts
            row = InboundMessage(
                mailbox="INBOX",
                uidvalidity=7,
                uid=42,
                content_hash=parsed_hash,
                message_id="typo-1@example",
                raw_sha256=queries.put_blob(session, TYPO),
                size=len(TYPO),
                state="quarantined",
                disposition="quarantined",
                error="RuntimeError: a bug since fixed",
                arrived_at=now,
                committed_at=now,
            )
            session.add(row)
            session.commit()
            inbound_id = row.id
        code, out, _err = run(capsys, "quarantine", "retry", str(inbound_id), "-c", str(config))
        assert code == EXIT_OK
        assert f"inbound message {inbound_id}: new_ticket on ticket #1001" in out
        assert "stays in the IMAP folder 'supportmail/quarantine' (uid 42)" in out
        with Session(engine) as session:
            rows = session.exec(select(InboundMessage)).all()
            assert len(rows) == 1
            (released,) = rows
            assert (released.state, released.disposition, released.error) == (
                "processed",
                "new_ticket",
                None,
            )
            ticket = queries.ticket_by_number(session, 1001)
            assert ticket is not None and ticket.id == released.ticket_id
            assert ticket.priority == "P3"
        code, out, _err = run(capsys, "quarantine", "retry", str(inbound_id), "-c", str(config))
        assert code == EXIT_FAILED
    finally:
        engine.dispose()
