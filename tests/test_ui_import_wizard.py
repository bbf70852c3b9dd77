"""The File menu's register actions driven with qtbot: the import wizard, the export, the templates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from hfdesk.errors import FileInUse
from hfdesk.exports.roster import export_roster
from hfdesk.models import Membership, Person, Role
from hfdesk.services import queries
from hfdesk.ui import ops as ops_module
from hfdesk.ui.dialogs import files as files_module
from hfdesk.ui.dialogs.import_wizard import ImportWizard
from hfdesk.ui.main_window import MainWindow
from hfdesk.ui.models import PreviewRowsModel

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_welcome_question")]

DISPLAY = Qt.ItemDataRole.DisplayRole


def make_window(qtbot, database) -> MainWindow:
    win = MainWindow(database)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, demo_db, nb):
    return make_window(qtbot, demo_db)


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(ops_module, "show_error", lambda _parent, message, *a: shown.append(message))
    return shown


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def counts(db) -> tuple[int, int]:
    with db.session() as s:
        return (
            s.scalar(sa.select(sa.func.count()).select_from(Person)),
            s.scalar(sa.select(sa.func.count()).select_from(Membership)),
        )


def body_id(db, short_name: str) -> int:
    with db.session() as s:
        return next(b.id for b in queries.list_bodies(s) if b.short_name == short_name)


def table_texts(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(r, column).data(DISPLAY) for r in range(model.rowCount())]


# --- the import wizard -----------------------------------------------------------------------


def test_import_wizard_maps_an_unknown_column_and_imports(qtbot, window, demo_db, tmp_path, workbook_reads):
    workbook = write_xlsx(
        tmp_path / "nye.xlsx",
        {
            "Nye medlemer": [
                ["Medlemsliste for arbeidsgruppa"],
                [],
                ["Namn", "Funksjon", "Representerer", "E-post", "Mobilnr"],
                ["Siri Bjørke", "Medlem", "Bergen kommune", "SIRI.BJORKE@example.no", "91234567"],
                ["Ola Nygård", "Observatør", "Helse Bergen HF", "ola.nygard@example.no", "+47 55 12 34 56"],
            ]
        },
    )
    before = counts(demo_db)
    wizard = window.import_roster()
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert wizard.windowTitle() == "Importer medlemsliste fra Excel"
    assert wizard.currentId() == ImportWizard.PAGE_FILE
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet

    qtbot.keyClicks(wizard.file_page.path, str(workbook))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ImportWizard.PAGE_PREVIEW
    page = wizard.preview_page
    assert page.sheet.currentText() == "Nye medlemer"
    assert table_texts(page.rows, PreviewRowsModel.COL_NAME) == ["Siri Bjørke", "Ola Nygård"]
    assert table_texts(page.rows, PreviewRowsModel.COL_EMAIL) == ["siri.bjorke@example.no", "ola.nygard@example.no"]
    assert table_texts(page.rows, PreviewRowsModel.COL_PHONE) == ["", ""]  # "Mobilnr" is not known yet
    # The unknown column gets a choice; the user says it is the phone number.
    assert list(page.column_combos) == [5]
    combo = page.column_combos[5]
    assert combo.accessibleName() == "Felt for kolonne E"
    combo.setCurrentIndex(combo.findData("phone"))
    assert wizard.column_map == {"Nye medlemer": {5: "phone"}}
    assert table_texts(page.rows, PreviewRowsModel.COL_PHONE) == ["91 23 45 67", "+47 55 12 34 56"]
    assert workbook_reads.parsed == 1  # mapped on the rows already read, not by reading the file again
    assert page.problems_title.text() == "Ingen problemer funnet."

    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_TARGET
    target = wizard.target_page
    target.one_body.setChecked(True)
    target.body.setCurrentIndex(target.body.findData(body_id(demo_db, "MFU")))
    wizard.next()

    assert wizard.currentId() == ImportWizard.PAGE_DRY_RUN
    dry = wizard.dry_run_page
    assert dry.result is not None and not dry.result.errors
    assert dry.result.memberships_added == 2 and dry.result.people_added == 2
    assert "legge til 2 medlemskap" in dry.summary.text()
    assert counts(demo_db) == before  # a trial run saves nothing
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isEnabled() and commit.text() == "&Importer"

    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ImportWizard.PAGE_RESULT
    result = wizard.result_page.result
    assert result is not None and result.memberships_added == 2
    assert wizard.result_page.subTitle() == "Medlemslisten er importert."
    assert counts(demo_db) == (before[0] + 2, before[1] + 2)
    with demo_db.session() as s:
        added = {m.name: m for m in queries.body_members(s, body_id(demo_db, "MFU")) if m.name in ("Siri Bjørke", "Ola Nygård")}
    assert added["Ola Nygård"].role == Role.OBSERVER
    assert added["Siri Bjørke"].phone == "91 23 45 67"
    # The register on screen follows.
    window.register_page.bodies.select_body(body_id(demo_db, "MFU"))
    assert "Siri Bjørke" in table_texts(window.register_page.bodies.members, 0)
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_import_wizard_on_an_exported_roster_into_an_empty_structure(qtbot, demo_db, db, nb, tmp_path):
    """A roster exported from the demo goes back, sheet by sheet, into the same bodies in a new file."""
    out = tmp_path / "demo-ssu.xlsx"
    ssu = body_id(demo_db, "SSU")
    with demo_db.session() as s:
        export_roster(s, out, body_id=ssu)
        expected = queries.body_members(s, ssu)
    from hfdesk.services import register

    with db.transaction() as s:
        psm = register.create_body(s, "Partnarskapsmøte", 1, short_name="PSM")
        register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU", parent_id=psm.id)
    window = make_window(qtbot, db)
    wizard = window.import_roster()
    wizard.file_page.path.setText(str(out))
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_PREVIEW
    assert [wizard.preview_page.sheet.itemText(i) for i in range(wizard.preview_page.sheet.count())] == ["SSU"]
    assert "Oversikt" in wizard.preview_page.summary.text()  # the overview sheet is left out, and said so
    wizard.next()
    assert wizard.target_page.by_sheet.isChecked()
    wizard.next()
    assert wizard.dry_run_page.result is not None and not wizard.dry_run_page.result.errors, [
        e.message for e in wizard.dry_run_page.result.errors
    ]
    wizard.next()
    assert wizard.result_page.result.memberships_added == len(expected)
    with db.session() as s:
        got = queries.body_members(s, body_id(db, "SSU"))
    assert sorted((m.name, m.role) for m in got) == sorted((m.name, m.role) for m in expected)


def test_import_wizard_names_every_header_in_both_written_standards(qtbot, window):
    wizard = window.import_roster()
    note = wizard.file_page.headers_note
    assert note.isVisible()
    for pair in ("Navn/Namn", "Rettigheter/Rettar", "Periode fra/Periode frå"):
        assert pair in note.text(), pair
    for header in ("Rolle", "Representerer", "Organisasjon", "Part", "Område", "E-post", "Telefon",
                   "Periode til", "Vara for"):  # fmt: skip (the same in both)
        assert header in note.text(), header
    assert "Ingenting blir importert før siste steg." in wizard.file_page.subTitle()
    wizard.reject()


def test_import_wizard_refuses_a_bad_file_and_imports_nothing(qtbot, window, demo_db, tmp_path):
    bad = tmp_path / "medlemmer.xlsx"
    bad.write_text("Navn;Rolle\nKari;Medlem\n", encoding="utf-8")
    before = counts(demo_db)
    wizard = window.import_roster()
    wizard.file_page.path.setText(str(bad))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ImportWizard.PAGE_FILE
    message = wizard.file_page.error.text()
    assert wizard.file_page.error.isVisible() and message
    assert "xlsx" in message.lower() or "arbeidsbok" in message.lower(), message
    assert counts(demo_db) == before
    # An empty workbook is a bad file too.
    empty = tmp_path / "tom.xlsx"
    openpyxl.Workbook().save(empty)
    wizard.file_page.path.setText(str(empty))
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_FILE
    assert wizard.file_page.error.text() == "Arbeidsboken er tom."
    wizard.reject()
    assert counts(demo_db) == before


def test_import_wizard_problems_stop_the_import(qtbot, window, demo_db, tmp_path):
    workbook = write_xlsx(
        tmp_path / "feil.xlsx",
        {
            "MFU": [
                ["Navn", "Rolle", "Representerer", "E-post", "Periode fra"],
                ["Kari Lie", "Medlem", "Ukjent forening", "kari@example.no", "01.01.2024"],
                ["Per Lie", "Sjef", "Bergen kommune", "ikke-epost", "ikke en dato"],
            ]
        },
    )
    before = counts(demo_db)
    wizard = window.import_roster()
    wizard.file_page.path.setText(str(workbook))
    wizard.next()
    page = wizard.preview_page
    problems = page.problems.model()
    assert problems.rowCount() >= 2
    rows = {problems.index(r, 1).data(DISPLAY) for r in range(problems.rowCount())}
    assert "3" in rows and {problems.index(r, 0).data(DISPLAY) for r in range(problems.rowCount())} == {"MFU"}
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_DRY_RUN
    assert wizard.dry_run_page.result.errors
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert "Ingenting blir importert" in wizard.dry_run_page.summary.text()
    assert counts(demo_db) == before
    wizard.reject()


def big_roster(path: Path, rows: int = 6_000) -> Path:
    return write_xlsx(path, {"MFU": [["Navn", "Rolle", "Representerer", "E-post"]] + [
        [f"Person {i} Nesse", "Medlem", "Bergen kommune", f"person{i}@example.no"] for i in range(rows)
    ]})


def test_import_wizard_reads_in_a_worker_with_progress_and_cancel(qtbot, window, demo_db, tmp_path, monkeypatch):
    """A big workbook is read off the GUI thread: the window keeps answering, a progress bar
    moves, and Cancel stops the reading at once, imports nothing and leaves the wizard usable."""
    import threading

    from hfdesk.ui.dialogs import import_wizard as wizard_module

    workbook = big_roster(tmp_path / "stor.xlsx")
    readers: list[threading.Thread] = []
    reading = threading.Event()
    read_roster = wizard_module.read_roster

    gui_saw_a_third = threading.Event()

    def watched_read_roster(*args, progress, **kwargs):
        readers.append(threading.current_thread())
        reading.set()

        def progress_then_wait(done: int, total: int) -> None:
            progress(done, total)
            if total and done >= total // 3:
                # The worker goes on only once the window has shown this (and the user has
                # pressed Cancel): however busy the machine, the GUI sees the reading under way.
                gui_saw_a_third.wait(timeout=120)

        try:
            return read_roster(*args, progress=progress_then_wait, **kwargs)
        finally:
            reading.clear()

    monkeypatch.setattr(wizard_module, "read_roster", watched_read_roster)
    before = counts(demo_db)
    wizard = window.import_roster()
    page = wizard.file_page
    page.path.setText(str(workbook))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    shown: list[tuple[int, int]] = []
    while_reading: list[bool] = []

    def user_looks_then_cancels(done: int, total: int) -> None:
        # This runs in the GUI thread while the worker reads: the window is alive.
        shown.append((done, total))
        while_reading.append(reading.is_set())
        assert page.progress.isVisible() and page.cancel_button.isVisible() and page.cancel_button.isEnabled()
        assert not next_button.isEnabled() and not page.path.isEnabled()
        if total and done >= total // 3:
            assert page.progress.maximum() == total and page.progress.value() == done
            assert page.status.text() == page.tr("Reading «{name}»…").format(name="stor.xlsx")
            wizard.grab().save(str(tmp_path / "veiviser-les.png"))  # looked at while reviewing
            qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
            gui_saw_a_third.set()

    wizard.reading_progress.connect(user_looks_then_cancels)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    wizard.reading_progress.disconnect(user_looks_then_cancels)
    assert readers and readers[0] is not threading.main_thread()
    assert any(while_reading)  # the GUI thread showed progress while the worker was still reading
    assert shown and shown[-1][1] == 6_001 and shown[-1][0] < 6_001  # cancelled part way
    # Cancelled: still on the first page, told so, nothing read or imported, ready to go again.
    assert wizard.currentId() == ImportWizard.PAGE_FILE and wizard.preview is None
    assert page.status.isVisible() and page.status.text() == page.tr("Reading was cancelled. Nothing has been imported.")
    assert not page.progress.isVisible() and not page.cancel_button.isVisible() and not page.error.isVisible()
    assert next_button.isEnabled() and page.path.isEnabled()
    assert counts(demo_db) == before
    assert wizard.wait_for_readers()  # the worker stopped at its next row

    # Next again, left alone: the whole workbook is read and previewed.
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ImportWizard.PAGE_PREVIEW
    assert wizard.preview_page.rows.model().rowCount() == 6_000
    assert len(readers) == 2 and readers[1] is not threading.main_thread()
    assert counts(demo_db) == before
    wizard.reject()


def test_closing_the_import_wizard_while_it_reads_stops_the_reading(qtbot, window, demo_db, tmp_path):
    workbook = big_roster(tmp_path / "stor.xlsx")
    before = counts(demo_db)
    wizard = window.import_roster()
    wizard.file_page.path.setText(str(workbook))
    wizard.reading_progress.connect(lambda done, total: wizard.isVisible() and wizard.reject())
    assert wizard.file_page.validatePage() is False
    assert not wizard.isVisible() and wizard.preview is None
    assert wizard.wait_for_readers()
    assert counts(demo_db) == before


def test_import_wizard_tells_about_hidden_sheets(qtbot, window, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "MFU"
    for row in [["Navn", "Rolle", "E-post"], ["Siri Bjørke", "Medlem", "siri@example.no"]]:
        wb.active.append(row)
    hidden = wb.create_sheet("Gammel liste")
    hidden.sheet_state = "hidden"
    for row in [["Navn", "Rolle"], ["Gunnar Skjult", "Medlem"]]:
        hidden.append(row)
    wb.save(tmp_path / "skjult.xlsx")
    wizard = window.import_roster()
    wizard.file_page.path.setText(str(tmp_path / "skjult.xlsx"))
    wizard.next()
    page = wizard.preview_page
    assert wizard.currentId() == ImportWizard.PAGE_PREVIEW
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == ["MFU"]
    assert page.tr("Hidden in Excel, not read: {names}.").format(names="«Gammel liste»") in page.summary.text()
    assert "Gunnar Skjult" not in table_texts(page.rows, PreviewRowsModel.COL_NAME)
    wizard.reject()


def test_import_wizard_can_browse_for_the_file(qtbot, window, tmp_path, monkeypatch):
    chosen = tmp_path / "valgt.xlsx"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    wizard = window.import_roster()
    qtbot.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)
    assert wizard.file_page.path.text() == str(chosen)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


# --- export ------------------------------------------------------------------------------------


def test_export_the_selected_body_and_open_it(qtbot, window, demo_db, tmp_path, monkeypatch):
    ssu = body_id(demo_db, "SSU")
    window.register_page.bodies.select_body(ssu)
    target = tmp_path / "ssu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(files_module.ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.one.isChecked() and "Strategisk samarbeidsutval" in dialog.one.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".xlsx")
    assert dialog.written == written and written.is_file()
    assert opened == [str(written)]
    wb = openpyxl.load_workbook(written)
    assert "SSU" in wb.sheetnames and len([n for n in wb.sheetnames if n not in ("Oversikt", "Avvik")]) == 1
    assert window.statusBar().currentMessage() == f"Lagret {written.name}"


def test_export_the_whole_register(qtbot, window, demo_db, tmp_path, monkeypatch):
    target = tmp_path / "alle.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail("must not open"))
    dialog = window.export_roster()
    dialog.whole.setChecked(True)
    assert dialog.export() == target
    with demo_db.session() as s:
        n_bodies = len(queries.list_bodies(s))
    sheets = openpyxl.load_workbook(target).sheetnames
    assert len([n for n in sheets if n not in ("Oversikt", "Avvik")]) == n_bodies


def test_export_file_in_use_is_shown_and_the_dialog_stays(qtbot, window, tmp_path, monkeypatch, errors):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.xlsx"), ""))

    def in_use(*_a, **_k):
        raise FileInUse("«x.xlsx» er åpen i et annet program (Excel?). Lukk den og prøv igjen.")

    monkeypatch.setattr(files_module, "export_roster", in_use)
    dialog = window.export_roster()
    assert dialog.export() is None
    assert errors == ["«x.xlsx» er åpen i et annet program (Excel?). Lukk den og prøv igjen."]
    assert dialog.isVisible()
    dialog.reject()


def test_export_cancelled_file_dialog_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog = window.export_roster()
    assert dialog.export() is None and dialog.isVisible()
    assert list(tmp_path.glob("*.xlsx")) == []
    dialog.reject()


# --- templates ---------------------------------------------------------------------------------


def test_new_structure_from_a_template(qtbot, db, nb):
    window = make_window(qtbot, db)
    assert window.register_page.bodies.tree_model.rowCount() == 0
    dialog = window.new_structure_from_template()
    assert dialog.isVisible() and dialog.windowTitle() == "Ny struktur fra mal"
    dialog.template.setCurrentIndex(dialog.template.findData("national"))
    assert "Lager ingen organisasjoner" in dialog.description.text()
    dialog.template.setCurrentIndex(dialog.template.findData("bergen"))
    assert "18 kommunene" in dialog.description.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with db.session() as s:
        bodies = queries.list_bodies(s)
    assert len(bodies) == dialog.created > 4
    assert len(window.register_page.bodies.tree_model.bodies()) == len(bodies)
    # The same template again is refused inline: nothing is created twice.
    again = window.new_structure_from_template()
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    assert again.isVisible() and "finnes allerede" in again.error_text()
    with db.session() as s:
        assert len(queries.list_bodies(s)) == len(bodies)
    again.reject()


def test_file_menu_has_the_register_actions(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert "Ny &struktur fra mal…" in texts
    assert "&Eksporter medlemsliste til Excel…" in texts
    assert "&Importer medlemsliste fra Excel…" in texts
