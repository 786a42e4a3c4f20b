"""covering indexes for the dashboard's queue and compliance pages on 100,000 tickets

SQLite measured (bench/dashboard): the queue's answered-and-closed part (newest first) was
found through `(status, assignee, ...)` and then sorted, 40,000 rows for "unassigned,
closed" (~60-150 ms); a deep page of the waiting part read every skipped row from the table;
the overdue count with a priority filter read each open ticket's row; compliance read every
ticket of the range through the created_at index and its row (53 weeks: ~500 ms).

- `ix_ticket_queue_due (status, response_due, number, priority, assignee)` replaces
  `(status, response_due)`: the waiting part in its order (due, number) with every filter in
  the index, so neither a sort nor a table row for a skipped or filtered-out ticket.
- `ix_ticket_queue_newest (created_at, number, status, response_due, priority, assignee)`:
  the rest of the queue read from the newest end with every filter in the index, whatever
  the state (its `status != 'open' OR ...` cannot be one range of a status-first index).
- `ix_ticket_compliance (received_at, priority, status, first_response_at,
  first_response_due)`: compliance per day from the index alone.
Plain indexes: on SQLite none recreates the table (the FTS5 triggers stay as they are).

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_ticket_queue_due",
        "ticket",
        ["status", "response_due", "number", "priority", "assignee"],
    )
    op.drop_index("ix_ticket_status_response_due", table_name="ticket")
    op.create_index(
        "ix_ticket_queue_newest",
        "ticket",
        ["created_at", "number", "status", "response_due", "priority", "assignee"],
    )
    op.create_index(
        "ix_ticket_compliance",
        "ticket",
        ["received_at", "priority", "status", "first_response_at", "first_response_due"],
    )


def downgrade() -> None:
    op.drop_index("ix_ticket_compliance", table_name="ticket")
    op.drop_index("ix_ticket_queue_newest", table_name="ticket")
    op.create_index("ix_ticket_status_response_due", "ticket", ["status", "response_due"])
    op.drop_index("ix_ticket_queue_due", table_name="ticket")
