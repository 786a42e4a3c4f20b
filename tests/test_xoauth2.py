"""XOAUTH2 against real servers: Dovecot checks the bearer token with a token introspection
endpoint, the SMTP sink records the token it was given."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from supportmail.config import Config, load_config
from supportmail.daemon.once import run_once
from supportmail.errors import LoginError
from supportmail.inbound.imap import ImapMailbox
from supportmail.testbed import SUPPORT_ADDRESS, Sink, Testbed
from supportmail.testbed.oauth import IntrospectionServer
from tests.support.desk import customer_mail, prepared_config
from tests.support.mailbox import Mailbox

pytestmark = [pytest.mark.imap, pytest.mark.smtp]
GOOD = "ya29.good-token"


@pytest.fixture
def introspection(testbed: Testbed) -> Iterator[IntrospectionServer]:
    server = testbed.introspection()
    server.tokens[GOOD] = SUPPORT_ADDRESS
    with server.running():
        yield server


def _xoauth2(tmp_path: Path, testbed: Testbed, db_url: str, smtp: bool = False) -> Config:
    """The test bed's config switched to XOAUTH2 as an operator would: by environment
    overrides of the file's keys, the token in a file another service keeps fresh."""
    source = prepared_config(tmp_path, testbed, db_url).source
    assert source is not None
    token_file = tmp_path / "token"
    environ = {
        "SUPPORTMAIL__IMAP__AUTH": "xoauth2",
        "SUPPORTMAIL__IMAP__OAUTH2__TOKEN_FILE": str(token_file),
    }
    if smtp:
        environ |= {
            "SUPPORTMAIL__SMTP__AUTH": "xoauth2",
            "SUPPORTMAIL__SMTP__USERNAME": SUPPORT_ADDRESS,
            "SUPPORTMAIL__SMTP__OAUTH2__TOKEN_FILE": str(token_file),
        }
    return load_config(source, environ=environ)


def test_imap_logs_in_with_a_valid_token(
    tmp_path: Path, testbed: Testbed, introspection: IntrospectionServer, sqlite_url: str
) -> None:
    """The token from the configured file is what Dovecot checks, and it opens the mailbox."""
    config = _xoauth2(tmp_path, testbed, sqlite_url)
    (tmp_path / "token").write_text(GOOD + "\n", encoding="utf-8")
    imap = ImapMailbox(config.imap)
    imap.connect()
    try:
        assert imap.select("INBOX").uidvalidity > 0
    finally:
        imap.close()
    assert introspection.asked == [GOOD]


def test_imap_refuses_a_bad_token_as_a_login_error(
    tmp_path: Path, testbed: Testbed, introspection: IntrospectionServer, sqlite_url: str
) -> None:
    """A token the provider does not know is a login failure (alerted and retried by the
    daemon), not a crash."""
    config = _xoauth2(tmp_path, testbed, sqlite_url)
    (tmp_path / "token").write_text("expired-token\n", encoding="utf-8")
    imap = ImapMailbox(config.imap)
    with pytest.raises(LoginError):
        imap.connect()
    assert "expired-token" in introspection.asked


def test_run_once_with_xoauth2_on_both_sides(
    tmp_path: Path,
    testbed: Testbed,
    introspection: IntrospectionServer,
    mailbox: Mailbox,
    sink: Sink,
    sqlite_url: str,
) -> None:
    """A whole pass on XOAUTH2: the mail is read over IMAP and acknowledged over SMTP, each
    side logging in as the support address with the token from the file."""
    config = _xoauth2(tmp_path, testbed, sqlite_url, smtp=True)
    (tmp_path / "token").write_text(GOOD, encoding="utf-8")
    mailbox.append(customer_mail("Export fails", "The CSV export fails now and then."))
    report = run_once(config)
    assert [o.disposition.value for o in report.ingest.outcomes] == ["new_ticket"]
    sent = sink.wait_for(2)  # the acknowledgement and the team's notification
    assert {(m.auth_mechanism, m.auth_login, m.auth_token) for m in sent} == {
        ("XOAUTH2", SUPPORT_ADDRESS, GOOD)
    }
    assert GOOD in introspection.asked
