"""A meeting's files from the Meetings page: the notice and the minutes (Word, or PDF/A made
from it by LibreOffice or Word: hfdesk/exports/pdf.py), the calendar invitation (.ics; for a
cancelled meeting the calendar's cancellation) and the meeting as JSON; the notice or the
minutes as an e-mail ready to send (.eml, exports/mail.py); and a year's attendance (Excel)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget,
)

from collections.abc import Callable

from sqlalchemy.orm import Session

# Each imports its module (python-docx, openpyxl, icalendar) when a file is written.
from ...exports import export_attendance, export_ics, export_meeting_json, export_minutes, export_notice
from ...exports.pdf import export_pdf, find_converter
from ...models import MeetingStatus
from ...services.settings import partnership_name
from ...services.meeting_view import attendance_file_name, has_exempt_items, meeting_file_name, meeting_status
from ..opening import offer_to_open
from ..ops import Ops, busy

NOTICE = "notice"
PUBLIC_NOTICE = "public_notice"
CALENDAR = "calendar"
CALENDAR_CANCEL = "calendar_cancel"  # what CALENDAR writes for a cancelled meeting (METHOD:CANCEL)
MINUTES = "minutes"
PUBLIC_MINUTES = "public_minutes"
JSON = "json"
MAIL_NOTICE = "mail_notice"  # the notice as an e-mail to the body (.eml)
MAIL_MINUTES = "mail_minutes"
DOCUMENTS = (NOTICE, PUBLIC_NOTICE, MINUTES, PUBLIC_MINUTES)  # also offered as PDF/A

# kind -> writer(session, meeting id, path)
_WRITERS: dict[str, Callable[[Session, int, Path], object]] = {
    NOTICE: lambda s, m, path: export_notice(s, m, path),
    PUBLIC_NOTICE: lambda s, m, path: export_notice(s, m, path, public=True),
    CALENDAR: lambda s, m, path: export_ics(s, m, path),
    CALENDAR_CANCEL: lambda s, m, path: export_ics(s, m, path),
    MINUTES: lambda s, m, path: export_minutes(s, m, path),
    PUBLIC_MINUTES: lambda s, m, path: export_minutes(s, m, path, public=True),
    JSON: lambda s, m, path: export_meeting_json(s, m, path),
}


def _kinds() -> dict[str, tuple[str, str, str, str, str]]:
    """kind -> (dialog title, file filter, suffix, file stem, done title)."""
    return {
        NOTICE: (
            QCoreApplication.translate("MeetingFiles", "Save Notice"),
            QCoreApplication.translate("MeetingFiles", "Word documents (*.docx)"),
            ".docx",
            QCoreApplication.translate("MeetingFiles", "notice"),
            QCoreApplication.translate("MeetingFiles", "Notice Exported"),
        ),
        PUBLIC_NOTICE: (
            QCoreApplication.translate("MeetingFiles", "Save Public Notice"),
            QCoreApplication.translate("MeetingFiles", "Word documents (*.docx)"),
            ".docx",
            QCoreApplication.translate("MeetingFiles", "notice"),
            QCoreApplication.translate("MeetingFiles", "Notice Exported"),
        ),
        CALENDAR: (
            QCoreApplication.translate("MeetingFiles", "Save Calendar Invitation"),
            QCoreApplication.translate("MeetingFiles", "Calendar files (*.ics)"),
            ".ics",
            QCoreApplication.translate("MeetingFiles", "meeting"),
            QCoreApplication.translate("MeetingFiles", "Calendar Invitation Exported"),
        ),
        CALENDAR_CANCEL: (
            QCoreApplication.translate("MeetingFiles", "Save Cancellation (Calendar)"),
            QCoreApplication.translate("MeetingFiles", "Calendar files (*.ics)"),
            ".ics",
            QCoreApplication.translate("MeetingFiles", "cancellation"),
            QCoreApplication.translate("MeetingFiles", "Cancellation (Calendar) Exported"),
        ),
        MINUTES: (
            QCoreApplication.translate("MeetingFiles", "Save Minutes"),
            QCoreApplication.translate("MeetingFiles", "Word documents (*.docx)"),
            ".docx",
            QCoreApplication.translate("MeetingFiles", "minutes"),
            QCoreApplication.translate("MeetingFiles", "Minutes Exported"),
        ),
        PUBLIC_MINUTES: (
            QCoreApplication.translate("MeetingFiles", "Save Public Minutes"),
            QCoreApplication.translate("MeetingFiles", "Word documents (*.docx)"),
            ".docx",
            QCoreApplication.translate("MeetingFiles", "minutes"),
            QCoreApplication.translate("MeetingFiles", "Minutes Exported"),
        ),
        JSON: (
            QCoreApplication.translate("MeetingFiles", "Save Meeting as JSON"),
            QCoreApplication.translate("MeetingFiles", "JSON files (*.json)"),
            ".json",
            QCoreApplication.translate("MeetingFiles", "meeting"),
            QCoreApplication.translate("MeetingFiles", "Meeting Exported"),
        ),
    }


def export_meeting_file(
    ops: Ops, kind: str, meeting_id: int, parent: QWidget | None = None, *, start_folder: Path | None = None
) -> Path | None:
    """Ask for a file name, write one of the meeting's files, offer to open it.

    Returns the written path; None when the user cancelled or a known error was shown
    (then nothing was written and the old file, if any, is as it was)."""
    kinds = _kinds()
    # The public and the internal version of a document can be told apart by name ("…-offentleg",
    # "…-intern"); a meeting without exempt items has one version, named plainly.
    if kind in (PUBLIC_NOTICE, PUBLIC_MINUTES):
        marker, exempt_only = QCoreApplication.translate("MeetingFiles", "public"), False
    elif kind in (NOTICE, MINUTES):
        marker, exempt_only = QCoreApplication.translate("MeetingFiles", "internal"), True
    else:
        marker, exempt_only = "", False

    def offer(s: Session) -> tuple[str, str]:
        """The kind of file the meeting gets (a cancelled meeting's calendar file is its
        cancellation, METHOD:CANCEL) and the name it is offered under."""
        chosen = kind
        if kind == CALENDAR and meeting_status(s, meeting_id) == MeetingStatus.CANCELLED:
            chosen = CALENDAR_CANCEL
        name = meeting_file_name(
            s, meeting_id, kinds[chosen][3], kinds[chosen][2], marker=marker, exempt_only=exempt_only
        )
        return chosen, name

    kind, name = ops.read(offer, parent=parent, default=None) or (kind, "")
    title, file_filter, suffix, stem, done_title = kinds[kind]
    write = _WRITERS[kind]
    suggested = (start_folder or Path.home()) / (name or f"{stem}{suffix}")
    as_pdf = kind in DOCUMENTS
    if as_pdf:
        file_filter += ";;" + QCoreApplication.translate("MeetingFiles", "PDF/A (*.pdf)")
    return _save_as(
        ops, parent, title, suggested, file_filter, done_title, lambda s, path: write(s, meeting_id, path),
        pdf=as_pdf,
    )


def export_attendance_file(
    ops: Ops, year: int, body_id: int | None, parent: QWidget | None = None, *, start_folder: Path | None = None
) -> Path | None:
    """A year's attendance (one body, or every body) to Excel: ask for a name, write, offer to open."""
    stem = QCoreApplication.translate("MeetingFiles", "attendance")
    name = ops.read(lambda s: attendance_file_name(s, year, body_id, stem), parent=parent, default=None)
    suggested = (start_folder or Path.home()) / (name or f"{stem} {year}.xlsx")
    return _save_as(
        ops,
        parent,
        QCoreApplication.translate("MeetingFiles", "Save Attendance"),
        suggested,
        QCoreApplication.translate("MeetingFiles", "Excel workbooks (*.xlsx)"),
        QCoreApplication.translate("MeetingFiles", "Attendance Exported"),
        lambda s, path: export_attendance(s, year, path, body_id=body_id),
    )


