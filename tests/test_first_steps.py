"""A stranger's first steps need no guessing: what each command says when something is wrong."""

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from supportmail.core.types import Disposition
from supportmail.testbed import Testbed, TestbedSettings
from tests.support.desk import REPO, customer_mail, open_desked, write_config

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def supportmail(
    *args: str, stdin: bytes = b"", env: dict[str, str] | None = None, cwd: Path = REPO
) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m supportmail ARGS` to completion."""
    return subprocess.run(
        [sys.executable, "-m", "supportmail", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"", "empty input"),
        (bytes(range(256)) * 8, "binary data"),
        (b"just a line of text\nand another\n", "no mail headers"),
    ],
    ids=["empty", "binary", "no-headers"],
)
def test_triage_of_what_is_no_mail_says_so_and_exits_1(content: bytes, why: str) -> None:
    """`triage` of empty input, binary junk or headerless text names the problem on stderr
    and exits 1, printing no priority."""
    done = supportmail("triage", "-", stdin=content)
    assert done.returncode == 1
    assert done.stdout == b""
    assert b"not a mail message: " + why.encode() in done.stderr


def test_triage_of_a_mail_still_answers() -> None:
    """A real mail still gets its priority and exit 0."""
    raw = customer_mail("Production is down", "Nobody can log in since 9:00.")
    done = supportmail("triage", "-", stdin=raw)
    assert done.returncode == 0, done.stderr
    assert b" by rule " in done.stdout


def test_example_config_copied_elsewhere_works_with_secrets_from_the_environment(
    tmp_path: Path,
) -> None:
    """config.example.toml copied to another folder: its relative secret files are looked up
    beside the copy and the error says so; with SUPPORTMAIL__IMAP__PASSWORD and the reply-token
    key in the environment, check-config passes."""
    copy = tmp_path / "etc" / "supportmail.toml"
    copy.parent.mkdir()
    shutil.copy(REPO / "config.example.toml", copy)
    done = supportmail("check-config", "-c", str(copy), cwd=tmp_path)
    assert done.returncode == 2
    err = done.stderr.decode()
    assert f"cannot read {copy.parent}/examples/secrets/imap-password.txt" in err
    assert "relative path is read from the config file's folder" in err
    assert "SUPPORTMAIL__IMAP__PASSWORD" in err
    secrets = {
        "SUPPORTMAIL__IMAP__PASSWORD": "s3cret",
        "SUPPORTMAIL__SUPPORT__REPLY_TOKEN_KEY": "ab" * 32,
    }
    done = supportmail("check-config", "-c", str(copy), env=secrets, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert b"s3cret" not in done.stdout + done.stderr


def test_a_config_missing_whole_tables_names_them_without_internal_placeholders(
    tmp_path: Path,
) -> None:
    """A config without [smtp] and [support] says each is required, and no internal object's
    repr (`<object object at ...>`) reaches the message."""
    config = tmp_path / "c.toml"
    config.write_text('[imap]\nhost = "127.0.0.1"\nusername = "s@example.com"\n')
    done = supportmail("check-config", "-c", str(config))
    assert done.returncode == 2
    err = done.stderr.decode()
    assert "smtp: is required" in err and "support: is required" in err
    assert "object at 0x" not in err
    assert "expected a table" not in err


def test_read_only_commands_leave_no_database_behind(tmp_path: Path) -> None:
    """`tickets`, `show`, `sla` and `report` before `db upgrade` say what to run (exit 2) and
    create no database file."""
    unused = Testbed(TestbedSettings(tmp_path / "unused"))  # only for the config's ports
    database = tmp_path / "never.sqlite3"
    config = write_config(tmp_path, unused, f"sqlite:///{database}")
    for command in (["tickets"], ["show", "1001"], ["sla", "1001"], ["report"]):
        done = supportmail(*command, "-c", str(config))
        assert done.returncode == 2, (command, done.stderr)
        assert b"db upgrade" in done.stderr
        assert not database.exists(), command


@pytest.mark.imap
def test_run_once_with_a_refused_login_fails_for_good(tmp_path: Path, testbed: Testbed) -> None:
    """A wrong IMAP password is permanent for `run --once`: exit 1 (not 75, which cron would
    retry for ever) and one clear line."""
    config = write_config(tmp_path, testbed, f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    assert supportmail("db", "upgrade", "-c", str(config)).returncode == 0
    done = supportmail(
        "run", "--once", "-c", str(config), env={"SUPPORTMAIL__IMAP__PASSWORD": "wrong"}
    )
    assert done.returncode == 1, done.stderr
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1
    assert "login refused" in lines[0] and "retrying will not help" in lines[0]


def test_demo_without_its_extra_says_what_to_install() -> None:
    """Without aiosmtpd, `supportmail demo` says in one line which extra to install."""
    code = (
        "import sys; sys.modules['aiosmtpd'] = None; "
        "from supportmail.cli.main import main; sys.exit(main(['demo']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=60, check=False, cwd=REPO
    )
    assert done.returncode == 1
    assert done.stderr.decode().strip().splitlines() == [
        "supportmail demo needs its SMTP sink, aiosmtpd: pip install 'supportmail[demo]'"
    ]


def test_unverified_staff_mail_is_counted_as_what_it_was_taken_for(tmp_path: Path) -> None:
    """Mail from a staff address that cannot be verified is recorded with the disposition
    `unverified_staff` (what metrics and the log count), never as an agent's reply."""
    with open_desked(tmp_path) as desked:
        desked.receive(customer_mail("Question", "How do I?", sender="anna@acme.example"), T0)
        forged = customer_mail(
            "Re: [#1001] Question", "#close\n\nDone.", sender="agent@houseware.io"
        )
        (outcome,) = desked.receive(forged, T0)
        assert outcome.disposition is Disposition.UNVERIFIED_STAFF
        assert len(desked.events("unverified_staff_mail")) == 1
        assert desked.ticket(1001).status != "closed"
