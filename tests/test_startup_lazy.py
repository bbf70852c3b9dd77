"""Startup (issue "Scale"): the pages not shown at start are built when first shown, and the
file is checked in a worker thread while the window's modules are imported. Neither may
change what the user sees or what a damaged file gets: these tests hold the behaviour, not
the timing."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from hfdesk.db import Inspection, open_database
from hfdesk.errors import DamagedDatabase, NotADatabase
from hfdesk.migrations import HEAD_REVISION


def _state(path: Path) -> tuple[str, int, list[str]]:
    return (
        hashlib.sha256(path.read_bytes()).hexdigest(),
        path.stat().st_mtime_ns,
        sorted(p.name for p in path.parent.iterdir()),
    )


# --- the check started early ------------------------------------------------------------------


def test_a_check_started_early_gives_the_revision_and_the_file_opens(filled):
    inspection = Inspection(filled)
    assert inspection.result() == HEAD_REVISION
    database = open_database(filled, inspection=inspection)
    database.close()


def test_a_check_started_early_refuses_a_damaged_file_untouched(filled, damage_middle_page):
    from hfdesk.backup import make_backup
    from hfdesk.db import newest_good_backup

    good = make_backup(filled, reason="automatisk")
    damage_middle_page(filled)
    before = _state(filled)
    with pytest.raises(DamagedDatabase, match="skadet"):
        open_database(filled, inspection=Inspection(filled))
    assert _state(filled) == before
    assert newest_good_backup(filled) == good


def test_a_check_of_another_file_is_not_taken_for_this_one(filled, tmp_path):
    garbage = tmp_path / "annen.sqlite"
    garbage.write_bytes(b"garbage, not a database")
    with pytest.raises(NotADatabase):
        open_database(garbage, inspection=Inspection(filled))
    open_database(filled, inspection=Inspection(garbage)).close()  # the good file is checked itself


def test_a_file_replaced_after_the_check_is_checked_again(filled, tmp_path):
    """A sync client puts an older hfdesk file in place between the check and the open: the
    file is checked again and upgraded (with its backup first), not taken for the one checked."""
    old_file = Path(__file__).parent / "fixtures" / "schema-0001.db"
    inspection = Inspection(filled)
    assert inspection.result() == HEAD_REVISION
    shutil.copy(old_file, filled)
    database = open_database(filled, inspection=inspection)
    try:
        with database.session() as session:
            revision = session.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
        assert revision == HEAD_REVISION
    finally:
        database.close()
    assert any(
        p.name.startswith("hfdesk") and p.name != filled.name for p in (filled.parent / "backups").iterdir()
    )


@pytest.mark.gui
def test_run_gui_refuses_a_damaged_file_untouched_and_offers_its_backup(
    qapp, filled, monkeypatch, damage_middle_page
):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from hfdesk.backup import make_backup
    from hfdesk.ui import app as app_module

    good = make_backup(filled, reason="automatisk")
    damage_middle_page(filled)
    before = _state(filled)
    asked: list[str] = []
    refused: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    monkeypatch.setattr(app_module, "_ask_for_other_file", lambda message: refused.append(message))
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: pytest.fail("must not start")))
    assert app_module.run_gui(filled) == 1
    assert any(good.name in text for text in asked), asked
    assert refused and "skadet" in refused[0]
    assert _state(filled) == before


def test_importing_the_app_leaves_the_window_modules_to_run_gui():
    """run_gui imports the models and the pages while the file is checked; importing
    hfdesk.ui.app must not have imported them already (the check would then run alone)."""
    code = (
        "import sys, hfdesk.ui.app; "
        "print(sorted(m for m in ('hfdesk.models', 'hfdesk.ui.main_window', 'hfdesk.ui.pages') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- pages built when first shown -------------------------------------------------------------


@pytest.mark.gui
def test_only_the_first_page_is_built_with_the_window(qtbot, window):
    from PySide6.QtCore import Qt

    from hfdesk.ui.main_window import PAGE_CLASSES, PAGE_FOLLOW_UPS, PAGE_LIVE, PAGE_MEETINGS, PAGE_REGISTER

    def built(index: int) -> bool:
        return isinstance(window.pages.widget(index), PAGE_CLASSES[index])

    assert built(PAGE_REGISTER)
    assert not any(built(i) for i in (PAGE_MEETINGS, PAGE_FOLLOW_UPS, PAGE_LIVE))
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    window.refresh()  # F5 reads the pages that exist; it builds none
    assert not any(built(i) for i in (PAGE_MEETINGS, PAGE_FOLLOW_UPS, PAGE_LIVE))

    sidebar = window.sidebar
    rect = sidebar.visualItemRect(sidebar.item(PAGE_FOLLOW_UPS))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert built(PAGE_FOLLOW_UPS) and window.current_page() is window.follow_ups_page
    assert window.follow_ups_page.isVisible() and window.follow_ups_page.model.total_rows() > 0
    assert window.pages.count() == len(PAGE_CLASSES)
    page = window.meetings_page  # asked for: built, not shown
    assert built(PAGE_MEETINGS) and not page.isVisible() and page.meetings_model.total_rows() > 0
    assert window.meetings_page is page
    assert window.current_page() is window.follow_ups_page
    pages = (window.register_page, window.meetings_page, window.follow_ups_page, window.live_page)
    assert titles == [page.title() for page in pages]  # the sidebar's names, asked before building
    assert [action.text() for action in window.page_actions] == titles


@pytest.mark.gui
def test_a_page_built_after_the_start_gets_its_splitters_back(qtbot, demo_db, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QSplitter

    from hfdesk.ui.main_window import PAGE_MEETINGS, MainWindow
    from hfdesk.ui.settings import AppSettings

    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    first = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(1100, 760)
    first.show_page(PAGE_MEETINGS)
    splitter = first.meetings_page.findChildren(QSplitter)[0]
    total = sum(splitter.sizes())
    splitter.setSizes([total - 300, 200, 100])
    wanted = splitter.sizes()
    first.close()

    second = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(second)
    second.show()
    second.close()  # the meetings page was never built: what was kept for it stays
    third = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(third)
    third.show()
    third.show_page(PAGE_MEETINGS)
    assert third.meetings_page.findChildren(QSplitter)[0].sizes() == wanted
    third.close()


@pytest.mark.gui
def test_the_people_and_organisations_tabs_read_when_first_shown(qtbot, window, demo_db):
    from hfdesk.services import queries, register
    from hfdesk.ui.ops import Change

    page = window.register_page
    people_tab, organisations_tab = page.tabs.widget(1), page.tabs.widget(2)
    assert not people_tab.loaded and not organisations_tab.loaded
    assert people_tab.model.total_rows() == 0
    # A change while the tab was never shown: nothing read now, all of it when shown.
    window.ops.write(
        lambda s: register.create_person(s, "Kari", "Lazyløkken").id, changed=Change.REGISTER, parent=window
    )
    assert not people_tab.loaded
    page.tabs.setCurrentWidget(people_tab)
    assert people_tab.loaded and people_tab.isVisible()
    with demo_db.session() as s:
        total = len(queries.search_people(s))
    assert people_tab.model.total_rows() == total
    # Read once and hidden again, a change makes it stale: read again when shown, not before.
    page.tabs.setCurrentIndex(0)
    window.ops.write(
        lambda s: register.create_person(s, "Ola", "Lazyløkken").id, changed=Change.REGISTER, parent=window
    )
    assert people_tab.stale and people_tab.model.total_rows() == total
    page.tabs.setCurrentWidget(people_tab)
    assert not people_tab.stale and people_tab.model.total_rows() == total + 1
    assert page.organisations is organisations_tab and organisations_tab.loaded  # asked for: read
    assert organisations_tab.table.model().rowCount() > 0


# --- issue 19, point 13: the first paint, and the full check only where it is needed -----------

def start_app(child: str, path: Path) -> tuple[list[str], str]:
    """Start the app on `path` in a fresh process running `child`; its printed lines (and the
    whole output, for the failure message). The start must end well."""
    result = subprocess.run([sys.executable, "-c", child, str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines(), result.stdout


FIRST_PAINT_CHILD = """
import sys
from pathlib import Path
import PySide6.QtCore
from hfdesk.ui.app import run_gui