def _save_as(
    ops: Ops,
    parent: QWidget | None,
    title: str,
    suggested: Path,
    file_filter: str,
    done_title: str,
    write: Callable[[Session, Path], object],
    *,
    pdf: bool = False,
) -> Path | None:
    """Ask where to save (the suggested name's suffix is kept), write in a read session, offer to open.

    With `pdf`, a name ending in .pdf (or the PDF/A file type chosen) writes the document as
    PDF/A instead (`save_pdf`)."""
    name, chosen_filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not name:
        return None
    path = Path(name)
    as_pdf = pdf and (path.suffix.lower() == ".pdf" or chosen_filter.endswith("(*.pdf)"))
    suffix = ".pdf" if as_pdf else suggested.suffix
    if path.suffix.lower() != suffix:
        path = path.with_suffix(suffix)
    if as_pdf:
        return save_pdf(ops, parent, done_title, path, write)
    if ops.read(lambda s: write(s, path), parent=parent) is None:
        return None
    _offer_to_open(parent, done_title, path)
    return path


def save_pdf(
    ops: Ops, parent: QWidget | None, done_title: str, path: Path, write: Callable[[Session, Path], object]
) -> Path | None:
    """The document as PDF/A at `path` (its .docx only in a temporary folder). Without LibreOffice
    or Word the user is told so and the Word document is written beside it instead."""
    converter = find_converter()
    if converter is None:
        docx_path = _free_name(path.with_suffix(".docx"))
        if ops.read(lambda s: write(s, docx_path), parent=parent) is None:
            return None
        text = QCoreApplication.translate(
            "MeetingFiles",
            "PDF/A needs LibreOffice or Microsoft Word, and neither is installed on this computer. "
            "The document was saved as a Word document instead: «{file}». Open it now?",
        ).format(file=str(docx_path))
        _ask_to_open(parent, done_title, text, docx_path)
        return docx_path

    def make(s: Session) -> Path:
        return export_pdf(
            lambda p: write(s, p), path, author=partnership_name(s), converter=converter, name=path.stem
        )

    with busy():  # LibreOffice or Word takes some seconds
        written = ops.read(make, parent=parent)
    if written is None:
        return None
    _offer_to_open(parent, done_title, path)
    return path


