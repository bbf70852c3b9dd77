"""The case editor on screen: a real CaseDialog on a copy of the demo database, driven with
qtbot and checked in the database; its attachments list; opening a stored file."""

from __future__ import annotations

import os
import stat
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from hfdesk.models import (
    AgendaItem,
    Attachment,
    CaseType,
    Meeting,
    MeetingStatus,
    PriorityGroup,
    StandardItem,
)
from hfdesk.services import agenda, meetings
from hfdesk.services.attachments import AttachmentRow, add_attachment_to_item, list_attachments
from hfdesk.services.items import COMMON_LEGAL_BASES
from hfdesk.ui import labels
from hfdesk.ui.dialogs.case_editor import CaseDialog, open_attachment, safe_filename
from hfdesk.ui.models import AttachmentsModel, IdRole, SortProxy
from hfdesk.ui.ops import Change, Ops

pytestmark = pytest.mark.gui

DISPLAY = Qt.ItemDataRole.DisplayRole


def tr(text: str) -> str:
    """A CaseDialog text as the user sees it (bokmål once the catalogue has it)."""
    return QCoreApplication.translate("CaseDialog", text)


# --- fixtures and helpers -------------------------------------------------------------------------


@pytest.fixture
def ops(demo_db, nb):
    return Ops(demo_db)


