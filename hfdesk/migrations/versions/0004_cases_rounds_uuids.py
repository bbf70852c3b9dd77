"""cases and their treatments, vote rounds, proposals' fate, a stable uuid on every object of the record

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-14 10:00:00

* ``cases``: a case exists once and is treated in one or more meetings and bodies; an
  agenda item is one treatment (``agenda_items.case_id``, not null). Every existing item
  gets a case of its own, with the item's id, title and creation time.
* ``vote_rounds``: an item's vote can have several rounds (amendments, alternative
  proposals). ``votes.round_id`` (not null) names the round; one vote per person per
  round (the unique key moves from (conclusion_id, person_id) to (round_id, person_id)).
  Every existing conclusion with votes or an outcome (``adopted`` not null) gets one round,
  with the conclusion's id, at position 1, with its voted proposal and outcome; its votes
  are that round's.
* ``proposals.fate``: pending, adopted, fell or withdrawn. From the existing conclusions:
  the proposal voted on is adopted or fell by the outcome; the agenda's proposal of an
  item concluded by consensus (with or without protocol entries) is adopted; any other
  proposal is pending.
* ``uuid`` (unique, not null) on meetings, agenda items, proposals, attendances,
  conclusions, protocol entries, votes, follow-ups, and the new tables: a uuid4 for every
  existing row.

Every existing row keeps every value it had. The tables that change are copied and
moved (SQLite's batch mode); hfdesk/migrations/env.py runs this with foreign keys off,
so dropping the old tables cascades nothing. SQLite drops a table's triggers with it:
the search index's triggers (revision 0002) are dropped first and made again last,
exactly as 0002 made them; the index's rows stay as they were (no searched text changes).
"""

from __future__ import annotations

import importlib.util
import uuid
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The tables whose rows get a uuid here (the new tables are made with one).
UUID_TABLES = (
    "meetings",
    "agenda_items",
    "proposals",
    "attendances",
    "conclusions",
    "protocol_entries",
    "votes",
    "follow_ups",
)

FATES = ("pending", "adopted", "fell", "withdrawn")


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


def _fill_uuids(table: str) -> None:
    bind = op.get_bind()
    ids = [row[0] for row in bind.execute(sa.text(f'SELECT id FROM "{table}" ORDER BY id'))]
    if ids:
        bind.execute(
            sa.text(f'UPDATE "{table}" SET uuid = :uuid WHERE id = :id'),
            [{"uuid": str(uuid.uuid4()), "id": row_id} for row_id in ids],
        )


