"""indexes for the dashboard's queue, overdue filter and agents page

The queue lists waiting tickets by due time and the agents page counts open tickets per
assignee and priority; with 100,000 tickets both were scans and sorts of the whole table.
`(status, response_due)` serves the waiting part of the queue and the overdue filter;
`(status, assignee, priority, response_due)` answers the agents page from the index alone.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_ticket_status_response_due", "ticket", ["status", "response_due"])
    op.create_index(
        "ix_ticket_status_assignee_priority_due",
        "ticket",
        ["status", "assignee", "priority", "response_due"],
    )


def downgrade() -> None:
    op.drop_index("ix_ticket_status_assignee_priority_due", table_name="ticket")
    op.drop_index("ix_ticket_status_response_due", table_name="ticket")
