"""A meeting's files from the Meetings page: the notice and the minutes (Word), the calendar
invitation (.ics; for a cancelled meeting the calendar's cancellation) and the meeting as JSON;
and a year's attendance (Excel)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from collections.abc import Callable

from sqlalchemy.orm import Session

# Each imports its module (python-docx, openpyxl, icalendar) when a file is written.
from ...exports import export_attendance, export_ics, export_meeting_json, export_minutes, export_notice
from ...models import MeetingStatus
from ...services.meeting_view import attendance_file_name, meeting_file_name, meeting_status
from ..opening import offer_to_open
from ..ops import Ops

NOTICE = "notice"
PUBLIC_NOTICE = "public_notice"
CALENDAR = "calendar"
CALENDAR_CANCEL = "calendar_cancel"  # what CALENDAR writes for a cancelled meeting (METHOD:CANCEL)
MINUTES = "minutes"
PUBLIC_MINUTES = "public_minutes"
JSON = "json"

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
    return _save_as(
        ops, parent, title, suggested, file_filter, done_title, lambda s, path: write(s, meeting_id, path)
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
) -> Path | None:
    """Ask where to save (the suggested name's suffix is kept), write in a read session, offer to open."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suggested.suffix:
        path = path.with_suffix(suggested.suffix)
    if ops.read(lambda s: write(s, path), parent=parent) is None:
        return None
    _offer_to_open(parent, done_title, path)
    return path


def _offer_to_open(parent: QWidget | None, title: str, path: Path) -> None:
    offer_to_open(
        parent,
        title,
        path,
        QCoreApplication.translate("MeetingFiles", "The file was saved as «{file}». Open it now?").format(file=str(path)),
    )
