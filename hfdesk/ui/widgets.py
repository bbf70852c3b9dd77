"""Small building blocks shared by the pages: views with an empty-state text, page headers."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionTabWidgetFrame,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from .models.base import RowTableModel

COLUMN_PADDING = 10
RESIZE_SAMPLE_ROWS = 300  # rows looked at when sizing a column to its content
TEXT_MARGIN = 8  # what the item delegate puts around a cell's text  # beyond Qt's own size hint, so no text ends right at the column edge


def _paint_empty_text(view: QAbstractItemView, text: str) -> None:
    model = view.model()
    if not text or (model is not None and model.rowCount() > 0):
        return
    painter = QPainter(view.viewport())
    try:
        painter.setPen(view.palette().color(QPalette.ColorRole.PlaceholderText))
        rect = view.viewport().rect().adjusted(24, 24, -24, -24)
        # Near the top, where the eye looks first, rather than lost in the middle of a big table.
        rect = QRect(rect.left(), rect.top(), rect.width(), min(rect.height(), 120))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
    finally:
        painter.end()


#: Enough passes for a size change to climb from meeting mode's innermost panel to the window.
LAYOUT_PASSES = 16


def lay_out_now(widget: QWidget | None = None) -> None:
    """Lay out at once what the last changes to the widgets asked for, so that the next paint
    is the last one. A splitter, a stacked widget or a tab widget hands a change of its size to
    its parent on the next pass of the event loop, one level per pass, and a list shows or
    hides its scroll bars in a call queued for the loop: left to the loop, the window is
    painted, then laid out again and painted a second and a third time (meeting mode's side
    panel, the register's body page). The layout requests of every window are handled, not
    only `widget`'s. With `widget`, every call queued for one of its lists is made now too
    (today only Qt's own: the scroll bars): a call a page queues for later with a list as its
    context (`QTimer.singleShot(0, view, …)`) would run here, inside the page's showing; give
    such a call the page or another object as its context. A pass with nothing to do costs
    next to nothing."""
    # Only lists made here: Python knows when one of them is gone (Qt's own, a combo box's
    # popup list, could be deleted by Qt under a reference kept across the passes).
    if widget is not None and not widget.isVisible():
        return  # not painted yet: it is laid out when shown (at start, the window's first layout)
    areas = [a for a in widget.findChildren(QAbstractScrollArea) if Shiboken.createdByPython(a)] if widget else []
    for _ in range(LAYOUT_PASSES):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        for area in areas:
            if Shiboken.isValid(area):
                QCoreApplication.sendPostedEvents(area, QEvent.Type.MetaCall)


class _LayOutBeforePaint(QObject):
    """Receives the events `lay_out_before_paint` posts (one object for the application)."""

    EVENT = QEvent.Type(QEvent.registerEventType())

    def __init__(self) -> None:
        super().__init__()
        self.waiting: list[QWidget] = []

    def customEvent(self, event: QEvent) -> None:
        waiting, self.waiting = self.waiting, []
        for widget in waiting:
            if Shiboken.isValid(widget):  # (gone since: nothing to lay out)
                lay_out_now(widget)


_lay_out_before_paint: _LayOutBeforePaint | None = None


def lay_out_before_paint(widget: QWidget) -> None:
    """Lay `widget` out (`lay_out_now`) once the showing under way is done and before the window
    is painted: a page shown, and read as it was shown, is painted once as it stays, not painted
    and then laid out again over the next passes of the event loop (the register's tabs took
    nine). Qt posts the paint at low priority; this is posted at high priority, so it comes
    first in the same pass. Called from a page's showEvent, where laying out at once would be
    too early (the stacked widget showing it has not finished)."""
    global _lay_out_before_paint
    if _lay_out_before_paint is None:
        _lay_out_before_paint = _LayOutBeforePaint()
    receiver = _lay_out_before_paint
    if not receiver.waiting:
        QCoreApplication.postEvent(receiver, QEvent(_LayOutBeforePaint.EVENT), Qt.EventPriority.HighEventPriority.value)
    if not any(waiting is widget for waiting in receiver.waiting):  # by identity: one waiting may be gone
        receiver.waiting.append(widget)


_TAB_BASE = 4  # pixels under the tab bar that its base line and the pane's frame may take


class TabWidget(QTabWidget):
    """A QTabWidget that is not painted again whole each time something on its pages changes size.

    Qt's lays itself out again on every layout request and then repaints itself whole: its tab
    bar, the frame and every widget on the page shown. A page sends one up whenever a label on
    it gets a new text (a layout tells its parent of a change of size hint whether or not the
    hint changed), so the register's body page was painted whole on every switch of body, not
    only its members list: a quarter of the switch. Here a request that leaves the pages where
    they are (the tab bar as tall as when Qt last laid the widget out on a request, shown or
    hidden as then, the widget as large) is passed on to the parent, as the size hint may have
    changed, and only the tab bar is put where the style puts it, its strip repainted when it
    moves (a tab's text made the tabs wider or narrower). Anything else, and a widget with
    corner widgets, Qt lays out as ever."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laid_out_for: tuple[int, bool, QSize] | None = None

    def setTabText(self, index: int, text: str) -> None:
        """Qt's lays the widget out and paints it whole at once, the text changed or not; here
        the tab bar takes the text, and the layout follows on its request (`event`)."""
        if text != self.tabText(index):
            self.tabBar().setTabText(index, text)

    def setTabVisible(self, index: int, visible: bool) -> None:
        """Qt's lays the widget out and paints it whole even when the tab stays as it was."""
        if visible != self.isTabVisible(index):
            super().setTabVisible(index, visible)

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.LayoutRequest:
            return super().event(event)
        bar = self.tabBar()
        state = (bar.sizeHint().height(), bar.isVisibleTo(self), self.size())
        corners = self.cornerWidget(Qt.Corner.TopLeftCorner) or self.cornerWidget(Qt.Corner.TopRightCorner)
        if state != self._laid_out_for or corners is not None:
            self._laid_out_for = state
            return super().event(event)
        # The bar checked against where the style puts it, not against what was remembered: Qt
        # also lays the widget out by itself (shown, resized, a tab added), with other texts.
        option = QStyleOptionTabWidgetFrame()
        self.initStyleOption(option)
        place = self.style().subElementRect(QStyle.SubElement.SE_TabWidgetTabBar, option, self)
        if bar.geometry() != place:
            bar.setGeometry(place)
            self.update(0, 0, self.width(), place.bottom() + 1 + _TAB_BASE)
        self.updateGeometry()
        return True


class DataTableView(QTableView):
    """A read-only, sortable list with row selection and a text shown when it is empty."""

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "", sortable: bool = True) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the list; the arrow keys move within it
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSortingEnabled(sortable)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(48)
        self._stretch: int | None = None
        self._min_stretch = 160
        self._natural: dict[int, int] = {}
        self._floor: dict[int, int] = {}
        self._optional: tuple[int, ...] = ()  # columns hidden when the table is too narrow
        self._set_aside: set[int] = set()  # those hidden now
        self._fitting = False
        header.sectionResized.connect(self._on_section_resized)

    def empty_text(self) -> str:
        return self._empty_text

    def set_empty_text(self, text: str) -> None:
        if text != self._empty_text:
            self._empty_text = text
            self.viewport().update()

    def fit_columns(
        self,
        widths: dict[int, int] | None = None,
        *,
        stretch: int | None = None,
        max_width: int = 380,
        min_stretch: int = 160,
        keep: tuple[int, ...] = (),
        optional: tuple[int, ...] = (),
    ) -> None:
        """Size the columns to their content (capped at `max_width`) or to the given widths.

        With a `stretch` column the table fills its width: that column takes what
        is left over. When the content is wider than the table, the other columns
        give up their excess width first (down to their header, or 90 px, and
        their text is cut with '…'; never the `keep` columns), then the stretch
        column down to `min_stretch`; then the `optional` columns are hidden, in
        their order, until the rest fits (shown again when there is room: what
        they say must also be in the row's tool tip); only then does the table
        scroll sideways. It follows window and column resizes; a column the user
        resizes keeps that width.
        """
        header = self.horizontalHeader()
        model = self.model()
        if model is None:
            return
        self._stretch = stretch
        self._min_stretch = min_stretch
        self._natural = {}
        self._floor = {}
        self._optional = tuple(c for c in optional if c != stretch)
        header.setStretchLastSection(stretch is None)
        # The new rows are laid out now, and the columns resized without the header telling the
        # view, which would lay itself out again on a timer after the first paint: a second
        # paint of the whole table for every opening (`_laid_out` does it once, at the end).
        self.executeDelayedItemsLayout()
        with self._resizing(header):
            for column in self._set_aside:  # measured like the others; `_fill_stretch` decides again
                header.setSectionHidden(column, False)
            self._set_aside = set()
            for column in range(model.columnCount()):
                if header.isSectionHidden(column):
                    continue  # hidden by the user: resizing it would show it again
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                head = header.sectionSizeHint(column) + COLUMN_PADDING
                if widths and column in widths:
                    natural = widths[column]
                else:
                    natural = min(max(self._content_width(column) + COLUMN_PADDING, head), max_width)
                self._natural[column] = natural
                self._floor[column] = natural if column in keep else min(natural, max(head, 90))
                header.resizeSection(column, natural)
            self._fill_stretch()

    def resizeRowsToContents(self) -> None:
        """Qt's, with the view laid out at once rather than on a timer after the first paint
        (see `fit_columns`)."""
        self.executeDelayedItemsLayout()
        with self._resizing(self.verticalHeader()):
            super().resizeRowsToContents()

    @contextmanager
    def _resizing(self, header: QHeaderView) -> Iterator[None]:
        """Sections resized by the view itself, without the header telling it (the view would
        lay itself out again on a timer after the paint under way: a second paint of the whole
        table), then laid out once, at the end of the outermost (`fit_columns` fills the
        stretch column inside its own)."""
        outermost = not self._fitting
        self._fitting = True
        blocked = header.blockSignals(True)
        try:
            yield
        finally:
            header.blockSignals(blocked)
            self._fitting = not outermost
        if outermost:
            self._laid_out()

    def _laid_out(self) -> None:
        """What the view does when its header tells it of a resize: its scroll bars and the
        editors' places follow the sections, and the viewport is painted again."""
        self.updateGeometries()
        self.viewport().update()

    def _content_width(self, column: int) -> int:
        """The widest text among the first rows, each in the font its cell is painted in (a
        voter's rights and the current item are bold: measured in the view's font they were cut
        with "…"). Qt's sizeHintForColumn asks every role of every row, which is slow on long
        lists in Python models."""
        metrics: dict[str, QFontMetrics] = {}
        widest = 0
        for text, font in set(self._column_cells(column)):  # a role or a status recurs: measured once
            if not text:
                continue
            if font is None:
                measure = self.fontMetrics()
            else:
                font = font.resolve(self.font())  # as the delegate paints it
                key = font.key()
                measure = metrics.get(key) or metrics.setdefault(key, QFontMetrics(font))
            widest = max(widest, measure.horizontalAdvance(str(text)))
        return widest + TEXT_MARGIN

    def _column_cells(self, column: int) -> list[tuple[object, QFont | None]]:
        """The first rows' texts in `column` and the font of each cell (None: the view's): from
        the rows' own table (`RowTableModel`) when the view shows its rows unfiltered, without a
        model index and a call into Python for each cell; else through the model."""
        model = self.model()
        count = min(model.rowCount(), RESIZE_SAMPLE_ROWS)
        source = model
        if isinstance(model, QSortFilterProxyModel):
            source = model.sourceModel()
            if source is None or source.rowCount() != model.rowCount() or model.rowCount() > RESIZE_SAMPLE_ROWS:
                source = model  # filtered, or the first rows after sorting are other rows
        if isinstance(source, RowTableModel):
            if not source.has_fonts():
                return [(source.display_text(row, column), None) for row in range(count)]
            return [
                (source.display_text(row, column), source.font(source.row_at(row), column)) for row in range(count)
            ]
        cells: list[tuple[object, QFont | None]] = []
        for row in range(count):
            index = model.index(row, column)
            font = index.data(Qt.ItemDataRole.FontRole)
            cells.append((index.data(Qt.ItemDataRole.DisplayRole), font if isinstance(font, QFont) else None))
        return cells

    def _fill_stretch(self) -> None:
        stretch = self._stretch
        model = self.model()
        if stretch is None or model is None or not 0 <= stretch < model.columnCount():
            return
        header = self.horizontalHeader()
        columns = [
            c
            for c in range(model.columnCount())
            if c != stretch and (not header.isSectionHidden(c) or c in self._set_aside)
        ]
        available = self.viewport().width()
        set_aside: list[int] = []
        sizes = self._column_sizes(columns, available)
        for c in self._optional:  # too narrow even with every column at its least: set one aside
            if sum(sizes.values()) + self._min_stretch <= available or c not in columns:
                continue
            set_aside.append(c)
            sizes = self._column_sizes([k for k in columns if k not in set_aside], available)
        sizes[stretch] = max(self._min_stretch, available - sum(sizes.values()))
        changed = [c for c in sizes if header.sectionSize(c) != sizes[c]]
        shown_again = [c for c in self._set_aside if c not in set_aside]
        if changed or shown_again or set(set_aside) != self._set_aside:
            with self._resizing(header):  # (on every showing and window resize too)
                for c in set_aside:
                    header.setSectionHidden(c, True)
                for c in shown_again:
                    header.setSectionHidden(c, False)
                self._set_aside = set(set_aside)
                for c in sizes:
                    if header.sectionSize(c) != sizes[c] or c in shown_again:
                        header.resizeSection(c, sizes[c])
        current = self.currentIndex()
        if current.isValid() and current.column() in self._set_aside:
            # The arrow keys would not move from a cell that is not shown: the row's first shown one.
            shown = next((c for c in range(model.columnCount()) if not header.isSectionHidden(c)), None)
            if shown is not None:
                self.selectionModel().setCurrentIndex(
                    model.index(current.row(), shown), QItemSelectionModel.SelectionFlag.NoUpdate
                )

    def _column_sizes(self, columns: list[int], available: int) -> dict[int, int]:
        """The widths of `columns` (all but the stretch column): their natural widths, or, where
        that leaves the stretch column less than its least, each gives up its excess in
        proportion, down to its floor."""
        header = self.horizontalHeader()
        natural = {c: self._natural.get(c, header.sectionSize(c)) for c in columns}
        room = available - sum(natural.values())
        sizes = dict(natural)
        if room < self._min_stretch:
            slack = {c: natural[c] - self._floor.get(c, natural[c]) for c in columns}
            total_slack = sum(v for v in slack.values() if v > 0)
            if total_slack > 0:
                share = min(1.0, (self._min_stretch - room) / total_slack)
                for c in columns:
                    if slack[c] > 0:
                        # rounded up: shares rounded to the nearest pixel could add up to a
                        # pixel too little, and the list would scroll sideways by one
                        sizes[c] = natural[c] - min(slack[c], math.ceil(slack[c] * share))
        return sizes

    def _on_section_resized(self, logical: int, _old: int, new: int) -> None:
        if self._fitting or logical == self._stretch:
            return
        self._natural[logical] = new  # the user's choice (until the columns are fitted again):
        self._floor[logical] = new
        self._optional = tuple(c for c in self._optional if c != logical)  # not set aside under the mouse
        self._fill_stretch()

    def viewportEvent(self, event: QEvent) -> bool:
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:  # the window, or a scroll bar coming or going
            self._fill_stretch()
        return handled

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        _paint_empty_text(self, self._empty_text)


class PaddedDelegate(QStyledItemDelegate):
    """Gives tree rows the same breathing room as the table rows."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 12))


class DataTreeView(QTreeView):
    """A read-only tree with a text shown when it is empty."""

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "") -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAnimated(False)
        self.header().setHighlightSections(False)
        self.setIndentation(16)
        self._delegate = PaddedDelegate(self)
        self.setItemDelegate(self._delegate)

    def empty_text(self) -> str:
        return self._empty_text

    def set_empty_text(self, text: str) -> None:
        if text != self._empty_text:
            self._empty_text = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        _paint_empty_text(self, self._empty_text)


class PageHeader(QWidget):
    """A page's title in large type with one line saying what the page is for."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        self.title = QLabel(title, self)
        self.title.setObjectName("PageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.subtitle = QLabel(subtitle, self)
        self.subtitle.setObjectName("PageSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.subtitle)
        self.subtitle.setVisible(bool(subtitle))


def section_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A bold label over a part of a page, e.g. the selected body's name."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def muted_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(True)
    return label


class ElidedLabel(QLabel):
    """One line of text cut with '…' when it does not fit; the whole text is in the tool tip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = " ".join(text.split())
        self.setToolTip(self._full if self._full else "")
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


class SearchField(QLineEdit):
    """A line edit for filtering as you type, with a clear button."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)


class HtmlDelegate(QStyledItemDelegate):
    """Draws a cell's rich text (the model's `html_role`, e.g. search hits in bold) on one line;
    cells without it are drawn as usual. The display text stays plain for sorting and copying."""

    def __init__(self, html_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = html_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        html = index.data(self._role)
        if not html:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        rect = option.rect.adjusted(TEXT_MARGIN // 2, 0, -TEXT_MARGIN // 2, 0)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        try:
            top = rect.top() + max(0, (rect.height() - int(doc.size().height())) // 2)
            painter.translate(rect.left(), top)
            painter.setClipRect(0, 0, rect.width(), rect.height())
            doc.documentLayout().draw(painter, context)
        finally:
            painter.restore()
