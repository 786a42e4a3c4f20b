"""indexes for search's newest-first walk: ticket (updated_at, id) and the merged tickets

A word found in thousands of tickets is answered by walking the tickets newest activity first
and keeping those that hold it, until a page is full (storage/search.py): `(updated_at, id)`
gives that order without sorting the table. The merged tickets (a few) are found through a
partial index on `merged_into_id`, so their subjects can be matched to their survivors without
reading every ticket. Plain indexes: on SQLite neither recreates the table, so the FTS5
triggers of migration 0008 stay as they are. Not declared in tables.py: they belong to the
search (`storage.search.SEARCH_INDEXES`), like migration 0008's.

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MERGED = sa.text("merged_into_id IS NOT NULL")


def upgrade() -> None:
    op.create_index("ix_ticket_updated_at_id", "ticket", ["updated_at", "id"])
    op.create_index(
        "ix_ticket_merged_into_id",
        "ticket",
        ["merged_into_id"],
        sqlite_where=_MERGED,
        postgresql_where=_MERGED,
    )


def downgrade() -> None:
    op.drop_index("ix_ticket_merged_into_id", table_name="ticket")
    op.drop_index("ix_ticket_updated_at_id", table_name="ticket")
