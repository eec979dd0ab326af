"""the outage gate of the reminder dispatcher: when a Telegram outage began, probes so far

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 18:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.db.types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("send_gates", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("since", bot.db.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("probes", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("send_gates", schema=None) as batch_op:
        batch_op.drop_column("probes")
        batch_op.drop_column("since")
