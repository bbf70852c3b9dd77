"""colleagues do not overwrite each other: a version, who changed it and when, on every row two people edit

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 00:30:00

On each of the tables below three columns (hfdesk.models.base.Versioned):

* ``version``: counted up by SQLAlchemy on every change (``version_id_col``); a save based on an
  older version is refused as "changed by a colleague" (hfdesk.services.versions). Every row already
  there starts at 1.
* ``changed_by``: who last changed the row (the operating-system account on SQLite, the database
  role on PostgreSQL); empty for rows from before this revision.
* ``changed_at``: when; empty for rows from before this revision.

Plain ``add_column`` with a server default: no table is copied, so the search index's triggers on
agenda_items and conclusions (revision 0002) stay as they are, and the same steps run on PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = (
    "organisations",
    "people",
    "bodies",
    "composition_rules",
    "memberships",
    "meetings",
    "cases",
    "agenda_items",
    "attendances",
    "proposals",
    "conclusions",
    "protocol_entries",
    "follow_ups",
)


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        op.add_column(table, sa.Column("changed_by", sa.String(100), server_default="", nullable=False))
        op.add_column(table, sa.Column("changed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    # DROP COLUMN needs no copy either (SQLite 3.35+): the columns hold no constraint or index.
    for table in reversed(TABLES):
        for column in ("changed_at", "changed_by", "version"):
            op.drop_column(table, column)
