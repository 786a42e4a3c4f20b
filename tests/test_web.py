"""The dashboard over real HTTP on loopback: pages, security headers, read-only methods, access
rules, escaping of hostile mail; and its queries on SQLite and PostgreSQL."""

import base64
import http.client
import os
import re
import signal
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from supportmail.config.sections import WebConfig
from supportmail.errors import ConfigError
from supportmail.storage import dashboard
from supportmail.storage.tables import Ticket
from supportmail.testbed import Testbed, TestbedSettings
from supportmail.web.access import Access
from supportmail.web.folding import segments
from supportmail.web.history import ComplianceHistory, settled_before
from supportmail.web.server import CSP, WebServer
from tests.support.desk import PYTHON, REPO, Desked, open_desked, write_config
from tests.support.webdesk import (
    HOSTILE_FILENAME,
    HOSTILE_NAME,
    HOSTILE_SUBJECT,
    T0,
    fill,
    password_file,
    serving,
)

NOW = T0 + timedelta(days=1)  # three plain tickets are overdue (tests/support/webdesk.fill)


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: str


def fetch(
    server: WebServer, path: str, method: str = "GET", headers: dict[str, str] | None = None
) -> Reply:
    """One request to the dashboard."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        return Reply(response.status, response.headers, response.read().decode("utf-8"))
    finally:
        conn.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[WebServer, dict[str, int]]]:
    """The dashboard on a desk of hostile, corpus and plain tickets (one per module)."""
    with open_desked(tmp_path_factory.mktemp("web")) as desked:
        numbers = fill(desked)
        with serving(desked, NOW) as server:
            yield server, numbers


PAGES = ("/", "/compliance", "/agents", "/?state=all&priority=P0&priority=P2&overdue=1&page=1")


@pytest.mark.parametrize("path", PAGES)
def test_pages_load_with_the_security_headers(
    served: tuple[WebServer, dict[str, int]], path: str
) -> None:
    """Every page answers 200 with a strict CSP (no script source), nosniff, no framing."""
    reply = fetch(served[0], path)
    assert reply.status == 200
    assert reply.headers["Content-Type"] == "text/html; charset=utf-8"
    csp = reply.headers["Content-Security-Policy"]
    assert csp == CSP
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "script-src" not in csp and "unsafe" not in csp
    assert reply.headers["X-Content-Type-Options"] == "nosniff"
    assert reply.headers["Cache-Control"] == "no-store"
    assert "<script" not in reply.body and " style=" not in reply.body


def test_every_ticket_page_loads(served: tuple[WebServer, dict[str, int]]) -> None:
    """The ticket page of each hostile, corpus and plain ticket loads."""
    server, numbers = served
    for number in numbers.values():
        reply = fetch(server, f"/ticket/{number}")
        assert reply.status == 200, number
        assert "SLA timeline" in reply.body and "<script" not in reply.body


def test_hostile_text_is_escaped(served: tuple[WebServer, dict[str, int]]) -> None:
    """Subject, display name, body and attachment name are shown as text, never as markup,
    and a template expression in a mail is not evaluated."""
    server, numbers = served
    page = fetch(server, f"/ticket/{numbers['hostile']}").body
    assert "&lt;script&gt;window.pwned=&#39;subject&#39;&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    assert (
        "<img" not in page
        and "<svg onload" not in page
        and "javascript:" not in page.split("<pre>", 1)[0]
    )
    assert "&lt;/pre&gt;&lt;script&gt;" in page
    assert "{{ 7*7 }}" in page and "49" not in page
    assert "&lt;img src=x onerror=window.pwned=&#39;file&#39;&gt;.pdf" in page
    assert HOSTILE_NAME not in page and HOSTILE_SUBJECT not in page
    assert HOSTILE_FILENAME not in page
    queue = fetch(server, "/?state=all").body
    assert "&lt;script&gt;window.pwned" in queue and "<script" not in queue


def test_quoted_text_is_folded(served: tuple[WebServer, dict[str, int]]) -> None:
    """The quoted earlier mail sits in a closed <details>: no script needed to unfold it."""
    server, numbers = served
    page = fetch(server, f"/ticket/{numbers['hostile']}").body
    folded = re.search(
        r"<details class=\"quoted\"><summary>[^<]*</summary><pre>(.*?)</pre>", page, re.S
    )
    assert folded is not None
    assert "wrote:" in folded.group(1) and "&gt; &lt;b&gt;quoted&lt;/b&gt;" in folded.group(1)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PURGE"])
def test_only_get_and_head(served: tuple[WebServer, dict[str, int]], method: str) -> None:
    """Every method but GET and HEAD is 405 with Allow, and the CSP still applies."""
    reply = fetch(served[0], "/", method)
    assert reply.status == 405
    assert reply.headers["Allow"] == "GET, HEAD"
    assert reply.headers["Content-Security-Policy"] == CSP


def test_head_has_no_body(served: tuple[WebServer, dict[str, int]]) -> None:
    """HEAD gives the GET's status and length without the body."""
    get, head = fetch(served[0], "/agents"), fetch(served[0], "/agents", "HEAD")
    assert head.status == 200 and head.body == ""
    assert head.headers["Content-Length"] == get.headers["Content-Length"]


