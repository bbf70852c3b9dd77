"""in the room: the speakers list, each item's actual time, and the body's choice to print them

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 00:40:00

* ``speaker_entries`` (new): who asked for the floor at an item, in which order, a reply
  (replikk) under the speaker it answers (``parent_id``), and when each spoke.
* ``item_timings`` (new): the time an item was actually treated (first start, last end, and the
  seconds it was the current item in all).
* ``bodies.minutes_list_speakers`` and ``bodies.minutes_item_times`` (new, false): the minutes
  say who spoke at each item and when it was treated.

Only new tables and plain added columns with a server default: no table is copied (the search
index's triggers on agenda_items and conclusions are untouched), and the same ops run on
PostgreSQL. Every row already there stays as it was.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "speaker_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_items.id"], name=op.f("fk_speaker_entries_item_id_agenda_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["speaker_entries.id"], name=op.f("fk_speaker_entries_parent_id_speaker_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_speaker_entries_person_id_people"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_entries")),
    )
    op.create_index(op.f("ix_speaker_entries_item_id"), "speaker_entries", ["item_id"], unique=False)
    op.create_table(
        "item_timings",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("entered_at", sa.DateTime(), nullable=True),
        sa.Column("seconds", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_items.id"], name=op.f("fk_item_timings_item_id_agenda_items"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_item_timings")),
    )
    op.add_column("bodies", sa.Column("minutes_list_speakers", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column("bodies", sa.Column("minutes_item_times", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("bodies", schema=None) as batch_op:
        batch_op.drop_column("minutes_item_times")
        batch_op.drop_column("minutes_list_speakers")
    op.drop_table("item_timings")
    op.drop_index(op.f("ix_speaker_entries_item_id"), table_name="speaker_entries")
    op.drop_table("speaker_entries")
