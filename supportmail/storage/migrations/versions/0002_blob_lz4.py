"""blob data compressed with lz4 on PostgreSQL

PostgreSQL compresses large bytea values with pglz by default, which made writing stored mail
three times slower than with lz4 (123 MB of raw mail and attachments: 1.8 s against 0.6 s, at
about the same size). lz4 needs PostgreSQL 14 or later built with it (Debian's is); where the
server refuses, pglz stays. Values already stored keep their compression. SQLite: nothing.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():
            bind.execute(text("ALTER TABLE blob ALTER COLUMN data SET COMPRESSION lz4"))
    except DBAPIError:
        pass  # PostgreSQL before 14, or built without lz4: keep pglz


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.execute(text("ALTER TABLE blob ALTER COLUMN data SET COMPRESSION DEFAULT"))
