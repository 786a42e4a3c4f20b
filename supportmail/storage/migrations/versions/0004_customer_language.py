"""each ticket's language and time zone for customer mail

The language the customer is answered in (a template language code) and the zone their times
are shown in (an IANA name or "UTC+01:00"); NULL for tickets from before, which keep the
support defaults (English, UTC), as their mail said until now.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.add_column(sa.Column("language", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("timezone", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.drop_column("timezone")
        batch.drop_column("language")
