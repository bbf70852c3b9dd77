"""A shared database on PostgreSQL (issue 22): opening one, its errors, what differs from a file.

The [postgresql] runs use the session's throw-away cluster (tests/pg.py, conftest's pg_*
fixtures) and skip where PostgreSQL is not installed."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from hfdesk.db import open_database
from hfdesk.errors import HfdeskError
from hfdesk.models import DatabaseIdentity
from hfdesk.services.register import create_area


def test_a_database_on_either_engine_keeps_what_is_written_and_has_an_identity(db, engine_kind):
    with db.transaction() as session:
        create_area(session, "Nordhordland")
    with db.session() as session:
        assert session.scalar(sa.text("SELECT name FROM areas")) == "Nordhordland"
        assert session.scalar(sa.select(sa.func.count()).select_from(DatabaseIdentity)) == 1
    assert db.is_shared == (engine_kind == "postgresql")
    assert db.kind == engine_kind
    if engine_kind == "postgresql":
        assert db.path is None
        assert db.url is not None and db.url.startswith("postgresql://")
    else:
        assert db.url is None and db.path is not None


def test_an_empty_server_database_is_migrated_to_head_on_open(pg_empty_url):
    from hfdesk.db import current_revision
    from hfdesk.migrations import HEAD_REVISION

    database = open_database(pg_empty_url)
    try:
        assert current_revision(database.engine) == HEAD_REVISION
        with database.session() as session:
            assert session.scalar(sa.select(sa.func.count()).select_from(DatabaseIdentity)) == 1
    finally:
        database.close()


# --- the server's errors: one known error each, never a traceback ---------------------------------


def _url_on(pg_cluster, *, user: str = "hfdesk_test", database: str = "postgres", port: int | None = None,
            password: str | None = None) -> str:
    auth = user if password is None else f"{user}:{password}"
    return f"postgresql://{auth}@127.0.0.1:{port or pg_cluster.port}/{database}"


def _error(url: str, **kwargs) -> HfdeskError:
    with pytest.raises(HfdeskError) as caught:
        open_database(url, **kwargs).close()
    return caught.value


@pytest.fixture
def password_role(pg_cluster, pg_url, tmp_path, monkeypatch):
    """The role that logs in with a password (tests/pg.py), allowed into `pg_url`'s database; no
    password file unless the test writes one."""
    from pg import PASSWORD_ROLE

    database = pg_url.rsplit("/", 1)[1]
    try:
        pg_cluster.admin(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD 'riktig'")
    except Exception:  # made by an earlier test of this session
        pg_cluster.admin(f"ALTER ROLE {PASSWORD_ROLE} PASSWORD 'riktig'")
    pg_cluster.admin(
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {PASSWORD_ROLE}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {PASSWORD_ROLE}",
        database=database,
    )
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return database


def test_no_server_at_the_address_is_a_known_error(pg_cluster):
    from pg import _free_port

    error = _error(_url_on(pg_cluster, port=_free_port()))
    assert error.code == "database.server_unreachable"
    assert "127.0.0.1" in str(error)


def test_a_database_that_does_not_exist_is_a_known_error(pg_cluster):
    error = _error(_url_on(pg_cluster, database="finst_ikkje"))
    assert error.code == "database.server_no_database" and "finst_ikkje" in str(error)


def test_a_malformed_url_is_a_known_error_and_never_shows_the_password():
    error = _error("postgresql://ola:hemmeleg@tenar")
    assert error.code == "database.server_bad_url"
    assert "hemmeleg" not in str(error)


def test_wrong_password_and_no_password_are_known_errors(pg_cluster, password_role):
    from pg import PASSWORD_ROLE

    wrong = _error(_url_on(pg_cluster, user=PASSWORD_ROLE, database=password_role, password="feil"))
    assert wrong.code == "database.server_password" and PASSWORD_ROLE in str(wrong)
    assert "feil" not in str(wrong)
    missing = _error(_url_on(pg_cluster, user=PASSWORD_ROLE, database=password_role))
    assert missing.code == "database.server_password_needed"


def test_the_password_file_and_a_password_for_the_session_open_it(pg_cluster, password_role, tmp_path, monkeypatch):
    from pg import PASSWORD_ROLE

    url = _url_on(pg_cluster, user=PASSWORD_ROLE, database=password_role)
    database = open_database(url, password="riktig")  # asked for this session only
    assert "riktig" not in (database.url or "") and database.url == url
    database.close()
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_cluster.port}:{password_role}:{PASSWORD_ROLE}:riktig\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    database = open_database(url)  # libpq reads the password file itself
    with database.transaction() as session:
        create_area(session, "Sunnhordland")
    database.close()


def test_a_role_without_rights_is_a_known_error(pg_cluster, pg_url):
    pg_cluster.admin("DO $$ BEGIN CREATE ROLE sekretaer_utan LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    database = pg_url.rsplit("/", 1)[1]
    error = _error(_url_on(pg_cluster, user="sekretaer_utan", database=database))
    assert error.code == "database.server_no_permission"
    assert "sekretaer_utan" in str(error)


def test_a_connection_lost_mid_session_is_a_known_error(db, engine_kind, pg_cluster):
    if engine_kind != "postgresql":
        pytest.skip("a file has no server to lose")
    from hfdesk.pgdb import ServerGone

    with pytest.raises(ServerGone) as caught:
        with db.session() as session:
            pid = session.scalar(sa.text("SELECT pg_backend_pid()"))
            pg_cluster.admin(f"SELECT pg_terminate_backend({int(pid)})")
            session.scalar(sa.text("SELECT count(*) FROM areas"))
    assert caught.value.code == "database.server_gone"
    with db.session() as session:  # the next action connects again
        assert session.scalar(sa.text("SELECT count(*) FROM areas")) == 0


def _another_program(db, statement: str) -> None:  # type: ignore[no-untyped-def]
    """A write by a program that does not take hfdesk's writers' turn (psql, another tool)."""
    import psycopg

    with psycopg.connect(str(db.location), autocommit=True) as connection:
        connection.execute(statement)


def test_a_save_colliding_with_another_programs_is_a_known_error_not_a_lost_write(db, engine_kind):
    if engine_kind != "postgresql":
        pytest.skip("a file has one writer at a time")
    from hfdesk.models import Area
    from hfdesk.pgdb import ServerConflict

    with db.transaction() as session:
        create_area(session, "Bergen")
    with pytest.raises(ServerConflict) as caught:
        with db.transaction() as first:
            area = first.scalars(sa.select(Area)).one()
            _another_program(db, "UPDATE areas SET name = 'Bergen sentrum'")  # at the same moment
            area.name = "Bergen nord"
    assert caught.value.code == "database.server_conflict"
    with db.session() as session:
        assert session.scalars(sa.select(Area.name)).all() == ["Bergen sentrum"]  # the other's, whole


def test_a_save_the_server_aborted_for_a_colleague_runs_again_and_keeps_both(db, engine_kind):
    """Database.write, as the app saves: a transaction the server aborted because another's
    ran at the same moment is run again from the start; the other change and the own one
    both stay. One that keeps colliding is reported after the last run, never half kept."""
    if engine_kind != "postgresql":
        pytest.skip("a file has one writer at a time")
    from hfdesk.models import Area
    from hfdesk.pgdb import ServerConflict

    with db.transaction() as session:
        create_area(session, "Bergen")
    runs: list[int] = []

    def rename(session, name: str, collisions: int) -> str:  # type: ignore[no-untyped-def]
        runs.append(1)
        area = session.scalars(sa.select(Area)).one()
        if len(runs) <= collisions:
            _another_program(db, f"UPDATE areas SET sort_order = {10 + len(runs)}")  # at the same moment
        area.name = name
        return area.name

    assert db.write(lambda s: rename(s, "Bergen nord", 2)) == "Bergen nord"
    assert len(runs) == 3
    with db.session() as session:
        area = session.scalars(sa.select(Area)).one()
        assert (area.name, area.sort_order) == ("Bergen nord", 12)

    runs.clear()
    with pytest.raises(ServerConflict):
        db.write(lambda s: rename(s, "Bergen vest", 99), attempts=3)
    assert len(runs) == 3
    with db.session() as session:
        assert session.scalars(sa.select(Area.name)).one() == "Bergen nord"


def test_hfdesk_writers_take_turns_and_the_next_reads_what_the_one_before_saved(db, engine_kind, monkeypatch):
    """Two secretaries' saves at the same moment do not collide: the second waits for the first
    to commit, then reads what it saved (its snapshot is taken after its turn came). One whose
    turn does not come within the wait is told the database is busy, nothing of it kept."""
    if engine_kind != "postgresql":
        pytest.skip("a file has one writer at a time")
    import threading

    from hfdesk.db import open_database
    from hfdesk.errors import HfdeskError
    from hfdesk.models import Area

    with db.transaction() as session:
        create_area(session, "Bergen")
    colleague = open_database(db.location)
    holding, release = threading.Event(), threading.Event()
    seen: list[str] = []
    errors: list[BaseException] = []

    def first() -> None:
        with db.transaction() as session:
            session.scalars(sa.select(Area)).one().name = "Bergen nord"
            session.flush()
            holding.set()
            release.wait(10)

    def second() -> None:
        try:
            with colleague.transaction() as session:
                area = session.scalars(sa.select(Area)).one()
                seen.append(area.name)
                area.sort_order = 5
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            errors.append(exc)

    try:
        one = threading.Thread(target=first)
        one.start()
        assert holding.wait(10)
        two = threading.Thread(target=second)
        two.start()
        two.join(0.5)
        assert two.is_alive() and seen == []  # waiting for its turn
        release.set()
        one.join(10)
        two.join(10)
        assert errors == [] and seen == ["Bergen nord"]
        with db.session() as session:
            area = session.scalars(sa.select(Area)).one()
            assert (area.name, area.sort_order) == ("Bergen nord", 5)

        monkeypatch.setattr("hfdesk.pgdb.WRITER_WAIT_S", 0.3)
        holding.clear()
        release.clear()
        one = threading.Thread(target=first)
        one.start()
        assert holding.wait(10)
        with pytest.raises(HfdeskError) as caught:
            with colleague.transaction() as session:
                session.scalars(sa.select(Area)).one().sort_order = 7
        release.set()
        one.join(10)
        assert caught.value.code == "database.server_busy"
        with db.session() as session:
            assert session.scalars(sa.select(Area.sort_order)).one() == 5
    finally:
        release.set()
        colleague.close()


def test_a_database_of_something_else_is_refused_untouched(pg_cluster, pg_empty_url):
    database = pg_empty_url.rsplit("/", 1)[1]
    pg_cluster.admin("CREATE TABLE lonn (id integer)", database=database)
    assert _error(pg_empty_url).code == "database.server_not_hfdesk"


def test_a_database_from_a_newer_hfdesk_is_refused_untouched(pg_cluster, pg_url):
    database = pg_url.rsplit("/", 1)[1]
    pg_cluster.admin("UPDATE alembic_version SET version_num = '9999'", database=database)
    assert _error(pg_url).code == "database.server_newer"


def test_names_sort_in_norwegian_order_on_either_engine(db, engine_kind):
    """sorting.sql_key: norwegian_key on SQLite, the ICU collation norwegian on PostgreSQL; the same
    order for the hard names of test_sorting (æ, ø, å after z, aa as å, accents, numbers)."""
    from test_sorting import HARD_NAMES

    from hfdesk.sorting import sql_key

    names = sa.union_all(*(sa.select(sa.literal(n, sa.String).label("name")) for n in HARD_NAMES[::-1])).subquery()
    with db.session() as session:
        ordered = session.scalars(sa.select(names.c.name).order_by(sql_key(names.c.name))).all()
    if engine_kind == "sqlite":
        assert ordered == HARD_NAMES
    else:  # ICU may order names that differ in case alone the other way (sorting.PG_COLLATION)
        assert [n.casefold() for n in ordered] == [n.casefold() for n in HARD_NAMES]