def test_unknown_pages_and_tickets_are_404(served: tuple[WebServer, dict[str, int]]) -> None:
    """A missing ticket, an absurd number, a path of our own are 404, with the headers."""
    for path in ("/ticket/999999", "/ticket/99999999999999999999", "/ticket/-1", "/admin", "/x/.."):
        reply = fetch(served[0], path)
        assert reply.status == 404, path
        assert reply.headers["Content-Security-Policy"] == CSP


def test_stylesheet(served: tuple[WebServer, dict[str, int]]) -> None:
    """The one stylesheet is served as CSS from the same origin."""
    reply = fetch(served[0], "/static/style.css")
    assert reply.status == 200 and reply.headers["Content-Type"].startswith("text/css")


def test_foreign_host_name_is_refused(served: tuple[WebServer, dict[str, int]]) -> None:
    """A loopback request naming another site (DNS rebinding) is refused; localhost is fine."""
    assert fetch(served[0], "/", headers={"Host": "evil.example"}).status == 421
    assert fetch(served[0], "/", headers={"Host": f"localhost:{served[0].port}"}).status == 200


def test_queue_filters_and_order(served: tuple[WebServer, dict[str, int]]) -> None:
    """Filters narrow the rows; the soonest due comes first."""
    server, numbers = served
    p0 = fetch(server, "/?priority=P0").body
    rows = re.findall(r'<tr class="(p\d)[^"]*" data-number="(\d+)"', p0)
    assert rows and {p for p, _ in rows} == {"p0"}
    alice = fetch(server, "/?assignee=alice@houseware.io").body
    assert re.findall(r'data-number="(\d+)"', alice) == [str(numbers["plain1"])]
    closed = fetch(server, "/?state=closed").body
    assert re.findall(r'data-number="(\d+)"', closed) == [str(numbers["plain3"])]
    overdue = fetch(server, "/?overdue=1").body
    shown = [int(n) for n in re.findall(r'data-number="(\d+)"', overdue)]
    assert shown == [numbers["plain0"], numbers["plain1"], numbers["plain2"]]
    assert re.findall(r'<tr class="([^"]*)" data-number', overdue) == [
        "p0 overdue",
        "p1 overdue",
        "p2 overdue",
    ]


def _client(peer: str, headers: dict[str, str], access: Access) -> tuple[bool, int, str | None]:
    verdict = access.check(peer, {k.lower(): v for k, v in headers.items()})
    return verdict.allowed, verdict.status, verdict.user


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_access_loopback_only_by_default() -> None:
    """Loopback (v4, v6, v4-mapped) may read; any other address is refused outright."""
    access = Access(WebConfig())
    for peer in ("127.0.0.1", "127.0.0.2", "::1", "::ffff:127.0.0.1"):
        assert _client(peer, {"Host": "127.0.0.1:9466"}, access)[:2] == (True, 200), peer
    assert _client("192.0.2.7", {"Host": "127.0.0.1"}, access)[:2] == (False, 403)
    assert _client("192.0.2.7", {"Authorization": _basic("a", "b")}, access)[:2] == (False, 403)


