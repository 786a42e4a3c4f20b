"""Shared fixtures: the real loopback test bed (Dovecot + SMTP sink) and throwaway databases.

Fixtures
    testbed   (session)  the running test bed; started here when needed, stopped only if so
    mailbox   (function) a clean support@houseware.io account (tests/testbed_helpers.Mailbox)
    sink      (function) an emptied SMTP sink (supportmail.testbed.Sink)
    pg_url    (function) a fresh PostgreSQL database, dropped afterwards
    sqlite_url (function) a SQLite file in tmp_path
    db_url    (function) parametrised over "sqlite" and "postgres"

Where a server is missing the tests that need it are skipped, except with CI=true where they
fail: CI must never pass by skipping.
"""

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import psycopg
import pytest
from psycopg import sql

from supportmail.testbed import Sink, Testbed, TestbedError
from tests.testbed_helpers import Mailbox

PG_HOST = "127.0.0.1"
PG_PORT = 5432
PG_ADMIN_CONNINFO = f"host={PG_HOST} port={PG_PORT} user=postgres dbname=postgres connect_timeout=5"


def in_ci() -> bool:
    """True when the environment says CI=true (then missing servers fail instead of skip)."""
    return os.environ.get("CI", "").strip().lower() == "true"


def unavailable(reason: str) -> NoReturn:
    """Skip the test for a missing server, or fail it under CI."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: a missing server is a failure, not a skip)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def testbed() -> Iterator[Testbed]:
    """The loopback test bed; started once per session if needed and stopped only if so."""
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


@contextmanager
def new_pg_database() -> Iterator[str]:
    """A new, empty PostgreSQL database's SQLAlchemy URL; dropped at the end of the block."""
    name = f"supportmail_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(PG_ADMIN_CONNINFO, autocommit=True)
    except psycopg.OperationalError as exc:
        unavailable(f"PostgreSQL not reachable at {PG_HOST}:{PG_PORT}: {exc}".strip())
    with admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            yield f"postgresql+psycopg://postgres@{PG_HOST}:{PG_PORT}/{name}"
        finally:
            # FORCE ends sessions a test left open (an engine not disposed), or DROP would fail.
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


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
