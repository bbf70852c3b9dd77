"""More Files on the Meetings page: the notice as an e-mail ready to send, with the question
whether exempt papers go with it (no by default, the taushetsplikt reason shown)."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from hfdesk.services import queries
from hfdesk.services.meeting_view import has_exempt_items
from hfdesk.ui.dialogs import meeting_files
from hfdesk.ui.dialogs.meeting_files import MailOptionsDialog
from hfdesk.ui.main_window import PAGE_MEETINGS

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window, monkeypatch):
    monkeypatch.setattr(meeting_files, "find_converter", lambda: None)
    import hfdesk.exports.pdf as pdf

    monkeypatch.setattr(pdf, "find_converter", lambda **_: None)  # the .docx: no seconds of LibreOffice
    window.show_page(PAGE_MEETINGS)
    return window.meetings_page


def _meeting_with_exempt_items(page, demo_db) -> int:
    with demo_db.session() as s:
        row = next(r for r in queries.list_meetings(s) if has_exempt_items(s, r.id))
    page.year.setCurrentIndex(page.year.findData(row.starts_at.year))
    page.body.setCurrentIndex(0)
    assert page.select_meeting(row.id)
    return row.id


@pytest.mark.parametrize("tick", [False, True])
def test_the_notice_as_an_email_asks_about_exempt_papers_first(qtbot, page, demo_db, monkeypatch, tmp_path, tick):
    _meeting_with_exempt_items(page, demo_db)
    assert page.mail_notice_action in page.more_files_menu.actions()
    assert page.mail_notice_action.isEnabled()
    seen: dict = {}

    def answer(dialog: MailOptionsDialog) -> int:
        qtbot.addWidget(dialog)
        seen["default"] = dialog.include_exempt.isChecked()
        seen["reason"] = dialog.reason.text()
        dialog.include_exempt.setChecked(tick)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MailOptionsDialog, "exec", answer)
    out = tmp_path / "innkalling"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)

    page.mail_notice_action.trigger()

    assert seen["default"] is False and "taushetsplikt" in seen["reason"]
    written = tmp_path / "innkalling.eml"
    message = BytesParser(policy=policy.default).parsebytes(written.read_bytes())
    assert message["X-Unsent"] == "1" and message["To"].addresses
    assert any(p.get_content_type() == "text/calendar" for p in message.walk())
    text = message.get_body(preferencelist=("plain",)).get_content()
    left_out_said = "ut på anna vis" in text or "ut på annen måte" in text
    assert left_out_said is not tick
    assert len(asked) == 1 and "innkalling.eml" in asked[0]
    assert ("not attached" in asked[0] or "ikke lagt ved" in asked[0] or "ikkje lagde ved" in asked[0]) is not tick


def test_cancelling_the_question_writes_nothing(qtbot, page, demo_db, monkeypatch, tmp_path):
    _meeting_with_exempt_items(page, demo_db)
    monkeypatch.setattr(MailOptionsDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: pytest.fail("no file asked for"))
    assert page.export_mail(meeting_files.MAIL_NOTICE) is None
    assert not list(tmp_path.rglob("*.eml"))
