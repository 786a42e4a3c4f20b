"""Mail written as params at ingest: composed once when first claimed, then sent identically."""

import asyncio
import json
import random
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from supportmail.outbound.render import Inputs, read_chunk_inputs
from supportmail.outbound.sender import SendReport, send_due
from supportmail.storage import queries
from supportmail.storage.database import read_session
from tests.support.desk import Desked, customer_mail, open_desked
from tests.support.smtp import Recorder, make_sender, smtp_config, smtp_server

T0 = datetime(2026, 3, 27, 10, 0, tzinfo=UTC)


def text_of(message: EmailMessage) -> str:
    """The plain-text body of `message`."""
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def run(desked: Desked, port: int, at: datetime) -> SendReport:
    """One send_due run at `at` against the server on `port`."""
    sender = make_sender(smtp_config(port))
    return asyncio.run(
        send_due(desked.engine, sender, lambda: at, 48.0, worker_id="test", rng=random.Random(3))
    )


def test_rows_are_written_without_bytes(desked: Desked) -> None:
    """Ingest fixes recipients and Message-ID now and leaves composing to the outbox worker."""
    desked.receive(customer_mail("Export fails", "It breaks.", message_id="<a1@acme.example>"), T0)
    [ack] = desked.mails("ack")
    [notice] = desked.mails("notify")
    assert ack.raw is None and ack.params is not None and notice.raw is None
    assert ack.first_recipient == "anna@acme.example" and ack.message_id.startswith("ack.")


def test_resend_carries_the_bytes_composed_first(desked: Desked, recorder: Recorder) -> None:
    """The bytes are stored before the first attempt; a retry sends exactly those bytes."""
    desked.receive(customer_mail("Export fails", "It breaks.", message_id="<a1@acme.example>"), T0)
    recorder.data_replies = ["250 OK", "drop"]  # the ack goes through; the notice's result is lost
    with smtp_server(recorder) as port:
        assert run(desked, port, T0) == SendReport(sent=1, retry=1)
        [stored] = desked.mails("notify")
        assert stored.raw is not None
        assert run(desked, port, T0 + timedelta(hours=1)) == SendReport(sent=1)
    _ack, first, second = recorder.deliveries
    assert first.raw == second.raw == stored.raw
    parsed = message_from_bytes(second.raw, policy=policy.default)
    assert parsed["Message-ID"] == f"<{stored.message_id}>"
    assert "It breaks." in text_of(parsed)


def test_composed_mail_shows_the_thread_when_written(desked: Desked, recorder: Recorder) -> None:
    """A reply that arrives before the ack is sent does not change what the ack answers."""
    desked.receive(customer_mail("Export fails", "It breaks.", message_id="<a1@acme.example>"), T0)
    number = 1001
    later = customer_mail(
        f"Re: [#{number}] Export fails",
        "Still broken.",
        message_id="<a2@acme.example>",
        in_reply_to="<a1@acme.example>",
    )
    desked.receive(later, T0 + timedelta(minutes=1))
    with smtp_server(recorder) as port:
        assert run(desked, port, T0 + timedelta(minutes=2)).sent == 3
    by_id = {
        str(m["Message-ID"]): m
        for m in (message_from_bytes(d.raw, policy=policy.default) for d in recorder.deliveries)
    }
    ack = by_id[f"<{desked.mails('ack')[0].message_id}>"]
    assert ack["In-Reply-To"] == "<a1@acme.example>" and ack["References"] == "<a1@acme.example>"
    assert ack["Subject"] == f"[#{number}] Export fails"
    reply_notice = by_id[f"<{desked.mails('notify')[1].message_id}>"]
    assert reply_notice["In-Reply-To"] == "<a2@acme.example>"
    assert "Still broken." in text_of(reply_notice)


