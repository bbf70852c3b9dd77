"""The year report and the lists beside it in the app (issue 20, points 4, 6, 7): File → Year
Report… writes the Word or Excel report or the attendance per person; the Follow-ups page
exports what its list shows."""

from __future__ import annotations

import zipfile
from datetime import date

import docx
import openpyxl
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from hfdesk.services import queries
from hfdesk.ui.dialogs.year_report import PERSON_ATTENDANCE, YEAR_EXCEL, YEAR_WORD, YearReportDialog
from hfdesk.ui.main_window import PAGE_FOLLOW_UPS


def _answer_no(monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    return asked


def test_the_file_menu_opens_the_year_report_dialog(qtbot, window):
    window.year_report_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, YearReportDialog) and w.isVisible())
    assert dialog.windowTitle() == "Årsmelding"
    assert dialog.kind.value() == YEAR_WORD
    assert dialog.year.value() == 2026  # the demo's year, late in it
    assert dialog.year.isVisible() and not dialog.start.isVisible()
    dialog.kind.set_value(PERSON_ATTENDANCE)
    assert dialog.start.isVisible() and not dialog.year.isVisible()
    assert (dialog.start.value(), dialog.end.value()) == (date(2026, 1, 1), date(2026, 6, 30))
    dialog.reject()


def test_the_dialog_writes_the_word_and_the_excel_report(qtbot, window, tmp_path, monkeypatch):
    asked = _answer_no(monkeypatch)
    for kind, name in ((YEAR_WORD, "rapport.docx"), (YEAR_EXCEL, "rapport.xlsx")):
        dialog = YearReportDialog(window.ops, window, start_folder=tmp_path)
        qtbot.addWidget(dialog)
        dialog.kind.set_value(kind)
        suggested: list[str] = []
        target = tmp_path / name

        def save_as(_parent, _title, proposed, _filter, target=target, suggested=suggested):
            suggested.append(proposed)
            return str(target), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
        assert dialog.export() == target
        assert suggested[0].endswith("årsmelding 2026" + target.suffix)
    document = docx.Document(str(tmp_path / "rapport.docx"))
    assert len(document.inline_shapes) == 3
    with zipfile.ZipFile(tmp_path / "rapport.xlsx") as z:
        assert sum(n.startswith("xl/charts/chart") for n in z.namelist()) == 6
    assert len(asked) == 2 and "rapport.xlsx" in asked[1]


def test_attendance_per_person_from_the_dialog_for_one_body(qtbot, window, demo_db, tmp_path, monkeypatch):
    _answer_no(monkeypatch)
    with demo_db.session() as s:
        ssu = next(b for b in queries.list_bodies(s) if b.short_name == "SSU")
    dialog = YearReportDialog(window.ops, window, start_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.kind.set_value(PERSON_ATTENDANCE)
    dialog.body.set_value(ssu.id)
    target = tmp_path / "oppmøte.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert dialog.export() == target
    rows = list(openpyxl.load_workbook(target)["Møte"].iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == "Namn")
    assert {r[2] for r in rows[start + 1 :] if r[0]} == {"SSU"}


def test_the_follow_up_page_exports_what_its_list_shows(qtbot, window, demo_db, tmp_path, monkeypatch):
    window.show_page(PAGE_FOLLOW_UPS)
    page = window.follow_ups_page
    _answer_no(monkeypatch)
    for which in ("overdue", "done", "all"):
        page.set_filter(which)
        shown = sorted(page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount()))
        target = tmp_path / f"{which}.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, target=target, **k: (str(target), ""))
        page.export_button.click()
        rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
        start = next(i for i, r in enumerate(rows) if r[0] == "Kva")
        assert sorted(r[0] for r in rows[start + 1 :] if r[0]) == shown, which
        assert shown or which != "all"


def test_the_word_report_can_be_saved_as_pdfa(qtbot, window, tmp_path, monkeypatch, libreoffice):
    asked = _answer_no(monkeypatch)
    dialog = YearReportDialog(window.ops, window, start_folder=tmp_path)
    qtbot.addWidget(dialog)
    filters: list[str] = []
    target = tmp_path / "årsmelding.pdf"

    def save_as(_parent, _title, _proposed, file_filter):
        filters.append(file_filter)
        return str(target), "PDF/A (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert dialog.export() == target
    assert "PDF/A (*.pdf)" in filters[0]
    assert target.read_bytes().startswith(b"%PDF") and b"pdfaid" in target.read_bytes()
    assert not any(p.suffix == ".docx" for p in tmp_path.iterdir())  # the Word file only in a temporary folder
    assert len(asked) == 1 and "årsmelding.pdf" in asked[0]