def test_access_with_a_password_file(tmp_path: Path) -> None:
    """From elsewhere only with a right name and password of the file; comments ignored."""
    path = password_file(tmp_path, "# the support leads\nlena:s3cret:with:colons\nomar:pw\n")
    access = Access(WebConfig(host="192.0.2.1", password_file=path))
    peer = "192.0.2.7"
    assert _client(peer, {}, access)[:2] == (False, 401)
    assert _client(peer, {"Authorization": _basic("lena", "s3cret:with:colons")}, access) == (
        True,
        200,
        "lena",
    )
    for user, password in (("lena", "s3cret"), ("omar", "PW"), ("eve", "pw"), ("", "")):
        assert _client(peer, {"Authorization": _basic(user, password)}, access)[:2] == (False, 401)
    assert _client(peer, {"Authorization": "Basic %%%"}, access)[:2] == (False, 401)
    assert _client(peer, {"Authorization": "Bearer x"}, access)[:2] == (False, 401)


def test_a_bad_password_file_is_a_config_error(tmp_path: Path) -> None:
    """A missing file, or a line without a password, stops the dashboard from starting."""
    with pytest.raises(ConfigError, match="cannot read"):
        Access(WebConfig(password_file=tmp_path / "absent"))
    with pytest.raises(ConfigError, match="line 1"):
        Access(WebConfig(password_file=password_file(tmp_path, "lena\n")))


def test_access_behind_a_trusted_proxy() -> None:
    """The proxy's user header is believed from the proxy's address only, and required there
    (a proxy on loopback must not make every remote user a loopback client)."""
    access = Access(WebConfig(trusted_proxy="127.0.0.1", proxy_header="X-Forwarded-User"))
    assert _client("127.0.0.1", {"X-Forwarded-User": "lena"}, access) == (True, 200, "lena")
    assert _client("127.0.0.1", {"Host": "localhost"}, access)[:2] == (False, 403)
    assert _client("192.0.2.7", {"X-Forwarded-User": "lena"}, access)[:2] == (False, 403)
    assert _client("::1", {"Host": "localhost"}, access)[:2] == (True, 200)


def test_password_over_http(tmp_path: Path) -> None:
    """Over the wire: 401 with a Basic challenge, 200 with the credentials, even on loopback
    when loopback is the trusted proxy's address."""
    with open_desked(tmp_path) as desked:
        fill(desked, with_corpus=False)
        path = password_file(tmp_path, "lena:pw\n")
        with serving(desked, NOW, password_file=path, trusted_proxy="127.0.0.1") as server:
            assert fetch(server, "/").status == 403
            ok = fetch(server, "/", headers={"X-Forwarded-User": "lena"})
            assert ok.status == 200 and "signed in as lena" in ok.body


def test_the_folding_of_quotes() -> None:
    """Runs of "> " lines fold; so does everything from a reply header on."""
    found = segments("Hi\n> one\n> two\nmine\n\nOn Tue, 3 Mar 2026, Anna <a@b.c> wrote:\n> x\n")
    assert [(s.quoted, s.text) for s in found] == [
        (False, "Hi"),
        (True, "> one\n> two"),
        (False, "mine"),
        (True, "On Tue, 3 Mar 2026, Anna <a@b.c> wrote:\n> x"),
    ]
    assert segments("just text") == [segments("just text")[0]]
    assert not segments("just text")[0].quoted


# --- the queries, on both databases -------------------------------------------------------------


