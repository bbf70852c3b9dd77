"""case search: an FTS5 index of the cases' title, background, proposed decision and decision

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:00:00

`case_search` is an ordinary FTS5 table (it keeps its own copy of the text) whose rowid
is agenda_items.id. Triggers on agenda_items and conclusions keep it in step, so every
write path (services, the demo builder, raw SQL) updates it in the same transaction.

Why not an external-content or contentless table: those must be told the exact old
values to delete an entry, and a wrong guess (the order in which a cascade deletes a
case and its conclusion, say) silently corrupts the index. With the text kept in the
index, a delete is `DELETE ... WHERE rowid = ?` and cannot go wrong; snippet() works
too. The cost is a second copy of the case texts, a few megabytes at most.

The tokenizer is unicode61 with remove_diacritics 0: case is folded (Æ = æ) but æ, ø
and å stay letters of their own ("bra" does not find "brå").

On PostgreSQL (a shared database, issue 22) the same revision makes an ordinary table
``case_search`` (item_id, the four texts, and ``document``: a generated tsvector of them, title
weighing most, GIN-indexed, holding each word twice: stemmed by the ``norwegian`` text search
configuration, and as written, lower case, by ``simple``, so that a prefix typed finds the word
as written, as the file does, and a whole word finds its other forms), kept in step by
two PL/pgSQL triggers doing what the SQLite ones do; its row goes with the case (ON DELETE
CASCADE). PostgreSQL alters tables in place, so its triggers outlive later migrations. It also
makes the ICU collation ``norwegian`` (nb-NO, digits by value) the queries sort names with
(`hfdesk.sorting.sql_key`).

Note for later migrations: SQLite drops a table's triggers with the table, so a batch
(copy-and-move) migration of agenda_items or conclusions must create the triggers
below again (tests/test_search.py checks that an edited title is found).
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_DECISION_OF = "coalesce((SELECT c.decision_text FROM conclusions AS c WHERE c.item_id = {item}), '')"

_INSERT_ITEM = (
    "INSERT INTO case_search (rowid, title, background, proposed_decision, decision) "
    "VALUES (new.id, new.title, new.background, new.proposed_decision, " + _DECISION_OF.format(item="new.id") + ");"
)

TRIGGERS = {
    "case_search_item_insert": f"""
        CREATE TRIGGER case_search_item_insert AFTER INSERT ON agenda_items BEGIN
            {_INSERT_ITEM}
        END""",
    "case_search_item_update": f"""
        CREATE TRIGGER case_search_item_update
        AFTER UPDATE OF title, background, proposed_decision ON agenda_items BEGIN
            DELETE FROM case_search WHERE rowid = old.id;
            {_INSERT_ITEM}
        END""",
    "case_search_item_delete": """
        CREATE TRIGGER case_search_item_delete AFTER DELETE ON agenda_items BEGIN
            DELETE FROM case_search WHERE rowid = old.id;
        END""",
    "case_search_conclusion_insert": """
        CREATE TRIGGER case_search_conclusion_insert AFTER INSERT ON conclusions BEGIN
            UPDATE case_search SET decision = new.decision_text WHERE rowid = new.item_id;
        END""",
    "case_search_conclusion_update": """
        CREATE TRIGGER case_search_conclusion_update
        AFTER UPDATE OF decision_text, item_id ON conclusions BEGIN
            UPDATE case_search SET decision = '' WHERE rowid = old.item_id;
            UPDATE case_search SET decision = new.decision_text WHERE rowid = new.item_id;
        END""",
    "case_search_conclusion_delete": """
        CREATE TRIGGER case_search_conclusion_delete AFTER DELETE ON conclusions BEGIN
            UPDATE case_search SET decision = '' WHERE rowid = old.item_id;
        END""",
}


PG_SEARCH = """
CREATE TABLE case_search (
    item_id integer PRIMARY KEY REFERENCES agenda_items (id) ON DELETE CASCADE,
    title text NOT NULL DEFAULT '',
    background text NOT NULL DEFAULT '',
    proposed_decision text NOT NULL DEFAULT '',
    decision text NOT NULL DEFAULT '',
    document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('norwegian', title) || to_tsvector('simple', title), 'A')
        || setweight(to_tsvector('norwegian', decision) || to_tsvector('simple', decision), 'B')
        || setweight(to_tsvector('norwegian', proposed_decision) || to_tsvector('simple', proposed_decision), 'C')
        || setweight(to_tsvector('norwegian', background) || to_tsvector('simple', background), 'D')
    ) STORED
)"""

PG_STATEMENTS = (
    PG_SEARCH,
    "CREATE INDEX case_search_document ON case_search USING gin (document)",
    """CREATE FUNCTION case_search_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO case_search (item_id, title, background, proposed_decision, decision)
    VALUES (NEW.id, coalesce(NEW.title, ''), coalesce(NEW.background, ''), coalesce(NEW.proposed_decision, ''),
            coalesce((SELECT c.decision_text FROM conclusions AS c WHERE c.item_id = NEW.id), ''))
    ON CONFLICT (item_id) DO UPDATE SET title = EXCLUDED.title, background = EXCLUDED.background,
        proposed_decision = EXCLUDED.proposed_decision;
    RETURN NULL;
END $$""",
    """CREATE TRIGGER case_search_item AFTER INSERT OR UPDATE OF title, background, proposed_decision
    ON agenda_items FOR EACH ROW EXECUTE FUNCTION case_search_item()""",
    """CREATE FUNCTION case_search_conclusion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE case_search SET decision = '' WHERE item_id = OLD.item_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE case_search SET decision = coalesce(NEW.decision_text, '') WHERE item_id = NEW.item_id;
    END IF;
    RETURN NULL;
END $$""",
    """CREATE TRIGGER case_search_conclusion AFTER INSERT OR DELETE OR UPDATE OF decision_text, item_id
    ON conclusions FOR EACH ROW EXECUTE FUNCTION case_search_conclusion()""",
    "INSERT INTO case_search (item_id, title, background, proposed_decision, decision) "
    "SELECT a.id, coalesce(a.title, ''), coalesce(a.background, ''), coalesce(a.proposed_decision, ''), "
    "coalesce(c.decision_text, '') FROM agenda_items AS a LEFT JOIN conclusions AS c ON c.item_id = a.id",
    # Names in Norwegian order (hfdesk.sorting.sql_key): ICU's nb rules, digits by value.
    "CREATE COLLATION IF NOT EXISTS norwegian (provider = icu, locale = 'nb-NO-u-kn-true')",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for sql in PG_STATEMENTS:
            op.execute(sql)
        return
    op.execute(
        "CREATE VIRTUAL TABLE case_search USING fts5("
        "title, background, proposed_decision, decision, "
        "tokenize = 'unicode61 remove_diacritics 0')"
    )
    # Every case already in the file, with its decision where it has one.
    op.execute(
        "INSERT INTO case_search (rowid, title, background, proposed_decision, decision) "
        "SELECT a.id, a.title, a.background, a.proposed_decision, coalesce(c.decision_text, '') "
        "FROM agenda_items AS a LEFT JOIN conclusions AS c ON c.item_id = a.id"
    )
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS case_search")
        op.execute("DROP TRIGGER IF EXISTS case_search_item ON agenda_items")
        op.execute("DROP TRIGGER IF EXISTS case_search_conclusion ON conclusions")
        op.execute("DROP FUNCTION IF EXISTS case_search_item()")
        op.execute("DROP FUNCTION IF EXISTS case_search_conclusion()")
        op.execute("DROP COLLATION IF EXISTS norwegian")
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS case_search")
