"""IMAP over TLS against the test bed's Dovecot: verified by default, refused when untrusted."""

import dataclasses
from pathlib import Path

import pytest

from supportmail.config import ImapConfig, load_config
from supportmail.errors import PermanentError
from supportmail.inbound.imap import ImapMailbox
from supportmail.testbed import Testbed
from tests.support.desk import write_config

pytestmark = pytest.mark.imap


def _imap(testbed: Testbed, tmp_path: Path, **changes: object) -> ImapConfig:
    config = load_config(write_config(tmp_path, testbed, f"sqlite:///{tmp_path}/x.sqlite3"))
    return dataclasses.replace(config.imap, **changes)  # type: ignore[arg-type]


def _login(config: ImapConfig) -> int:
    imap = ImapMailbox(config)
    imap.connect()
    try:
        return imap.select("INBOX").uidvalidity
    finally:
        imap.close()


def test_implicit_tls_with_trusted_ca(testbed: Testbed, tmp_path: Path) -> None:
    """Implicit TLS (imaps) with the certificate's CA trusted logs in and selects INBOX."""
    config = _imap(
        testbed, tmp_path, tls="implicit", port=testbed.imaps_port, ca_file=testbed.ca_file
    )
    assert _login(config) > 0


def test_starttls_with_trusted_ca(testbed: Testbed, tmp_path: Path) -> None:
    """STARTTLS on the plain port upgrades the connection before LOGIN."""
    config = _imap(testbed, tmp_path, tls="starttls", ca_file=testbed.ca_file)
    assert _login(config) > 0


@pytest.mark.parametrize("mode", ["implicit", "starttls"])
def test_untrusted_certificate_is_refused(testbed: Testbed, tmp_path: Path, mode: str) -> None:
    """Without the test CA the certificate is not trusted: a permanent error, no login."""
    port = testbed.imaps_port if mode == "implicit" else testbed.imap_port
    config = _imap(testbed, tmp_path, tls=mode, port=port, ca_file=None)
    with pytest.raises(PermanentError, match="certificate"):
        _login(config)
