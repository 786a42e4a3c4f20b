"""The dashboard's HTTP server: stdlib ThreadingHTTPServer in a thread of its own.

Read-only by construction: GET and HEAD are the only methods (anything else is 405), no page
changes state, and the pages read through an engine that refuses writes. Every response, errors
included, carries a Content-Security-Policy without any script source (nothing runs, whatever a
mail smuggles into a page), frame-ancestors 'none', nosniff, no-referrer and no-store. Who may
read is `access.Access`'s decision, taken before anything else.
"""

import logging
import socket
import threading
from collections.abc import Callable
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from supportmail.config.sections import WebConfig
from supportmail.desk import Desk
from supportmail.storage.dashboard import open_read_only
from supportmail.storage.database import is_unavailable
from supportmail.web import views
from supportmail.web.access import Access, Verdict
from supportmail.web.history import ComplianceHistory
from supportmail.web.render import render

log = logging.getLogger(__name__)

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
)
ALLOWED_METHODS = "GET, HEAD"
MAX_FIELDS = 40  # query parameters per request
REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    421: "Misdirected Request",
    500: "Internal Server Error",
    503: "Service Unavailable",
}
HTML = "text/html; charset=utf-8"


def _stylesheet() -> bytes:
    return (resources.files("supportmail.web") / "static" / "style.css").read_bytes()


class Dashboard:
    """The pages: which view answers a path, with what status."""

    def __init__(
        self,
        engine: Engine,
        desk: Callable[[], Desk],
        now: Callable[[], datetime],
        access: Access,
    ) -> None:
        self.engine, self.desk, self.now, self.access = engine, desk, now, access
        self.stylesheet = _stylesheet()
        self.history = ComplianceHistory()

    def prime(self) -> None:
        """Read the compliance page's settled days now, so its first visitor need not (run in
        a thread of its own at start: a failure is logged, and the page reads them itself)."""
        try:
            self.history.prime(self.engine, self.desk(), self.now())
        except Exception:
            log.warning(
                "dashboard: reading the settled compliance days at start failed", exc_info=True
            )

    def page(self, path: str, params: views.Params, user: str | None) -> tuple[int, bytes]:
        """(status, HTML) for a GET of `path` with `params`."""
        now = self.now()
        base = {"user": user, "now": now}
        try:
            with Session(self.engine) as session:
                if path == "/":
                    context = views.queue_view(session, self.desk(), params, now)
                    return 200, render("queue.html", section="queue", **base, **context)
                if path == "/compliance":
                    context = views.compliance_view(session, self.desk(), self.history, params, now)
                    return 200, render("compliance.html", section="compliance", **base, **context)
                if path == "/search":
                    context = views.search_view(session, params)
                    return 200, render("search.html", section="search", **base, **context)
                if path == "/agents":
                    context = views.agents_view(session, self.desk(), now)
                    return 200, render("agents.html", section="agents", **base, **context)
                number = _ticket_number(path)
                if number is not None:
                    found = views.ticket_view(session, self.desk(), number, now)
                    if found is not None:
                        return 200, render("ticket.html", section="ticket", **base, **found)
                    return self.error(404, f"There is no ticket #{number}.", user)
        except SQLAlchemyError as exc:
            if is_unavailable(exc):
                log.warning("dashboard: database unavailable: %s", exc.__class__.__name__)
                return self.error(503, "The database cannot be reached; try again soon.", user)
            raise
        return self.error(404, "There is no such page.", user)

    def error(self, status: int, message: str, user: str | None = None) -> tuple[int, bytes]:
        """An error page."""
        body = render(
            "error.html",
            section="",
            user=user,
            now=self.now(),
            status=status,
            reason=REASONS.get(status, ""),
            message=message,
        )
        return status, body


def _ticket_number(path: str) -> int | None:
    """The number in "/ticket/<number>", or None for any other path."""
    prefix = "/ticket/"
    if not path.startswith(prefix):
        return None
    digits = path[len(prefix) :]
    if not digits.isascii() or not digits.isdigit() or len(digits) > 12:
        return None
    return int(digits)


