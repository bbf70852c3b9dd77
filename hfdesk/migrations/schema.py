"""What each schema revision looks like inside the file, so a file can be checked against it.

`schema_of(connection)` describes a file's tables (their columns, in order), indexes (their
table and columns), triggers and views (their SQL, white space folded), without reading a
row. `schemas.json` beside this module holds that description for every revision, made by
running the migrations on an empty file (`python scripts/make_schema_snapshot.py`;
tests/test_schema_check.py fails until it is run after a migration is added or changed).
Opening a file compares the two (hfdesk.db): anything more, less or other is refused.

Left out: SQLite's own bookkeeping (``sqlite_sequence``, ``sqlite_stat*``, and the
``sqlite_autoindex_*`` indexes, which are compared as part of their table) and the shadow
tables SQLite keeps for the full-text index (``case_search_*``), whose columns depend on the
SQLite version that made them, not on hfdesk. Triggers on them are still compared, like
every trigger; a trigger or view named ``sqlite_*`` (only writable_schema can make one) is
unknown like any other.

Table SQL is not compared as text: the files of earlier releases were written by other
SQLAlchemy versions, which may lay out the same CREATE TABLE differently. What in a table can
change or delete rows by itself (a foreign key's ON DELETE, an ON CONFLICT clause, a UNIQUE
constraint) is compared instead.
"""

from __future__ import annotations

import json
import sqlite3
from functools import lru_cache
from pathlib import Path

from . import SEARCH_TABLE

SNAPSHOT = Path(__file__).with_name("schemas.json")

Schema = dict[str, object]


def _folded(sql: str | None) -> str:
    return " ".join((sql or "").split())


# SQLite's own bookkeeping, which it makes and names itself; everything else named
# "sqlite_..." (a trigger or view renamed through writable_schema) is compared like any other.
_SQLITE_OWN = ("sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4")


def _is_sqlite_own(kind: str, name: str) -> bool:
    return (kind == "table" and name in _SQLITE_OWN) or (kind == "index" and name.startswith("sqlite_autoindex_"))


def schema_of(con: sqlite3.Connection) -> Schema:
    """The file's schema objects, keyed "<type> <name>" (names are the file's, never trusted
    in SQL: they are passed as parameters). A table is its columns (name, type, not null,
    default, primary key, hidden), its foreign keys with their actions, its indexes (SQLite's
    own for UNIQUE and PRIMARY KEY included) and whether it says ON CONFLICT anywhere: what
    can change or delete rows without a statement of ours. An index is its table and columns;
    a trigger or view its SQL."""
    found: Schema = {}
    rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    for kind, name, table, sql in rows:
        if _is_sqlite_own(kind, name):
            continue
        if kind == "table":
            if name.startswith(SEARCH_TABLE + "_"):
                continue
            if _folded(sql).upper().startswith("CREATE VIRTUAL TABLE"):
                value: object = _folded(sql)
            else:
                value = _table(con, name, sql)
        elif kind == "index":
            columns = [r[0] for r in con.execute("SELECT name FROM pragma_index_info(?) ORDER BY seqno", (name,))]
            value = [table, columns]
        else:  # trigger, view
            value = _folded(sql)
        found[f"{kind} {name}"] = value
    return found


def _table(con: sqlite3.Connection, name: str, sql: str | None) -> dict[str, object]:
    columns = [list(r) for r in con.execute(
        'SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid', (name,))]
    keys = sorted(list(r) for r in con.execute(
        'SELECT "table", "from", "to", on_update, on_delete, "match" FROM pragma_foreign_key_list(?)', (name,)))
    indexes = []
    for index, unique, origin, partial in con.execute(
            'SELECT name, "unique", origin, partial FROM pragma_index_list(?)', (name,)).fetchall():
        cols = [r[0] for r in con.execute("SELECT name FROM pragma_index_info(?) ORDER BY seqno", (index,))]
        indexes.append([cols, unique, origin, partial])
    return {
        "columns": columns,
        "foreign_keys": keys,
        "indexes": sorted(indexes, key=repr),
        "on_conflict": "ON CONFLICT" in _folded(sql).upper(),
    }


@lru_cache(maxsize=1)
def _snapshots() -> dict[str, Schema]:
    return json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def expected_schema(revision: str) -> Schema | None:
    """The schema the migrations make for `revision`; None for a revision not in the snapshot."""
    return _snapshots().get(revision)


def schema_differences(expected: Schema | None, found: Schema) -> list[str]:
    """What is more, less or other in `found` than in `expected`, one short Norwegian phrase each."""
    if expected is None:
        return []
    words = {"table": "tabell", "index": "indeks", "trigger": "trigger", "view": "visning"}

    def said(key: str) -> str:
        kind, _, name = key.partition(" ")
        return f"{words.get(kind, kind)} «{name}»"

    order = {"table": 0, "view": 1, "trigger": 2, "index": 3}

    def ordered(keys) -> list[str]:  # type: ignore[no-untyped-def]
        return sorted(keys, key=lambda key: (order.get(key.partition(" ")[0], 9), key))

    out = [f"ukjent {said(key)}" for key in ordered(k for k in found if k not in expected)]
    out += [f"mangler {said(key)}" for key in ordered(k for k in expected if k not in found)]
    out += [f"endret {said(key)}" for key in ordered(k for k in expected if k in found and found[k] != expected[k])]
    return out
