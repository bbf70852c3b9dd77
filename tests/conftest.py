"""Shared fixtures. GUI tests run offscreen unless QT_QPA_PLATFORM says otherwise,
nothing ever touches the real per-user data folder, and the clock is frozen: every test
runs on REFERENCE_NOW, whatever day the machine says it is (time-machine moves Python's
clock; hfdesk reads the date nowhere else)."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The day every test runs on: a Monday morning in Bergen, with meetings behind and ahead in
# the demo. Tests that need another day travel there themselves (time_machine.travel) or
# pass the date in (build_demo(today=...), `hfdesk demo --today`).
REFERENCE_NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Oslo"))


# The travel starts when this file is imported, before any test module is (a module may
# read the date at import: `ON = date.today()`), and ends with the run. The clock still
# ticks from there, so waits and timeouts work; a ZoneInfo destination also sets the local
# time zone to Europe/Oslo.
_clock = time_machine.travel(REFERENCE_NOW, tick=True)
_clock.start()


def pytest_unconfigure(config: pytest.Config) -> None:
    _clock.stop()


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HFDESK_DATA_DIR: the database folder, and the per-user settings (QSettings' INI file
    and services.settings' JSON file) are private to the test."""
    data = tmp_path_factory.mktemp("hfdesk-data")
    monkeypatch.setenv("HFDESK_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def _bokmal_messages(monkeypatch: pytest.MonkeyPatch):
    """Messages in bokmål whatever the machine's locale (the command line follows the system
    locale when no language is chosen: here the C locale, so bokmål), and bokmål again after
    a test that switched the language."""
    from hfdesk import messages

    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr(messages, "_windows_locale_names", lambda: [])
    yield
    messages.set_language(messages.DEFAULT_LANGUAGE)


# --- both engines: SQLite (a file) and PostgreSQL (a shared database, issue 22) ------------------
#
# The `db` and `demo_db` fixtures run each test of the modules in BOTH_ENGINES twice: on a
# new SQLite file ([sqlite]) and on a new database of a throw-away PostgreSQL cluster
# ([postgresql]; tests/pg.py: started once per session, as an unprivileged user when we are
# root, on 127.0.0.1 only). Other modules (the GUI tests among them) stay on SQLite. Where
# PostgreSQL's binaries (initdb, pg_ctl) are not installed, the [postgresql] runs skip with
# that reason, as the LibreOffice tests do without soffice. Each [postgresql] test gets its
# own database, copied from a migrated (or demo) template (CREATE DATABASE … TEMPLATE) and
# dropped after it.

BOTH_ENGINES = frozenset({
    "test_search",
    "test_pg_engine",
    # services
    "test_body_services", "test_case_editor", "test_case_history", "test_case_path", "test_composition",
    "test_composition_language", "test_composition_rules", "test_deputies", "test_live_services",
    "test_meeting_plan", "test_meeting_record", "test_person_data", "test_real_meeting_rules",
    "test_register_services", "test_services", "test_vote_rounds", "test_represents_agree", "test_signing",
    # exports and imports
    "test_export_attendance", "test_export_ics", "test_export_minutes", "test_export_notice", "test_export_roster",
    "test_mail_meeting", "test_noark5", "test_notice_as_sent", "test_import_roster", "test_import_real_rosters",
    "test_nothing_lost",
    # a shared database's own work: row versions, history, meetings taken along, the room
    "test_versions", "test_history", "test_checkout", "test_room_services",
    "test_nothing_lost", "test_hostile_input",
})


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine_kind" in metafunc.fixturenames and metafunc.module.__name__.rsplit(".", 1)[-1] in BOTH_ENGINES:
        metafunc.parametrize("engine_kind", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def engine_kind(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgresql": the engine the test's database is on (see BOTH_ENGINES)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_cluster():
    """The session's throw-away PostgreSQL cluster (tests/pg.py); skips without PostgreSQL."""
    from pg import Cluster, find_binaries

    binaries = find_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed")
    import importlib.util

    if importlib.util.find_spec("psycopg") is None:
        pytest.skip("psycopg is not installed")
    cluster = Cluster.start(binaries)
    yield cluster
    cluster.stop()


class PgDatabases:
    """Databases on the test cluster: new ones from a template, dropped at the test's end."""

    def __init__(self, cluster) -> None:  # type: ignore[no-untyped-def]
        self.cluster = cluster
        self.made: list[str] = []

    def new(self, template: str | None = None) -> str:
        """A new database (empty, or a copy of `template`); its URL."""
        name = f"t{os.getpid()}_{len(self.made)}_{id(self) % 100000}"
        clause = f' TEMPLATE "{template}"' if template else ""
        self.cluster.admin(f'CREATE DATABASE "{name}"{clause}')
        self.made.append(name)
        return str(self.cluster.url(name))

    def drop_all(self) -> None:
        for name in self.made:
            self.cluster.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_template(pg_cluster) -> str:
    """The name of a database migrated to head, once per session (a template for `pg_url`)."""
    from hfdesk.db import open_database

    pg_cluster.admin('CREATE DATABASE "hfdesk_head"')
    open_database(pg_cluster.url("hfdesk_head")).close()
    return "hfdesk_head"


@pytest.fixture(scope="session")
def pg_demo_template(pg_cluster) -> str:
    """The demo built into a database once per session (a template for `demo_db`)."""
    from hfdesk.demo import build_demo

    pg_cluster.admin('CREATE DATABASE "hfdesk_demo"')
    build_demo(pg_cluster.url("hfdesk_demo"), today=REFERENCE_NOW.date())
    return "hfdesk_demo"


@pytest.fixture
def pg_databases(pg_cluster):
    databases = PgDatabases(pg_cluster)
    yield databases
    databases.drop_all()


@pytest.fixture
def pg_url(pg_databases, pg_template) -> str:
    """The URL of a new hfdesk database (at head, empty) on the test cluster."""
    return str(pg_databases.new(pg_template))


@pytest.fixture
def pg_empty_url(pg_databases) -> str:
    """The URL of a new, entirely empty database (no tables) on the test cluster."""
    return str(pg_databases.new())


@pytest.fixture
def db(tmp_path: Path, engine_kind: str, request: pytest.FixtureRequest):
    """A fresh, empty hfdesk database (a file; in BOTH_ENGINES modules also on PostgreSQL)."""
    from hfdesk.db import open_database

    target = request.getfixturevalue("pg_url") if engine_kind == "postgresql" else tmp_path / "test.sqlite"
    database = open_database(target)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per test run. Copy it before writing to it."""
    from hfdesk.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path, today=REFERENCE_NOW.date())
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database that a test may change."""
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, target)
    return target


@pytest.fixture
def demo_db(engine_kind: str, request: pytest.FixtureRequest):
    """The demo, open: a private copy of the file (in BOTH_ENGINES modules also a private
    database copied from the demo built on PostgreSQL)."""
    from hfdesk.db import open_database

    if engine_kind == "postgresql":
        template = request.getfixturevalue("pg_demo_template")
        target: Path | str = request.getfixturevalue("pg_databases").new(template)
    else:
        target = request.getfixturevalue("demo_copy")
    database = open_database(target)
    yield database
    database.close()


# --- the desktop app (Qt imported inside the fixtures: the core tests never load it) ----------


@pytest.fixture
def nb(qapp):
    """The bokmål catalogue installed, as the app does at start."""
    from hfdesk.ui.i18n import install_translators

    translators = install_translators(qapp)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot, demo_db, nb):
    """The main window on a private copy of the demo database, shown offscreen."""
    from hfdesk.ui.main_window import MainWindow

    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def no_welcome_question(monkeypatch):
    """run_gui on a new file asks the first-run question (a modal box): keep it away."""
    from hfdesk.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "offer_demo_on_first_run", lambda self: False)


