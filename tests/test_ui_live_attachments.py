"""Opening an attachment of the current item from meeting mode (issue 19, point 12): the file
opens from a private copy, and when no program on the computer opens it the user is told so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from hfdesk.models import MeetingStatus
from hfdesk.services import queries
from hfdesk.services.attachments import add_attachment_to_item

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, window, demo_db):
    with demo_db.session() as s:
        mid = next(r.id for r in queries.list_meetings(s)
                   if r.status == MeetingStatus.NOTICE_SENT and r.body_short_name == "SSU")
    window.open_meeting_mode(mid)
    page = window.live_page
    with demo_db.transaction() as s:
        add_attachment_to_item(s, page.current_item_id(), "budsjett.pdf", b"%PDF-1.4 test", title="Budsjett 2027")
    return page


def _menu_texts(page) -> list[str]:
    page._fill_attachments()  # what opening the menu does (aboutToShow)
    return [a.text() for a in page.attachments_menu.actions()]


def test_the_items_attachments_open_from_meeting_mode(page, monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True)
    assert page.attachments_action.isEnabled()
    assert _menu_texts(page) == ["Budsjett 2027"]
    page.attachments_menu.actions()[0].trigger()
    assert len(opened) == 1 and opened[0].name == "budsjett.pdf"
    assert opened[0].read_bytes() == b"%PDF-1.4 test"


def test_no_program_to_open_it_is_said_not_silent(page, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    _menu_texts(page)
    page.attachments_menu.actions()[0].trigger()
    QApplication.processEvents()
    assert shown and "budsjett.pdf" in shown[0]
    assert "program" in shown[0].lower()


def test_an_item_without_attachments_says_so(page):
    page.next_item()
    assert _menu_texts(page) == ["Saken har ingen vedlegg."]
    assert not page.attachments_menu.actions()[0].isEnabled()