def _free_name(path: Path) -> Path:
    """`path`, or «name (2).docx» … when a file of that name is there already (never written over
    unasked: the user chose a .pdf name, not this one)."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    return candidate


def _offer_to_open(parent: QWidget | None, title: str, path: Path) -> None:
    text = QCoreApplication.translate("MeetingFiles", "The file was saved as «{file}». Open it now?")
    _ask_to_open(parent, title, text.format(file=str(path)), path)


def _ask_to_open(parent: QWidget | None, title: str, text: str, path: Path) -> None:
    offer_to_open(parent, title, path, text)


# --- the notice or the minutes as an e-mail -----------------------------------------------------


class MailOptionsDialog(QDialog):
    """Asked before a meeting with exempt items is put in an e-mail: do their papers go with it?
    No by default: they hold health and personal data under taushetsplikt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exempt Papers in the E-mail"))
        self.reason = QLabel(
            self.tr(
                "Some items of this meeting are exempt from public access. Their papers often hold health "
                "and personal data under the duty of confidentiality (taushetsplikt), and e-mail is not a "
                "safe way to send them. Unless you tick the box, they are left out and the message says "
                "they are handed out by other means."
            ),
            self,
        )
        self.reason.setWordWrap(True)
        self.include_exempt = QCheckBox(self.tr("Send the exempt papers by e-mail with this message"), self)
        self.include_exempt.setChecked(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.include_exempt)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.adjustSize()