class WorkbookReads:
    """What reading a workbook cost: bytes inflated out of its zip and workbooks parsed."""

    def __init__(self) -> None:
        self.inflated = 0
        self.parsed = 0

    @staticmethod
    def declared(path: Path) -> int:
        """The bytes a zip's directory says its entries hold, inflated."""
        import zipfile

        with zipfile.ZipFile(path) as archive:
            return sum(info.file_size for info in archive.infolist())


@pytest.fixture
def workbook_reads(monkeypatch: pytest.MonkeyPatch) -> WorkbookReads:
    """Counts the work a hostile file makes us do, instead of timing it (a busy machine
    can be slow; a bomb that was inflated or parsed shows here whatever the machine)."""
    import zipfile

    import openpyxl

    reads = WorkbookReads()
    read, read1, load_workbook = zipfile.ZipExtFile.read, zipfile.ZipExtFile.read1, openpyxl.load_workbook

    def counted_read(self, n=-1):  # type: ignore[no-untyped-def]
        data = read(self, n)
        reads.inflated += len(data)
        return data

    def counted_read1(self, n=-1):  # type: ignore[no-untyped-def]
        data = read1(self, n)
        reads.inflated += len(data)
        return data

    def counted_load_workbook(*args, **kwargs):  # type: ignore[no-untyped-def]
        reads.parsed += 1
        return load_workbook(*args, **kwargs)

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counted_read)
    monkeypatch.setattr(zipfile.ZipExtFile, "read1", counted_read1)
    monkeypatch.setattr(openpyxl, "load_workbook", counted_load_workbook)
    return reads


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """An hfdesk file with enough rows to span many pages (to damage one in the middle)."""
    from hfdesk.db import open_database
    from hfdesk.services.register import create_area

    path = tmp_path / "hfdesk.sqlite"
    database = open_database(path)
    with database.transaction() as session:
        for i in range(400):
            create_area(session, f"Område {i:04d} " + "x" * 100)
    database.close()
    return path


