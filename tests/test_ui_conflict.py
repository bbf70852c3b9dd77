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


def test_a_register_form_shows_the_colleagues_value_beside_the_users(qtbot, ops, demo_db):
    """The person form: the colleague changed the e-mail the user is changing too."""
    from hfdesk.models import Person
    from hfdesk.services import register
    from hfdesk.ui.dialogs.register import PersonDialog

    with demo_db.session() as s:
        person = s.scalars(sa.select(Person).where(Person.email != "").order_by(Person.id)).first()
        person_id, family = person.id, person.family_name
    form = PersonDialog(ops, person_id)
    qtbot.addWidget(form)
    form.open()
    qtbot.waitExposed(form)
    type_into(qtbot, form.fields.email, "ny.adresse@alver.kommune.no")
    with demo_db.transaction() as s:
        register.update_person(s, person_id, given_name="Kari", family_name=family, email="kollega@alver.kommune.no")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(form.conflict_dialog, ConflictDialog) and form.conflict_dialog.isVisible())
    dialog = form.conflict_dialog
    assert "personen «Kari " in dialog.message.text()
    # the e-mail both changed is asked about; the given name only the colleague changed is theirs
    assert [label.text() for label in dialog.theirs_labels] == ["kollega@alver.kommune.no"]
    assert [label.text() for label in dialog.mine_labels] == ["ny.adresse@alver.kommune.no"]
    with qtbot.waitSignal(form.saved, timeout=3000):
        qtbot.mouseClick(dialog.reapply_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        saved_person = s.get(Person, person_id)
        assert (saved_person.given_name, saved_person.email) == ("Kari", "ny.adresse@alver.kommune.no")


def test_meeting_modes_decision_typed_over_a_colleagues_is_asked_about_and_kept(qtbot, window, demo_db):
    """The decision text saves itself as it is typed; a colleague's decision saved meanwhile is
    shown beside it, and «Use My Changes» saves the text typed here."""
    from PySide6.QtWidgets import QApplication as App

    from hfdesk.models import ConclusionKind
    from hfdesk.services import live, queries

    with demo_db.session() as s:
        meeting_id = next(r.id for r in queries.list_meetings(s)
                          if r.status == MeetingStatus.NOTICE_SENT and r.body_short_name == "SSU")
    window.open_meeting_mode(meeting_id)
    page = window.live_page
    item_id = page.current_item_id()
    with demo_db.transaction() as s:
        live.conclude(s, item_id, ConclusionKind.NOTED, decision_text="Teke til orientering.")
    page.go_to_item(item_id)
    page.invalidate()
    App.processEvents()
    assert page.decision.toPlainText() == "Teke til orientering."
    with demo_db.transaction() as s:  # the colleague's decision, not announced here
        live.set_decision_text(s, item_id, "Olas vedtak.")
    page.decision.setFocus()
    page.decision.selectAll()
    qtbot.keyClicks(page.decision, "Karis vedtak.")
    page.decision.flush()
    qtbot.waitUntil(lambda: page.decision_conflict is not None and page.decision_conflict.isVisible())
    dialog = page.decision_conflict
    assert [label.text() for label in dialog.theirs_labels] == ["Olas vedtak."]
    assert [label.text() for label in dialog.mine_labels] == ["Karis vedtak."]
    qtbot.mouseClick(dialog.reapply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.decision_conflict is None)
    with demo_db.session() as s:
        assert s.get(AgendaItem, item_id).conclusion.decision_text == "Karis vedtak."
    page.decision.selectAll()
    qtbot.keyClicks(page.decision, "Karis vedtak, retta.")
    page.decision.flush()  # based on her own saved version now: saved without a question
    assert page.decision_conflict is None
    with demo_db.session() as s:
        assert s.get(AgendaItem, item_id).conclusion.decision_text == "Karis vedtak, retta."
