"""The shared part of hfdesk's table models, and the sorting/filtering proxy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

SortRole = Qt.ItemDataRole.UserRole + 1  # raw value to sort by: date, datetime, int, str
ObjectRole = Qt.ItemDataRole.UserRole + 2  # the row's dataclass
IdRole = Qt.ItemDataRole.UserRole + 3  # the row's database id
BreachCountRole = Qt.ItemDataRole.UserRole + 4  # a body's number of composition breaches
HtmlRole = Qt.ItemDataRole.UserRole + 5  # rich text for HtmlDelegate (e.g. search hits in bold)

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as the default parent

# Colours that read on both light and dark palettes.
OVERDUE_COLOUR = QColor(196, 43, 28)
DONE_COLOUR = QColor(46, 125, 50)


def muted_colour() -> QColor:
    """The palette's placeholder colour: for ended terms, cancelled meetings, standard items."""
    return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def bold_font() -> QFont:
    font = QFont(QApplication.font())
    font.setBold(True)
    return font


class RowTableModel(QAbstractTableModel):
    """A read-only table of frozen dataclass rows.

    Subclasses name their columns with COL_* constants and implement `headers()`
    and `display()`; `sort_value()`, `row_id()`, `tooltip()`, `foreground()`,
    `font()` and `alignment()` are optional.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._search: list[str] = []
        self._texts: dict[tuple[int, int], str] = {}  # display() results; rows are immutable
        self._column_count: int | None = None

    # --- filling -----------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = []
        self._texts = {}
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of_id(self, id_: int) -> int:
        """The model row holding `id_`, or -1."""
        for i, row in enumerate(self._rows):
            if self.row_id(row) == id_:
                return i
        return -1

    def search_text(self, row: int) -> str:
        """Every column's text of a row, case-folded, for the proxy's word filter."""
        if not self._search:
            self._search = [
                " ".join(self._text(i, c) for c in range(self.columnCount())).casefold()
                for i in range(len(self._rows))
            ]
        return self._search[row]

    # --- to implement --------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> Any:
        return self.display(row, column)

    def row_id(self, row: Any) -> int:
        return int(row.id)

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def html(self, row: Any, column: int) -> str | None:
        """Rich text for the cell, drawn by `widgets.HtmlDelegate` (display() stays plain)."""
        return None

    def foreground(self, row: Any, column: int) -> QColor | None:
        return None

    def font(self, row: Any, column: int) -> QFont | None:
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_LEFT

    # --- QAbstractTableModel ------------------------------------------------------
    def _text(self, row: int, column: int) -> str:
        key = (row, column)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self.display(self._rows[row], column)
        return text

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        if parent.isValid():
            return 0
        if self._column_count is None:  # asked for on every data() call: translate the headers once
            self._column_count = len(self.headers())
        return self._column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(section)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column)
        if role == SortRole:
            return self.sort_value(row, column)
        if role == ObjectRole:
            return row
        if role == IdRole:
            return self.row_id(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == HtmlRole:
            return self.html(row, column)
        return None


def _sort_key_kind(value: Any) -> int:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return 0
    if isinstance(value, datetime):
        return 1
    if isinstance(value, date):
        return 2
    if isinstance(value, time):
        return 3
    return 4


class SortProxy(QSortFilterProxyModel):
    """Sorts on SortRole with Norwegian collation (æ, ø, å last), filters on words and a predicate.

    Empty values (None, '') sort after everything else in ascending order.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._collator = QCollator(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None

    def set_filter_words(self, text: str) -> None:
        """Keep rows whose columns together contain every word of `text` (case-insensitive)."""
        words = [w.casefold() for w in text.split()]
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Keep rows whose dataclass satisfies `predicate` (None keeps all)."""
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):
            return True
        if self._predicate is not None and not self._predicate(model.row_at(source_row)):
            return False
        if self._words:
            text = model.search_text(source_row)
            return all(word in text for word in self._words)
        return True

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        a_empty, b_empty = a is None or a == "", b is None or b == ""
        if a_empty or b_empty:
            return b_empty and not a_empty
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        if _sort_key_kind(a) != _sort_key_kind(b):
            return _sort_key_kind(a) < _sort_key_kind(b)
        try:
            return bool(a < b)
        except TypeError:
            return self._collator.compare(str(a), str(b)) < 0

    def source_row(self, proxy_row: int) -> Any:
        """The dataclass shown in `proxy_row`."""
        return self.index(proxy_row, 0).data(ObjectRole)
