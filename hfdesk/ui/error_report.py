"""The report shown for an unexpected error (a bug): what happened in plain words, the
details to copy for support, and where the log file is. Known errors never come here:
they are one Norwegian line in `ops.show_error`."""

from __future__ import annotations

import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..buglog import scrub


def error_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text support needs: version and traceback, with private paths shortened."""
    lines = traceback.format_exception(exc_type, exc, tb)
    return scrub(f"hfdesk {__version__}\n" + "".join(lines))


class ErrorReportDialog(QDialog):
    """'Something went wrong': nothing saved is lost; copy the details; the log's place."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something Went Wrong"))
        self.setAccessibleName(self.tr("Error report"))
        self.setSizeGripEnabled(True)
        self.log_file = log_file
        text = QLabel(
            self.tr(
                "hfdesk met an error it did not expect. What you had saved is safe: every change is "
                "stored as it is made. If it happens again, copy the details and send them to whoever "
                "supports hfdesk."
            ),
            self,
        )
        text.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setVisible(False)  # for support: shown on request, copied with one click
        if log_file is not None:
            where = self.tr("The details are also in the log file {file}.").format(file=str(log_file))
        else:
            where = self.tr("The log file could not be written.")
        self.where = QLabel(where, self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_button = QPushButton(self.tr("&Show Details"), self)
        self.show_button.setCheckable(True)
        self.show_button.setAccessibleName(self.tr("Show details"))
        self.show_button.toggled.connect(self._show_details)
        self.copy_button = QPushButton(self.tr("&Copy Details"), self)
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = QPushButton(self.tr("Open &Log Folder"), self)
        self.folder_button.setAccessibleName(self.tr("Open log folder"))
        self.folder_button.setEnabled(log_file is not None)
        self.folder_button.clicked.connect(self.open_log_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        close.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def _show_details(self, show: bool) -> None:
        self.details.setVisible(show)
        self.resize(self.width(), max(self.height(), 420) if show else self.minimumSizeHint().height())

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def open_log_folder(self) -> None:
        if self.log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))