def _ticket(number: int, **values: Any) -> Ticket:
    base: dict[str, Any] = {
        "number": number,
        "requester": f"c{number}@acme.example",
        "subject": f"s{number}",
        "priority": "P2",
        "priority_rule": "default",
        "received_at": T0 + timedelta(hours=number),
        "created_at": T0 + timedelta(hours=number),
        "updated_at": T0,
        "first_response_due": T0 + timedelta(hours=number + 8),
        "clock_started_at": T0 + timedelta(hours=number),
        "response_due": T0 + timedelta(hours=number + 8),
    }
    base.update(values)
    return Ticket(**base)


def test_queue_page_count_order_and_filters(engine: Engine) -> None:
    """Due first (soonest first), then answered and closed; filters and paging on the total."""
    now = T0 + timedelta(hours=10)
    with Session(engine) as session:
        session.add_all(
            [
                _ticket(1, priority="P1"),  # due T0+9h: overdue at now
                _ticket(2, assignee="Lena@houseware.io"),  # due T0+10h
                _ticket(3, response_due=None, first_response_at=T0 + timedelta(hours=4)),
                _ticket(4, status="closed", response_due=None, priority="P1"),
                _ticket(5, priority="P0"),  # due T0+13h
            ]
        )
        session.commit()
    reader = dashboard.open_read_only(str(engine.url))
    try:
        with Session(reader) as session:

            def numbers(flt: dashboard.QueueFilter, offset: int = 0, limit: int = 50) -> list[int]:
                return [
                    r.number for r in dashboard.queue_page(session, flt, now, offset, limit).rows
                ]

            assert numbers(dashboard.QueueFilter()) == [1, 2, 5, 3]
            assert numbers(dashboard.QueueFilter(state="all")) == [1, 2, 5, 4, 3]
            assert numbers(dashboard.QueueFilter(state="closed")) == [4]
            assert numbers(dashboard.QueueFilter(state="waiting")) == [1, 2, 5]
            assert numbers(dashboard.QueueFilter(state="responded")) == [3]
            assert numbers(dashboard.QueueFilter(overdue=True)) == [1, 2]
            assert numbers(dashboard.QueueFilter(state="all", priorities=("P1",))) == [1, 4]
            assert numbers(dashboard.QueueFilter(assignee="lena@HOUSEWARE.io")) == [2]
            assert numbers(dashboard.QueueFilter(assignee=dashboard.UNASSIGNED)) == [1, 5, 3]
            page = dashboard.queue_page(session, dashboard.QueueFilter(state="all"), now, 2, 2)
            assert [r.number for r in page.rows] == [5, 4] and page.total == 5
            first = dashboard.queue_page(session, dashboard.QueueFilter(), now, 0, 1).rows[0]
            assert first.due == T0 + timedelta(hours=9) and first.due.tzinfo is not None

            loads = dashboard.agent_load(session, now, ["omar@houseware.io"])
            assert [(a.assignee, a.open, a.waiting, a.overdue) for a in loads] == [
                ("lena@houseware.io", 1, 1, 1),
                ("omar@houseware.io", 0, 0, 0),
                (None, 3, 2, 1),
            ]
            days = dashboard.compliance_by_day(session, now, T0 - timedelta(days=1))
            p2 = [d for d in days if d.priority == "P2"]
            assert sum(d.in_time for d in p2) == 1 and sum(d.breached for d in p2) == 1
            assert sum(d.pending for d in days) == 1  # ticket 5, due later
    finally:
        reader.dispose()


def test_the_read_only_engine_refuses_writes(engine: Engine) -> None:
    """The dashboard's engine cannot change a row, on either database."""
    reader = dashboard.open_read_only(str(engine.url))
    try:
        with Session(reader) as session, pytest.raises(DBAPIError):
            session.execute(text("DELETE FROM ticket"))
            session.commit()
    finally:
        reader.dispose()


