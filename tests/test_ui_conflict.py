"""Colleagues do not overwrite each other, on screen (issue 22, point 3): the case editor saves with
the version it loaded; when a colleague saved the same case meanwhile, the conflict dialog says who
and when, shows their text beside the user's, and nothing typed is lost whichever way the user goes.

The colleague is a second session on the same database (hfdesk guards a file against a second opener
in one process): what another secretary's screen would save.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hfdesk.models import AgendaItem, Meeting, MeetingStatus
from hfdesk.services import agenda
from hfdesk.ui.dialogs.case_editor import CaseDialog
from hfdesk.ui.dialogs.conflict import ConflictDialog
from hfdesk.ui.ops import Ops

pytestmark = pytest.mark.gui


@pytest.fixture
def ops(demo_db, nb):
    return Ops(demo_db)


def a_case(db) -> int:
    with db.session() as s:
        item_id = s.scalars(
            sa.select(AgendaItem.id).join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.status == MeetingStatus.NOTICE_SENT, AgendaItem.standard.is_(None))
            .order_by(Meeting.starts_at, AgendaItem.position)
        ).first()
    assert item_id is not None
    return item_id


def open_editor(qtbot, ops, item_id: int) -> CaseDialog:
    dialog = CaseDialog(ops, None, item_id=item_id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def colleague_saves(db, item_id: int, **fields: object) -> None:
    with db.transaction() as s:
        agenda.update_item(s, item_id, **fields)


def saved(db, item_id: int) -> AgendaItem:
    with db.session() as s:
        item = s.get(AgendaItem, item_id)
        assert item is not None
        s.expunge(item)
        return item


def conflict_of(qtbot, editor: CaseDialog) -> ConflictDialog:
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(editor.conflict_dialog, ConflictDialog) and editor.conflict_dialog.isVisible())
    dialog = editor.conflict_dialog
    assert isinstance(dialog, ConflictDialog)
    return dialog


def test_the_conflict_dialog_shows_the_colleagues_text_and_use_mine_saves_the_users(qtbot, ops, demo_db):
    item_id = a_case(demo_db)
    editor = open_editor(qtbot, ops, item_id)
    title = editor.title_edit.text()
    type_into(qtbot, editor.background, "Karis saksutgreiing, skriven medan Ola også skreiv.")
    colleague_saves(demo_db, item_id, background="Olas saksutgreiing.")

    dialog = conflict_of(qtbot, editor)
    assert editor.isVisible()  # nothing saved, the editor open with the user's text
    assert saved(demo_db, item_id).background == "Olas saksutgreiing."
    message = dialog.message.text()
    assert f"saken «{title[:40]}" in message and " kl. " in message and "etter at du åpnet den" in message
    assert saved(demo_db, item_id).changed_by in message
    assert [label.text() for label in dialog.theirs_labels] == ["Olas saksutgreiing."]
    assert [label.text() for label in dialog.mine_labels] == ["Karis saksutgreiing, skriven medan Ola også skreiv."]
    qtbot.wait(100)  # the layout settled (the scroll area drops its bar)
    dialog.grab().save("/tmp/h-ver/shot-conflict.png")

    with qtbot.waitSignal(editor.saved, timeout=3000):
        qtbot.mouseClick(dialog.reapply_button, Qt.MouseButton.LeftButton)
    item = saved(demo_db, item_id)
    assert item.background == "Karis saksutgreiing, skriven medan Ola også skreiv."
    assert not editor.isVisible()


def test_copy_my_text_puts_it_on_the_clipboard_and_shows_the_colleagues(qtbot, ops, demo_db):
    item_id = a_case(demo_db)
    editor = open_editor(qtbot, ops, item_id)
    type_into(qtbot, editor.proposed_decision, "Mitt framlegg til vedtak.")
    colleague_saves(demo_db, item_id, proposed_decision="Olas framlegg til vedtak.")
    dialog = conflict_of(qtbot, editor)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.conflict_dialog is None)
    assert QApplication.clipboard().text() == "Mitt framlegg til vedtak."
    assert editor.isVisible() and editor.proposed_decision.toPlainText() == "Olas framlegg til vedtak."
    # the editor now stands on the colleague's version: an edit of it saves without a question
    type_into(qtbot, editor.proposed_decision, "Olas framlegg, med mitt tillegg.")
    with qtbot.waitSignal(editor.saved, timeout=3000):
        qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert saved(demo_db, item_id).proposed_decision == "Olas framlegg, med mitt tillegg."


def test_cancel_keeps_the_editor_open_with_the_users_text(qtbot, ops, demo_db):
    item_id = a_case(demo_db)
    editor = open_editor(qtbot, ops, item_id)
    type_into(qtbot, editor.title_edit, "Karis tittel")
    colleague_saves(demo_db, item_id, title="Olas tittel")
    dialog = conflict_of(qtbot, editor)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.conflict_dialog is None)
    assert editor.isVisible() and editor.title_edit.text() == "Karis tittel"
    assert saved(demo_db, item_id).title == "Olas tittel"


def test_different_fields_changed_by_each_are_both_kept_without_a_question(qtbot, ops, demo_db):
    """Ola changed the title, Kari the background: no conflict to show; both edits are saved."""
    item_id = a_case(demo_db)
    editor = open_editor(qtbot, ops, item_id)
    type_into(qtbot, editor.background, "Karis saksutgreiing.")
    colleague_saves(demo_db, item_id, title="Olas nye tittel")
    with qtbot.waitSignal(editor.saved, timeout=3000):
        qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.conflict_dialog is None
    item = saved(demo_db, item_id)
    assert (item.title, item.background) == ("Olas nye tittel", "Karis saksutgreiing.")
