"""Reaching the servers tests need (PostgreSQL on loopback), and skipping (or, under CI=true,
failing) a test whose server is missing: CI must never pass by skipping."""

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import psycopg
import pytest
from psycopg import sql

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
