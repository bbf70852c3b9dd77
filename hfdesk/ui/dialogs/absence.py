"""Forfall before the meeting (services/absence.py): who reports absence, why, and the deputy
called in for them (the proposed one, changeable); then the e-mail draft to the deputy with the
notice attached (exports/mail.py), written where the secretary chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLineEdit, QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from ...models import AttendanceStatus
from ...services import absence
from ...services.absence import AbsenceMember, DeputyOption
from ...services.meeting_view import meeting_file_name
from ..ops import Change, Ops
from .base import FormDialog, ValueCombo


def deputy_label(option: DeputyOption) -> str:
    if option.personal:
        kind = QCoreApplication.translate("Absence", "personal deputy")
    else:
        kind = QCoreApplication.translate("Absence", "from the body's list")
    return f"{option.name} ({kind})"


class AbsenceDialog(FormDialog):
    """Meld forfall: the member, the reason, and whether (and whom) to call in as deputy."""

    def __init__(self, ops: Ops, meeting_id: int, parent: QWidget | None = None, *,
                 person_id: int | None = None) -> None:
        super().__init__(ops, self.tr("Report Absence"), parent, changed=Change.MEETINGS,
                         intro=self.tr("A member who cannot come reports absence (forfall); a deputy is called "
                                       "in for them: their personal deputy, else the next free one on the body's "
                                       "list."),
                         ok_text=self.tr("Report A&bsence"))
        self.setMinimumWidth(520)
        self.meeting_id = meeting_id
        self.deputy_person_id: int | None = None  # the deputy called in, once saved
        self.withdrawn = False
        self._members: list[AbsenceMember] = ops.read(
            lambda s: absence.absence_members(s, meeting_id), parent=self, default=[]) or []
        self._options: list[DeputyOption] = []
        self.member = ValueCombo([(m.person_id, self._member_label(m)) for m in self._members], parent=self)
        self.add_row(self.tr("&Member:"), self.member)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. illness, another meeting"))
        self.add_row(self.tr("&Reason:"), self.reason)
        self.call_in = QCheckBox(self.tr("Call in a deputy"), self)
        self.call_in.setChecked(True)
        self.add_row("", self.call_in, self.tr("Call in a deputy"))
        self.deputy = ValueCombo([], parent=self)
        self.add_row(self.tr("&Deputy:"), self.deputy)
        self.withdraw_button = QPushButton(self.tr("The Member &Comes After All"), self)
        self.withdraw_button.setToolTip(self.tr("Take back the absence; the deputy called in goes off the list"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.add_row("", self.withdraw_button, self.tr("The member comes after all"))
        self.call_in.toggled.connect(self._update)
        self.member.currentIndexChanged.connect(self._member_changed)
        if person_id is not None:
            self.member.set_value(person_id)
        self._member_changed()
        self.set_tab_order([self.member, self.reason, self.call_in, self.deputy, self.withdraw_button])
        self.member.setFocus()

    def _member_label(self, m: AbsenceMember) -> str:
        if m.status == AttendanceStatus.REPORTED_ABSENT:
            if m.deputy_name:
                return self.tr("{name} – absence reported, {deputy} called in").format(name=m.name, deputy=m.deputy_name)
            return self.tr("{name} – absence reported").format(name=m.name)
        return m.name

    def _chosen(self) -> AbsenceMember | None:
        return next((m for m in self._members if m.person_id == self.member.value()), None)

    def _member_changed(self) -> None:
        member = self._chosen()
        self._options = []
        if member is not None and member.has_deputy_seat:
            mid, pid = self.meeting_id, member.person_id
            self._options = self.ops.read(lambda s: absence.deputy_choices(s, mid, pid), parent=self, default=[]) or []
        self.deputy.set_items([(o.membership_id, deputy_label(o)) for o in self._options])
        if self._options:  # the deputy called in already, else the one proposed
            ids = [o.membership_id for o in self._options]
            called = member.deputy_membership_id if member is not None else None
            self.deputy.set_value(called if called in ids else ids[0])
        if member is not None:
            self.reason.setText(member.reason)
        self.call_in.setChecked(bool(self._options))
        self._update()

    def _update(self) -> None:
        member = self._chosen()
        self.error.show_message("")
        self.call_in.setEnabled(bool(self._options))
        self.deputy.setEnabled(self.call_in.isChecked() and bool(self._options))
        self.withdraw_button.setEnabled(member is not None and member.status == AttendanceStatus.REPORTED_ABSENT)
        if member is not None and member.has_deputy_seat and not self._options:
            self.show_error(self.tr("No deputy is free to stand in for {name}.").format(name=member.name))
        self.ok_button.setEnabled(member is not None)

    def check(self) -> str:
        return "" if self._chosen() is not None else self.tr("Choose the member.")

    def write(self, session: Session) -> int:
        member = self._chosen()
        assert member is not None
        result = absence.report_absence(
            session, self.meeting_id, member.person_id, self.reason.text(),
            call_in_deputy=self.call_in.isChecked() and bool(self._options),
            deputy_membership_id=self.deputy.value() if self.call_in.isChecked() else None,
        )
        self.deputy_person_id = result.deputy.person_id if result.deputy is not None else None
        return result.member.id

    def withdraw(self) -> bool:
        member = self._chosen()
        if member is None:
            return False
        mid, pid = self.meeting_id, member.person_id
        done = self.ops.write(lambda s: absence.withdraw_absence(s, mid, pid).id, changed=Change.MEETINGS,
                              parent=self, on_error=self.show_error)
        if done is None:
            return False
        self.withdrawn = True
        self.accept()
        return True


def save_deputy_mail(ops: Ops, meeting_id: int, deputy_person_id: int, parent: QWidget | None = None,
                     *, start_folder: Path | None = None) -> Path | None:
    """Ask where to save the e-mail draft to the deputy (.eml), write it, offer to open it (in
    Outlook it opens as a draft to send). None when cancelled or a known error was shown."""
    from ...exports.mail import deputy_notice_draft

    stem = QCoreApplication.translate("Absence", "Notice deputy")
    name = ops.read(lambda s: meeting_file_name(s, meeting_id, stem, ".eml"), parent=parent, default=None)
    suggested = (start_folder or Path.home()) / (name or f"{stem}.eml")
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Absence", "Save E-mail to the Deputy"),
        str(suggested),
        QCoreApplication.translate("Absence", "E-mail drafts (*.eml)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".eml":
        path = path.with_suffix(".eml")
    if ops.read(lambda s: deputy_notice_draft(s, meeting_id, deputy_person_id, path), parent=parent) is None:
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Absence", "E-mail Saved"),
        QCoreApplication.translate("Absence", "The e-mail was saved as «{file}». Open it now to send it?").format(
            file=str(path)
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
