"""Alembic migrations, shipped inside the package and applied when a file is opened."""

from __future__ import annotations

# The newest revision in versions/. Kept here so that opening an up-to-date file
# needs no Alembic import; tests/test_db.py checks it against Alembic's own head.
HEAD_REVISION = "0010"

# The full-text index of the cases (revision 0002): an FTS5 virtual table kept in step
# with agenda_items and conclusions by triggers. It and the shadow tables SQLite keeps
# for it (case_search_data, _idx, _content, _docsize, _config) are not in the ORM models.
SEARCH_TABLE = "case_search"


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's filter: leave the search index out of autogenerate's comparison.

    Used by env.py and by the test that checks `upgrade head` gives exactly the models.
    """
    if type_ == "table" and name is not None:
        return not (name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_"))
    return True
