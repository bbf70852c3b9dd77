"""The register's tables as Core objects, for the reads on the way to a usable window.

A statement on the models' attributes (``Body.name``) makes SQLAlchemy configure every mapper
first: about 50 ms, once per start, which the first page's reads would otherwise spend before
the window is usable. The register's first reads (bodies, composition, members, rules) use
these tables' columns instead (the same columns, types and SQL); the window configures the
mappers when it is idle after its first paint (`hfdesk.db.configure_models`), and any ORM use
before that configures them itself.
"""

from __future__ import annotations

from sqlalchemy import Table

from .register import Area, Body, CompositionRule, Membership, Organisation, Person


def _table(model: type) -> Table:
    table = getattr(model, "__table__")
    assert isinstance(table, Table)
    return table


AREAS = _table(Area)
BODIES = _table(Body)
COMPOSITION_RULES = _table(CompositionRule)
MEMBERSHIPS = _table(Membership)
ORGANISATIONS = _table(Organisation)
PEOPLE = _table(Person)