def test_supportmail_web_command(tmp_path: Path) -> None:
    """`supportmail web` serves until SIGTERM and then exits 0."""
    with open_desked(tmp_path) as desked:
        fill(desked, with_corpus=False)
    unused = Testbed(TestbedSettings(tmp_path / "unused"))  # only for the config's ports
    config = write_config(tmp_path, unused, f"sqlite:///{tmp_path}/db.sqlite3", "[web]\nport = 0\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with subprocess.Popen(
        [PYTHON, "-m", "supportmail", "web", "-c", str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            assert match, line
            conn = http.client.HTTPConnection("127.0.0.1", int(match.group(1)), timeout=30)
            conn.request("GET", "/")
            assert conn.getresponse().status == 200
            conn.close()
        finally:
            process.send_signal(signal.SIGTERM)
            code = process.wait(timeout=30)
    assert code == 0


def test_compliance_history_equals_a_fresh_count(desked: Desked) -> None:
    """Settled days from memory plus recent days from the database give what one query over
    the whole range gives, on the first call and on a cached one."""
    now = T0 + timedelta(days=40)
    with Session(desked.engine) as session:
        for n in range(40):
            at = T0 + timedelta(days=n)
            answered = at + timedelta(hours=n % 30)
            ticket = _ticket(
                1000 + n,
                received_at=at,
                created_at=at,
                first_response_due=at + timedelta(hours=24),
                first_response_at=answered if n % 3 else None,
                response_due=None,
                priority=("P0", "P1", "P2", "P3")[n % 4],
            )
            session.add(ticket)
        session.commit()
        history = ComplianceHistory()
        since = dashboard.weeks_back(now, 12)

        def key(days: list[dashboard.DayCompliance]) -> list[tuple[object, ...]]:
            return sorted((d.day, d.priority, d.in_time, d.breached, d.pending) for d in days)

        fresh = key(dashboard.compliance_by_day(session, now, since))
        assert key(history.days(session, desked.desk, now, since)) == fresh
        assert key(history.days(session, desked.desk, now + timedelta(minutes=1), since)) == fresh
        assert settled_before(desked.desk, now) > since


def test_compliance_history_rereads_settled_days_in_a_thread(desked: Desked) -> None:
    """An hour on, a page is answered from the settled days read before while a thread re-reads
    them (no page waits for that read); the next page has what the re-read found."""
    now = T0 + timedelta(days=40)
    answered = {"first_response_due": T0 + timedelta(hours=24), "response_due": None}
    with Session(desked.engine) as session:
        session.add(_ticket(2000, received_at=T0, created_at=T0, **answered))
        session.add(_ticket(2001, received_at=T0, created_at=T0, **answered))
        session.commit()
    reader = dashboard.open_read_only(str(desked.engine.url))
    history = ComplianceHistory()
    since = dashboard.weeks_back(now, 12)

    def breached(at: datetime) -> int:
        with Session(reader) as session:
            return sum(d.breached for d in history.days(session, desked.desk, at, since))

    try:
        assert breached(now) == 2  # unanswered past due
        with Session(desked.engine) as session:
            ticket = session.exec(select(Ticket).where(Ticket.number == 2000)).one()
            ticket.first_response_at = T0 + timedelta(hours=2)  # in time after all
            session.add(ticket)
            session.commit()
        later = now + timedelta(hours=2)
        assert breached(later) == 2  # the days read before, while the thread re-reads
        history.wait(timeout=30)
        assert breached(later + timedelta(minutes=1)) == 1
    finally:
        reader.dispose()


def test_search_finds_words_and_escapes_the_query(served: tuple[WebServer, dict[str, int]]) -> None:
    """The search page finds a ticket by words of its subject or text; a hostile query is
    shown as text."""
    server, numbers = served
    found = fetch(server, "/search?q=kettle").body
    assert re.findall(r'<tr data-number="(\d+)"', found) == [str(numbers["hostile"])]
    assert "&lt;script&gt;window.pwned" in found and "<script" not in found
    by_text = fetch(server, "/search?q=%22plain+request+4%22&state=open").body
    assert re.findall(r'<tr data-number="(\d+)"', by_text) == [str(numbers["plain4"])]
    hostile = fetch(server, "/search?q=%3Cscript%3Ealert(1)%3C/script%3E").body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile and "<script" not in hostile
    assert fetch(server, "/search").status == 200
