"""Alembic environment: runs on the connection hfdesk hands over when it opens a file."""

from __future__ import annotations

from alembic import context

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
        render_as_batch=True,  # SQLite has almost no ALTER: copy-and-move tables
        compare_type=True,
        include_name=include_name,  # the full-text index is not in the models
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("hfdesk migrations run online only")
run_migrations_online()
