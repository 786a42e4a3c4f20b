"""Who may read the dashboard: loopback clients, HTTP Basic users of the password file, and
users a trusted reverse proxy names; and the Host check that keeps DNS rebinding out.

Loopback is trusted by default (the dashboard shows what `supportmail tickets` shows to anyone
on the machine). A page on another site can make a browser on this machine send requests to
127.0.0.1 under a name it controls (DNS rebinding), so requests let in as loopback must also
name the dashboard by a loopback name or a configured server name. The password file holds
`name:password` lines (blank lines and `#` comments ignored); every entry is compared in
constant time, so neither a name nor a password leaks through timing. A reverse proxy's user
header is believed only from the proxy's own address, and from that address it is required:
with a proxy on this machine every remote user arrives as loopback.
"""

import base64
import binascii
import hmac
import ipaddress
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from supportmail.config.sections import WebConfig
from supportmail.errors import ConfigError

log = logging.getLogger(__name__)

LOOPBACK_NAMES = frozenset({"localhost"})


@dataclass(frozen=True)
class Verdict:
    """Whether a request may be served: its HTTP status when not, and who it is."""

    allowed: bool
    status: int = 200  # 401: credentials wanted; 403: refused; 421: wrong Host
    user: str | None = None
    reason: str = ""


def read_password_file(path: Path) -> list[tuple[bytes, bytes]]:
    """The (name, password) entries of a password file; ConfigError when it cannot be used."""
    key = "web.password_file"
    try:
        text = path.read_text(encoding="utf-8")
        mode = path.stat().st_mode
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{key}: cannot read {path}: {exc}"]) from None
    if mode & 0o077:
        log.warning("%s: %s is readable by others than its owner (chmod 600 it)", key, path)
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, sep, password = line.partition(":")
        if not sep or not name.strip() or not password:
            raise ConfigError([f"{key}: {path} line {number}: expected name:password"])
        entries.append((name.strip().encode("utf-8"), password.encode("utf-8")))
    if not entries:
        raise ConfigError([f"{key}: {path} holds no name:password line"])
    return entries


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def host_name(header: str | None) -> str:
    """The name in a Host header, port and IPv6 brackets removed, lower case."""
    host = (header or "").strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else ""
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Access:
    """The dashboard's access rules for one configuration."""

    def __init__(self, config: WebConfig) -> None:
        self.config = config
        self.users = (
            read_password_file(config.password_file) if config.password_file is not None else []
        )
        self.proxy = None if config.trusted_proxy is None else _address(config.trusted_proxy)
        names = {n.lower() for n in config.server_names} | LOOPBACK_NAMES
        self.names = frozenset(names | {config.host.lower()})

    def check(self, peer: str, headers: Mapping[str, str]) -> Verdict:
        """The verdict on a request from `peer` (an IP address) with these headers (names in
        lower case)."""
        address = _address(peer)
        if address is not None and self.proxy is not None and address == self.proxy:
            user = (headers.get(self.config.proxy_header.lower()) or "").strip()
            if not user:
                return Verdict(False, 403, reason=f"the proxy sent no {self.config.proxy_header}")
            return Verdict(True, user=user)
        if address is not None and address.is_loopback:
            if not self._loopback_host(headers.get("host")):
                return Verdict(False, 421, reason="not a name of this dashboard")
            return Verdict(True, user=None)
        if not self.users:
            return Verdict(False, 403, reason="only loopback clients may read this dashboard")
        named = self._basic_user(headers.get("authorization"))
        if named is None:
            return Verdict(False, 401, reason="credentials wanted")
        return Verdict(True, user=named)

    def _loopback_host(self, header: str | None) -> bool:
        name = host_name(header)
        if name in self.names:
            return True
        address = _address(name)
        return address is not None and address.is_loopback

    def _basic_user(self, header: str | None) -> str | None:
        """The user named by valid Basic credentials, else None; every entry is compared."""
        scheme, _, encoded = (header or "").strip().partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True)
        except (binascii.Error, ValueError):
            return None
        name, sep, password = decoded.partition(b":")
        if not sep:
            return None
        found = None
        for entry_name, entry_password in self.users:
            # Both compared always (no short-circuit): the time says nothing about which failed.
            same_name = hmac.compare_digest(name, entry_name)
            same_password = hmac.compare_digest(password, entry_password)
            if same_name & same_password:
                found = entry_name
        return None if found is None else found.decode("utf-8", "replace")
