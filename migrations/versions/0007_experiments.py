"""experiments: the personal stretch experiment (/experiment), one open experiment a user

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 10:00:00.000000

Another branch may add a migration after 0006 too: at a merge, renumber this file's
`revision` / `down_revision` (here only; the tests find this revision by its docstring).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.db.types

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = "status IN ('running', 'stopped')"


def upgrade() -> None:
    op.create_table(
        "experiments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("test", sa.String(length=16), nullable=False),
        sa.Column("first_condition", sa.String(length=8), nullable=False),
        sa.Column("first_night", sa.Date(), nullable=False),
        sa.Column("pauses", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("week", sa.Integer(), nullable=False),
        sa.Column("told", sa.Integer(), nullable=False),
        sa.Column("made_reminder_id", sa.Integer(), nullable=True),
        sa.Column("paused_before", sa.JSON(), nullable=False),
        sa.Column("checkin_turned_on", sa.Boolean(), nullable=False),
        sa.Column("created_at", bot.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("stopped_at", bot.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("ended_at", bot.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_experiments_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_experiments")),
    )
    with op.batch_alter_table("experiments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_experiments_user_id"), ["user_id"], unique=False)
        batch_op.create_index(
            "uq_experiments_open", ["user_id"], unique=True,
            sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN),
        )


def downgrade() -> None:
    with op.batch_alter_table("experiments", schema=None) as batch_op:
        batch_op.drop_index("uq_experiments_open")
        batch_op.drop_index(batch_op.f("ix_experiments_user_id"))
    op.drop_table("experiments")
