"""who holds an outbox row, and whether that process is still alive

Every sending process registers itself in `instance` (host, pid, a random start token in its
id) and refreshes `heartbeat_at` while it runs; an outbox row it claims records the claimer in
`outbox.claimed_by`. A row claimed by an instance that is gone (its pid dead on this host, or
no heartbeat for a minute from another host) is taken back at once instead of after its lease.
Existing rows were claimed by nobody known.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import supportmail.storage.tables

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "instance",
        sa.Column("id", sa.String(length=120), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", supportmail.storage.tables.UTCDateTime(), nullable=False),
        sa.Column("heartbeat_at", supportmail.storage.tables.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.add_column("outbox", sa.Column("claimed_by", sa.String(length=120), nullable=True))
    op.create_index("ix_outbox_claimed_by", "outbox", ["claimed_by"])


def downgrade() -> None:
    op.drop_index("ix_outbox_claimed_by", table_name="outbox")
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.drop_column("claimed_by")
    op.drop_table("instance")
