"""outgoing mail and message texts compressed with lz4 on PostgreSQL

Revision 0002 did this for stored mail (`blob.data`). The outbox's bytes (`outbox.raw`: every
acknowledgement and notification, the customer's files included, stored before the first
attempt) and long message texts (`ticket_message.text`) were still compressed with pglz: on
2,000 mails (74.6 MB sent), pglz cost the server ~1.8 s of CPU per 60 MB written against ~0.2 s
for lz4, on a machine whose two cores the ingest, the sending and the sink share. lz4 needs
PostgreSQL 14 or later built with it (Debian's is); where the server refuses, pglz stays.
Values already stored keep their compression. SQLite: nothing.

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (("outbox", "raw"), ("ticket_message", "text"))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, column in _COLUMNS:
        try:
            with bind.begin_nested():
                bind.execute(text(f"ALTER TABLE {table} ALTER COLUMN {column} SET COMPRESSION lz4"))
        except DBAPIError:
            return  # PostgreSQL before 14, or built without lz4: keep pglz


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table, column in _COLUMNS:
            bind.execute(text(f"ALTER TABLE {table} ALTER COLUMN {column} SET COMPRESSION DEFAULT"))
