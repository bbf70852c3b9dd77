"""The main window's first paint: its frame (the menus, the sidebar with the pages' names, an
empty page) shown before the file is opened and before SQLAlchemy, the services and the pages
are imported, so hfdesk is on screen in about the time of a bare Qt window. `run_gui` shows
it, opens the file, builds the `MainWindow` in its place and closes it.

This module imports Qt and the light parts of hfdesk only (no SQLAlchemy, no models, no
services, no documents): `tests/test_startup_lazy.py` holds it to that. The look both windows
share (the icon, the sidebar's style, the frame) is made here, once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from .settings import AppSettings

SIDEBAR_STYLE = """
#Sidebar { background: #1d3a57; }
#SidebarTitle { color: #ffffff; }
#SidebarSubtitle { color: #a9c0d6; }
#SidebarList { background: transparent; border: none; color: #e8f0f7; outline: none; }
#SidebarList::item { padding: 9px 14px; margin: 1px 8px; border-radius: 5px; }
#SidebarList::item:hover { background: #27486a; }
#SidebarList::item:selected { background: #3d6d9c; color: #ffffff; }
"""
# Set on the sidebar alone: a style sheet on the window would draw every table cell of every
# page through Qt's style-sheet engine (a quarter or more of painting a long table).

# The frame does not touch PySide's `Qt` namespace: making it (all of Qt's enums) takes about
# 13 ms, as long as the rest of the frame; the main window makes it after the first paint. A
# pen, a brush or a fill colour would make it (their overloads take Qt's enums): the icon is
# given to the application after the first paint (`app._load_window`), not drawn by the frame.
_SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff, set as a property below


def app_icon() -> QIcon:
    """A plain monogram, drawn rather than shipped, in the sidebar's colours."""
    from PySide6.QtCore import Qt  # not at import: see _SCROLL_BAR_ALWAYS_OFF

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1d3a57"))
        painter.drawRoundedRect(0, 0, size, size, size * 0.2, size * 0.2)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, int(size * 0.46)))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "hf")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def initial_size(window: QWidget) -> QSize:
    """Most of the screen, up to 1440×900: tables want width, laptops have little."""
    screen = window.screen()
    if screen is None:
        return QSize(1280, 800)
    available = screen.availableGeometry()
    return QSize(
        max(960, min(1440, int(available.width() * 0.92))),
        max(600, min(900, int(available.height() * 0.9))),
    )


def build_frame(window: QMainWindow, sidebar: QListWidget, pages: QWidget) -> QLabel:
    """The sidebar (title, the pages' list, the file's name) beside the page area, as the
    window's central widget; the label for the file's name."""
    side = QFrame(window)
    side.setObjectName("Sidebar")
    side.setStyleSheet(SIDEBAR_STYLE)
    side.setFixedWidth(172)
    side_layout = QVBoxLayout(side)
    side_layout.setContentsMargins(0, 18, 0, 12)
    side_layout.setSpacing(0)
    title = QLabel("hfdesk", side)
    title.setObjectName("SidebarTitle")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.7)
    font.setBold(True)
    title.setFont(font)
    subtitle = QLabel(QCoreApplication.translate("MainWindow", "Secretariat desk"), side)
    subtitle.setObjectName("SidebarSubtitle")
    subtitle.setWordWrap(True)  # the sidebar is narrow; a longer translation takes two lines
    for label in (title, subtitle):
        label.setContentsMargins(22, 0, 12, 0)
    side_layout.addWidget(title)
    side_layout.addWidget(subtitle)
    side_layout.addSpacing(18)
    side_layout.addWidget(sidebar, 1)
    sidebar_file = QLabel(side)
    sidebar_file.setObjectName("SidebarSubtitle")
    sidebar_file.setContentsMargins(22, 0, 12, 0)
    sidebar_file.setWordWrap(True)
    side_layout.addWidget(sidebar_file)

    content = QWidget(window)
    content_layout = QVBoxLayout(content)
    content_layout.setContentsMargins(18, 14, 18, 8)
    content_layout.addWidget(pages)

    central = QWidget(window)
    layout = QHBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(side)
    layout.addWidget(content, 1)
    window.setCentralWidget(central)
    return sidebar_file


def page_titles() -> list[str]:
    """The pages' names in the sidebar's order, as the pages give them (`title()`), without
    importing the pages."""
    return [
        QCoreApplication.translate("RegisterPage", "Register"),
        QCoreApplication.translate("MeetingsPage", "Meetings"),
        QCoreApplication.translate("FollowUpsPage", "Follow-ups"),
        QCoreApplication.translate("LiveMeetingPage", "Meeting mode"),
    ]


class WindowShell(QMainWindow):
    """The main window's frame while the file opens: where and how large the main window will
    be, its menus (empty), the sidebar with the pages' names, an empty page, the file's name."""

    def __init__(self, path: Path, settings: AppSettings) -> None:
        super().__init__()
        self.setObjectName("WindowShell")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "hfdesk – {file}").format(file=path.name))
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("SidebarList")
        self.sidebar.setProperty("horizontalScrollBarPolicy", _SCROLL_BAR_ALWAYS_OFF)
        self.sidebar.setProperty("verticalScrollBarPolicy", _SCROLL_BAR_ALWAYS_OFF)
        sidebar_font = self.sidebar.font()
        sidebar_font.setPointSizeF(sidebar_font.pointSizeF() * 1.1)
        self.sidebar.setFont(sidebar_font)
        for title in page_titles():
            item = QListWidgetItem(title, self.sidebar)
            item.setSizeHint(QSize(0, self.sidebar.fontMetrics().height() + 22))
        self.sidebar.setCurrentRow(0)
        self.page = QWidget(self)
        build_frame(self, self.sidebar, self.page).setText(path.name)
        for menu in (
            QCoreApplication.translate("MainWindow", "&File"),
            QCoreApplication.translate("MainWindow", "&View"),
            QCoreApplication.translate("MainWindow", "&Help"),
        ):
            self.menuBar().addMenu(menu)
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Database: {path}").format(path=str(path)))
        self.setMinimumSize(960, 600)
        self.resize(initial_size(self))
        settings.restore_window(self)  # where the main window was left: it opens there too