def export_meeting_mail(
    ops: Ops, kind: str, meeting_id: int, parent: QWidget | None = None, *, start_folder: Path | None = None
) -> Path | None:
    """The notice (MAIL_NOTICE) or the minutes (MAIL_MINUTES) as an e-mail ready to send: ask
    whether exempt papers go with it (only for a meeting with exempt items), ask where to save
    the .eml, write it, say who is not on it, offer to open it (Outlook opens it as a draft).
    None when cancelled or a known error was shown."""
    from ...exports.mail import MINUTES as MAIL_MINUTES_KIND
    from ...exports.mail import NOTICE as MAIL_NOTICE_KIND
    from ...exports.mail import meeting_draft

    mail_kind = MAIL_MINUTES_KIND if kind == MAIL_MINUTES else MAIL_NOTICE_KIND
    include_exempt = False
    if ops.read(lambda s: has_exempt_items(s, meeting_id), parent=parent, default=False):
        options = MailOptionsDialog(parent)
        if options.exec() != QDialog.DialogCode.Accepted:
            return None
        include_exempt = options.include_exempt.isChecked()
    if mail_kind == MAIL_NOTICE_KIND:
        stem = QCoreApplication.translate("MeetingFiles", "notice")
        title = QCoreApplication.translate("MeetingFiles", "Save the Notice as E-mail")
    else:
        stem = QCoreApplication.translate("MeetingFiles", "minutes")
        title = QCoreApplication.translate("MeetingFiles", "Save the Minutes as E-mail")
    name = ops.read(lambda s: meeting_file_name(s, meeting_id, stem, ".eml"), parent=parent, default=None)
    suggested = (start_folder or Path.home()) / (name or f"{stem}.eml")
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested), QCoreApplication.translate("MeetingFiles", "E-mail drafts (*.eml)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".eml":
        path = path.with_suffix(".eml")
    with busy():  # the PDF/A takes LibreOffice or Word some seconds
        mail = ops.read(
            lambda s: meeting_draft(s, meeting_id, mail_kind, path, include_exempt=include_exempt), parent=parent
        )
    if mail is None:
        return None
    lines = [QCoreApplication.translate("MeetingFiles", "The e-mail was saved as «{file}».").format(file=str(path))]
    if mail.without_address:
        lines.append(
            QCoreApplication.translate("MeetingFiles", "Not on it, no e-mail address in the register: {names}.").format(
                names=", ".join(mail.without_address)
            )
        )
    if mail.guests:
        lines.append(
            QCoreApplication.translate(
                "MeetingFiles", "Guests for single items are not on it; send them their own items' papers: {names}."
            ).format(names=", ".join(mail.guests))
        )
    if mail.exempt_left_out:
        lines.append(
            QCoreApplication.translate(
                "MeetingFiles", "The papers of exempt items are not attached (items {numbers})."
            ).format(numbers=", ".join(mail.exempt_left_out))
        )
    lines.append(QCoreApplication.translate("MeetingFiles", "Open it now to send it?"))
    _ask_to_open(parent, QCoreApplication.translate("MeetingFiles", "E-mail Saved"), "\n\n".join(lines), path)
    return path


# --- the archive export (Noark 5), issue 21 ------------------------------------------------------


def export_noark5_folder(
    ops: Ops, meeting_id: int, parent: QWidget | None = None, *, start_folder: Path | None = None
) -> Path | None:
    """A meeting with approved minutes as a Noark 5 deposit package: ask for a folder (an empty
    one is used as it is, else a new folder is made in it), write with a busy cursor (every
    document is converted to PDF/A, seconds each), then show where it went and any warnings.
    None when the user cancelled or a known error was shown (nothing was written then)."""
    from ...exports.noark5 import export_noark5

    title = QCoreApplication.translate("MeetingFiles", "Archive Export (Noark 5)")
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder or Path.home()))
    if not chosen:
        return None
    folder = Path(chosen)
    if any(folder.iterdir()):
        stem = QCoreApplication.translate("MeetingFiles", "archive export")
        name = ops.read(lambda s: meeting_file_name(s, meeting_id, stem, ""), parent=parent, default=None)
        folder = _free_name(folder / (name or stem))
    with busy():
        result = ops.read(lambda s: export_noark5(s, meeting_id, folder), parent=parent)
    if result is None:
        return None
    text = QCoreApplication.translate(
        "MeetingFiles", "The archive export with {count} documents was saved in the folder «{folder}»."
    ).format(count=result.documents, folder=str(folder))
    if result.warnings:
        text += "\n\n" + "\n".join(f"• {w}" for w in result.warnings)
    QMessageBox.information(parent, title, text)
    return folder
