"""The Meetings page offers the notice and the minutes as PDF/A in the save dialog; without
LibreOffice or Word the user is told so and gets the Word document instead."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hfdesk.exports.pdf import is_pdfa
from hfdesk.models import MeetingStatus
from hfdesk.services import queries
from hfdesk.ui.dialogs import meeting_files
from hfdesk.ui.main_window import PAGE_MEETINGS

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window):
    window.show_page(PAGE_MEETINGS)
    return window.meetings_page


@pytest.fixture
def dialog(monkeypatch, tmp_path):
    """The save dialog answers with `answer["path"]` and `answer["filter"]`; it records the file
    types it offered. The 'open it?' question answers No and records its text."""
    answer: dict = {"path": "", "filter": "", "filters": [], "asked": [], "folder": tmp_path / "ut"}
    answer["folder"].mkdir()

    def save_name(_parent, _title, _suggested, file_filter):
        answer["filters"].append(file_filter)
        return str(answer["path"]), answer["filter"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: answer["asked"].append(a[2]) or QMessageBox.StandardButton.No
    )
    return answer


def _select(page, demo_db, status: MeetingStatus) -> int:
    with demo_db.session() as s:
        row = next(r for r in queries.list_meetings(s) if r.status == status and r.item_count)
    page.year.setCurrentIndex(page.year.findData(row.starts_at.year))
    page.body.setCurrentIndex(0)
    assert page.select_meeting(row.id)
    return row.id


def test_the_documents_offer_pdfa_and_the_calendar_does_not(qtbot, page, demo_db, dialog):
    _select(page, demo_db, MeetingStatus.HELD)
    for action in (page.export_notice, page.export_minutes, page.export_calendar):
        action()  # the dialog is cancelled (empty name): nothing written
    notice, minutes, calendar = dialog["filters"]
    assert notice.split(";;") == ["Word-dokumenter (*.docx)", "PDF/A (*.pdf)"]
    assert minutes.split(";;")[-1] == "PDF/A (*.pdf)"
    assert "pdf" not in calendar
    assert not any(dialog["folder"].iterdir())


def test_minutes_saved_as_pdfa(qtbot, page, demo_db, dialog, libreoffice):
    _select(page, demo_db, MeetingStatus.HELD)
    dialog["path"] = dialog["folder"] / "referat"  # no suffix: the PDF/A file type decides
    dialog["filter"] = "PDF/A (*.pdf)"
    written = page.export_minutes()
    out = dialog["folder"] / "referat.pdf"
    assert written == out
    assert is_pdfa(out.read_bytes())
    assert [p.name for p in dialog["folder"].iterdir()] == ["referat.pdf"]  # the .docx was temporary
    assert len(dialog["asked"]) == 1 and "referat.pdf" in dialog["asked"][0]


def test_without_a_converter_the_user_is_told_and_gets_the_word_document(
    qtbot, page, demo_db, dialog, monkeypatch
):
    monkeypatch.setattr(meeting_files, "find_converter", lambda: None)
    _select(page, demo_db, MeetingStatus.NOTICE_SENT)
    kept = dialog["folder"] / "innkalling.docx"
    kept.write_bytes(b"the secretary's own edited copy")
    dialog["path"] = dialog["folder"] / "innkalling.pdf"
    written = page.export_notice()
    assert written == dialog["folder"] / "innkalling (2).docx"
    assert kept.read_bytes() == b"the secretary's own edited copy"  # never written over unasked
    from docx import Document

    assert Document(str(written)).paragraphs  # a real Word document
    assert not (dialog["folder"] / "innkalling.pdf").exists()
    (message,) = dialog["asked"]
    assert "LibreOffice" in message and "Word" in message and "innkalling (2).docx" in message