HEAVY = (
    "sqlalchemy", "docx", "openpyxl", "xlsxwriter", "hfdesk.models", "hfdesk.services.settings", "PySide6.QtNetwork",
)

def first_paint(shell):
    print("heavy at first paint:", [m for m in HEAVY if m in sys.modules], flush=True)
    print("sidebar:", [shell.sidebar.item(i).text() for i in range(shell.sidebar.count())], flush=True)
    print("menus:", [a.text() for a in shell.menuBar().actions()], flush=True)
    print("visible:", shell.isVisible(), flush=True)
    print("Qt namespace made:", "Qt" in vars(PySide6.QtCore), flush=True)  # about 13 ms: after the paint

def ready(window):
    print("usable:", window.isVisible(), type(window).__name__, window.register_page.isVisible(), flush=True)
    window.close()

sys.exit(run_gui(Path(sys.argv[1]), on_ready=ready, on_first_paint=first_paint))
"""


def test_the_window_is_painted_before_sqlalchemy_and_the_documents_are_imported(filled):
    """The user sees the window's frame (menus, the pages in the sidebar) before SQLAlchemy, the
    models, the services or any document library is imported; then the window becomes usable."""
    lines, stdout = start_app(FIRST_PAINT_CHILD, filled)
    assert "heavy at first paint: []" in lines, stdout
    assert "sidebar: ['Register', 'Møter', 'Oppfølging', 'Møtemodus']" in lines, stdout
    assert "menus: ['&Fil', '&Vis', '&Hjelp']" in lines, stdout
    assert "visible: True" in lines
    assert "Qt namespace made: False" in lines, stdout
    assert lines[-1] == "usable: True MainWindow True", stdout


USABLE_CHILD = """
import sys
from pathlib import Path
from hfdesk.ui.app import run_gui

