"""The shared part of hfdesk's table models, and the sorting/filtering proxy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ...sorting import SortKey, norwegian_key

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

# Colours for states (overdue, done, a warning), readable (WCAG 4.5:1) on the palette they are
# drawn on: one set for light palettes, one for dark. The QColor objects stay the same;
# `adapt_colours()` sets their value for the current palette (the main window calls it).
_COLOURS_LIGHT = {"overdue": "#c42b1c", "done": "#2a7030", "warning": "#9a5200"}
_COLOURS_DARK = {"overdue": "#ff8a80", "done": "#81c784", "warning": "#ffb74d"}
OVERDUE_COLOUR = QColor(_COLOURS_LIGHT["overdue"])
DONE_COLOUR = QColor(_COLOURS_LIGHT["done"])
WARNING_COLOUR = QColor(_COLOURS_LIGHT["warning"])


def palette_is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def adapt_colours(palette: QPalette | None = None) -> None:
    """Give the state colours their values for `palette` (default: the application's)."""
    chosen = _COLOURS_DARK if palette_is_dark(palette) else _COLOURS_LIGHT
    for colour, key in ((OVERDUE_COLOUR, "overdue"), (DONE_COLOUR, "done"), (WARNING_COLOUR, "warning")):
        colour.setRgb(QColor(chosen[key]).rgb())


def muted_colour() -> QColor:
    """For ended terms, cancelled meetings, standard items: the text colour blended 60 % over
    the base, which stays readable where the palette's placeholder colour does not."""
    palette = QApplication.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor(
        round(text.red() * 0.6 + base.red() * 0.4),
        round(text.green() * 0.6 + base.green() * 0.4),
        round(text.blue() * 0.6 + base.blue() * 0.4),
    )


def bold_font() -> QFont:
    font = QFont(QApplication.font())
    font.setBold(True)
    return font


#: Rows a model hands its views at a time (see RowTableModel); a view asks for the next batch
#: when it scrolls near the end (canFetchMore/fetchMore).
FETCH_BATCH = 200

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_OBJECT = int(ObjectRole)
_ID = int(IdRole)
# The roles data() answers, by name of the method that answers them (any other role: None).
_ROLE_METHODS = {
    int(SortRole): "sort_value",
    int(Qt.ItemDataRole.ToolTipRole): "tooltip",
    int(Qt.ItemDataRole.ForegroundRole): "foreground",
    int(Qt.ItemDataRole.FontRole): "font",
    int(HtmlRole): "html",
}


class RowTableModel(QAbstractTableModel):
    """A read-only table of frozen dataclass rows.

    Subclasses name their columns with COL_* constants and implement `headers()`
    and `display()`; `sort_value()`, `row_id()`, `tooltip()`, `foreground()`,
    `font()` and `alignment()` are optional.

    Long lists reach the views in batches: `set_rows()` keeps every row (`rows()`,
    `row_at()`, `total_rows()` see them all) but `rowCount()` starts at FETCH_BATCH
    and grows by a batch each time a view scrolls to the end (`canFetchMore`/`fetchMore`),
    so showing ten years of meetings costs what showing a screenful does.
    `row_of_id()` fetches up to the row it finds, so selecting any row works;
    `fetch_all()` exposes everything at once. A `SortProxy` that sorts or filters fetches
    everything (sorting or searching only the first batch would be wrong).
    """

    #: Rows per batch; None hands every row to the views at once.
    fetch_batch: int | None = FETCH_BATCH

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._fetched = 0  # rows the views know of: rowCount()
        self._changing = False  # a reset or an insert is being announced: nothing more to fetch
        self._fetch_everything = False  # set by a sorting or filtering SortProxy
        self._search: list[str] = []
        self._texts: dict[tuple[int, int], str] = {}  # display() results; rows are immutable
        self._column_count: int | None = None
        self._headers: list[str] | None = None  # translated once per set_rows
        self._answer_table: dict[int, Callable[[Any, int], Any]] | None = None  # data()'s other roles

    # --- filling -----------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        # Nothing is fetched while the reset is announced (modelAboutToBeReset, modelReset):
        # whoever listens then (a proxy, Qt's model tester) would insert rows into a reset
        # in flight. The views fetch the next batch later, when they lay themselves out.
        self._changing = True
        try:
            self.beginResetModel()
            self._rows = list(rows)
            batch = self.fetch_batch
            everything = batch is None or self._fetch_everything
            self._fetched = len(self._rows) if everything else min(len(self._rows), batch)  # type: ignore[type-var]
            self._search = []
            self._texts = {}
            self._headers = None
            self.endResetModel()
        finally:
            self._changing = False

    def rows(self) -> list[Any]:
        """Every row, fetched by the views or not."""
        return list(self._rows)

    def total_rows(self) -> int:
        """How many rows there are (rowCount() counts those the views have fetched)."""
        return len(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of_id(self, id_: int) -> int:
        """The model row holding `id_`, or -1. A row the views have not fetched yet is
        fetched (with the rows before it), so an index made from the answer is valid."""
        for i, row in enumerate(self._rows):
            if self.row_id(row) == id_:
                if i >= self._fetched:
                    self._fetch_to(i + 1)
                return i
        return -1

    # --- fetching in batches ----------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex = ROOT) -> bool:
        return not parent.isValid() and not self._changing and self._fetched < len(self._rows)

    def fetchMore(self, parent: AnyIndex = ROOT) -> None:
        if parent.isValid() or self._changing:
            return
        self._fetch_to(self._fetched + (self.fetch_batch or len(self._rows)))

    def fetch_all(self) -> None:
        """Hand every row to the views now."""
        self._fetch_to(len(self._rows))

    def set_fetch_everything(self, everything: bool) -> None:
        """Hand every row to the views at once from now on (and now), or go back to batches
        from the next set_rows(). SortProxy calls it while it sorts or filters."""
        self._fetch_everything = everything
        if everything:
            self.fetch_all()

    def _fetch_to(self, count: int) -> None:
        count = min(count, len(self._rows))
        if count <= self._fetched or self._changing:
            return
        if self.fetch_batch:  # whole batches: fewer, larger inserts
            batch = self.fetch_batch
            count = min(len(self._rows), -(-count // batch) * batch)
        self._changing = True  # a listener to the insert asking for more must wait for its end
        try:
            self.beginInsertRows(ROOT, self._fetched, count - 1)
            self._fetched = count
            self.endInsertRows()
        finally:
            self._changing = False

    def display_text(self, row: int, column: int) -> str:
        """What the cell shows (display()), made once per set_rows, fetched by the views or not."""
        return self._text(row, column)

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

    def has_fonts(self) -> bool:
        """Whether some cells have a font of their own (this class overrides `font()`)."""
        return type(self).font is not RowTableModel.font

    # --- QAbstractTableModel ------------------------------------------------------
    def _text(self, row: int, column: int) -> str:
        key = (row, column)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self.display(self._rows[row], column)
        return text

    def _header_texts(self) -> list[str]:
        # Asked for hundreds of times while a view lays its header out; some headers are
        # costly (month names): translate them once per set_rows.
        if self._headers is None:
            self._headers = self.headers()
        return self._headers

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        if parent.isValid():
            return 0
        if self._column_count is None:  # asked for on every data() call: translate the headers once
            self._column_count = len(self._header_texts())
        return self._column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            headers = self._header_texts()
            return headers[section] if 0 <= section < len(headers) else None
        if role == _ALIGNMENT:
            return self.alignment(section)
        return None

    # flags() is QAbstractTableModel's own, in C++: a cell is enabled and selectable and has no
    # children, which is what every cell here allows, and the views ask for every painted cell.

    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        # QAbstractTableModel's own asks rowCount() and columnCount(), two calls into Python;
        # a sorting proxy asks for an index for every role of every cell it paints.
        if 0 <= row < self._fetched and 0 <= column < self.columnCount() and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on every paint (seven roles a cell): the
        # common case first, no call into Qt that the row's range check makes needless (an
        # invalid index's row is -1), and only the roles this model answers (`_answer_table`).
        r = index.row()
        if not 0 <= r < self._fetched:
            return None
        if role == _DISPLAY:
            texts = self._texts
            key = (r, index.column())
            text = texts.get(key)
            if text is None:
                text = texts[key] = self.display(self._rows[r], key[1])
            return text
        answer = (self._answer_table or self._make_answer_table()).get(role)
        if answer is None:
            return None
        return answer(self._rows[r], index.column())

    def _make_answer_table(self) -> dict[int, Callable[[Any, int], Any]]:
        """The roles beyond the display this model answers, each with what answers it: the
        optional methods its class overrides (a method left as it is answers None, and is not
        called for every cell), alignment, the row object and its id."""
        cls = type(self)
        answers: dict[int, Callable[[Any, int], Any]] = {
            role: getattr(self, name)
            for role, name in _ROLE_METHODS.items()
            if name == "sort_value" or getattr(cls, name) is not getattr(RowTableModel, name)
        }
        answers[_OBJECT] = lambda row, _column: row
        answers[_ID] = lambda row, _column: self.row_id(row)
        if cls.alignment is RowTableModel.alignment:
            answers[_ALIGNMENT] = lambda _row, _column: ALIGN_LEFT
        else:
            answers[_ALIGNMENT] = lambda _row, column: self.alignment(column)
        self._answer_table = answers
        return answers


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


class _Text:
    """A text's place in Norwegian alphabetical order, as a sort value the proxy keeps."""

    __slots__ = ("key",)

    def __init__(self, text: str) -> None:
        self.key: SortKey = norwegian_key(text)


def _text_key(value: Any) -> SortKey:
    return value.key if isinstance(value, _Text) else norwegian_key(str(value))


class SortProxy(QSortFilterProxyModel):
    """Sorts on SortRole in Norwegian alphabetical order (æ, ø, å after z, aa as å, numbers
    by value), filters on words and a predicate.

    Texts are compared with the core's key (`hfdesk.sorting.norwegian_key`), the rule the
    services, the documents and SQLite's ``COLLATE NORWEGIAN`` sort by, so a table on screen
    is in the order the exported list has, on every platform (a QCollator follows whatever
    collation the platform's Qt was built with; tests/test_sorting.py checks that the key
    agrees with ICU's Norwegian one).

    Empty values (None, '') sort after everything else in ascending order.

    A RowTableModel source hands its rows to the views in batches; sorting or filtering
    only the rows fetched so far would put the wrong rows first and miss matches further
    down, so while this proxy sorts (a column chosen) or filters (words or a predicate) it
    has the source hand over every row. Unsorted and unfiltered, the batches pass through:
    the view fetches more as it scrolls. The sort values are read once per row and column
    (not twice per comparison) while the source's rows stay the same.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None
        self._keys: dict[tuple[int, int], Any] = {}  # (source row, column): sort value (texts as _Text)
        self._source: RowTableModel | None = None

    # --- the source and its batches -------------------------------------------------------
    def setSourceModel(self, model: Any) -> None:
        previous = self._source
        if previous is not None:
            previous.modelAboutToBeReset.disconnect(self._forget_keys)
            previous.layoutAboutToBeChanged.disconnect(self._forget_keys)
            previous.dataChanged.disconnect(self._forget_keys)
            previous.set_fetch_everything(False)
        self._keys = {}
        super().setSourceModel(model)
        self._source = model if isinstance(model, RowTableModel) else None
        if self._source is not None:
            # Rows are immutable and only ever appended by fetchMore: a reset (or a change a
            # subclass announces) is when the cached sort values go stale.
            self._source.modelAboutToBeReset.connect(self._forget_keys)
            self._source.layoutAboutToBeChanged.connect(self._forget_keys)
            self._source.dataChanged.connect(self._forget_keys)
            self._update_fetching()

    def _forget_keys(self, *_args: Any) -> None:
        self._keys = {}

    def needs_every_row(self) -> bool:
        """Whether the proxy sorts or filters, so that it must see every source row."""
        return self.sortColumn() >= 0 or bool(self._words) or self._predicate is not None

    def _update_fetching(self) -> None:
        if self._source is not None:
            self._source.set_fetch_everything(self.needs_every_row())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= 0 and self._source is not None:
            self._source.set_fetch_everything(True)  # before sorting, so all rows are sorted at once
        super().sort(column, order)
        self._update_fetching()

    # --- filtering ------------------------------------------------------------------------
    def set_filter_words(self, text: str) -> None:
        """Keep rows whose columns together contain every word of `text` (case-insensitive)."""
        words = [w.casefold() for w in text.split()]
        if words == self._words:
            return
        if words and self._source is not None:
            self._source.set_fetch_everything(True)
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self._update_fetching()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Keep rows whose dataclass satisfies `predicate` (None keeps all)."""
        if predicate is not None and self._source is not None:
            self._source.set_fetch_everything(True)
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self._update_fetching()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self._source
        if model is None:
            return True
        if self._predicate is not None and not self._predicate(model.row_at(source_row)):
            return False
        if self._words:
            text = model.search_text(source_row)
            return all(word in text for word in self._words)
        return True

    # --- sorting --------------------------------------------------------------------------
    def _sort_key(self, index: AnyIndex) -> Any:
        key = (index.row(), index.column())
        try:
            return self._keys[key]
        except KeyError:
            source = self._source
            if source is not None and self.sortRole() == SortRole:
                value = source.sort_value(source.row_at(key[0]), key[1])
            else:
                value = index.data(self.sortRole())
            if isinstance(value, str):
                value = _Text(value) if value else None
            self._keys[key] = value
            return value

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = self._sort_key(left), self._sort_key(right)
        a_empty, b_empty = a is None or a == "", b is None or b == ""
        if a_empty or b_empty:
            return b_empty and not a_empty
        if isinstance(a, _Text) and isinstance(b, _Text):
            return a.key < b.key
        if _sort_key_kind(a) != _sort_key_kind(b):
            return _sort_key_kind(a) < _sort_key_kind(b)
        try:
            return bool(a < b)
        except TypeError:
            return _text_key(a) < _text_key(b)

    def source_row(self, proxy_row: int) -> Any:
        """The dataclass shown in `proxy_row`."""
        return self.index(proxy_row, 0).data(ObjectRole)
