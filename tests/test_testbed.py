"""The test bed itself answers as the other server tests assume: Dovecot, the sink, PostgreSQL."""

import smtplib
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import psycopg
import pytest
from imapclient import IMAPClient

from supportmail.testbed import AGENT_ADDRESS, SUPPORT_ADDRESS, Sink, Testbed, TestbedSettings
from tests.support.mailbox import Mailbox


def _message(subject: str) -> bytes:
    """A small RFC 5322 message with CRLF line ends."""
    msg = EmailMessage()
    msg["From"] = "customer@example.com"
    msg["To"] = SUPPORT_ADDRESS
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{subject.replace(' ', '-')}@example.com>"
    msg.set_content("The kettle leaks.\n")
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))


@pytest.mark.imap
@pytest.mark.parametrize("user", [SUPPORT_ADDRESS, AGENT_ADDRESS])
def test_imap_login_works(testbed: Testbed, user: str) -> None:
    """Both mail users log in over plaintext IMAP on loopback with the test password."""
    client = IMAPClient(testbed.imap_host, testbed.imap_port, ssl=False, timeout=10)
    try:
        client.login(user, testbed.password)
        assert client.folder_exists("INBOX")
    finally:
        client.logout()


@pytest.mark.imap
def test_capabilities_include_idle_uidplus_move(testbed: Testbed) -> None:
    """The server advertises IDLE, UIDPLUS and MOVE after login."""
    with Mailbox(testbed).connect() as client:
        capabilities = set(client.capabilities())
    assert {b"IDLE", b"UIDPLUS", b"MOVE"} <= capabilities


@pytest.mark.imap
def test_idle_reports_a_new_message(mailbox: Mailbox) -> None:
    """A client idling on INBOX hears about a message appended by another session."""
    with mailbox.connect() as client:
        client.select_folder("INBOX")
        client.idle()
        try:
            mailbox.append(_message("wake up"))
            responses = client.idle_check(timeout=60)  # returns at the first response
        finally:
            client.idle_done()
    assert any(response[1:2] == (b"EXISTS",) for response in responses)


@pytest.mark.imap
def test_mailbox_fixture_starts_clean(mailbox: Mailbox) -> None:
    """The mailbox fixture leaves only an empty INBOX behind, whatever an earlier test left."""
    mailbox.create_folder("Leftover")
    mailbox.create_folder("Leftover.Child")
    mailbox.append(_message("left over"))
    mailbox.reset()
    assert mailbox.folders() == ["INBOX"]
    assert mailbox.uids() == []


@pytest.mark.imap
def test_append_search_and_move(mailbox: Mailbox) -> None:
    """APPEND returns the UID, UID SEARCH finds it, and UID MOVE carries it to a new folder."""
    first = mailbox.append(_message("first"))
    second = mailbox.append(_message("second"))
    assert second > first
    assert mailbox.uids() == [first, second]

    mailbox.create_folder("Processed")
    with mailbox.connect() as client:
        client.select_folder("INBOX")
        assert client.search(["SUBJECT", "second"]) == [second]
        client.move([second], "Processed")

    assert mailbox.uids() == [first]
    assert len(mailbox.uids("Processed")) == 1
    assert b"Subject: second" in mailbox.fetch_all("Processed")[0]
    assert sorted(mailbox.folders()) == ["INBOX", "Processed"]


@pytest.mark.imap
def test_change_uidvalidity_changes_it(mailbox: Mailbox) -> None:
    """change_uidvalidity gives INBOX a new UIDVALIDITY that clients see; messages stay."""
    uid = mailbox.append(_message("kept"))
    before = mailbox.uidvalidity()
    after = mailbox.change_uidvalidity()
    assert after != before
    assert mailbox.uidvalidity() == after
    assert mailbox.uids() == [uid]