def upgrade() -> None:
    triggers = _search_triggers()
    for name in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_cases_title_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("uuid", name=op.f("uq_cases_uuid")),
    )
    op.create_table(
        "vote_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("conclusion_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=True),
        sa.Column("adopted", sa.Boolean(), nullable=True),
        sa.CheckConstraint("position > 0", name=op.f("ck_vote_rounds_position_positive")),
        sa.ForeignKeyConstraint(
            ["conclusion_id"], ["conclusions.id"], name=op.f("fk_vote_rounds_conclusion_id_conclusions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposals.id"], name=op.f("fk_vote_rounds_proposal_id_proposals"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_rounds")),
        sa.UniqueConstraint("uuid", name=op.f("uq_vote_rounds_uuid")),
    )
    with op.batch_alter_table("vote_rounds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_rounds_conclusion_id"), ["conclusion_id"], unique=False)

    # The new columns, empty for now (plain ALTER TABLE ADD COLUMN: no copy yet).
    for table in UUID_TABLES:
        op.add_column(table, sa.Column("uuid", sa.String(length=36), nullable=True))
    op.add_column("agenda_items", sa.Column("case_id", sa.Integer(), nullable=True))
    op.add_column("votes", sa.Column("round_id", sa.Integer(), nullable=True))
    op.add_column("proposals", sa.Column("fate", sa.String(length=9), nullable=True))

    # --- the existing rows, filled in ---------------------------------------------------------
    bind = op.get_bind()
    for table in UUID_TABLES:
        _fill_uuids(table)
    # One case per item, with the item's id (so case_id = id), title and creation time.
    items = bind.execute(sa.text("SELECT id, title, created_at FROM agenda_items ORDER BY id")).all()
    if items:
        bind.execute(
            sa.text(
                "INSERT INTO cases (id, uuid, title, reference, created_at) VALUES (:id, :uuid, :title, '', :created_at)"
            ),
            [{"id": i, "uuid": str(uuid.uuid4()), "title": title, "created_at": created} for i, title, created in items],
        )
    op.execute("UPDATE agenda_items SET case_id = id")
    # One round per conclusion that voted (votes, or an outcome), with the conclusion's id.
    voted = bind.execute(
        sa.text(
            "SELECT id, voted_proposal_id, adopted FROM conclusions "
            "WHERE adopted IS NOT NULL OR EXISTS (SELECT 1 FROM votes WHERE votes.conclusion_id = conclusions.id) "
            "ORDER BY id"
        )
    ).all()
    if voted:
        bind.execute(
            sa.text(
                "INSERT INTO vote_rounds (id, uuid, conclusion_id, position, proposal_id, adopted) "
                "VALUES (:id, :uuid, :id, 1, :proposal_id, :adopted)"
            ),
            [{"id": c, "uuid": str(uuid.uuid4()), "proposal_id": p, "adopted": a} for c, p, a in voted],
        )
    op.execute("UPDATE votes SET round_id = conclusion_id")
    # What became of each proposal, from the conclusions.
    op.execute("UPDATE proposals SET fate = 'pending'")
    op.execute(
        "UPDATE proposals SET fate = 'adopted' WHERE from_agenda AND item_id IN "
        "(SELECT item_id FROM conclusions WHERE kind IN ('consensus', 'consensus_with_protocol'))"
    )
    op.execute(
        "UPDATE proposals SET fate = CASE (SELECT c.adopted FROM conclusions AS c "
        "WHERE c.kind = 'vote' AND c.voted_proposal_id = proposals.id) "
        # adopted is 0/1 in SQLite, a boolean on PostgreSQL (which compares it with true only)
        + ("WHEN true " if bind.dialect.name == "postgresql" else "WHEN 1 ")
        + "THEN 'adopted' ELSE 'fell' END "
        "WHERE id IN (SELECT voted_proposal_id FROM conclusions WHERE kind = 'vote' AND adopted IS NOT NULL)"
    )

    # --- the columns made required, the keys added (copy-and-move) ---------------------------------
    for table in UUID_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
            batch_op.create_unique_constraint(batch_op.f(f"uq_{table}_uuid"), ["uuid"])
            if table == "agenda_items":
                batch_op.alter_column("case_id", existing_type=sa.Integer(), nullable=False)
                batch_op.create_foreign_key(
                    batch_op.f("fk_agenda_items_case_id_cases"), "cases", ["case_id"], ["id"], ondelete="RESTRICT"
                )
                batch_op.create_index(batch_op.f("ix_agenda_items_case_id"), ["case_id"], unique=False)
            elif table == "votes":
                batch_op.alter_column("round_id", existing_type=sa.Integer(), nullable=False)
                batch_op.create_foreign_key(
                    batch_op.f("fk_votes_round_id_vote_rounds"), "vote_rounds", ["round_id"], ["id"], ondelete="CASCADE"
                )
                batch_op.create_index(batch_op.f("ix_votes_round_id"), ["round_id"], unique=False)
                batch_op.drop_constraint("uq_votes_conclusion_id_person_id", type_="unique")
                batch_op.create_unique_constraint(batch_op.f("uq_votes_round_id_person_id"), ["round_id", "person_id"])
            elif table == "proposals":
                batch_op.alter_column(
                    "fate",
                    existing_type=sa.String(length=9),
                    type_=sa.Enum(*FATES, name="fate", native_enum=False, create_constraint=True),
                    nullable=False,
                )

    for sql in triggers.values():
        op.execute(sql)


def downgrade() -> None:
    triggers = _search_triggers()
    for name in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    # Only the first round's votes fit the older schema (one vote per person per conclusion).
    op.execute(
        "DELETE FROM votes WHERE round_id NOT IN "
        "(SELECT r.id FROM vote_rounds AS r WHERE r.position = "
        "(SELECT min(o.position) FROM vote_rounds AS o WHERE o.conclusion_id = r.conclusion_id))"
    )
    for table in reversed(UUID_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table == "agenda_items":
                batch_op.drop_index(batch_op.f("ix_agenda_items_case_id"))
                batch_op.drop_constraint(batch_op.f("fk_agenda_items_case_id_cases"), type_="foreignkey")
                batch_op.drop_column("case_id")
            elif table == "votes":
                batch_op.drop_constraint(batch_op.f("uq_votes_round_id_person_id"), type_="unique")
                batch_op.create_unique_constraint(
                    batch_op.f("uq_votes_conclusion_id_person_id"), ["conclusion_id", "person_id"]
                )
                batch_op.drop_index(batch_op.f("ix_votes_round_id"))
                batch_op.drop_constraint(batch_op.f("fk_votes_round_id_vote_rounds"), type_="foreignkey")
                batch_op.drop_column("round_id")
            elif table == "proposals":
                batch_op.drop_constraint(batch_op.f("ck_proposals_fate"), type_="check")
                batch_op.drop_column("fate")
            batch_op.drop_constraint(batch_op.f(f"uq_{table}_uuid"), type_="unique")
            batch_op.drop_column("uuid")
    with op.batch_alter_table("vote_rounds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_rounds_conclusion_id"))
    op.drop_table("vote_rounds")
    op.drop_table("cases")
    for sql in triggers.values():
        op.execute(sql)