def _with_files(subject: str, files: list[tuple[str, str, bytes]]) -> bytes:
    """A customer's mail carrying `files` (name, type, bytes)."""
    msg = message_from_bytes(customer_mail(subject, "Files attached."), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    for name, content_type, data in files:
        maintype, subtype = content_type.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def test_notification_carries_the_customers_files(desked: Desked, recorder: Recorder) -> None:
    """The team's notice arrives with the customer's files, byte for byte; the customer's
    acknowledgement carries none."""
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 12
    csv = b"when,what\n2026-03-27,export failed\n"
    desked.receive(
        _with_files(
            "Export fails", [("screen.png", "image/png", png), ("log.csv", "text/csv", csv)]
        ),
        T0,
    )
    with smtp_server(recorder) as port:
        assert run(desked, port, T0 + timedelta(minutes=1)).sent == 2
    mails = [message_from_bytes(d.raw, policy=policy.default) for d in recorder.deliveries]
    by_kind = {m["Message-ID"].split(".")[0].lstrip("<"): m for m in mails}
    files = [(p.get_filename(), p.get_content()) for p in by_kind["notify"].iter_attachments()]
    assert files == [("screen.png", png), ("log.csv", csv.decode())]
    assert "Attached to this email:" in text_of(by_kind["notify"])
    assert list(by_kind["ack"].iter_attachments()) == []


def test_files_over_the_limit_are_listed_not_attached(
    tmp_path: Path, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over support.forward_attachments_mb in all, a file stays with the ticket and the notice
    says so; a smaller one after it still comes along."""
    monkeypatch.setenv("SUPPORTMAIL__SUPPORT__FORWARD_ATTACHMENTS_MB", "0.004")  # ~4 KB
    big, small = bytes(range(256)) * 24, b"just a note\n"
    with open_desked(tmp_path) as desked:
        desked.receive(
            _with_files(
                "Crash",
                [("dump.bin", "application/octet-stream", big), ("note.txt", "text/plain", small)],
            ),
            T0,
        )
        with smtp_server(recorder) as port:
            run(desked, port, T0 + timedelta(minutes=1))
    mails = [message_from_bytes(d.raw, policy=policy.default) for d in recorder.deliveries]
    [notice] = [m for m in mails if m["Message-ID"].startswith("<notify.")]
    assert [p.get_filename() for p in notice.iter_attachments()] == ["note.txt"]
    text = text_of(notice)
    assert "Not attached (over the 0.004 MB we forward by mail; kept with the ticket):" in text
    assert "- dump.bin (application/octet-stream, 6 KB)" in text


def test_a_chunk_reads_each_row_as_its_own_queries_do(desked: Desked) -> None:
    """Rows of several tickets read as one chunk each get the thread as it was when they were
    written (what the per-ticket queries answer up to the row's message), their own quoted
    message and files, and a row that cannot be composed spoils none of the others."""
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    desked.receive(_with_files("Export fails", [("a.png", "image/png", png)]), T0)
    desked.receive(customer_mail("Login broken", "No login.", message_id="<b1@acme.example>"), T0)
    later = customer_mail(
        "Re: [#1001] Export fails",
        "Still broken.",
        message_id="<a2@acme.example>",
        in_reply_to=desked.mails("ack")[0].message_id,
    )
    desked.receive(later, T0 + timedelta(minutes=1))
    rows = [*desked.mails("ack"), *desked.mails("notify")]
    broken = rows[0].model_copy(update={"params": None})
    with read_session(desked.engine) as session:
        read = read_chunk_inputs(session, [*rows, broken])
        for row, inputs in zip(rows, read, strict=False):
            assert isinstance(inputs, Inputs) and inputs.row_id == row.id
            assert row.ticket_id is not None and row.params is not None
            upto = int(json.loads(row.params)["upto"])
            assert inputs.thread_message_ids == queries.thread_message_ids(
                session, row.ticket_id, upto
            )
            assert inputs.last_customer_message_id == queries.last_customer_message_id(
                session, row.ticket_id, upto
            )
            if row.kind != "ack":
                assert inputs.quoted is not None and inputs.quoted.ticket_id == row.ticket_id
    assert isinstance(read[-1], ValueError)
    by_text = {i.quoted.text.strip(): i for i in read if isinstance(i, Inputs) and i.quoted}
    assert [f[0] for f in by_text["Files attached."].attached] == ["a.png"]
    assert by_text["Still broken."].attached == by_text["No login."].attached == ()
    assert len(by_text["Still broken."].thread_message_ids) == 2