class _Handler(BaseHTTPRequestHandler):
    """One request: method check, access check, the page, the security headers."""

    server: "_Server"
    protocol_version = "HTTP/1.1"
    server_version = "supportmail"
    sys_version = ""
    timeout = 30  # a client that sends nothing for this long is dropped (slow-loris)
    # Headers and body leave in two writes; with Nagle's algorithm on, a keep-alive client's
    # delayed ACK held the second back 40 ms on every page after the first (measured).
    disable_nagle_algorithm = True

    def __getattr__(self, name: str) -> Any:
        # BaseHTTPRequestHandler looks for do_<METHOD>: every method but GET and HEAD is 405.
        if name.startswith("do_"):
            return self._not_allowed
        raise AttributeError(name)

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def _not_allowed(self) -> None:
        status, body = self.server.dashboard.error(405, "This dashboard only reads: GET or HEAD.")
        self._send(status, HTML, body, head=False, extra=(("Allow", ALLOWED_METHODS),))

    def _serve(self, head: bool) -> None:
        dashboard = self.server.dashboard
        if len(self.headers.get_all("Host") or []) > 1:
            status, body = dashboard.error(400, "More than one Host header.")
            self._send(status, HTML, body, head)
            return
        headers = {name.lower(): value for name, value in reversed(self.headers.items())}
        verdict = dashboard.access.check(self.client_address[0], headers)
        if not verdict.allowed:
            self._refuse(verdict, head)
            return
        url = urlsplit(self.path)
        if url.path == "/static/style.css":
            self._send(200, "text/css; charset=utf-8", dashboard.stylesheet, head, cache=True)
            return
        try:
            params = parse_qs(url.query, max_num_fields=MAX_FIELDS, errors="replace")
        except ValueError:
            status, body = dashboard.error(400, "Too many query parameters.", verdict.user)
            self._send(status, HTML, body, head)
            return
        try:
            status, body = dashboard.page(url.path, params, verdict.user)
        except Exception:
            log.exception("dashboard: %s failed", url.path)
            status, body = dashboard.error(500, "This page failed; the log says why.")
        self._send(status, HTML, body, head)

    def _refuse(self, verdict: Verdict, head: bool) -> None:
        log.info("dashboard: refused %s: %s", self.client_address[0], verdict.reason)
        status, body = self.server.dashboard.error(verdict.status, verdict.reason)
        extra: tuple[tuple[str, str], ...] = ()
        if verdict.status == 401:
            extra = (("WWW-Authenticate", 'Basic realm="supportmail", charset="UTF-8"'),)
        self._send(status, HTML, body, head, extra=extra)

    def _send(
        self,
        status: int,
        content_type: str,
        body: bytes,
        head: bool,
        cache: bool = False,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.send_response(status, REASONS.get(status))
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=300" if cache else "no-store")
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def end_headers(self) -> None:
        # Here, so that every response has them: the stdlib's own error replies too.
        for name, value in SECURITY_HEADERS:
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("dashboard: %s " + format, self.client_address[0], *args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    dashboard: Dashboard


class WebServer:
    """The dashboard served from a thread: start() binds and serves, stop() ends it."""

    def __init__(
        self,
        config: WebConfig,
        database_url: str,
        desk: Callable[[], Desk],
        now: Callable[[], datetime],
    ) -> None:
        self.config, self.database_url, self.desk, self.now = config, database_url, desk, now
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._primer: threading.Thread | None = None
        self._engine: Engine | None = None

    def start(self) -> None:
        """Open the read-only engine, bind the address and serve in a thread (OSError when
        the address is taken, ConfigError for a bad password file, SchemaError)."""
        access = Access(self.config)
        engine = open_read_only(self.database_url)
        try:
            family = socket.AF_INET6 if ":" in self.config.host else socket.AF_INET
            server_class = type("_BoundServer", (_Server,), {"address_family": family})
            server = server_class((self.config.host, self.config.port), _Handler)
        except BaseException:
            engine.dispose()
            raise
        server.dashboard = Dashboard(engine, self.desk, self.now, access)
        self._engine, self._server = engine, server
        self._primer = threading.Thread(
            target=server.dashboard.prime, name="supportmail-web-prime", daemon=True
        )
        self._primer.start()
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.5}, name="supportmail-web"
        )
        self._thread.daemon = True
        self._thread.start()
        log.info("dashboard: serving on %s", self.url)

    @property
    def port(self) -> int:
        """The port it listens on (the one chosen when the config says 0)."""
        assert self._server is not None
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """Its base URL."""
        host = self.config.host
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.port}/"

    def stop(self) -> None:
        """Stop serving (requests in hand finish on their own threads) and close."""
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
            # The compliance reads hold a connection of the engine disposed below.
            if self._primer is not None:
                self._primer.join(timeout=30)
                self._primer = None
            server.dashboard.history.wait(timeout=30)
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
