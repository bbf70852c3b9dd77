"""The migrations on PostgreSQL (issue 22, point 1): the same history as the file's, from nothing
to head, gives exactly the models; down to nothing and up again works too."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from hfdesk.db import alembic_config, current_revision, head_revision, open_database
from hfdesk.migrations import include_name
from hfdesk.models import Base


def _differences(engine: sa.Engine) -> list:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        return list(compare_metadata(context, Base.metadata))


def test_an_empty_server_database_upgraded_to_head_gives_exactly_the_models(pg_empty_url):
    database = open_database(pg_empty_url)
    try:
        assert current_revision(database.engine) == head_revision()
        assert _differences(database.engine) == []
        with database.engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
            collations = conn.execute(sa.text("SELECT collname FROM pg_collation WHERE collname = 'norwegian'")).all()
        assert "case_search" in tables and collations
    finally:
        database.close()


def test_down_to_nothing_and_up_again_on_the_server(pg_empty_url):
    from alembic import command

    database = open_database(pg_empty_url)
    try:
        cfg = alembic_config()
        with database.engine.connect() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "base")
            connection.commit()
        with database.engine.connect() as conn:
            assert set(sa.inspect(conn).get_table_names()) <= {"alembic_version"}
        with database.engine.connect() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
            connection.commit()
        assert _differences(database.engine) == []
    finally:
        database.close()
