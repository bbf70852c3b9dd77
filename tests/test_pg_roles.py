"""A secretariat's roles on a shared database (issue 22, README): one login role per secretary,
all members of a role that owns the database. Whoever connects first makes hfdesk's tables (and
whoever connects first after an update upgrades them); the tables must belong to the database's
owner, not to that secretary, or the colleagues could not use them. Skips without PostgreSQL."""

from __future__ import annotations

import itertools

import pytest
import sqlalchemy as sa

from hfdesk.db import open_database
from hfdesk.services import history, register

_names = itertools.count()


@pytest.fixture
def secretariat(pg_cluster):
    """A database owned by a role nobody logs in as, and two secretaries in that role."""
    n = next(_names)
    owner, kari, ola, database = f"hf_eier{n}", f"kari{n}", f"ola{n}", f"hf_roles{n}"
    pg_cluster.admin(
        f"CREATE ROLE {owner} NOLOGIN",
        f"CREATE ROLE {kari} LOGIN IN ROLE {owner}",
        f"CREATE ROLE {ola} LOGIN IN ROLE {owner}",
        f"CREATE DATABASE {database} OWNER {owner}",
    )
    yield pg_cluster, database, owner, kari, ola
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)", f"DROP ROLE {kari}", f"DROP ROLE {ola}",
                     f"DROP ROLE {owner}")


def test_the_tables_belong_to_the_databases_owner_so_every_secretary_can_work_in_them(secretariat):
    cluster, database, owner, kari, ola = secretariat
    first = open_database(cluster.url(database, user=kari))  # makes the tables
    try:
        with first.transaction() as s:
            body = register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU")
            body_id = body.id
        with first.session() as s:
            owners = set(s.scalars(sa.text("SELECT tableowner FROM pg_tables WHERE schemaname = 'public'")))
        assert owners == {owner}
    finally:
        first.close()

    second = open_database(cluster.url(database, user=ola))
    try:
        with second.transaction() as s:
            register.update_body(s, body_id, default_place="Haukeland")
        with second.session() as s:
            entries = history.body_history(s, body_id, "nb")
            # each secretary is named by their own role, not by the owner's
            assert [e.actor for e in entries][-2:] == [kari, ola]
    finally:
        second.close()
