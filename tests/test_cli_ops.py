"""`supportmail tickets`, `show`, `sla` and `report` on tickets created by replaying mail."""

import csv
import io
import json
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from supportmail.errors import EXIT_FAILED, EXIT_OK
from supportmail.storage.reports import SlaRow
from tests.support.overdue import fire_ladder, make_overdue
from tests.support.replay import run, setup_desk, standard_desk, write_mails


def test_tickets_table_sorted_by_due_with_count(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Open tickets soonest due first, answered ones last, aligned, with a count line."""
    config = standard_desk(tmp_path, db_url, capsys)
    code, out, _err = run(capsys, "tickets", "-c", str(config))
    assert code == EXIT_OK
    header, *rows, count = out.splitlines()
    assert header.split()[:4] == ["#", "pri", "status", "requester"]
    assert [r.split()[0] for r in rows] == ["#1003", "#1002", "#1001"]
    assert rows[2].split()[-3] == "responded"
    due_col = header.index("due (UTC)")  # aligned: every row's due starts under the heading
    assert all(r[due_col - 1] == " " and r[due_col] != " " for r in rows)
    assert rows[0][due_col:].startswith(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
    assert count == "3 tickets, 0 overdue"
    code, out, _err = run(capsys, "tickets", "-c", str(config), "--priority", "P3")
    assert [line.split()[0] for line in out.splitlines()[1:-1]] == ["#1002"]


def test_tickets_json_csv_and_overdue_filter(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """json and csv carry the same records; --overdue keeps only open tickets past due."""
    config = standard_desk(tmp_path, sqlite_url, capsys)
    make_overdue(sqlite_url, 1002, hours=3.5)
    code, out, _err = run(capsys, "tickets", "-c", str(config), "--format", "json")
    records = json.loads(out)
    assert [r["number"] for r in records] == [1002, 1003, 1001]
    assert records[0]["overdue"] is True and records[2]["due"] is None
    assert records[1]["priority_rule"] == "p0-payments"
    datetime.fromisoformat(records[1]["due"])
    code, out, _err = run(capsys, "tickets", "-c", str(config), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["number"] for row in rows] == ["1002", "1003", "1001"]
    assert rows[0]["overdue"] == "True" and rows[2]["due"] == ""
    code, out, _err = run(capsys, "tickets", "-c", str(config), "--overdue")
    assert code == EXIT_OK
    lines = out.splitlines()
    assert len(lines) == 3 and lines[1].split()[0] == "#1002"
    assert "overdue 3 h 30 min" in lines[1] or "overdue 3 h 29 min" in lines[1]
    assert lines[-1] == "1 ticket, 1 overdue"


def test_show_prints_header_thread_events_and_outbox(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`show` has the header with rule and SLA clock, the thread, events and outgoing mail."""
    config = standard_desk(tmp_path, db_url, capsys)
    code, out, _err = run(capsys, "show", "1001", "-c", str(config))
    assert code == EXIT_OK
    assert out.startswith("Ticket #1001: Production is down\n")
    assert "  requester     Bob Builder <bob@acme.example>" in out
    assert "  customer      Acme Corp (enterprise)" in out
    assert "  priority      P0 by rule 'production-unavailable'" in out
    assert "  signals       unavailable, " in out and "not asked to confirm" in out
    assert "answered " in out and "(in time)" in out
    assert "Thread (2 messages)" in out
    assert "<- in  bob@acme.example (customer)" in out
    assert "agent@houseware.io (agent)" in out
    assert "      We are on it and restarted the cluster." in out
    events = out.split("Events (")[1].split("Outgoing mail")[0]
    assert "created" in events and "agent_reply" in events
    mail = out.split("Outgoing mail (")[1]
    for kind in ("ack", "notify", "page", "relay"):
        assert any(line.split()[0] == kind for line in mail.splitlines()[2:]), kind
    assert "oncall@houseware.io" in mail and "pending" in mail


def test_unknown_ticket_is_an_error(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`show` and `sla` of a number that does not exist say so and exit 1."""
    config = standard_desk(tmp_path, sqlite_url, capsys)
    for command in ("show", "sla"):
        code, out, err = run(capsys, command, "1234", "-c", str(config))
        assert (code, out, err) == (EXIT_FAILED, "", "supportmail: no ticket #1234\n")


def test_sla_explains_due_time_and_ladder(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`sla` shows the window, the due time and each ladder step with whether it has fired."""
    config = standard_desk(tmp_path, sqlite_url, capsys)
    make_overdue(sqlite_url, 1003, hours=2)
    code, out, _err = run(capsys, "sla", "1003", "-c", str(config))
    assert code == EXIT_OK
    assert "priority P0: first response within 24 h (calendar hours, 24x7)" in out
    assert "breached 2 h" in out or "breached 1 h 59 min" in out
    assert "warning at 0.75x: due now" in out
    assert "level 1 Customer Happiness Manager <happiness@houseware.io> at 1x: due now" in out
    assert "level 2 Head of Customer Experience" in out and "at 1.5x: in " in out
    assert fire_ladder(config, sqlite_url) == 1  # level 1 only: a late warning is dropped
    code, out, _err = run(capsys, "sla", "1003", "-c", str(config))
    assert "level 1 Customer Happiness Manager <happiness@houseware.io> at 1x: done" in out
    code, out, _err = run(capsys, "sla", "1001", "-c", str(config))
    assert "(in time)" not in out and "first response " in out and ": in time" in out
    assert "stopped: responded" in out and "at 1x: not needed" in out


def test_report_per_priority_with_total(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Counts, in-time share, breaches, response times and escalations per level, and a total."""
    config = standard_desk(tmp_path, db_url, capsys)
    make_overdue(db_url, 1003, hours=1)
    fire_ladder(config, db_url)
    code, out, _err = run(capsys, "report", "-c", str(config), "--format", "json")
    assert code == EXIT_OK
    rows = {r["priority"]: r for r in json.loads(out)}
    assert list(rows) == ["P0", "P1", "P2", "P3", "total"]
    p0 = rows["P0"]
    assert (p0["tickets"], p0["responded_in_time"], p0["breached"], p0["pending"]) == (2, 1, 1, 0)
    assert p0["in_time_percent"] == 50.0 and p0["escalations_level_1"] == 1
    assert p0["median_first_response_seconds"] is not None
    assert rows["P3"]["pending"] == 1 and rows["P3"]["in_time_percent"] is None
    assert rows["total"]["tickets"] == 3 and rows["total"]["escalations_level_1"] == 1
    code, out, _err = run(capsys, "report", "-c", str(config))
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["priority", "tickets", "in"]
    assert lines[1].split()[:6] == ["P0", "2", "1", "50", "%", "1"]
    assert lines[5].split()[0] == "total"
    code, out, _err = run(
        capsys, "report", "-c", str(config), "--since", "2999-01-01", "--format", "json"
    )
    assert json.loads(out)[-1]["tickets"] == 0


def test_report_p90_is_a_real_response_time() -> None:
    """p90 by nearest rank is one of the observed times; the median is the middle one."""
    row = SlaRow("P1", response_times=[timedelta(hours=h) for h in range(1, 11)])
    assert row.p90 == timedelta(hours=9)
    assert row.median == timedelta(hours=5, minutes=30)


def test_show_saves_the_attachments_kept_with_a_ticket(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`show --save-attachments DIR` writes each file byte for byte under a safe name (never
    the sender's path), and refuses to overwrite what is there."""
    config = setup_desk(tmp_path, sqlite_url, capsys)
    mail = EmailMessage()
    mail["From"] = "Anna <anna@acme.example>"
    mail["To"] = "support@houseware.io"
    mail["Subject"] = "Crash dump"
    mail["Message-ID"] = "<dump@acme.example>"
    mail.set_content("The dump and a screenshot.")
    dump, png = bytes(range(256)) * 40, b"\x89PNG\r\n\x1a\n" + bytes(100)
    mail.add_attachment(dump, maintype="application", subtype="octet-stream", filename="../x.bin")
    mail.add_attachment(png, maintype="image", subtype="png", filename="screen.png")
    [path] = write_mails(tmp_path, {"dump": mail.as_bytes()})
    assert run(capsys, "replay", path, "-c", str(config))[0] == EXIT_OK
    target = tmp_path / "out"
    code, out, _err = run(
        capsys, "show", "1001", "-c", str(config), "--save-attachments", str(target)
    )
    assert code == EXIT_OK
    assert "Attachments saved to" in out and "(2)" in out
    files = sorted(target.iterdir())
    assert [f.name.split("-", 2)[2] for f in files] == ["x.bin", "screen.png"]
    assert [f.read_bytes() for f in files] == [dump, png]
    code, _out, err = run(
        capsys, "show", "1001", "-c", str(config), "--save-attachments", str(target)
    )
    assert code == EXIT_FAILED and "not overwritten" in err


def test_show_saves_every_attachment_whatever_its_name_length_in_bytes(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Names of 150 three-byte characters (and 4-byte ones) are cut by bytes to fit the file
    system, keep their extension, and every file is saved; one that cannot be written is
    reported and the others are still saved."""
    config = setup_desk(tmp_path, sqlite_url, capsys)
    mail = EmailMessage()
    mail["From"] = "Anna <anna@acme.example>"
    mail["To"] = "support@houseware.io"
    mail["Subject"] = "Many files"
    mail["Message-ID"] = "<many@acme.example>"
    mail.set_content("Twelve files.")
    names = [("\u6587" * 150) + f"{n}.pdf" for n in range(10)] + ["\U0001f600" * 100, "ok.txt"]
    for n, name in enumerate(names):
        mail.add_attachment(bytes([n]) * 10, maintype="application", subtype="pdf", filename=name)
    [path] = write_mails(tmp_path, {"many": mail.as_bytes()})
    assert run(capsys, "replay", path, "-c", str(config))[0] == EXIT_OK
    target = tmp_path / "out"
    code, out, _err = run(
        capsys, "show", "1001", "-c", str(config), "--save-attachments", str(target)
    )
    assert code == EXIT_OK, out
    files = sorted(target.iterdir(), key=lambda f: int(f.name.split("-")[1]))
    assert len(files) == 12
    assert all(len(f.name.encode()) <= 255 for f in files)
    assert all(f.name.endswith(".pdf") for f in files[:10])
    assert [f.read_bytes() for f in files] == [bytes([n]) * 10 for n in range(12)]
    # One name taken already: that one is reported, the eleven others are written.
    (tmp_path / "again").mkdir()
    (tmp_path / "again" / files[3].name).write_bytes(b"keep")
    code, out, err = run(
        capsys, "show", "1001", "-c", str(config), "--save-attachments", str(tmp_path / "again")
    )
    assert code == EXIT_FAILED and "1 attachment(s) not saved" in err
    assert len(list((tmp_path / "again").iterdir())) == 12
    assert (tmp_path / "again" / files[3].name).read_bytes() == b"keep"
