"""The case editor of the agenda builder: one case (sak) and its attachments (vedlegg).

`CaseDialog` edits a case (`item_id`), or makes a new one on a meeting's agenda
(`meeting_id`: it goes before Eventuelt) or in a body's backlog (`body_id`). OK (or
Ctrl+Enter, from any field) saves the fields in one transaction and emits `saved` with
the case's id; Escape cancels.

Attachments of an existing case are saved as soon as they are attached or removed
(`attachments_changed` tells the caller). Files picked for a new case are listed at
once and saved with the case, in the same transaction, when OK is pressed.

A case on approved minutes or on a cancelled meeting opens read-only, saying why; its
attachments can still be opened. A standard item (the approvals, Eventuelt) may change
its title and duration only.

`open_attachment` opens a stored file with the program the system picks for it, from a
private read-only copy in a fresh temporary folder.
"""

from __future__ import annotations

import mimetypes
import os
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ... import dates
from ...errors import HfdeskError
from ...fileio import safe_file_name
from ...models import CaseType, ConclusionKind, MeetingStatus, PriorityGroup
from ...services import agenda, meetings, queries
from ...services.attachments import (
    AttachmentRow,
    add_attachment_to_item,
    attachment_content,
    list_attachments,
    read_attachment_file,
    remove_attachment,
)
from ...services.items import COMMON_LEGAL_BASES
from ...exports import words
from ...services.agenda import CaseStep
from ...sorting import norwegian_key
from .. import labels
from ..i18n import current_language
from ..models.attachments import AttachmentsModel
from ..models.live import outcome_label
from ..ops import Change, Ops, show_error
from ..widgets import DataTableView, muted_label
from .base import FormDialog, ValueCombo, enum_items, size_on_screen

MAX_MINUTES = 24 * 60

# --- opening an attachment ------------------------------------------------------------------

def safe_filename(name: str) -> str:
    """The stored file name (its folders dropped), made safe to create on Windows and elsewhere."""
    return safe_file_name(Path(name.replace("\\", "/")).name) or "vedlegg"


