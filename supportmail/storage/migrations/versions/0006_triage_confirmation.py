"""whether a ticket's priority was confirmed by a person, and the signals

Triage decides on named signals (issue 17). A ticket now keeps the signals its decision used
(`priority_signals`, the names as `triage --json` and the team's notification give them), whether
the evidence was weak so the team was asked to confirm the priority (`priority_asked`), and who
confirmed or set it with `#priority` (`priority_confirmed_by`; NULL: nobody yet). Existing
tickets get no signals, were never asked, and nobody confirmed them.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "ticket", sa.Column("priority_signals", sa.Text(), nullable=False, server_default="")
    )
    op.add_column(
        "ticket",
        sa.Column("priority_asked", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "ticket", sa.Column("priority_confirmed_by", sa.String(length=320), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("ticket") as batch_op:
        batch_op.drop_column("priority_confirmed_by")
        batch_op.drop_column("priority_asked")
        batch_op.drop_column("priority_signals")
