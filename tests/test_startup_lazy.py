"""Startup (issue "Scale"): the pages not shown at start are built when first shown, and the
file is checked in a worker thread while the window's modules are imported. Neither may
change what the user sees or what a damaged file gets: these tests hold the behaviour, not
the timing."""

from __future__ import annotations

import hashlib
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
