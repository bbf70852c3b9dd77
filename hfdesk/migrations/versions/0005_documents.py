"""what real notices and minutes need: archive reference, calendar sequence, case number pattern, justering

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 18:00:00

* ``meetings.archive_reference``: the archive's reference of the meeting's documents ("Vår ref."
  on the notice), empty for the rows already there.
* ``meetings.calendar_sequence``: the calendar invitation's SEQUENCE, raised when the time or the
  place changes so a re-sent invitation moves the entry; 0 for the rows already there.
* ``bodies.case_number_pattern``: how a body writes its case numbers ("N/YY", "YYYY/N", "NN-YY");
  "N/YY" for the bodies already there, which is how every number was written before.
* ``bodies.minutes_signatories``: how many named signatories approve the body's minutes
  (justering); 0 (approval in a meeting or by circulation) for the bodies already there.
* ``bodies.leader_sides_differ``, ``shared_deputies``, ``deputy_same_side``,
  ``matching_representation``: body-level composition rules (hfdesk.services.composition);
  off for the bodies already there except ``deputy_same_side`` (on: a deputy stands in only for a
  member of the same side).
* ``composition_rules.position`` (a position the member's title must contain; empty for the rules
  already there) and ``composition_rules.outside_caps`` (the seats a rule counts are left out of
  the other rules' maximum; off for the rules already there).
* ``minutes_signatures``: the signatories named for a meeting's minutes and when they signed.
* ``agenda_items.approves_meeting_id``: the meeting whose minutes an approval item approves.
  Filled in for the approval items already there: the meeting approved in that item if one was
  (``meetings.approved_in_item_id``), else the body's previous held meeting before the item's.

Plain ADD COLUMN for the new columns with defaults; the agenda items' new foreign key and the
bodies' new CHECK go through batch copy-and-move (SQLite), with the search index's triggers on
agenda_items dropped and made again around it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


# The bodies' composition flags and their values for the bodies already there: every new rule
# off, except that a deputy stands in only for a member of the same side (issue 18, point 6).
_BODY_RULE_FLAGS = (
    ("leader_sides_differ", sa.false()),
    ("shared_deputies", sa.false()),
    ("deputy_same_side", sa.true()),
    ("matching_representation", sa.false()),
)


def _search_triggers() -> dict[str, str]:
    """The search index's triggers, as revision 0002 defines them (one source for their SQL).
    SQLite's only: PostgreSQL alters tables in place and keeps its triggers (none to drop)."""
    if op.get_bind().dialect.name != "sqlite":
        return {}
    path = Path(__file__).with_name("0002_case_search.py")
    spec = importlib.util.spec_from_file_location("hfdesk_migration_0002", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.TRIGGERS)


def upgrade() -> None:
    triggers = _search_triggers()
    for name in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")

    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("archive_reference", sa.String(length=100), server_default="", nullable=False))
        batch_op.add_column(sa.Column("calendar_sequence", sa.Integer(), server_default="0", nullable=False))
        batch_op.create_check_constraint(
            batch_op.f("ck_meetings_calendar_sequence_not_negative"), "calendar_sequence >= 0"
        )
    with op.batch_alter_table("bodies", schema=None) as batch_op:
        batch_op.add_column(sa.Column("case_number_pattern", sa.String(length=20), server_default="N/YY", nullable=False))
        batch_op.add_column(sa.Column("minutes_signatories", sa.Integer(), server_default="0", nullable=False))
        batch_op.create_check_constraint(
            batch_op.f("ck_bodies_signatories_range"), "minutes_signatories BETWEEN 0 AND 5"
        )
        for name, default in _BODY_RULE_FLAGS:
            batch_op.add_column(sa.Column(name, sa.Boolean(), server_default=default, nullable=False))
    with op.batch_alter_table("composition_rules", schema=None) as batch_op:
        batch_op.add_column(sa.Column("position", sa.String(length=120), server_default="", nullable=False))
        batch_op.add_column(sa.Column("outside_caps", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_table(
        "minutes_signatures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.CheckConstraint("position > 0", name=op.f("ck_minutes_signatures_position_positive")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_minutes_signatures_meeting_id_meetings"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_minutes_signatures_person_id_people"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_signatures")),
        sa.UniqueConstraint("meeting_id", "person_id", name=op.f("uq_minutes_signatures_meeting_id_person_id")),
    )
    with op.batch_alter_table("minutes_signatures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_minutes_signatures_meeting_id"), ["meeting_id"], unique=False)

    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approves_meeting_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_agenda_items_approves_meeting_id_meetings"), "meetings", ["approves_meeting_id"], ["id"],
            ondelete="SET NULL", use_alter=True,
        )
    # The approval items already there: the meeting approved in them, else the previous held one.
    op.execute(
        "UPDATE agenda_items SET approves_meeting_id = "
        "(SELECT m.id FROM meetings AS m WHERE m.approved_in_item_id = agenda_items.id ORDER BY m.starts_at DESC LIMIT 1) "
        "WHERE standard = 'approve_minutes' AND meeting_id IS NOT NULL"
    )
    op.execute(
        "UPDATE agenda_items SET approves_meeting_id = "
        "(SELECT prev.id FROM meetings AS prev, meetings AS own "
        " WHERE own.id = agenda_items.meeting_id AND prev.body_id = own.body_id "
        " AND prev.starts_at < own.starts_at AND prev.status IN ('held', 'minutes_approved') "
        " ORDER BY prev.starts_at DESC, prev.id DESC LIMIT 1) "
        "WHERE standard = 'approve_minutes' AND meeting_id IS NOT NULL AND approves_meeting_id IS NULL"
    )

    for sql in triggers.values():
        op.execute(sql)


def downgrade() -> None:
    triggers = _search_triggers()
    for name in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_agenda_items_approves_meeting_id_meetings"), type_="foreignkey")
        batch_op.drop_column("approves_meeting_id")
    with op.batch_alter_table("minutes_signatures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_signatures_meeting_id"))
    op.drop_table("minutes_signatures")
    with op.batch_alter_table("composition_rules", schema=None) as batch_op:
        batch_op.drop_column("outside_caps")
        batch_op.drop_column("position")
    with op.batch_alter_table("bodies", schema=None) as batch_op:
        for name, _default in reversed(_BODY_RULE_FLAGS):
            batch_op.drop_column(name)
        batch_op.drop_constraint(batch_op.f("ck_bodies_signatories_range"), type_="check")
        batch_op.drop_column("minutes_signatories")
        batch_op.drop_column("case_number_pattern")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_meetings_calendar_sequence_not_negative"), type_="check")
        batch_op.drop_column("calendar_sequence")
        batch_op.drop_column("archive_reference")
    for sql in triggers.values():
        op.execute(sql)