@pytest.mark.imap
def test_recreate_inbox_empties_it_under_new_uidvalidity(mailbox: Mailbox) -> None:
    """recreate_inbox leaves INBOX empty with a new UIDVALIDITY, as a deleted and new folder."""
    mailbox.append(_message("gone"))
    before = mailbox.uidvalidity()
    after = mailbox.recreate_inbox()
    assert after != before
    assert mailbox.uidvalidity() == after
    assert mailbox.uids() == []


@pytest.mark.smtp
def test_sink_records_message_and_envelope(testbed: Testbed, sink: Sink) -> None:
    """A message sent with smtplib lands in the sink with its envelope, separate from headers."""
    raw = _message("sink check")
    with smtplib.SMTP(testbed.smtp_host, testbed.smtp_port, timeout=10) as smtp:
        smtp.login(SUPPORT_ADDRESS, testbed.password)  # AUTH is offered and always accepted
        smtp.sendmail("bounces@houseware.io", ["a@example.com", "b@example.com"], raw)

    (recorded,) = sink.wait_for(1)
    assert recorded.mail_from == "bounces@houseware.io"
    assert recorded.rcpt_tos == ("a@example.com", "b@example.com")
    assert recorded.auth_login == SUPPORT_ADDRESS
    assert recorded.message["Subject"] == "sink check"
    assert recorded.raw.replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")
    assert abs(datetime.now(UTC) - recorded.received_at) < timedelta(minutes=1)


@pytest.mark.smtp
def test_sink_keeps_arrival_order_and_clears(testbed: Testbed, sink: Sink) -> None:
    """Recorded messages sort by arrival and clear() empties the sink."""
    with smtplib.SMTP(testbed.smtp_host, testbed.smtp_port, timeout=10) as smtp:
        for n in range(3):
            smtp.sendmail("support@houseware.io", ["c@example.com"], _message(f"n{n}"))
    subjects = [m.message["Subject"] for m in sink.wait_for(3)]
    assert subjects == ["n0", "n1", "n2"]
    sink.clear()
    assert sink.messages() == []


@pytest.mark.smtp
def test_sink_numbers_mail_from_several_connections_in_arrival_order(
    testbed: Testbed, sink: Sink
) -> None:
    """Three clients connected at once, delivering in turn: every message has its own number,
    and the listing follows the order of arrival (a sender keeps several connections open)."""
    clients = [smtplib.SMTP(testbed.smtp_host, testbed.smtp_port, timeout=10) for _ in range(3)]
    try:
        for n in range(9):
            clients[n % 3].sendmail("support@houseware.io", ["c@example.com"], _message(f"n{n}"))
    finally:
        for client in clients:
            client.quit()
    recorded = sink.wait_for(9)
    assert [m.message["Subject"] for m in recorded] == [f"n{n}" for n in range(9)]
    assert len({m.path.name[:6] for m in recorded}) == 9


def test_settings_read_environment() -> None:
    """TestbedSettings takes the directory and ports from SUPPORTMAIL_TESTBED_* variables."""
    settings = TestbedSettings.from_env(
        {
            "SUPPORTMAIL_TESTBED_DIR": "/tmp/tb-x",
            "SUPPORTMAIL_TESTBED_IMAP_PORT": "20143",
            "SUPPORTMAIL_TESTBED_SMTP_PORT": "20025",
        }
    )
    assert (settings.directory.name, settings.imap_port, settings.smtp_port) == (
        "tb-x",
        20143,
        20025,
    )


@pytest.mark.postgres
def test_pg_url_gives_a_usable_database(pg_url: str) -> None:
    """pg_url names a fresh, empty, writable PostgreSQL database."""
    conninfo = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
        assert tables == (0,)
        conn.execute("CREATE TABLE t (id integer PRIMARY KEY)")
        conn.execute("INSERT INTO t VALUES (1)")
        assert conn.execute("SELECT id FROM t").fetchall() == [(1,)]


def test_db_url_names_a_supported_backend(db_url: str) -> None:
    """db_url yields a SQLAlchemy URL for SQLite or PostgreSQL with the psycopg driver."""
    assert db_url.startswith(("sqlite:///", "postgresql+psycopg://"))
