"""a meeting taken along to a laptop: meeting_checkouts (shared side) and meeting_copy_origin (the copy)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 00:30:00

Two new tables (`hfdesk.models.checkouts`), nothing else changes: every row already there stays.
Plain ``op.create_table`` with named constraints, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_checkouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("holder_host", sa.String(length=200), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("token", sa.String(length=36), nullable=False),
        sa.Column("taken_over_from", sa.String(length=200), nullable=True),
        sa.Column("taken_over_from_host", sa.String(length=200), nullable=True),
        sa.Column("taken_over_reason", sa.Text(), nullable=True),
        sa.Column("taken_over_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_meeting_checkouts_meeting_id_meetings"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_checkouts")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_meeting_checkouts_meeting_id")),
    )
    op.create_table(
        "meeting_copy_origin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("shared_database_id", sa.String(length=32), nullable=False),
        sa.Column("shared_location", sa.Text(), nullable=False),
        sa.Column("token", sa.String(length=36), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("holder_host", sa.String(length=200), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_meeting_copy_origin_meeting_id_meetings"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_copy_origin")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_meeting_copy_origin_meeting_id")),
    )


def downgrade() -> None:
    op.drop_table("meeting_copy_origin")
    op.drop_table("meeting_checkouts")