def _damage_middle_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = bytes((i * 37) % 256 for i in range(page))
    path.write_bytes(bytes(data))


@pytest.fixture
def damage_middle_page():
    """Overwrite the page in the middle of an SQLite file with noise (a damaged disk sector)."""
    return _damage_middle_page


class LibreOffice:
    """Documents converted to PDF with LibreOffice (a private profile, so runs never share
    one), their text read with pdftotext and pages rendered with pdftoppm where installed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def pdf(self, document: Path) -> Path:
        """`document` as PDF in this test's folder; fails with LibreOffice's own message."""
        profile = self.folder / "lo-profile"
        command = [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
        ]
        done = subprocess.run(
            [*command, "--outdir", str(self.folder), str(document)],
            capture_output=True,
            timeout=180,
            check=False,
        )
        pdf = self.folder / f"{document.stem}.pdf"
        assert pdf.exists(), done.stderr.decode(errors="replace")
        return pdf

    @staticmethod
    def text(pdf: Path, *, layout: bool = False) -> str | None:
        """The PDF's text (pages separated by form feeds), or None without pdftotext."""
        if not shutil.which("pdftotext"):
            return None
        command = ["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"]
        return subprocess.run(command, capture_output=True, timeout=60, check=True).stdout.decode()

    @staticmethod
    def pages(
        pdf: Path, prefix: Path, *, dpi: int, first: int | None = None, last: int | None = None
    ) -> list[Path] | None:
        """Pages of the PDF as PNG files named after `prefix`, or None without pdftoppm."""
        if not shutil.which("pdftoppm"):
            return None
        span = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
        for old in prefix.parent.glob(f"{prefix.name}-*.png"):  # pages of an earlier rendering
            old.unlink()
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(dpi), *span, str(pdf), str(prefix)],
            capture_output=True,
            timeout=60,
            check=True,
        )
        return sorted(prefix.parent.glob(f"{prefix.name}-*.png"))


@pytest.fixture
def libreoffice(tmp_path: Path) -> LibreOffice:
    """Converting documents with LibreOffice; the test is skipped where it is not installed."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return LibreOffice(tmp_path)
