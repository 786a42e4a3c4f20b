"""One ticket read straight through the database driver, for quick read-only commands (`sla`).

Importing SQLModel and SQLAlchemy costs ~300 ms, ten times the work of `supportmail sla N`. For
the common URLs (a SQLite file; a PostgreSQL URL without driver options) this module reads the
ticket with `sqlite3` or `psycopg` directly: the same schema check as every command (the
database must exist and be at this version's schema), the same values as the ORM gives (times
aware in UTC, booleans as bools; a test compares every column on both databases). Any other URL
returns `UNSUPPORTED` and the caller takes the ORM path.
"""

import sqlite3
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final
from urllib.parse import unquote

from supportmail.errors import SchemaError, TransientError
from supportmail.storage import revisions


@dataclass(frozen=True)
class TicketRow:
    """The columns of `ticket` that say how its due times and ladder stand."""

    number: int
    priority: str
    priority_rule: str
    status: str
    received_at: datetime
    first_response_due: datetime
    first_response_at: datetime | None
    clock_started_at: datetime
    clock_number: int
    response_due: datetime | None
    closed_at: datetime | None
    acked_by: str | None
    escalation_level: int
    warned: bool


class Unsupported:
    """The URL is not one this module reads: use the ORM."""


UNSUPPORTED: Final = Unsupported()
_COLUMNS = tuple(f.name for f in fields(TicketRow))
_TIMES = frozenset(f.name for f in fields(TicketRow) if "datetime" in str(f.type))
_QUERY = f"SELECT {', '.join(_COLUMNS)} FROM ticket WHERE number = "  # noqa: S608 (our own column names) + the driver's marker


def read_ticket(url: str, number: int) -> TicketRow | Unsupported | None:
    """Ticket `number` (None when there is none), or UNSUPPORTED for a URL left to the ORM.
    SchemaError when the database is missing or not at this version's schema."""
    if url.startswith("sqlite:///") and "?" not in url:
        return _read_sqlite(url.removeprefix("sqlite:///"), number)
    scheme, _, rest = url.partition("://")
    if scheme in ("postgresql", "postgresql+psycopg") and "?" not in rest:
        return _read_postgres(f"postgresql://{rest}", number)
    return UNSUPPORTED


def _read_sqlite(path_text: str, number: int) -> TicketRow | Unsupported | None:
    if path_text in ("", ":memory:"):
        return UNSUPPORTED
    path = Path(unquote(path_text))
    if not path.exists():
        raise SchemaError(
            f"no database at {path}: run `supportmail db upgrade -c <config>` to create it"
        )
    try:
        # Read-only: a quick command never writes, and never creates a file.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        raise TransientError(f"database unreachable: {exc}") from exc
    try:
        return _read_one(conn, _SQLITE_HAS_VERSIONS, "?", number)
    except sqlite3.Error as exc:
        raise TransientError(f"database unreachable: {exc}") from exc
    finally:
        conn.close()


def _read_postgres(conninfo: str, number: int) -> TicketRow | None:
    import psycopg  # only here: SQLite users never pay for it

    try:
        with psycopg.connect(conninfo, connect_timeout=10) as conn:
            conn.read_only = True
            return _read_one(conn, _POSTGRES_HAS_VERSIONS, "%s", number)
    except psycopg.Error as exc:
        raise TransientError(f"database unreachable: {exc.__class__.__name__}: {exc}") from exc


_SQLITE_HAS_VERSIONS = (
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
)
_POSTGRES_HAS_VERSIONS = "SELECT to_regclass('alembic_version')"


def _read_one(conn: Any, has_versions: str, marker: str, number: int) -> TicketRow | None:
    """The schema check, then the row, on a DB-API connection (sqlite3 or psycopg): `marker`
    is the driver's parameter mark. The version table's absence means no schema."""
    flag = conn.execute(has_versions).fetchone()
    current = None
    if flag is not None and flag[0] is not None:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        current = row[0] if row else None
    error = revisions.schema_error(current)
    if error is not None:
        raise error
    found = conn.execute(_QUERY + marker, (number,)).fetchone()
    return None if found is None else _ticket(found)


def _ticket(row: tuple[Any, ...]) -> TicketRow:
    values = dict(zip(_COLUMNS, row, strict=True))
    for name in _TIMES:
        values[name] = _utc(values[name])
    values["warned"] = bool(values["warned"])
    return TicketRow(**values)


def _utc(value: object) -> datetime | None:
    """A stored timestamp (naive UTC: SQLite gives text, PostgreSQL a datetime) made aware."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC)
