"""a case can be withdrawn (trekt) after the notice: the conclusion kind 'withdrawn'

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 21:30:00

* ``conclusions.kind``: one more value, ``withdrawn`` (the case was taken off the agenda after the
  notice had gone, and keeps its number). The column is as long as it was; only its CHECK
  constraint (``ck_conclusions_kind``) names the new value. Every row already there keeps its kind.

PostgreSQL drops and adds the constraint in place. SQLite cannot change a CHECK constraint in place: the table goes through batch copy-and-move,
with the search index's triggers on conclusions dropped and made again around it (as 0005 did
for agenda_items). The downgrade refuses a file that holds a withdrawn conclusion (its kind has
no place in 0005) rather than lose it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_OLD_KINDS = ("consensus", "consensus_with_protocol", "vote", "no_consensus", "deferred", "noted")
_NEW_KINDS = (*_OLD_KINDS, "withdrawn")


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


def _kind(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name="kind", native_enum=False, create_constraint=True, length=23)


def _change_kinds(old: tuple[str, ...], new: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name != "sqlite":  # PostgreSQL changes the CHECK constraint in place
        op.drop_constraint(op.f("ck_conclusions_kind"), "conclusions", type_="check")
        values = ", ".join(f"'{v}'" for v in new)
        op.create_check_constraint(op.f("ck_conclusions_kind"), "conclusions", f"kind IN ({values})")
        return
    triggers = _search_triggers()
    for name in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("conclusions", schema=None, recreate="always") as batch_op:
        batch_op.alter_column(
            "kind", existing_type=_kind(old), type_=_kind(new), existing_nullable=False
        )
    for sql in triggers.values():
        op.execute(sql)


def upgrade() -> None:
    _change_kinds(_OLD_KINDS, _NEW_KINDS)


def downgrade() -> None:
    held = op.get_bind().execute(sa.text("SELECT count(*) FROM conclusions WHERE kind = 'withdrawn'")).scalar()
    if held:
        raise RuntimeError(f"{held} withdrawn conclusion(s): revision 0005 has no place for them")
    _change_kinds(_NEW_KINDS, _OLD_KINDS)