LATER = (
    "hfdesk.ui.dialogs.files", "hfdesk.ui.dialogs.first_run", "hfdesk.ui.dialogs.import_wizard",
    "hfdesk.ui.dialogs.settings", "hfdesk.ui.dialogs.year_report", "hfdesk.ui.dialogs.case_editor",
    "hfdesk.ui.dialogs.register", "hfdesk.ui.dialogs.history", "hfdesk.services.person_data",
    "hfdesk.ui.pages.meetings", "hfdesk.ui.pages.follow_ups", "hfdesk.ui.pages.live",
    "hfdesk.ui.models.live", "hfdesk.ui.models.import_preview", "hfdesk.exports", "hfdesk.imports",
    "babel", "docx", "openpyxl", "xlsxwriter",
)

def ready(window):
    print("imported at usable:", [m for m in LATER if m in sys.modules], flush=True)
    print("register shown:", window.register_page.isVisible(), flush=True)
    window.export_action.trigger()
    print("export dialog:", "hfdesk.ui.dialogs.files" in sys.modules, flush=True)
    window.close()

sys.exit(run_gui(Path(sys.argv[1]), on_ready=ready))
"""


def test_at_usable_the_dialogs_other_pages_and_document_libraries_are_not_imported(filled):
    """The window is usable before the dialogs its menus open, the pages not shown, meeting
    mode's models, the exports, the import and Babel are imported; a menu action imports its
    dialog when triggered."""
    lines, stdout = start_app(USABLE_CHILD, filled)
    assert "imported at usable: []" in lines, stdout
    assert "register shown: True" in lines, stdout
    assert "export dialog: True" in lines, stdout


MAPPERS_CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from hfdesk.ui.app import run_gui
from hfdesk.models import Body

def ready(window):
    print("mappers set up at usable:", Body.__mapper__.configured, flush=True)
    print("bodies shown:", window.register_page.bodies.tree.model().rowCount() > 0, flush=True)

    def later():
        print("mappers set up when idle:", Body.__mapper__.configured, flush=True)
        window.close()

    QTimer.singleShot(600, later)

sys.exit(run_gui(Path(sys.argv[1]), on_ready=ready))
"""


