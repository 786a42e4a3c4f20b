"""Shared fixtures: the real loopback test bed (Dovecot + SMTP sink) and throwaway databases.

Fixtures
    testbed   (session)  the running test bed; started here when needed, stopped only if so
                         (under pytest-xdist: each worker's own bed, started and stopped here)
    mailbox   (function) a clean support@houseware.io account (tests/support/mailbox.Mailbox)
    sink      (function) an emptied SMTP sink (supportmail.testbed.Sink)
    pg_url    (function) a fresh PostgreSQL database, dropped afterwards
    sqlite_url (function) a SQLite file in tmp_path
    db_url    (function) parametrised over "sqlite" and "postgres" (a module may override it)
    engine    (function) an engine on `db_url`, migrated to the newest schema, disposed after
    desk_extra (function) TOML added to `desked`'s config ("" here; a module may override it)
    desked    (function) a desk on its own SQLite database (tests/support/desk.Desked)
    recorder  (function) a fresh recording SMTP handler (tests/support/smtp.Recorder)

Helpers that are not fixtures live in tests/support/; test modules never import one another.

Where a server is missing the tests that need it are skipped, except with CI=true where they
fail: CI must never pass by skipping.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from supportmail.storage.database import make_engine, upgrade
from supportmail.testbed import Sink, Testbed, TestbedError
from tests.support.daemon import DaemonProcess
from tests.support.desk import Desked, open_desked
from tests.support.mailbox import Mailbox
from tests.support.servers import new_pg_database, unavailable
from tests.support.smtp import Recorder
from tests.support.workerbed import start_worker_testbed, worker_testbed, xdist_worker


@pytest.fixture(scope="session")
def testbed() -> Iterator[Testbed]:
    """The loopback test bed; started once per session if needed and stopped only if so.

    Under pytest-xdist each worker starts a bed of its own and stops it at its end
    (tests/support/workerbed.py), pointing SUPPORTMAIL_TESTBED_* at it for subprocesses.
    """
    worker = xdist_worker()
    if worker is not None:
        try:
            own = start_worker_testbed(worker)
        except TestbedError as exc:
            unavailable(f"test bed of worker {worker} unavailable: {exc}")
        with worker_testbed(own) as started_bed:
            yield started_bed
        return
    bed = Testbed.from_env()
    try:
        # No apt-get from inside pytest: scripts/test and scripts/testbed install Dovecot.
        started = bed.start(say=lambda _text: None, install=False)
    except TestbedError as exc:
        unavailable(f"test bed unavailable: {exc}")
    yield bed
    if started:
        bed.stop()


@pytest.fixture
def mailbox(testbed: Testbed) -> Mailbox:
    """A support@houseware.io account holding only an empty INBOX."""
    box = Mailbox(testbed)
    box.reset()
    return box


@pytest.fixture
def sink(testbed: Testbed) -> Sink:
    """The test bed's SMTP sink with nothing recorded yet."""
    reader = testbed.sink()
    reader.clear()
    return reader


@pytest.fixture
def pg_url() -> Iterator[str]:
    """SQLAlchemy URL of a new, empty PostgreSQL database, dropped after the test."""
    with new_pg_database() as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """SQLAlchemy URL of a SQLite file in the test's tmp_path."""
    return f"sqlite:///{tmp_path / 'supportmail.sqlite3'}"


@pytest.fixture(
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
    ids=["sqlite", "postgres"],
)
def db_url(request: pytest.FixtureRequest) -> str:
    """The same test on SQLite and on PostgreSQL."""
    fixture = {"sqlite": "sqlite_url", "postgres": "pg_url"}[request.param]
    return str(request.getfixturevalue(fixture))


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on `db_url`, migrated to the newest schema; disposed after the test."""
    made = make_engine(db_url)
    upgrade(made)
    yield made
    made.dispose()


@pytest.fixture
def desk_extra() -> str:
    """TOML appended to `desked`'s config: none unless a test module overrides this."""
    return ""


@pytest.fixture
def desked(tmp_path: Path, desk_extra: str) -> Iterator[Desked]:
    """A fresh desk on SQLite in tmp_path, fed through process_batch as ingest would."""
    with open_desked(tmp_path, desk_extra) as desk:
        yield desk


@pytest.fixture
def recorder() -> Recorder:
    """A fresh recording SMTP handler."""
    return Recorder()


@pytest.fixture
def daemons() -> Iterator[list[DaemonProcess]]:
    """A list the test adds its daemons to; any still running are killed afterwards."""
    started: list[DaemonProcess] = []
    yield started
    for daemon in started:
        daemon.kill()
