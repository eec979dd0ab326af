"""active days: the check-in's question whether the day before a night was more active than usual

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 21:00:00.000000

`nights.active` (None: not asked or not answered) and the user's opt-in,
`users.checkin_asks_active`.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# `users` is never rebuilt on SQLite (recreate="never": ALTER TABLE ADD / DROP COLUMN, SQLite
# 3.35 or later): with foreign keys on, dropping the old table of a rebuild would cascade to
# every row that names a user.


def upgrade() -> None:
    with op.batch_alter_table("nights", schema=None) as batch_op:
        batch_op.add_column(sa.Column("active", sa.Boolean(), nullable=True))
    with op.batch_alter_table("users", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column(
                "checkin_asks_active", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("checkin_asks_active")
    with op.batch_alter_table("nights", schema=None) as batch_op:
        batch_op.drop_column("active")