def test_the_first_page_reads_without_the_orm_and_the_mappers_are_set_up_when_idle(demo_file, tmp_path):
    """The register's first reads are Core statements: setting up the ORM's mappers (about 50 ms)
    waits until the window is usable, then happens without the user asking."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    lines, stdout = start_app(MAPPERS_CHILD, path)
    assert "mappers set up at usable: False" in lines, stdout
    assert "bodies shown: True" in lines, stdout
    assert "mappers set up when idle: True" in lines, stdout


def test_the_ui_models_are_imported_one_by_one_and_all_still_named():
    code = (
        "import sys, hfdesk.ui.models as m; before = 'hfdesk.ui.models.live' in sys.modules; "
        "from hfdesk.ui.models import MembersModel, VotesModel; "
        "print(before, MembersModel.__module__, VotesModel.__module__, "
        "all(hasattr(m, name) for name in m.__all__))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "hfdesk.ui.models.members", "hfdesk.ui.models.live", "True"]


def test_the_window_shell_module_imports_no_database_or_document_library():
    code = (
        "import sys, hfdesk.ui.shell, hfdesk.ui.app, hfdesk.dbcheck; "
        "print(sorted(m for m in ('sqlalchemy', 'docx', 'openpyxl', 'xlsxwriter', 'hfdesk.models') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _damage_keeping_the_time(path: Path, _fixture=None) -> None:
    """Damage a page the way a failing disk does: the file's size and modification time stay.
    A page of rows near the end (the areas `filled` added last), which the quick check at open
    does not read (the page in the middle holds part of the schema: the quick check refuses
    that one itself)."""
    st = path.stat()
    data = bytearray(path.read_bytes())
    page = 4096
    at = (len(data) // page - 2) * page
    data[at : at + page] = bytes((i * 37) % 256 for i in range(page))
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size


def test_a_file_closed_cleanly_opens_without_the_full_check(filled, damage_middle_page):
    """`filled` was closed cleanly: the next start skips quick_check (damage nothing changed the
    file's time for is not seen at open), and the check in the background then finds it."""
    from hfdesk.dbcheck import check_fully, closed_cleanly

    assert closed_cleanly(filled)
    _damage_keeping_the_time(filled, damage_middle_page)
    database = open_database(filled, check="if_unclean")
    assert not database.checked_fully
    database.damaged = True  # as Reliability marks it on finding the damage below
    database.close()
    error = check_fully(filled)
    assert isinstance(error, DamagedDatabase) and "etter oppstart" in str(error)
    assert not closed_cleanly(filled)  # a damaged file's close is not noted: the next start refuses it
    with pytest.raises(DamagedDatabase, match="skadet"):
        open_database(filled, check="if_unclean")


def test_a_file_left_open_is_checked_fully_and_a_damaged_one_refused_untouched(filled, damage_middle_page):
    """hfdesk opened the file and never closed it (a crash, a kill, a power cut): the next start
    runs the full check first, and a damaged file is refused with its message, untouched."""
    from hfdesk.dbcheck import closed_cleanly

    database = open_database(filled, check="if_unclean")
    assert not database.checked_fully  # closed cleanly before this open
    assert not closed_cleanly(filled)  # open now: until closed, the next start checks fully
    database.engine.dispose()  # ... and the process dies here: no close
    _damage_keeping_the_time(filled, damage_middle_page)
    before = _state(filled)
    with pytest.raises(DamagedDatabase, match="skadet og kan ikke åpnes"):
        open_database(filled, check="if_unclean", inspection=Inspection(filled, full=False))
    assert _state(filled) == before


def test_a_file_changed_since_its_clean_close_is_checked_fully(filled, damage_middle_page):
    from hfdesk.dbcheck import closed_cleanly

    damage_middle_page(filled)  # written by something else: the time changed
    assert not closed_cleanly(filled)
    with pytest.raises(DamagedDatabase, match="skadet"):
        open_database(filled, check="if_unclean")


def test_a_good_file_left_open_is_checked_fully_and_opens(filled):
    from hfdesk.dbcheck import note_opened

    note_opened(filled)
    database = open_database(filled, check="if_unclean")
    assert database.checked_fully
    database.close()
    database = open_database(filled, check="if_unclean")
    assert not database.checked_fully  # closed cleanly just now
    database.close()


@pytest.mark.gui
def test_damage_found_after_the_start_is_told_and_the_file_refused(qtbot, filled, damage_middle_page, monkeypatch):
    """The check in the background finds the damage: the user is told, offered the newest good
    backup, and (declining it, and another file) the window closes; the file is kept as it is and
    the next start refuses it."""
    from PySide6.QtWidgets import QMessageBox

    from hfdesk.backup import make_backup
    from hfdesk.dbcheck import closed_cleanly
    from hfdesk.ui import app as app_module
    from hfdesk.ui.main_window import MainWindow

    from hfdesk.ui import ops as ops_module

    good = make_backup(filled, reason="automatisk")
    _damage_keeping_the_time(filled, damage_middle_page)
    database = open_database(filled, check="if_unclean")
    # the first page may read the damaged page itself: its message (a box) is not what this test waits for
    monkeypatch.setattr(ops_module, "show_error", lambda parent, message: None)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    monkeypatch.setattr(app_module, "_ask_for_other_file", lambda message: told.append(message))
    thread = window.reliability.check_in_background()
    assert thread is not None
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    assert told and "fant skader" in told[0]
    assert any(good.name in text for text in asked), asked
    before = _state(filled)
    window.database.close()
    assert _state(filled) == before and not closed_cleanly(filled)
    with pytest.raises(DamagedDatabase):
        open_database(filled, check="if_unclean")


@pytest.mark.gui
def test_a_good_file_passes_the_check_in_the_background(qtbot, filled):
    from hfdesk.ui.main_window import MainWindow

    database = open_database(filled, check="if_unclean")
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    assert window.reliability.check_in_background() is not None
    qtbot.waitUntil(lambda: window.database.checked_fully, timeout=30000)
    assert window.isVisible() and window.reliability.check_in_background() is None
    window.close()
    database.close()
