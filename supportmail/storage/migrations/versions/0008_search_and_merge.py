"""full-text search of subjects and messages; which ticket a merged ticket went into

Search (issue 13.3): every ticket subject and every ticket message is indexed by the database
itself, so each path that writes them (the per-message path, the batch fast path's executemany,
PostgreSQL's binary COPY) indexes them in its own transaction without knowing it.

- SQLite: two FTS5 tables over the rows (external content: the text is not stored twice),
  `ticket_search(subject)` and `message_search(text)`, kept in step by AFTER INSERT / UPDATE /
  DELETE triggers, and filled here from the rows already stored.
- PostgreSQL: a stored generated `search_vector` tsvector column on `ticket` and
  `ticket_message` with a GIN index; computed for the existing rows when the column is added.

Both read the first 100,000 characters of a text (a tsvector holds at most 1 MB; a pasted log
must not fail its message's insert), split words at punctuation, fold case, keep diacritics,
and neither stems nor drops stop words: a query finds the same tickets on either database.
These objects are not declared in tables.py (SQLModel cannot declare either kind);
`supportmail.storage.search.SEARCH_OBJECTS` names them for schema comparisons. A later migration
that recreates `ticket` or `ticket_message` on SQLite (alembic batch mode) drops the triggers
and must create them again.

Merge (issue 13.4): `ticket.merged_into_id`, the surviving ticket of a merged one (NULL for
every ticket never merged). A plain integer, no foreign key: SQLite cannot drop a column that
has one (downgrade), nor add one without copying the table; only `tickets.merge` writes it, with
the id of a ticket it has just locked, and tickets are never deleted.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (index table, indexed table, column)
_INDEXED = (("ticket_search", "ticket", "subject"), ("message_search", "ticket_message", "text"))
# How much of a text is indexed: a tsvector is limited to 1 MB.
_LIMIT = 100_000


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.add_column("ticket", sa.Column("merged_into_id", sa.Integer(), nullable=True))
        for index, table, column in _INDEXED:
            _sqlite_index(index, table, column)
        return
    op.add_column("ticket", sa.Column("merged_into_id", sa.Integer(), nullable=True))
    for _index, table, column in _INDEXED:
        # Punctuation becomes a space before PostgreSQL's parser sees the text: the parser keeps
        # addresses, hosts and hyphenated words whole, FTS5 splits them; this way both split.
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
            f"(to_tsvector('simple'::regconfig, regexp_replace(left({column}, {_LIMIT}), "
            "'[[:punct:]]+', ' ', 'g'))) STORED"
        )
        op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING gin (search_vector)")


def _sqlite_index(index: str, table: str, column: str) -> None:
    """An FTS5 table over `table.column`, its triggers, and the rows already there."""
    # Only this module's fixed names and numbers are formatted into these statements.
    op.execute(
        f"CREATE VIRTUAL TABLE {index} USING fts5({column}, content='{table}', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
    )
    into = f"INSERT INTO {index}"
    insert = f"{into}(rowid, {column}) VALUES (new.id, substr(new.{column}, 1, {_LIMIT}));"
    delete = (
        f"{into}({index}, rowid, {column}) "
        f"VALUES ('delete', old.id, substr(old.{column}, 1, {_LIMIT}));"
    )
    op.execute(f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN {delete} END")
    op.execute(
        f"CREATE TRIGGER {index}_update AFTER UPDATE OF {column} ON {table} "
        f"BEGIN {delete} {insert} END"
    )
    existing = f"SELECT id, substr({column}, 1, {_LIMIT}) FROM {table}"  # noqa: S608
    op.execute(f"{into}(rowid, {column}) {existing}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for index, _table, _column in _INDEXED:
            for action in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {index}_{action}")
            op.execute(f"DROP TABLE IF EXISTS {index}")
        op.execute("ALTER TABLE ticket DROP COLUMN merged_into_id")
        return
    for _index, table, _column in _INDEXED:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
        op.execute(f"ALTER TABLE {table} DROP COLUMN search_vector")
    op.drop_column("ticket", "merged_into_id")