@pytest.fixture(autouse=True)
def _private_temp(tmp_path, monkeypatch):
    """Copies of opened attachments go under the test's folder, not the machine's temp."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    """QDesktopServices.openUrl records the file it is asked to open instead of starting a program."""
    paths: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: paths.append(Path(url.toLocalFile())) or True)
    return paths


@pytest.fixture
def pick_files(monkeypatch):
    """The open-files dialog answers with the paths the test puts in the list."""
    answer: list[Path] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in answer], "All files (*)")
    )
    return answer


def case_on(db, status: MeetingStatus, *, with_attachments: bool | None = None, standard: bool = False) -> int:
    """A case (or standard item) of a demo meeting in `status`."""
    with db.session() as s:
        stmt = (
            sa.select(AgendaItem.id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.status == status, AgendaItem.not_on_agenda.is_(False))
            .order_by(Meeting.starts_at, AgendaItem.position)
        )
        stmt = stmt.where(AgendaItem.standard.is_not(None) if standard else AgendaItem.standard.is_(None))
        has = sa.exists().where(Attachment.item_id == AgendaItem.id)
        if with_attachments is True:
            stmt = stmt.where(has)
        elif with_attachments is False:
            stmt = stmt.where(~has)
        item_id = s.scalars(stmt).first()
    assert item_id is not None, status
    return item_id


def meeting_in(db, status: MeetingStatus) -> int:
    with db.session() as s:
        meeting_id = s.scalars(sa.select(Meeting.id).where(Meeting.status == status).order_by(Meeting.starts_at)).first()
    assert meeting_id is not None
    return meeting_id


def detail(db, item_id: int) -> agenda.CaseDetail:
    with db.session() as s:
        return agenda.case_detail(s, item_id)


def open_dialog(qtbot, ops, **where) -> CaseDialog:
    """The dialog shown as the active window, as it is when the page opens it."""
    dialog = CaseDialog(ops, None, **where)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def cancelled_case(db) -> int:
    """A case of a meeting cancelled after its notice (the case stays on the cancelled meeting)."""
    item_id = case_on(db, MeetingStatus.NOTICE_SENT)
    with db.transaction() as s:
        meetings.cancel_meeting(s, s.get(AgendaItem, item_id).meeting_id, "Avlyst grunna uvêr")
    return item_id


def press_ok(qtbot, dialog: CaseDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def replace_text(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def pick(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def shown_files(dialog: CaseDialog) -> list[str]:
    model = dialog.attachments_model
    return [model.index(r, AttachmentsModel.COL_FILENAME).data(DISPLAY) for r in range(model.rowCount())]


def select_file(dialog: CaseDialog, filename: str) -> None:
    row = shown_files(dialog).index(filename)
    dialog.attachments.selectRow(row)


def answer_questions(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    return asked


# --- editing a case ---------------------------------------------------------------------------------


def test_edit_every_field_and_save_with_ok(qtbot, ops, demo_db):
    item_id = case_on(demo_db, MeetingStatus.NOTICE_SENT)
    before = detail(demo_db, item_id)
    dialog = open_dialog(qtbot, ops, item_id=item_id)
    assert dialog.windowTitle() == dialog.tr("Edit Case")
    assert dialog.title_edit.text() == before.title
    assert dialog.case_type.value() == before.case_type
    assert before.number in dialog.intro.text()
    assert not dialog.notice.isVisible() and dialog.ok_button.isVisible()

    pick(dialog.case_type, CaseType.DISCUSSION)
    replace_text(qtbot, dialog.title_edit, "Felles plan for barn og unge")
    replace_text(qtbot, dialog.responsible, "Bergen kommune")
    dialog.responsible_person.setCurrentIndex(2)
    person_id = dialog.responsible_person.value()
    assert person_id is not None
    replace_text(qtbot, dialog.put_forward_by, "Brukarutvalet")
    replace_text(qtbot, dialog.background, "Første linje.")
    qtbot.keyClick(dialog.background, Qt.Key.Key_Return)  # a new line, not OK
    qtbot.keyClicks(dialog.background, "Andre linje.")
    assert dialog.isVisible()
    replace_text(qtbot, dialog.proposed_decision, "SSU sluttar seg til planen.")
    for group, check in dialog.group_checks.items():
        check.setChecked(group in (PriorityGroup.CHILDREN_YOUTH, PriorityGroup.MULTIPLE_CHRONIC))
    qtbot.mouseClick(dialog.group_checks[PriorityGroup.FRAIL_ELDERLY], Qt.MouseButton.LeftButton)
    dialog.exempt.setChecked(False)
    assert not dialog.legal_basis.isEnabled()
    qtbot.mouseClick(dialog.exempt, Qt.MouseButton.LeftButton)
    assert dialog.exempt.isChecked() and dialog.legal_basis.isEnabled()
    dialog.legal_basis.setCurrentIndex(COMMON_LEGAL_BASES.index("offl. § 13 jf. hpl. § 21"))
    dialog.duration.selectAll()
    qtbot.keyClicks(dialog.duration, "45")

    with qtbot.waitSignal(dialog.saved) as saved, qtbot.waitSignal(ops.data_changed) as changed:
        press_ok(qtbot, dialog)
    assert saved.args == [item_id] and changed.args == [Change.MEETINGS]
    assert not dialog.isVisible() and dialog.error_text() == ""

    after = detail(demo_db, item_id)
    assert after.case_type == CaseType.DISCUSSION
    assert after.title == "Felles plan for barn og unge"
    assert (after.responsible, after.responsible_person_id) == ("Bergen kommune", person_id)
    assert after.put_forward_by == "Brukarutvalet"
    assert after.background == "Første linje.\nAndre linje."
    assert after.proposed_decision == "SSU sluttar seg til planen."
    assert after.priority_groups == (1, 3, 4)
    assert (after.exempt, after.exemption_basis) == (True, "offl. § 13 jf. hpl. § 21")
    assert after.duration_minutes == 45
    assert after.number == before.number  # the notice made it final
    assert after.attachments == before.attachments


def test_type_an_own_legal_basis_and_save_with_ctrl_enter_from_a_text_field(qtbot, ops, demo_db):
    item_id = case_on(demo_db, MeetingStatus.PLANNED)
    dialog = open_dialog(qtbot, ops, item_id=item_id)
    dialog.exempt.setChecked(True)
    basis = "offl. § 13 jf. fvl. § 13 første ledd nr. 1 og § 15"
    replace_text(qtbot, dialog.legal_basis.lineEdit(), basis)
    replace_text(qtbot, dialog.proposed_decision, "Saka vert send tilbake.")
    dialog.proposed_decision.setFocus()
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.proposed_decision, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    after = detail(demo_db, item_id)
    assert (after.exempt, after.exemption_basis) == (True, basis)
    assert after.proposed_decision == "Saka vert send tilbake."  # no line break from Ctrl+Enter


def test_exempt_without_a_legal_basis_is_refused_inline_and_nothing_is_saved(qtbot, ops, demo_db):
    item_id = case_on(demo_db, MeetingStatus.PLANNED)
    before = detail(demo_db, item_id)
    assert not before.exempt
    dialog = open_dialog(qtbot, ops, item_id=item_id)
    replace_text(qtbot, dialog.title_edit, "Endra tittel")
    assert not dialog.legal_basis.isEnabled()
    qtbot.mouseClick(dialog.exempt, Qt.MouseButton.LeftButton)
    assert dialog.legal_basis.currentText() == ""
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text() == "En sak som er unntatt offentlighet, må ha hjemmel."
    assert dialog.error.isVisible()
    assert dialog.title_edit.text() == "Endra tittel"  # nothing typed is lost
    assert detail(demo_db, item_id) == before
    # Unticking exempt again lets it save (a basis typed earlier is not kept for an open case).
    dialog.exempt.setChecked(False)
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    after = detail(demo_db, item_id)
    assert (after.title, after.exempt, after.exemption_basis) == ("Endra tittel", False, "")


def test_escape_cancels_and_saves_nothing(qtbot, ops, demo_db):
    item_id = case_on(demo_db, MeetingStatus.PLANNED)
    before = detail(demo_db, item_id)
    dialog = open_dialog(qtbot, ops, item_id=item_id)
    replace_text(qtbot, dialog.background, "Skal ikkje lagrast")
    qtbot.keyClick(dialog.background, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert detail(demo_db, item_id) == before


def test_a_standard_item_changes_its_title_and_duration_only(qtbot, ops, demo_db):
    item_id = case_on(demo_db, MeetingStatus.PLANNED, standard=True)
    before = detail(demo_db, item_id)
    dialog = open_dialog(qtbot, ops, item_id=item_id)
    assert dialog.notice.isVisible()
    assert dialog.notice.text() == tr("This is a standard item of the agenda: only its title and duration can be changed.")
    assert dialog.title_edit.isEnabled() and not dialog.title_edit.isReadOnly()
    assert dialog.duration.isEnabled()
    for widget in (
        dialog.case_type,
        dialog.responsible,
        dialog.responsible_person,
        dialog.put_forward_by,
        dialog.background,
        dialog.proposed_decision,
        dialog.exempt,
        dialog.legal_basis,
        *dialog.group_checks.values(),
    ):
        assert not widget.isEnabled(), widget.accessibleName()
    replace_text(qtbot, dialog.title_edit, "Godkjenning av innkalling og sakliste (endra)")
    dialog.duration.setValue(10)
    press_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error_text()
    after = detail(demo_db, item_id)
    assert (after.title, after.duration_minutes) == ("Godkjenning av innkalling og sakliste (endra)", 10)
    assert after.standard == before.standard and after.case_type == before.case_type


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (
            MeetingStatus.MINUTES_APPROVED,
            (
                "The minutes of this meeting are approved and locked, so this case cannot be changed. "
                "Reopen the meeting to change it. Its attachments can still be opened."
            ),
        ),
        (
            MeetingStatus.CANCELLED,
            "The meeting is cancelled, so this case cannot be changed. Its attachments can still be opened.",
        ),
    ],
)
def test_a_case_on_approved_minutes_or_a_cancelled_meeting_opens_read_only(
    qtbot, ops, demo_db, status, reason, opened
):
    item_id = case_on(demo_db, status) if status == MeetingStatus.MINUTES_APPROVED else cancelled_case(demo_db)
    with demo_db.session() as s:
        # The demo builder may attach papers to history; give the case one if it has none.
        has_files = bool(list_attachments(s, item_id))
    if not has_files:
        with demo_db.transaction() as s:
            from hfdesk.services.attachments import add_attachment

            add_attachment(s, s.get(AgendaItem, item_id), "referat.txt", b"historikk")
    before = detail(demo_db, item_id)
    dialog = open_dialog(qtbot, ops, item_id=item_id)
    assert dialog.notice.isVisible() and dialog.notice.text() == tr(reason)
    assert not dialog.ok_button.isVisible()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert cancel.text() == tr("Close")
    for edit in (dialog.title_edit, dialog.responsible, dialog.put_forward_by, dialog.background, dialog.proposed_decision):
        assert edit.isReadOnly()
    for widget in (dialog.case_type, dialog.responsible_person, dialog.exempt, dialog.duration, *dialog.group_checks.values()):
        assert not widget.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "skrive")
    assert dialog.title_edit.text() == before.title  # nothing can be typed
    dialog.background.setFocus()
    qtbot.keyClick(dialog.background, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.save()
    assert not dialog.attach_button.isEnabled()
    dialog.attachments.selectRow(0)
    assert dialog.open_button.isEnabled() and not dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].name == before.attachments[0].filename
    assert detail(demo_db, item_id) == before
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


# --- new cases --------------------------------------------------------------------------------------


def test_a_new_case_on_a_meeting_goes_before_eventuelt_with_the_files_picked(
    qtbot, ops, demo_db, pick_files, opened, tmp_path
):
    meeting_id = meeting_in(demo_db, MeetingStatus.PLANNED)
    with demo_db.session() as s:
        attachments_before = s.scalar(sa.select(sa.func.count()).select_from(Attachment))
    dialog = open_dialog(qtbot, ops, meeting_id=meeting_id)
    assert dialog.windowTitle() == dialog.tr("New Case")
    assert dialog.attach_note.text() == tr("Files are saved with the case when you press OK.")
    one, two = tmp_path / "Saksframlegg.docx", tmp_path / "Utkast.pdf"
    one.write_bytes(b"PK docx")
    two.write_bytes(b"%PDF utkast")
    pick_files[:] = [one, two]
    qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert shown_files(dialog) == ["Saksframlegg.docx", "Utkast.pdf"]
    with demo_db.session() as s:  # nothing is saved before OK
        assert s.scalar(sa.select(sa.func.count()).select_from(Attachment)) == attachments_before
    # A picked file can be taken off the list again without a question.
    select_file(dialog, "Utkast.pdf")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert shown_files(dialog) == ["Saksframlegg.docx"]
    # A picked file opens before the case is saved, from a copy like a stored one.
    select_file(dialog, "Saksframlegg.docx")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in opened] == ["Saksframlegg.docx"] and opened[0].read_bytes() == b"PK docx"

    pick(dialog.case_type, CaseType.INFORMATION)
    qtbot.keyClicks(dialog.title_edit, "Orientering om legevakt")
    qtbot.keyClicks(dialog.put_forward_by, "Brukarutvalet")
    dialog.group_checks[PriorityGroup.FRAIL_ELDERLY].setChecked(True)
    with qtbot.waitSignal(dialog.saved) as saved:
        press_ok(qtbot, dialog)
    item_id = saved.args[0]
    after = detail(demo_db, item_id)
    assert after.place.meeting_id == meeting_id and after.case_type == CaseType.INFORMATION
    assert (after.title, after.put_forward_by, after.priority_groups) == ("Orientering om legevakt", "Brukarutvalet", (3,))
    assert [a.filename for a in after.attachments] == ["Saksframlegg.docx"]
    with demo_db.session() as s:
        items = sorted(s.get(Meeting, meeting_id).items, key=lambda i: i.position)
        assert items[-1].standard == StandardItem.OTHER_BUSINESS
        assert items[-2].id == item_id or items[-2].exempt  # before Eventuelt (and any exempt cases)
        assert s.get(AgendaItem, item_id).number_label  # numbered on the agenda


def test_a_new_case_in_a_backlog(qtbot, ops, demo_db):
    with demo_db.session() as s:
        body_id = s.get(Meeting, meeting_in(demo_db, MeetingStatus.PLANNED)).body_id
    dialog = open_dialog(qtbot, ops, body_id=body_id)
    qtbot.keyClicks(dialog.title_edit, "Samarbeid om utskrivingsklare pasientar")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.saved_id is not None
    after = detail(demo_db, dialog.saved_id)
    assert after.place.meeting_id is None and after.place.body_id == body_id
    assert after.title == "Samarbeid om utskrivingsklare pasientar" and after.number == ""


def test_a_new_case_without_a_title_keeps_the_form_and_its_files(qtbot, ops, demo_db, pick_files, tmp_path):
    meeting_id = meeting_in(demo_db, MeetingStatus.PLANNED)
    with demo_db.session() as s:
        count = len(s.get(Meeting, meeting_id).items)
    dialog = open_dialog(qtbot, ops, meeting_id=meeting_id)
    paper = tmp_path / "notat.txt"
    paper.write_bytes(b"notat")
    pick_files[:] = [paper]
    dialog.attach_files()
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_text() == "Tittelen på saken må fylles ut."
    assert shown_files(dialog) == ["notat.txt"]
    with demo_db.session() as s:
        assert len(s.get(Meeting, meeting_id).items) == count
    dialog.reject()
    with demo_db.session() as s:
        assert len(s.get(Meeting, meeting_id).items) == count


# --- attachments of an existing case ------------------------------------------------------------------


def test_attach_open_and_remove_on_an_existing_case(qtbot, ops, demo_db, pick_files, opened, tmp_path, monkeypatch):
    item_id = case_on(demo_db, MeetingStatus.NOTICE_SENT)
    before = [a.filename for a in detail(demo_db, item_id).attachments]
    dialog = open_dialog(qtbot, ops, item_id=item_id)
    assert shown_files(dialog) == before
    assert dialog.attach_note.text() == tr("Files are saved as soon as you attach or remove them.")
    content = bytes(range(256)) * 40
    paper = tmp_path / "Budsjett 2027.xlsx"
    paper.write_bytes(content)
    pick_files[:] = [paper]
    with qtbot.waitSignal(dialog.attachments_changed) as changed, qtbot.waitSignal(ops.data_changed):
        qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert changed.args == [item_id]
    assert shown_files(dialog) == [*before, "Budsjett 2027.xlsx"]
    with demo_db.session() as s:  # saved at once, before OK
        rows = list_attachments(s, item_id)
        assert rows[-1].filename == "Budsjett 2027.xlsx" and rows[-1].size == len(content)
        new_id = rows[-1].id
    assert dialog.attachments_model.row_of_id(new_id) == len(before)
    assert [r.id for r in dialog._selected_rows()] == [new_id]  # the new file is selected

    # Open: a private, read-only copy with the original name in a fresh folder.
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    copy = opened[0]
    assert copy.name == "Budsjett 2027.xlsx" and copy.read_bytes() == content
    assert copy.parent.name.startswith("hfdesk-vedlegg-") and list(copy.parent.iterdir()) == [copy]
    assert not os.stat(copy).st_mode & (stat.S_IWUSR | stat.S_IRWXG | stat.S_IRWXO)
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(copy.parent).st_mode) == 0o700
    # Enter on the list opens too, and does not press OK.
    dialog.attachments.setFocus()
    qtbot.keyClick(dialog.attachments, Qt.Key.Key_Return)
    assert len(opened) == 2 and opened[1].parent != opened[0].parent
    assert dialog.isVisible()

    # Remove: asked first; No keeps it, Yes removes it from the database.
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Budsjett 2027.xlsx" in asked[0]
    assert "Budsjett 2027.xlsx" in shown_files(dialog)
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.attachments_changed):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert shown_files(dialog) == before
    with demo_db.session() as s:
        assert [r.filename for r in list_attachments(s, item_id)] == before
    # Cancel leaves the (already saved) attachments as they are.
    dialog.reject()
    assert [a.filename for a in detail(demo_db, item_id).attachments] == before


def test_an_unreadable_file_is_named_inline_and_the_others_are_attached(qtbot, ops, demo_db, pick_files, tmp_path):
    item_id = case_on(demo_db, MeetingStatus.PLANNED, with_attachments=False)
    dialog = open_dialog(qtbot, ops, item_id=item_id)
    good = tmp_path / "ok.txt"
    good.write_bytes(b"ok")
    pick_files[:] = [tmp_path / "borte.pdf", good, tmp_path]
    added = dialog.attach_files()
    assert len(added) == 1 and shown_files(dialog) == ["ok.txt"]
    message = dialog.error_text()
    assert "Finner ikke «borte.pdf». Filen kan være flyttet eller slettet." in message
    assert f"«{tmp_path.name}» er en mappe, ikke en fil." in message
    with demo_db.session() as s:
        assert [r.filename for r in list_attachments(s, item_id)] == ["ok.txt"]


def test_attachments_refused_by_the_service_show_inline(qtbot, ops, demo_db, pick_files, tmp_path):
    """The meeting's minutes were approved after the dialog opened: nothing is attached."""
    item_id = case_on(demo_db, MeetingStatus.HELD)
    count = len(detail(demo_db, item_id).attachments)
    dialog = open_dialog(qtbot, ops, item_id=item_id)
    with demo_db.transaction() as s:
        meetings.approve_minutes(s, s.get(AgendaItem, item_id).meeting, on=datetime(2030, 1, 1))
    paper = tmp_path / "seint.pdf"
    paper.write_bytes(b"seint")
    pick_files[:] = [paper]
    assert dialog.attach_files() == []
    assert dialog.error_text() == "Referatet er godkjent og låst. Åpne møtet igjen for å endre vedleggene."
    assert len(detail(demo_db, item_id).attachments) == count


