"""who changed what: the change log of meetings, their agenda and the register

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 00:40:00

* ``change_log``: a new table, one row per changed object (`hfdesk.models.history.ChangeLog`):
  when (UTC), who (the database role, or the operating-system account on SQLite), insert /
  update / delete / import / create, the table and the row's id and uuid, the meeting (id and
  uuid) and body it belongs to, a label, and the names of the changed fields (values only for
  fields that hold no personal data).

Only a new table: nothing existing is copied, so the search index's triggers are untouched,
and the same operations run on PostgreSQL. The rows already in the file have no history
before this revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_ACTIONS = ("insert", "update", "delete", "import", "create")


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column(
            "action",
            sa.Enum(*_ACTIONS, name="action", native_enum=False, create_constraint=True, length=6),
            nullable=False,
        ),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("entity_uuid", sa.String(length=36), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("meeting_uuid", sa.String(length=36), nullable=True),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["body_id"], ["bodies.id"], name=op.f("fk_change_log_body_id_bodies"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_change_log_meeting_id_meetings"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
        sa.UniqueConstraint("uuid", name=op.f("uq_change_log_uuid")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_entity_uuid"), ["entity_uuid"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_meeting_uuid"), ["meeting_uuid"], unique=False)


def downgrade() -> None:
    op.drop_table("change_log")
