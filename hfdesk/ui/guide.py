"""The user guide, shown offline inside hfdesk in the interface language (Help → User Guide, F1).

The guide is Markdown (docs/brukerveiledning.md in bokmål, docs/brukarrettleiing.md in
nynorsk, docs/user-guide-en.md in English, with their pictures in docs/bilder/). The wheel
and the Windows bundle carry them in hfdesk/resources/guide/ (pyproject's force-include,
packaging/hfdesk.spec); a source checkout reads docs/ itself. No browser, no network: a
QTextBrowser renders the Markdown, and the links between the guide's headings work there
(Qt's Markdown gives headings no anchors, so the window finds the heading a link names the
way GitHub names it).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImageReader, QKeySequence, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ..paths import resource_dir
from .i18n import current_language

#: The guide in each interface language. English falls back to bokmål when it is missing.
GUIDE_FILES = {
    "nb": "brukerveiledning.md",
    "nn": "brukarrettleiing.md",
    "en": "user-guide-en.md",
}
FALLBACK_LANGUAGE = "nb"
MAX_PICTURE_WIDTH = 880  # the screenshots are 1280 wide; shown smaller, they fit the window


def guide_dir() -> Path:
    """Where the guide is: hfdesk/resources/guide in a wheel or the bundle, docs/ in a checkout."""
    resources = resource_dir()
    for candidate in (resources / "guide", resources.parent / "docs"):
        if (candidate / GUIDE_FILES[FALLBACK_LANGUAGE]).is_file():
            return candidate
    raise FileNotFoundError("hfdesk's user guide is not installed")


def guide_file(language: str | None = None) -> Path:
    """The guide in `language` (default: the interface language), else the bokmål one."""
    folder = guide_dir()
    name = GUIDE_FILES.get(language or current_language())
    if name and (folder / name).is_file():
        return folder / name
    return folder / GUIDE_FILES[FALLBACK_LANGUAGE]


def heading_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading (the guides link to them): lower case, punctuation
    dropped, spaces to hyphens."""
    text = unicodedata.normalize("NFC", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


class GuideWindow(QDialog):
    """The guide in a window of its own, beside the main window (not modal)."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("hfdesk – User Guide"))
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # links are followed here: anchors, the other guide, the web
        self.browser.anchorClicked.connect(self.follow)
        self.browser.setAccessibleName(self.tr("User guide"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.clicked.connect(self.go_back)
        self.contents_button = QPushButton(self.tr("&Contents"), self)
        self.contents_button.clicked.connect(lambda: self.browser.verticalScrollBar().setValue(0))
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.contents_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(960, 760)

        self._history: list[tuple[Path, int]] = []
        self.path: Path | None = None
        self.load(guide_file(language))

    # --- showing a guide ----------------------------------------------------------------------
    def load(self, path: Path, anchor: str = "") -> None:
        if path != self.path:
            self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
            self.path = path
            self._fit_pictures()
        if anchor:
            self.scroll_to(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.back_button.setEnabled(bool(self._history))

    def headings(self) -> dict[str, QTextBlock]:
        """Each heading of the shown guide by its anchor."""
        found: dict[str, QTextBlock] = {}
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                found.setdefault(heading_anchor(block.text()), block)
            block = block.next()
        return found

    def scroll_to(self, anchor: str) -> bool:
        block = self.headings().get(anchor)
        if block is None:
            return False
        layout = self.browser.document().documentLayout()
        self.browser.verticalScrollBar().setValue(int(layout.blockBoundingRect(block).top()))
        self.browser.setTextCursor(QTextCursor(block))
        return True

    def _fit_pictures(self) -> None:
        """The screenshots at most MAX_PICTURE_WIDTH wide, keeping their proportions."""
        document = self.browser.document()
        cursor = QTextCursor(document)
        block = document.begin()
        base = self.path.parent if self.path else Path()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    size = QImageReader(str(base / QUrl(image.name()).path())).size()
                    if size.width() > MAX_PICTURE_WIDTH:
                        image.setWidth(MAX_PICTURE_WIDTH)
                        image.setHeight(size.height() * MAX_PICTURE_WIDTH / size.width())
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()

    # --- links --------------------------------------------------------------------------------
    def follow(self, url: QUrl) -> None:
        """A heading of this guide, another guide (its heading), or a web page in the browser."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        anchor = url.fragment()
        target = self.path
        if url.path():
            name = Path(url.path()).name
            candidate = (self.path.parent / name) if self.path else Path(name)
            if not candidate.is_file() or candidate.suffix.lower() != ".md":
                return  # e.g. the README, which is not installed with the app
            target = candidate
        if target is None:
            return
        self._history.append((self.path or target, self.browser.verticalScrollBar().value()))
        self.load(target, anchor)

    def go_back(self) -> None:
        if not self._history:
            return
        path, position = self._history.pop()
        self.load(path)
        self.browser.verticalScrollBar().setValue(position)
        self.back_button.setEnabled(bool(self._history))
