"""Alembic environment: runs on the connection hfdesk hands over when it opens a file or a
shared database (SQLite or PostgreSQL: the same history; only SQLite needs its foreign keys
turned off around the copy-and-move batches)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import context
from sqlalchemy.engine import Connection

from hfdesk.migrations import include_name
from hfdesk.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` command line during development
        import sqlalchemy as sa

        connection = sa.create_engine(config.get_main_option("sqlalchemy.url")).connect()
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite has almost no ALTER: copy-and-move tables (on PostgreSQL: plain ALTERs)
        compare_type=True,
        include_name=include_name,  # the full-text index is not in the models
    )
    if connection.dialect.name != "sqlite":  # PostgreSQL: real ALTERs, keys checked as they go
        with context.begin_transaction():
            context.run_migrations()
        if connection.in_transaction():
            connection.commit()
        return
    with foreign_keys_off(connection):
        with context.begin_transaction():
            context.run_migrations()


@contextmanager
def foreign_keys_off(connection: Connection) -> Iterator[None]:
    """Run the migrations with SQLite's foreign keys off, and check them before committing.

    A batch migration copies a table, drops the old one and renames the copy; with foreign
    keys on, the DROP deletes the rows of every table whose key says ON DELETE CASCADE (and
    nulls those that say SET NULL). hfdesk turns them on for every connection, so they are
    turned off here, before the migrations' transaction (inside one SQLite ignores the
    PRAGMA), and on again after it: the migrations' work is committed here once the keys
    are found intact (an upgrade that breaks one is rolled back and raises).
    """
    raw = connection.connection.driver_connection
    assert raw is not None
    was_on = bool(raw.execute("PRAGMA foreign_keys").fetchone()[0])
    if was_on and connection.in_transaction():
        raise RuntimeError("migrations need a connection outside a transaction (foreign keys must go off)")
    if was_on:
        raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"the migration broke foreign keys: {broken[:5]}")
        if was_on:
            connection.commit()
    except BaseException:
        if was_on and connection.in_transaction():
            connection.rollback()
        raise
    finally:
        if was_on:
            raw.execute("PRAGMA foreign_keys=ON")


if context.is_offline_mode():
    raise SystemExit("hfdesk migrations run online only")
run_migrations_online()
