"""An OAuth2 token introspection endpoint on loopback, so the test bed's Dovecot accepts XOAUTH2.

Dovecot's oauth2 passdb asks an introspection URL whether a bearer token is valid and whose it
is (RFC 7662: POST token=..., answer {"active": true, "username": ...}). This is that endpoint
for tests: it knows the tokens it is given and nothing else. TEST ONLY.
"""

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

INTROSPECTION_PATH = "/introspect"


class IntrospectionServer:
    """Answers Dovecot's token introspection from `tokens` (token -> user name)."""

    def __init__(self, host: str, port: int) -> None:
        self.tokens: dict[str, str] = {}
        self.asked: list[str] = []  # the tokens Dovecot asked about, in order
        self._http = ThreadingHTTPServer((host, port), self._handler())
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    @contextmanager
    def running(self) -> Iterator["IntrospectionServer"]:
        """Serve for the duration of the block."""
        self._thread.start()
        try:
            yield self
        finally:
            self._http.shutdown()
            self._http.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                form = parse_qs(self.rfile.read(length).decode("utf-8", "replace"))
                token = (form.get("token") or [""])[0]
                server.asked.append(token)
                user = server.tokens.get(token) if self.path == INTROSPECTION_PATH else None
                answer = {"active": True, "username": user} if user else {"active": False}
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet: the tests read `asked`

        return Handler
