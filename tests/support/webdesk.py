"""A desk holding hostile mail for the dashboard's tests, and the dashboard served on it.

The payloads try every way mail text could reach a page as markup: a subject, a display name,
a body that closes the <pre> it sits in, an attachment's file name, a template expression.
Each, if it ran, would set `window.pwned`; the browser test checks that nothing did.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from supportmail.config.sections import WebConfig
from supportmail.storage.tables import Ticket
from supportmail.web.server import WebServer
from tests.support.corpus import CORPUS
from tests.support.desk import Desked, customer_mail

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday
HOSTILE_SUBJECT = (
    "<script>window.pwned='subject'</script> Kettle <img src=x onerror=\"window.pwned='img'\">"
)
HOSTILE_NAME = "Mallory <svg onload=window.pwned='name'> \"><b>"
HOSTILE_BODY = (
    "Hello,\n</pre><script>window.pwned='body'</script>\n"
    "<a href=\"javascript:window.pwned='link'\">click</a> {{ 7*7 }} {% raw %}\n\n"
    "On Mon, Anna <anna@acme.example> wrote:\n> <b>quoted</b>\n"
)
HOSTILE_FILENAME = "<img src=x onerror=window.pwned='file'>.pdf"
# Small corpus files that are malformed or carry markup: parsed, stored, shown.
CORPUS_FILES = (
    "enmime/malformed/testdata__mail__mime-bad-8bit-filename.raw",
    "enmime/malformed/testdata__low-quality__html-only-inline.raw",
    "enmime/malformed/testdata__mail__malformed-multiple-address-header-values.raw",
    "enmime/malformed/testdata__mail__mime-unquoted-tspecials-param.raw",
    "django-helpdesk/malformed/tests__test_files__utf-nondecodable.eml",
    "django-helpdesk/human/tests__test_files__all-special-chars.eml",
)


def hostile_mail() -> bytes:
    """One mail carrying every payload: subject, display name, body, attachment name."""
    msg = EmailMessage()
    msg["From"] = Address(HOSTILE_NAME, "mallory", "acme.example")
    msg["To"] = "support@houseware.io"
    msg["Subject"] = HOSTILE_SUBJECT
    msg["Date"] = format_datetime(T0)
    msg["Message-ID"] = make_msgid(domain="client.example")
    msg.set_content(HOSTILE_BODY)
    msg.add_attachment(
        b"%PDF-1.4\n", maintype="application", subtype="pdf", filename=HOSTILE_FILENAME
    )
    return msg.as_bytes()


def fill(desked: Desked, with_corpus: bool = True) -> dict[str, int]:
    """Hostile mail, corpus mail (when the corpus is there) and plain tickets of every
    priority, one assigned, one closed, three overdue at T0 + 1 day; returns {name: number}."""
    numbers: dict[str, int] = {}
    outcome = desked.receive(hostile_mail(), T0)[0]
    assert outcome.ticket_number is not None
    numbers["hostile"] = outcome.ticket_number
    for n, priority in enumerate(("P0", "P1", "P2", "P3", "P2", "P3")):
        raw = customer_mail(
            f"Plain request {n}", f"Text {n}", sender=f"Cus Tomer {n} <c{n}@acme.example>"
        )
        found = desked.receive(raw, T0 + timedelta(minutes=n + 1))[0].ticket_number
        assert found is not None
        numbers[f"plain{n}"] = found
        due = T0 + timedelta(hours=10 * n)  # at T0 + 1 day: the first three are overdue
        _set(desked, found, priority=priority, response_due=due, first_response_due=due)
    _set(desked, numbers["plain1"], assignee="alice@houseware.io")
    _set(desked, numbers["plain3"], status="closed", response_due=None)
    if with_corpus and CORPUS.exists():
        for n, name in enumerate(CORPUS_FILES):
            outcome = desked.receive(
                (CORPUS / name).read_bytes(), T0 + timedelta(hours=1, minutes=n)
            )[0]
            if outcome.ticket_number is not None:
                numbers[f"corpus{n}"] = outcome.ticket_number
    return numbers


def _set(desked: Desked, number: int, **values: Any) -> None:
    with Session(desked.engine) as session:
        ticket = session.exec(select(Ticket).where(col(Ticket.number) == number)).one()
        for key, value in values.items():
            setattr(ticket, key, value)
        session.add(ticket)
        session.commit()


@contextmanager
def serving(desked: Desked, now: datetime, **config: Any) -> Iterator[WebServer]:
    """The dashboard on `desked`'s database, on a free loopback port, its clock at `now`."""
    web = WebConfig(port=0, **config)
    server = WebServer(web, str(desked.engine.url), lambda: desked.desk, lambda: now)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def password_file(folder: Path, lines: str) -> Path:
    """A password file with `lines`, readable by its owner only."""
    path = folder / "web.passwords"
    path.write_text(lines, encoding="utf-8")
    path.chmod(0o600)
    return path
