"""The command line on a shared database (issue 22, point 1): `hfdesk --db postgresql://… …`."""

from __future__ import annotations

import json

import pytest

from hfdesk.__main__ import main


@pytest.fixture(scope="module")
def demo_url(pg_cluster) -> str:
    """The demo built through the command line into an empty database (once for the module)."""
    pg_cluster.admin('CREATE DATABASE "cli_demo"')
    url = pg_cluster.url("cli_demo")
    assert main(["--db", url, "demo", "--today", "2026-11-23"]) == 0
    return str(url)


def test_demo_goes_into_an_empty_database_and_refuses_a_filled_one(demo_url, capsys):
    capsys.readouterr()
    assert main(["--db", demo_url, "demo", "--today", "2026-11-23"]) == 2
    err = capsys.readouterr().err
    assert "allerede innhold" in err and len(err.strip().splitlines()) == 1


def test_check_connects_says_the_revision_and_checks_the_bodies(demo_url, capsys):
    from hfdesk.migrations import HEAD_REVISION

    assert main(["--db", demo_url, "check"]) == 0
    out = capsys.readouterr().out
    assert f"versjon {HEAD_REVISION}" in out and demo_url.split("@")[1] in out
    assert "avvik" in out
    assert main(["--db", demo_url, "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)


def test_listing_and_exporting_from_a_shared_database(demo_url, tmp_path, capsys):
    assert main(["--db", demo_url, "meetings", "--json"]) == 0
    meetings = json.loads(capsys.readouterr().out)
    assert meetings
    out = tmp_path / "roster.xlsx"
    assert main(["--db", demo_url, "export", "roster", "--out", str(out)]) == 0
    assert out.stat().st_size > 0
    meeting = tmp_path / "meeting.json"
    assert main(["--db", demo_url, "export", "meeting", "--meeting", str(meetings[0]["id"]), "--out", str(meeting)]) == 0
    assert json.loads(meeting.read_text(encoding="utf-8"))


def test_import_into_a_shared_database_and_its_dry_run_keeps_nothing(pg_cluster, pg_url, demo_url, tmp_path, capsys):
    meetings_before = _meetings(pg_url, capsys)
    main(["--db", demo_url, "meetings", "--json"])
    first = json.loads(capsys.readouterr().out)[0]
    exported = tmp_path / "meeting.json"
    assert main(["--db", demo_url, "export", "meeting", "--meeting", str(first["id"]), "--out", str(exported)]) == 0
    # an empty database has no body to put it in: a known error, nothing kept
    assert main(["--db", pg_url, "import", "meeting", str(exported)]) == 2
    assert _meetings(pg_url, capsys) == meetings_before
    out = tmp_path / "roster.xlsx"
    assert main(["--db", demo_url, "export", "roster", "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["--db", pg_url, "import", "roster", str(out), "--dry-run", "--json"]) in (0, 2)
    capsys.readouterr()
    from hfdesk.db import open_database
    from hfdesk.demo import database_is_empty

    database = open_database(pg_url)
    try:
        with database.session() as session:
            assert database_is_empty(session)  # the dry run was rolled back
    finally:
        database.close()


def _meetings(url: str, capsys) -> list:
    capsys.readouterr()
    assert main(["--db", url, "meetings", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_backup_of_a_shared_database_is_the_servers_business(demo_url, tmp_path, capsys):
    out = tmp_path / "kopi.sqlite"
    assert main(["--db", demo_url, "backup", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "pg_dump" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgresql://ola@127.0.0.1:1/hfdesk", "Fikk ikke kontakt"),
        ("postgresql://ola:hemmeleg@", "ikke en gyldig adresse"),
    ],
)
def test_a_bad_url_or_an_unreachable_server_is_one_line_exit_2(url, words, capsys):
    assert main(["--db", url, "meetings"]) == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1
    assert "hemmeleg" not in err


def test_the_readmes_server_setup_an_owner_makes_the_tables_and_a_secretary_works_in_them(pg_cluster, capsys):
    """README "A shared database for a secretariat": the roles and grants as written there."""
    from hfdesk.db import open_database
    from hfdesk.services.meetings import add_item
    from hfdesk.services.register import create_area, create_body

    pg_cluster.admin(
        "DO $$ BEGIN CREATE ROLE hfdesk_eier LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        "DO $$ BEGIN CREATE ROLE hfdesk_sekretariat NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        "DO $$ BEGIN CREATE ROLE kari LOGIN IN ROLE hfdesk_sekretariat; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        "CREATE DATABASE readme_hfdesk OWNER hfdesk_eier",
    )
    pg_cluster.admin(
        "ALTER SCHEMA public OWNER TO hfdesk_eier",
        "ALTER DEFAULT PRIVILEGES FOR ROLE hfdesk_eier IN SCHEMA public "
        "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hfdesk_sekretariat",
        "ALTER DEFAULT PRIVILEGES FOR ROLE hfdesk_eier IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO hfdesk_sekretariat",
        database="readme_hfdesk",
    )
    secretary = pg_cluster.url("readme_hfdesk", user="kari")
    assert main(["--db", secretary, "check"]) == 2  # a secretary may not make the tables
    assert "kari" in capsys.readouterr().err
    assert main(["--db", pg_cluster.url("readme_hfdesk", user="hfdesk_eier"), "check"]) == 0
    database = open_database(secretary)
    try:
        with database.transaction() as session:
            create_area(session, "Voss")
            body = create_body(session, "Områdeutval Voss", 3)
            add_item(session, body_id=body.id, title="Samarbeid om legevakt")  # the search index's trigger too
        from hfdesk.services.search import search_cases

        with database.session() as session:
            assert [h.title for h in search_cases(session, "legevakt")] == ["Samarbeid om legevakt"]
    finally:
        database.close()