def test_open_attachment_from_anywhere(qtbot, ops, demo_db, opened):
    item_id = case_on(demo_db, MeetingStatus.PLANNED)
    with demo_db.transaction() as s:
        attachment_id = add_attachment_to_item(s, item_id, 'CON: "rapport".pdf', b"%PDF rapport").id
    path = open_attachment(ops, attachment_id, None)
    assert path is not None and opened == [path]
    assert path.name == 'CON_ _rapport_.pdf' and path.read_bytes() == b"%PDF rapport"


def test_safe_filename():
    assert safe_filename("Saksframlegg sak 3-27.docx") == "Saksframlegg sak 3-27.docx"
    assert safe_filename("a/b\\c:d*e?.pdf") == "c_d_e_.pdf"
    assert safe_filename("nul.txt") == "_nul.txt"
    assert safe_filename(" . ") == "vedlegg"


# --- keyboard ---------------------------------------------------------------------------------------------


def _mnemonic(text: str) -> str:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].casefold() if at >= 0 else ""


def test_every_field_has_a_label_with_a_mnemonic_and_an_accessible_name(qtbot, ops, demo_db):
    dialog = open_dialog(qtbot, ops, item_id=case_on(demo_db, MeetingStatus.PLANNED))
    fields = [
        dialog.case_type,
        dialog.title_edit,
        dialog.responsible,
        dialog.put_forward_by,
        dialog.background,
        dialog.proposed_decision,
        dialog.group_checks[PriorityGroup.CHILDREN_YOUTH],
        dialog.legal_basis,
        dialog.duration,
        dialog.attachments,
    ]
    buddies = {label.buddy(): label for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    keys: list[str] = []
    for field in fields:
        assert field in buddies, field.accessibleName()
        assert _mnemonic(buddies[field].text()), buddies[field].text()
        keys.append(_mnemonic(buddies[field].text()))
    for button in (dialog.exempt, dialog.attach_button, dialog.open_button, dialog.remove_button):
        assert _mnemonic(button.text()), button.text()
        keys.append(_mnemonic(button.text()))
    assert len(keys) == len(set(keys)), keys  # no letter twice
    for widget in [*fields, dialog.responsible_person, dialog.exempt, *dialog.group_checks.values()]:
        assert widget.accessibleName(), widget
    assert dialog.responsible_person.accessibleName() != dialog.responsible.accessibleName()


def test_mnemonics_move_the_focus(qtbot, ops, demo_db):
    dialog = open_dialog(qtbot, ops, item_id=case_on(demo_db, MeetingStatus.PLANNED))
    buddies = {label.buddy(): label for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for target in (dialog.background, dialog.proposed_decision, dialog.duration, dialog.title_edit):
        letter = _mnemonic(buddies[target].text())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda t=target: t.hasFocus())


def _owner(widget: QWidget) -> QWidget:
    """The field a focused inner widget belongs to (an editable combo's or a spin box's line edit)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, CaseDialog):
        if isinstance(parent, (QComboBox,)) or parent.inherits("QAbstractSpinBox"):
            return parent
        parent = parent.parentWidget()
    return widget


def test_tab_goes_top_to_bottom(qtbot, ops, demo_db):
    item_id = case_on(demo_db, MeetingStatus.NOTICE_SENT, with_attachments=True)
    dialog = open_dialog(qtbot, ops, item_id=item_id)
    dialog.exempt.setChecked(True)
    dialog.attachments.selectRow(0)
    dialog.title_edit.setFocus()
    qtbot.waitUntil(dialog.title_edit.hasFocus)
    seen = [dialog.title_edit]
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(_owner(QApplication.focusWidget()))
        if seen[-1] is dialog.ok_button:
            break
    expected = [
        dialog.title_edit,
        dialog.case_type,
        dialog.responsible,
        dialog.responsible_person,
        dialog.put_forward_by,
        dialog.background,
        dialog.proposed_decision,
        *dialog.group_checks.values(),
        dialog.exempt,
        dialog.legal_basis,
        dialog.duration,
        dialog.attachments,
        dialog.attach_button,
        dialog.open_button,
        dialog.remove_button,
        dialog.ok_button,
    ]

    def names(widgets: list[QWidget]) -> list[str]:
        return [w.accessibleName() or type(w).__name__ for w in widgets]

    assert names(seen) == names(expected)
    assert all(a is b for a, b in zip(seen, expected, strict=True))


# --- the attachments model ---------------------------------------------------------------------------------

ROWS = [
    AttachmentRow(3, 1, "Saksframlegg.docx", "Saksframlegg", 8_012, "application/vnd.openxmlformats", datetime(2026, 3, 1)),
    AttachmentRow(5, 1, "budsjett.xlsx", "Budsjett", 1_234_567, "application/vnd.ms-excel", datetime(2026, 3, 2)),
    AttachmentRow(-1, 0, "ny.pdf", "ny", 12, "application/pdf", None),
]


def test_attachments_model_passes_modeltester(qtmodeltester):
    model = AttachmentsModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(AttachmentsModel.COL_SIZE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data(IdRole) for r in range(3)] == [5, 3, -1]  # by size, not by text
    model.set_rows(ROWS[:1])
    qtmodeltester.check(proxy)


def test_attachments_model_display(nb):
    model = AttachmentsModel()
    model.set_rows(ROWS)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        model.tr("Title"),
        model.tr("File"),
        model.tr("Size"),
    ]
    assert model.index(0, AttachmentsModel.COL_TITLE).data(DISPLAY) == "Saksframlegg"
    assert model.index(1, AttachmentsModel.COL_SIZE).data(DISPLAY) == "1,2 MB"  # Norwegian decimal comma
    assert model.index(0, AttachmentsModel.COL_SIZE).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert "1. mars 2026" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.tr("Saved with the case when you press OK") in model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert labels.priority_group(PriorityGroup.FRAIL_ELDERLY) == "Skrøpelige eldre"


def test_old_copies_of_opened_attachments_are_removed_and_new_ones_kept(tmp_path, monkeypatch):
    import os
    import tempfile
    import time

    from hfdesk.ui.dialogs.case_editor import remove_old_private_copies, write_private_copy

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old = write_private_copy("Saksframlegg.docx", b"gammel")
    new = write_private_copy("Vedlegg.pdf", b"ny")
    # the folders' times set from the (frozen) clock the function reads, not left to the file system's
    now = time.time()
    os.utime(old.parent, (now - 2 * 24 * 3600, now - 2 * 24 * 3600))
    os.utime(new.parent, (now - 60, now - 60))
    assert remove_old_private_copies() == 1
    assert not old.parent.exists()
    assert new.read_bytes() == b"ny"