def write_private_copy(filename: str, content: bytes) -> Path:
    """Write `content` as `filename` in a new folder only this user can read, and make the
    copy read-only: whoever edits it is told so by their program, rather than losing the
    changes in a temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix=PRIVATE_COPY_PREFIX))
    path = folder / safe_filename(filename)
    with open(path, "xb") as fh:
        fh.write(content)
    os.chmod(path, stat.S_IREAD)
    return path


PRIVATE_COPY_PREFIX = "hfdesk-vedlegg-"


def remove_old_private_copies(max_age_seconds: float = 24 * 3600, now: float | None = None) -> int:
    """Remove the read-only copies of opened attachments left in the temp folder for more
    than `max_age_seconds` (a day: long enough for the viewer to have finished with them).
    Returns how many folders were removed; one still in use (Windows) is left for next time."""
    import shutil
    import time

    now = time.time() if now is None else now
    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(PRIVATE_COPY_PREFIX + "*"):
        try:
            if not folder.is_dir() or now - folder.stat().st_mtime < max_age_seconds:
                continue
            for child in folder.iterdir():
                os.chmod(child, stat.S_IREAD | stat.S_IWRITE)
            shutil.rmtree(folder)
            removed += 1
        except OSError:
            continue
    return removed


def open_file_copy(filename: str, content: bytes, parent: QWidget | None = None) -> Path | None:
    """Open `content` with the system's program for `filename`; the copy's path, or None."""
    try:
        path = write_private_copy(filename, content)
    except OSError as exc:
        show_error(
            parent,
            QCoreApplication.translate("CaseDialog", "Could not make a copy of «{file}» to open: {reason}").format(
                file=filename, reason=exc.strerror or type(exc).__name__
            ),
        )
        return None
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        show_error(
            parent,
            QCoreApplication.translate(
                "CaseDialog", "No program on this computer could open «{file}». A copy is in {folder}."
            ).format(
                file=path.name, folder=path.parent
            ),
        )
        return None
    return path


def open_attachment(ops: Ops, attachment_id: int, parent: QWidget | None = None) -> Path | None:
    """Open a stored attachment from a private read-only copy; the copy's path, or None when
    the attachment is gone or no program opened it (the user was told why)."""
    found = ops.read(lambda s: attachment_content(s, attachment_id), parent=parent)
    if found is None:
        return None
    filename, content = found
    return open_file_copy(filename, content, parent)


# --- the dialog -----------------------------------------------------------------------------------


class CaseDialog(FormDialog):
    """Edit a case, or make a new one on a meeting's agenda or in a body's backlog."""

    #: The case's id, after an attachment of an existing case was added or removed (saved at once).
    attachments_changed = Signal(int)

    _last_folder: str = ""  # where the last attached file came from, for the next file dialog

    def __init__(
        self,
        ops: Ops,
        parent: QWidget | None = None,
        *,
        item_id: int | None = None,
        meeting_id: int | None = None,
        body_id: int | None = None,
    ) -> None:
        if item_id is None and meeting_id is None and body_id is None:
            raise ValueError("CaseDialog needs an item_id, a meeting_id or a body_id")
        self.item_id = item_id
        self.meeting_id = meeting_id
        self.body_id = body_id
        editing = item_id is not None
        super().__init__(
            ops, self.tr("Edit Case") if editing else self.tr("New Case"), parent, changed=Change.MEETINGS
        )
        self.detail: agenda.CaseDetail | None = None
        self.place: agenda.CasePlace | None = None
        self._pending: dict[int, bytes] = {}  # files for a new case, by their (negative) row id
        self._locked = False

        def read(session: Session):
            try:
                if item_id is not None:
                    detail = agenda.case_detail(session, item_id)
                    place = detail.place
                else:
                    detail = None
                    place = agenda.case_place(session, meeting_id=meeting_id, body_id=body_id)
            except HfdeskError as exc:
                return str(exc), None, None, []
            return "", detail, place, queries.search_people(session)

        problem, detail, place, people = ops.read(read, parent=self, default=("", None, None, [])) or (
            "",
            None,
            None,
            [],
        )
        self.detail, self.place = detail, place

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setAccessibleName(self.tr("Note"))
        font = self.notice.font()
        font.setBold(True)
        self.notice.setFont(font)
        self.notice.setVisible(False)
        self.layout().insertWidget(1, self.notice)

        self._build_fields(people)
        self._build_attachments()
        self.path_summary = ""
        self.history: QLabel | None = self._build_history(detail.path if detail is not None else ())

        self.set_tab_order(
            [
                self.title_edit,
                self.case_type,
                self.responsible,
                self.responsible_person,
                self.put_forward_by,
                self.background,
                self.proposed_decision,
                *self.group_checks.values(),
                self.exempt,
                self.legal_basis,
                self.duration,
                self.attachments,
                self.attach_button,
                self.open_button,
                self.remove_button,
            ]
        )

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.save)

        self._describe()
        if detail is not None:
            self._fill(detail)
        else:
            self._fit_attachments()
        self._on_exempt(self.exempt.isChecked())
        if problem:
            self._lock(problem)
        elif place is not None and place.locked:
            self._lock(self._locked_text(place.meeting_status))
        elif detail is not None and detail.standard is not None:
            self._standard_only()
        self._update_buttons()
        (self.title_edit if self.title_edit.isEnabled() and not self._locked else self.case_type).setFocus()
        if self._locked:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()
        # The texts and the attachments take the room a larger window gives, not the space below.
        layout = self.layout()
        for i in reversed(range(layout.count())):
            if layout.itemAt(i).spacerItem() is not None:
                layout.takeAt(i)
        # on a small laptop screen as tall as fits, the texts give way first
        size_on_screen(self, max(self.sizeHint().width(), 700), 740)

    # --- building ----------------------------------------------------------------------------
    def _build_fields(self, people: list[queries.PersonRow]) -> None:
        self.case_type = ValueCombo(enum_items(CaseType, labels.case_type), parent=self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(300)

        self.responsible = QLineEdit(self)
        self.responsible.setMaxLength(200)
        self.responsible.setPlaceholderText(self.tr("e.g. Samarbeidssekretariatet"))
        people_items = sorted(
            ((p.id, f"{p.name} – {p.organisation}" if p.organisation else p.name) for p in people),
            key=lambda pair: norwegian_key(pair[1]),
        )
        self.responsible_person = ValueCombo(people_items, none_text=self.tr("(no person)"), parent=self)
        self.responsible_person.setMinimumContentsLength(16)
        self.responsible_person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.responsible_person.setToolTip(self.tr("The person responsible, if the case has one"))
        view = self.responsible_person.view()
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 24, 520))
        responsible_row = QWidget(self)
        row = QHBoxLayout(responsible_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.responsible, 3)
        row.addWidget(self.responsible_person, 2)
        responsible_row.setFocusProxy(self.responsible)

        self.put_forward_by = QLineEdit(self)
        self.put_forward_by.setMaxLength(200)
        self.put_forward_by.setPlaceholderText(self.tr("e.g. Brukarutvalet"))

        lines = self.fontMetrics().lineSpacing()
        self.background = QPlainTextEdit(self)
        self.proposed_decision = QPlainTextEdit(self)
        for edit in (self.background, self.proposed_decision):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(lines * 4 + 12)

        groups = QWidget(self)
        grid = QGridLayout(groups)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        self.group_checks: dict[PriorityGroup, QCheckBox] = {}
        for i, group in enumerate(PriorityGroup):
            check = QCheckBox(labels.priority_group(group), groups)
            check.setAccessibleName(labels.priority_group(group))
            self.group_checks[group] = check
            grid.addWidget(check, i // 2, i % 2)
        groups.setFocusProxy(self.group_checks[PriorityGroup.CHILDREN_YOUTH])

        access = QWidget(self)
        row = QHBoxLayout(access)
        row.setContentsMargins(0, 0, 0, 0)
        self.exempt = QCheckBox(self.tr("E&xempt from public access"), access)
        self.exempt.setAccessibleName(self.tr("Exempt from public access"))
        self.legal_basis = QComboBox(access)
        self.legal_basis.setEditable(True)
        self.legal_basis.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.legal_basis.addItems(list(COMMON_LEGAL_BASES))
        self.legal_basis.setCurrentIndex(-1)
        self.legal_basis.lineEdit().setMaxLength(200)
        self.legal_basis.lineEdit().setPlaceholderText(self.tr("Choose or type the legal basis"))
        self.legal_basis.setAccessibleName(self.tr("Legal basis"))
        self.legal_basis.setToolTip(self.tr("Required for an exempt case, e.g. «offl. § 13 jf. fvl. § 13»"))
        self.legal_basis_label = QLabel(self.tr("Legal &basis:"), access)
        self.legal_basis_label.setBuddy(self.legal_basis)
        row.addWidget(self.exempt)
        row.addSpacing(12)
        row.addWidget(self.legal_basis_label)
        row.addWidget(self.legal_basis, 1)
        access.setFocusProxy(self.exempt)
        self.exempt.toggled.connect(self._on_exempt)

        self.duration = QSpinBox(self)
        self.duration.setRange(0, MAX_MINUTES)
        self.duration.setSingleStep(5)
        self.duration.setValue(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccelerated(True)
        self.duration.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.duration.setMinimumWidth(self.fontMetrics().horizontalAdvance("1440 min") + 48)

        self.add_row(self.tr("T&itle:"), self.title_edit)
        self.add_row(self.tr("&Type:"), self.case_type)
        self.add_row(self.tr("&Responsible:"), responsible_row)
        self.responsible.setAccessibleName(self.tr("Responsible"))
        self.responsible_person.setAccessibleName(self.tr("Responsible person"))
        self.add_row(self.tr("Put forward b&y:"), self.put_forward_by)
        self.add_row(self.tr("Bac&kground:"), self.background)
        self.add_row(self.tr("&Proposed decision:"), self.proposed_decision)
        self.add_row(self.tr("Priority &groups:"), groups)
        self.add_row(self.tr("Public access:"), access)
        self.exempt.setAccessibleName(self.tr("Exempt from public access"))
        self.add_row(self.tr("&Duration:"), self.duration)
        self.conflict_widgets = {
            "case_type": self.case_type, "title": self.title_edit, "responsible": self.responsible,
            "responsible_person_id": self.responsible_person, "put_forward_by": self.put_forward_by,
            "background": self.background, "proposed_decision": self.proposed_decision, "priority_groups": groups,
            "exempt": self.exempt, "exemption_basis": self.legal_basis, "duration_minutes": self.duration,
        }

    def _build_attachments(self) -> None:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.attachments_model = AttachmentsModel(self)
        self.attachments = DataTableView(box, empty_text=self.tr("No attachments."), sortable=False)
        self.attachments.setModel(self.attachments_model)
        self.attachments.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attachments.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        row_height = self.attachments.verticalHeader().defaultSectionSize()
        header_height = self.attachments.horizontalHeader().sizeHint().height()
        self.attachments.setMinimumHeight(row_height * 3 + header_height + 4)
        self.attachments.setMaximumHeight(row_height * 6 + header_height + 4)
        self.attach_button = QPushButton(self.tr("&Attach Files…"), box)
        self.open_button = QPushButton(self.tr("&Open"), box)
        self.remove_button = QPushButton(self.tr("Re&move"), box)
        for button in (self.attach_button, self.open_button, self.remove_button):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.attach_note = muted_label("", box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.attach_note, 1)
        column.addWidget(self.attachments)
        column.addLayout(buttons)
        self.add_row(self.tr("Attac&hments:"), box, self.tr("Attachments"))
        self.attachments.setAccessibleName(self.tr("Attachments"))
        box.setFocusProxy(self.attachments)
        label = self.form.labelForField(box)
        if isinstance(label, QLabel):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setBuddy(self.attachments)

        self.attach_button.clicked.connect(self.attach_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.attachments.doubleClicked.connect(lambda _index: self.open_selected())
        self.attachments.selectionModel().selectionChanged.connect(self._on_selection)
        # Enter opens the file (the table would otherwise pass it on to the dialog's OK button).
        open_action = QAction(self.tr("Open"), self.attachments)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda _checked=False: self.open_selected())
        remove_action = QAction(self.tr("Remove"), self.attachments)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(lambda _checked=False: self.remove_selected())
        self.attachments.addAction(open_action)
        self.attachments.addAction(remove_action)

    def _build_history(self, path: tuple[CaseStep, ...]) -> QLabel | None:
        """The case's path (Saksgang), first in the form, for a case treated more than once: in
        this body before (deferred or sent back, it came back as the same case) or in other bodies
        (sent on to them, or to this one): a summary line ("Vedteke i 3 av 4 områdeutval; …"),
        then one line per treatment, earlier and later, this one marked. No row for a case
        treated once."""
        if len(path) < 2:
            self.path_summary = ""
            return None
        lang = current_language()
        lines = []
        for t in path:
            if t.kind is None:
                outcome = self.tr("not concluded") if t.meeting_id is not None else self.tr("waiting for an agenda")
            elif t.kind == ConclusionKind.NO_CONSENSUS:
                outcome = f"{labels.conclusion(t.kind)}: {outcome_label(t.no_consensus_outcome)}"
            else:
                outcome = labels.conclusion(t.kind)
            where = t.body_label
            if t.meeting_starts_at is None:
                head = self.tr("{body}: {outcome}").format(body=where, outcome=outcome)
            else:
                when = dates.medium_date(t.meeting_starts_at, lang)
                head = (
                    self.tr("{date}, {body}, item {number}: {outcome}").format(
                        date=when, body=where, number=t.number, outcome=outcome
                    )
                    if t.number
                    else self.tr("{date}, {body}: {outcome}").format(date=when, body=where, outcome=outcome)
                )
            if t.current:
                head = self.tr("▶ {line} (this treatment)").format(line=head)
            else:
                head = f"• {head}"
            gist = words.decision_gist(t.decision_text) if t.decision_text and not t.current else ""
            lines.append(head + (f" – {gist}" if gist else ""))
        self.path_summary = words.case_path_summary(path, lang if lang in words.LANGUAGES else "nb")
        box = QWidget(self)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(4)
        summary = QLabel(self.path_summary, box)
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = summary.font()
        font.setBold(True)
        summary.setFont(font)
        summary.setVisible(bool(self.path_summary))
        summary.setAccessibleName(self.tr("Summary of the case path"))
        self.path_summary_label = summary
        label = QLabel("\n".join(lines), box)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        text = self.tr("Case path:")
        label.setAccessibleName(text.rstrip(":"))
        label.setAccessibleDescription(self.path_summary)
        scroll = QScrollArea(box)
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        line_height = label.fontMetrics().lineSpacing()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        shown = min(len(lines) * 2, 8)  # a line of the path often wraps once
        scroll.setMinimumHeight(line_height * min(shown, 5) + 4)
        scroll.setMaximumHeight(line_height * shown + 4)  # a long path scrolls; the form stays in view
        scroll.setAccessibleName(text.rstrip(":"))
        box_layout.addWidget(summary)
        box_layout.addWidget(scroll)
        self.path_box = box
        self.form.insertRow(0, text, box)
        return label

    # --- showing --------------------------------------------------------------------------------
    def _describe(self) -> None:
        """The intro: which case, which body, which meeting (or the backlog)."""
        place = self.place
        if place is None:
            return
        body = place.body_name
        when = dates.long_date(place.meeting_starts_at, current_language()) if place.meeting_starts_at else ""
        detail = self.detail
        if detail is not None:
            number = self.tr("Item {number}").format(number=detail.number) if detail.number else ""
            if place.meeting_id is None:
                where = self.tr("waiting for an agenda in {body}").format(body=body)
            else:
                where = self.tr("{body}, meeting {date}").format(body=body, date=when)
            text = f"{number} · {where}" if number else where[:1].upper() + where[1:]
        elif place.meeting_id is not None:
            text = self.tr(
                "A new case on the agenda of {body}, meeting {date}. It is put before «Eventuelt»."
            ).format(body=body, date=when)
        else:
            text = self.tr("A new case waiting for an agenda in {body}.").format(body=body)
        self.intro.setText(text)
        self.intro.setVisible(True)

    def _fill(self, detail: agenda.CaseDetail) -> None:
        self.case_type.set_value(detail.case_type)
        self.title_edit.setText(detail.title)
        self.responsible.setText(detail.responsible)
        self.responsible_person.set_value(detail.responsible_person_id)
        self.put_forward_by.setText(detail.put_forward_by)
        self.background.setPlainText(detail.background)
        self.proposed_decision.setPlainText(detail.proposed_decision)
        for group, check in self.group_checks.items():
            check.setChecked(int(group) in detail.priority_groups)
        self.exempt.setChecked(detail.exempt)
        if detail.exemption_basis:
            self.legal_basis.setEditText(detail.exemption_basis)
        self.duration.setValue(min(detail.duration_minutes, MAX_MINUTES))
        self.attachments_model.set_rows(detail.attachments)
        self._fit_attachments()
        self.remember_loaded(detail.version)

    def _locked_text(self, status: MeetingStatus | None) -> str:
        if status == MeetingStatus.CANCELLED:
            return self.tr("The meeting is cancelled, so this case cannot be changed. Its attachments can still be opened.")
        return self.tr(
            "The minutes of this meeting are approved and locked, so this case cannot be changed. "
            "Reopen the meeting to change it. Its attachments can still be opened."
        )

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setAccessibleDescription(text)
        self.notice.setVisible(bool(text))

    def _text_fields(self) -> tuple[QLineEdit | QPlainTextEdit, ...]:
        return (self.title_edit, self.responsible, self.put_forward_by, self.background, self.proposed_decision)

    def _lock(self, reason: str) -> None:
        """Read-only: the texts can be read and copied, nothing can be typed or ticked."""
        self._locked = True
        self._show_notice(reason)
        for edit in self._text_fields():
            self._read_only(edit)
        for widget in (
            self.case_type,
            self.responsible_person,
            *self.group_checks.values(),
            self.exempt,
            self.legal_basis,
            self.duration,
        ):
            widget.setEnabled(False)
        self.legal_basis_label.setEnabled(False)
        self.legal_basis.lineEdit().setPlaceholderText("")
        self.ok_button.setVisible(False)
        self.ok_button.setEnabled(False)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)

    @staticmethod
    def _read_only(edit: QLineEdit | QPlainTextEdit) -> None:
        """Readable and copyable, and looking like it: no typing, no invitation to type."""
        edit.setReadOnly(True)
        edit.setPlaceholderText("")
        palette = edit.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        edit.setPalette(palette)

    def _standard_only(self) -> None:
        """A standard item keeps its place and kind: only the title and duration change."""
        self._show_notice(
            self.tr("This is a standard item of the agenda: only its title and duration can be changed.")
        )
        for widget in (
            self.responsible,
            self.put_forward_by,
            self.background,
            self.proposed_decision,
            self.case_type,
            self.responsible_person,
            *self.group_checks.values(),
            self.exempt,
            self.legal_basis,
        ):
            widget.setEnabled(False)
        self.legal_basis_label.setEnabled(False)
        self.legal_basis.lineEdit().setPlaceholderText("")

    def _on_exempt(self, on: bool) -> None:
        editable = not self._locked and not (self.detail is not None and self.detail.standard is not None)
        self.legal_basis.setEnabled(on and editable)
        self.legal_basis_label.setEnabled(on and editable)

    def _fit_attachments(self) -> None:
        self.attachments.fit_columns(stretch=AttachmentsModel.COL_TITLE, keep=(AttachmentsModel.COL_SIZE,))

    def _selected_rows(self) -> list[AttachmentRow]:
        rows = sorted({index.row() for index in self.attachments.selectionModel().selectedRows()})
        return [self.attachments_model.row_at(r) for r in rows]

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self._selected_rows())
        self.attach_button.setEnabled(not self._locked and self.place is not None)
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and not self._locked)
        if self._locked:
            note = ""
        elif self.item_id is None:
            note = self.tr("Files are saved with the case when you press OK.")
        else:
            note = self.tr("Files are saved as soon as you attach or remove them.")
        self.attach_note.setText(note)

    # --- attachments ------------------------------------------------------------------------------
    def _reload_attachments(self) -> None:
        item_id = self.item_id
        if item_id is None:
            return
        rows = self.ops.read(lambda s: list_attachments(s, item_id), parent=self, default=[]) or []
        self.attachments_model.set_rows(rows)
        self._fit_attachments()
        self._update_buttons()

    def attach_files(self, *_args: object) -> list[int]:
        """Ask for files and attach them; the ids of the rows added (negative for a new case)."""
        if self._locked or self.place is None:
            return []
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach Files"), CaseDialog._last_folder or str(Path.home()), self.tr("All files (*)")
        )
        if not names:
            return []
        CaseDialog._last_folder = str(Path(names[0]).parent)
        return self.attach_paths([Path(n) for n in names])

    def attach_paths(self, paths: list[Path]) -> list[int]:
        """Attach files: to an existing case at once, each in its own transaction; to a new case
        when it is saved. A file that cannot be read is named in the error line and not added."""
        self.show_error("")
        problems: list[str] = []
        added: list[int] = []
        for path in paths:
            try:
                filename, content = read_attachment_file(path)
            except HfdeskError as exc:
                problems.append(str(exc))
                continue
            if self.item_id is None:
                added.append(self._add_pending(filename, content))
                continue
            item_id = self.item_id
            saved = self.ops.write(
                lambda s, i=item_id, f=filename, c=content: add_attachment_to_item(s, i, f, c).id,
                changed=Change.MEETINGS,
                parent=self,
                on_error=problems.append,
            )
            if saved is not None:
                added.append(int(saved))
        if self.item_id is not None and added:
            self._reload_attachments()
            self.attachments_changed.emit(self.item_id)
        if added:
            self.attachments.clearSelection()
            for attachment_id in added:
                row = self.attachments_model.row_of_id(attachment_id)
                if row >= 0:
                    self.attachments.selectionModel().select(
                        self.attachments_model.index(row, 0),
                        self.attachments.selectionModel().SelectionFlag.Select
                        | self.attachments.selectionModel().SelectionFlag.Rows,
                    )
        if problems:
            self.show_error(" ".join(problems))
        self._update_buttons()
        return added

    def _add_pending(self, filename: str, content: bytes) -> int:
        pending_id = -(len(self._pending) + 1)
        while pending_id in self._pending:
            pending_id -= 1
        self._pending[pending_id] = content
        row = AttachmentRow(
            id=pending_id,
            item_id=0,
            filename=filename,
            title=Path(filename).stem,
            size=len(content),
            mime_type=mimetypes.guess_type(filename)[0] or "application/octet-stream",
            added_at=None,
        )
        self.attachments_model.set_rows([*self.attachments_model.rows(), row])
        self._fit_attachments()
        return pending_id

    def pending_files(self) -> list[AttachmentRow]:
        """The files picked for a new case, saved with it when OK is pressed."""
        return [r for r in self.attachments_model.rows() if r.id in self._pending]

    def open_selected(self, *_args: object) -> list[Path]:
        """Open each selected file with the system's program; the copies opened."""
        opened: list[Path] = []
        for row in self._selected_rows():
            if row.id in self._pending:
                path = open_file_copy(row.filename, self._pending[row.id], self)
            else:
                path = open_attachment(self.ops, row.id, self)
            if path is not None:
                opened.append(path)
        return opened

    def remove_selected(self, *_args: object) -> bool:
        """Remove the selected files: a new case's at once; a saved case's after a question."""
        rows = self._selected_rows()
        if self._locked or not rows:
            return False
        self.show_error("")
        pending = [r for r in rows if r.id in self._pending]
        stored = [r for r in rows if r.id not in self._pending]
        if stored:
            if len(stored) == 1:
                question = self.tr(
                    "Remove «{title}» ({file}) from the case? It is deleted from the database; "
                    "the file on your disk is not touched."
                ).format(title=stored[0].title, file=stored[0].filename)
            else:
                question = self.tr(
                    "Remove the %n selected attachment(s) from the case? They are deleted from the "
                    "database; the files on your disk are not touched.",
                    "",
                    len(stored),
                )
            answer = QMessageBox.question(
                self,
                self.tr("Remove Attachment"),
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        for row in pending:
            del self._pending[row.id]
        if pending:
            keep = [r for r in self.attachments_model.rows() if r.id not in {p.id for p in pending}]
            self.attachments_model.set_rows(keep)
        if stored:
            ids = [r.id for r in stored]

            def remove(session: Session) -> int:
                for attachment_id in ids:
                    remove_attachment(session, attachment_id)
                return len(ids)

            done = self.ops.write(remove, changed=Change.MEETINGS, parent=self, on_error=self.show_error)
            self._reload_attachments()
            if done is None:
                return False
            assert self.item_id is not None
            self.attachments_changed.emit(self.item_id)
        self._update_buttons()
        return True

    # --- saving -----------------------------------------------------------------------------------
    def field_values(self) -> dict[str, object]:
        """What OK saves, as agenda.update_item / meetings.add_item take it."""
        if self.detail is not None and self.detail.standard is not None:
            return {"title": self.title_edit.text(), "duration_minutes": self.duration.value()}
        exempt = self.exempt.isChecked()
        return {
            "case_type": self.case_type.value(),
            "title": self.title_edit.text(),
            "responsible": self.responsible.text(),
            "responsible_person_id": self.responsible_person.value(),
            "put_forward_by": self.put_forward_by.text(),
            "background": self.background.toPlainText(),
            "proposed_decision": self.proposed_decision.toPlainText(),
            "priority_groups": [int(g) for g, check in self.group_checks.items() if check.isChecked()],
            "exempt": exempt,
            "exemption_basis": self.legal_basis.currentText() if exempt else "",
            "duration_minutes": self.duration.value(),
        }

    def editable_values(self) -> dict[str, object]:
        return self.field_values()

    def show_values(self, values: Mapping[str, object]) -> None:
        super().show_values({k: v for k, v in values.items() if k not in ("priority_groups", "exemption_basis")})
        if "priority_groups" in values:
            groups = {int(g) for g in values["priority_groups"] or ()}  # type: ignore[attr-defined]
            for group, check in self.group_checks.items():
                check.setChecked(int(group) in groups)
        if values.get("exemption_basis"):
            self.legal_basis.setEditText(str(values["exemption_basis"]))

    def display_value(self, name: str, value: object) -> str:
        if name == "priority_groups" and isinstance(value, list | tuple):
            return ", ".join(self.group_checks[g].text().replace("&", "") for g in self.group_checks
                             if int(g) in {int(v) for v in value})
        return super().display_value(name, value)

    def save(self) -> bool:
        if self._locked:
            return False
        return super().save()

    def write(self, session: Session) -> int:
        fields = self.field_values()
        if self.item_id is not None:
            agenda.update_item(session, self.item_id, expected_version=self.loaded_version, **fields)
            return self.item_id
        item = meetings.add_item(
            session, meeting_id=self.meeting_id, body_id=self.body_id, **fields  # type: ignore[arg-type]
        )
        for row in self.pending_files():
            add_attachment_to_item(session, item.id, row.filename, self._pending[row.id])
        return item.id

