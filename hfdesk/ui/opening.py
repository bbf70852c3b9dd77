"""Opening a file hfdesk has just written with the computer's own program for it.

Every export that asks "Open it now?" goes through `offer_to_open`, and opens through
`open_saved_file`: when the system finds no program for the file (no Word or Excel on the
laptop, no file association), QDesktopServices.openUrl returns False and the user is told
where the file is, instead of nothing happening.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from .ops import show_error

def open_saved_file(parent: QWidget | None, path: Path) -> bool:
    """Open `path` with the system's program for it; False (and the user told where the file
    is) when no program could open it."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    show_error(
        parent,
        QCoreApplication.translate(
            "Opening", "No program on this computer could open «{file}». The file is saved in {folder}."
        ).format(
            file=path.name, folder=str(path.parent)
        ),
        QCoreApplication.translate("Opening", "The File Was Not Opened"),
    )
    return False


def offer_to_open(parent: QWidget | None, title: str, path: Path, question: str) -> bool:
    """Ask `question` ("The file was saved as «…». Open it now?") about the file just saved at
    `path` and open it when the answer is yes. True when it was opened."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return open_saved_file(parent, path)
