"""The systemd notify protocol (sd_notify) over $NOTIFY_SOCKET: READY, WATCHDOG, STOPPING.

A few lines instead of a dependency: one datagram per message to the socket systemd names. Outside
systemd (no $NOTIFY_SOCKET) every call does nothing.
"""

import contextlib
import os
import socket


def notify(*fields: str) -> bool:
    """Send "KEY=value" fields (e.g. "READY=1", "STATUS=...") to systemd; True when sent."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address or not fields:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]  # an abstract socket
    with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.connect(address)
        sock.sendall("\n".join(fields).encode("utf-8"))
        return True
    return False


def watchdog_interval() -> float | None:
    """Seconds between WATCHDOG=1 pings (half of $WATCHDOG_USEC), or None when not asked for."""
    usec = os.environ.get("WATCHDOG_USEC", "")
    pid = os.environ.get("WATCHDOG_PID", "")
    if not usec.isdigit() or int(usec) == 0:
        return None
    if pid and pid != str(os.getpid()):
        return None  # the variable was meant for another process (we were started by it)
    return int(usec) / 2_000_000
