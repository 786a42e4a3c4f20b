"""the ladder step as real columns (clock, level) under the unique constraint

A warning or escalation mail goes out once per ticket, response clock and level. The clock used to
be folded into the level (level = 10 x clock + level), so a ladder of ten levels would have
collided with the next clock's. Now `outbox.clock` holds the ticket's response clock and `level`
the level alone, and the once-per-ticket index covers (ticket_id, kind, clock, level). Existing
warning and escalation rows are split back into the two numbers; other rows get clock 0.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ONCE_KINDS = "kind IN ('ack', 'escalation', 'warning', 'page')"


def _create_once_index(columns: list[str]) -> None:
    op.create_index(
        "uq_outbox_once_per_ticket",
        "outbox",
        columns,
        unique=True,
        sqlite_where=sa.text(_ONCE_KINDS),
        postgresql_where=sa.text(_ONCE_KINDS),
    )


def upgrade() -> None:
    # The old index goes first: splitting the numbers must not collide with it half-way.
    op.drop_index("uq_outbox_once_per_ticket", table_name="outbox")
    op.add_column("outbox", sa.Column("clock", sa.Integer(), nullable=False, server_default="0"))
    # Integer division and remainder on both SQLite and PostgreSQL (both columns are integers);
    # SET reads the row's old values on both, so `level` is split before it is overwritten.
    op.execute(
        "UPDATE outbox SET clock = level / 10, level = level % 10 "
        "WHERE kind IN ('warning', 'escalation') AND level >= 10"
    )
    _create_once_index(["ticket_id", "kind", "clock", "level"])


def downgrade() -> None:
    op.drop_index("uq_outbox_once_per_ticket", table_name="outbox")
    op.execute(
        "UPDATE outbox SET level = clock * 10 + level "
        "WHERE kind IN ('warning', 'escalation') AND clock > 0"
    )
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.drop_column("clock")
    _create_once_index(["ticket_id", "kind", "level"])
