"""A meeting's files from the Meetings page: the notice (Word) and the calendar invitation (.ics)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...exports.ics import export_ics
from ...exports.notice import export_notice
from ..ops import Ops

NOTICE = "notice"
CALENDAR = "calendar"


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
        CALENDAR: (
            QCoreApplication.translate("MeetingFiles", "Save Calendar Invitation"),
            QCoreApplication.translate("MeetingFiles", "Calendar files (*.ics)"),
            ".ics",
            QCoreApplication.translate("MeetingFiles", "meeting"),
            QCoreApplication.translate("MeetingFiles", "Calendar Invitation Exported"),
        ),
    }


def export_meeting_file(
    ops: Ops, kind: str, meeting_id: int, parent: QWidget | None = None, *, start_folder: Path | None = None
) -> Path | None:
    """Ask for a file name, write the meeting's notice or invitation, offer to open it.

    Returns the written path; None when the user cancelled or a known error was shown
    (then nothing was written and the old file, if any, is as it was)."""
    title, file_filter, suffix, stem, done_title = _kinds()[kind]
    suggested = (start_folder or Path.home()) / f"{stem}-{meeting_id}{suffix}"
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        path = path.with_suffix(suffix)
    if kind == NOTICE:
        done = ops.read(lambda s: export_notice(s, meeting_id, path), parent=parent)
    else:
        done = ops.read(lambda s: export_ics(s, meeting_id, path), parent=parent)
    if done is None:
        return None
    answer = QMessageBox.question(
        parent,
        done_title,
        QCoreApplication.translate("MeetingFiles", "The file was saved as «{file}». Open it now?").format(file=str(path)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
