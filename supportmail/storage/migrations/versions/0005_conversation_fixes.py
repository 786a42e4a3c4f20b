"""an index on ticket.created_at for the loop breakers (spam, chases, bounces need no columns)

The loop breakers count the tickets opened in the last minutes by a sender's domain: an index
on ticket.created_at keeps that a short range scan however many tickets there are. Spam, chases
and bounces need no new columns (an inbound disposition, an event kind, an outbox state).

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_ticket_created_at", "ticket", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_ticket_created_at", table_name="ticket")
