"""database identity: the file's own id, so its backups can be told from another file's

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 13:00:00

One row, made here with a random id: for a new file when it is made, for a file of an
earlier release when it is upgraded (its backup taken before the upgrade has no id; such
backups are matched by their file name alone). Backups copy the row, so `hfdesk.backup`
offers and restores only backups whose id is the database's own.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "database_identity",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_database_identity")),
    )
    op.bulk_insert(table, [{"id": uuid.uuid4().hex, "created_at": datetime.now()}])


def downgrade() -> None:
    op.drop_table("database_identity")
