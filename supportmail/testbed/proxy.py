"""A loopback TCP proxy that can be cut and restored: an outage of one server, local to one
test or chaos run (the shared PostgreSQL, the test bed's IMAP or SMTP keep running for others).

Cutting closes the listener and resets every forwarded connection, as a server that died
would; restoring listens again on the same port.
"""

import contextlib
import random
import socket
import threading
import time

# Below Linux's ephemeral range (32768-60999): a client connecting to a cut proxy can never be
# given its port as a source port (a TCP self-connect), which would keep us from listening again.
_PORTS = range(21000, 32000)


class TcpProxy:
    """Forwards connections on 127.0.0.1:`port` to `target` while up."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = _free_port()
        self._listener: socket.socket | None = None
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()

    @property
    def up(self) -> bool:
        """Whether it listens now."""
        return self._listener is not None

    def start(self) -> None:
        """Listen (again) and forward every connection."""
        if self._listener is not None:
            return
        for _ in range(50):  # a connection of the cut one may linger a moment
            try:
                self._listener = socket.create_server(("127.0.0.1", self.port))
                break
            except OSError:
                time.sleep(0.1)
        else:
            self._listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, args=(self._listener,), daemon=True).start()

    def cut(self) -> None:
        """Stop listening and reset every forwarded connection."""
        listener, self._listener = self._listener, None
        if listener is not None:
            # shutdown wakes the thread blocked in accept(); close alone leaves the socket
            # listening in the kernel until that accept returns.
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        with self._lock:
            for sock in self._open:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self._open.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                if self._listener is not listener:  # cut meanwhile
                    client.close()
                    upstream.close()
                    continue
                self._open.update((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            # Each socket is read by exactly one pipe: that pipe closes it, so no socket of a
            # cut connection stays open on our port.
            with self._lock:
                self._open.discard(source)
            source.close()


def _free_port() -> int:
    """A loopback port below the ephemeral range that nothing listens on."""
    rng = random.Random()
    for _ in range(200):
        port = rng.choice(_PORTS)
        with contextlib.suppress(OSError), socket.create_server(("127.0.0.1", port)):
            return port
    raise OSError("no free loopback port below the ephemeral range")
