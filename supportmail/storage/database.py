"""The database engine and sessions, and the schema's migrations (Alembic) run from code.

SQLite gets WAL, synchronous=FULL and foreign keys on every connection: a commit is on disk
before we move a message on the server. PostgreSQL is used as it comes, by URL.
On both, every text parameter of every statement goes through `core.cleantext.clean_text` on its
way out (the boundary where text is stored): a surrogate-escaped byte or a NUL from a hostile
mail would otherwise make the driver refuse the statement, and cost the customer their ticket.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import (
    DBAPIError,
    DisconnectionError,
    InterfaceError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlmodel import Session, create_engine

import supportmail.storage.tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from supportmail.core.cleantext import clean_value, is_clean
from supportmail.errors import SchemaError, TransientError
from supportmail.storage import revisions

if TYPE_CHECKING:  # alembic is imported where the schema is read or changed, not by every command
    from alembic.config import Config as AlembicConfig


def missing_sqlite_file(url: str) -> Path | None:
    """The file a SQLite `url` names when it does not exist yet (connecting would create it
    empty), else None (it exists, is in memory, or the database is not SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    if str(parsed.query.get("mode", "")) == "memory" or parsed.database.startswith("file:"):
        return None
    path = Path(parsed.database)
    return None if path.exists() else path


def open_database(url: str) -> Engine:
    """An engine on the existing database at `url`, at the newest schema; SchemaError (saying
    what to run) otherwise. A SQLite file that does not exist is not created: only
    `db upgrade` makes a database, so no other command leaves an empty file behind."""
    missing = missing_sqlite_file(url)
    if missing is not None:
        raise SchemaError(
            f"no database at {missing}: run `supportmail db upgrade -c <config>` to create it"
        )
    engine = make_engine(url)
    try:
        require_current_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def make_engine(url: str, echo: bool = False) -> Engine:
    """An engine for `url`, with SQLite made durable and safe for our use."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url, echo=echo, connect_args={"check_same_thread": False, "timeout": 30}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, echo=echo, pool_pre_ping=True)
    event.listen(engine, "before_cursor_execute", _clean_parameters, retval=True)
    return engine


def _clean_parameters(
    _conn: Any,
    _cursor: Any,
    statement: str,
    parameters: Any,
    _context: Any,
    executemany: bool,
) -> tuple[str, Any]:
    """The statement with its text parameters made storable (see the module docstring)."""
    # executemany: a list of rows, except that SQLAlchemy's "insertmanyvalues" passes one flat
    # set of parameters per batch (a mapping, or a tuple of plain values) with the same flag.
    if (
        executemany
        and isinstance(parameters, (list, tuple))
        and parameters
        and isinstance(parameters[0], (dict, list, tuple))
    ):
        return statement, [_cleaned(one) for one in parameters]
    return statement, _cleaned(parameters)


def _cleaned(parameters: Any) -> Any:
    """One statement's parameters (a mapping or a sequence), cleaned; the same object when
    nothing needs it, so the common case costs one scan and no copy."""
    if isinstance(parameters, dict):
        if all(not isinstance(v, str) or is_clean(v) for v in parameters.values()):
            return parameters
        return {key: clean_value(value) for key, value in parameters.items()}
    if isinstance(parameters, (list, tuple)):
        if all(not isinstance(v, str) or is_clean(v) for v in parameters):
            return parameters
        return type(parameters)(clean_value(value) for value in parameters)
    return parameters


def is_unavailable(exc: BaseException) -> bool:
    """Whether `exc` says the database cannot be used right now (down, unreachable, restarting,
    disk full, locked, connection lost): a transient condition to wait out with backoff, not
    a fault of the work that met it. Looks through the causes: a stage may have wrapped the
    driver's error in a TransientError of its own."""
    seen: BaseException | None = exc
    for _ in range(10):  # a cause chain is short; never loop on a cycle
        if seen is None:
            return False
        if isinstance(seen, (OperationalError, InterfaceError, DisconnectionError, PoolTimeout)):
            return True
        if isinstance(seen, DBAPIError) and seen.connection_invalidated:
            return True
        seen = seen.__cause__
    return False


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling breaks SAVEPOINT (one per message inside a batch):
    # turn it off and emit BEGIN ourselves, IMMEDIATE so two writers queue instead of deadlocking.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


READ_ONLY = "supportmail_read_only"  # execution option: the session only reads (`read_session`)


def _sqlite_begin(connection: Any) -> None:
    # A reader begins deferred: in WAL it reads a snapshot beside the writer and never queues
    # for the write lock. Anything that may write keeps IMMEDIATE (a deferred transaction that
    # upgrades to a writer gets SQLITE_BUSY at once instead of waiting its turn).
    if connection.get_execution_options().get(READ_ONLY):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits when the block ends and rolls back when it raises."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A session for reads only: on SQLite it does not take the write lock, so it never waits
    behind a writer's transaction (nor makes one wait). Never write in it."""
    # Closing (not rolling back) ends the transaction and keeps what was read usable.
    with Session(engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False) as session:
        yield session


def _alembic_config(engine: Engine) -> "AlembicConfig":
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option(
        "script_location", str(resources.files("supportmail.storage") / "migrations")
    )
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine | None = None) -> str:
    """The newest schema revision this version of supportmail knows (see `revisions`)."""
    del engine  # the answer depends on the installed migrations only
    return revisions.head_revision()


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at, or None when it has no schema.

    One plain query of Alembic's own `alembic_version` table (what Alembic's MigrationContext
    reads), so that a read-only command does not import Alembic."""
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError as exc:
        raise TransientError(f"database unreachable: {exc.__class__.__name__}: {exc}") from exc
    if len(rows) > 1:
        raise SchemaError(f"the database is at several schema heads: {sorted(r[0] for r in rows)}")
    return str(rows[0][0]) if rows else None


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Create or update the schema to `revision` (the newest); return (before, after)."""
    from alembic import command

    before = current_revision(engine)
    command.upgrade(_alembic_config(engine), revision)
    return before, current_revision(engine)


def require_current_schema(engine: Engine) -> None:
    """Raise SchemaError, saying what to run, unless the schema is at the newest revision."""
    error = revisions.schema_error(current_revision(engine))
    if error is not None:
        raise error
