"""time told: whether a cramp's time was told, or is the moment its message was written

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 06:30:00.000000

`cramps.time_told`: false for a cramp logged from a message that named no time (its
`occurred_at` is then when the message was written); true when the message, a button or a
typed answer gave the time. Rows logged before it are taken as told: nothing says otherwise.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cramps", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("time_told", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("cramps", schema=None) as batch_op:
        batch_op.drop_column("time_told")
