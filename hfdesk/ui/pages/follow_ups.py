"""Follow-ups from the meetings of every body: open, overdue, done; what, who, by when, and the
item they came from. A follow-up marked as done by mistake can be opened again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import queries
from ...services.live import complete_follow_up, reopen_follow_up
from ...services.queries import FollowUpRow
from ..labels import FollowUpState
from ..models import FollowUpsModel, ObjectRole, SortProxy
from ..models.bodies import tree_order
from ..opening import offer_to_open
from ..ops import Change, Ops
from ..widgets import DataTableView, PageHeader
from .base import LazyPage


class Filter:
    """Which follow-ups the list shows."""

    OPEN = "open"  # everything not done, overdue included
    OVERDUE = "overdue"
    DONE = "done"
    ALL = "all"


# The page's filter -> the export's status (exports.follow_ups.matches picks the same rows).
_EXPORT_STATUS: dict[str, str | None] = {
    Filter.OPEN: "open",
    Filter.OVERDUE: "overdue",
    Filter.DONE: "done",
    Filter.ALL: None,
}


def _matches(which: str, row: FollowUpRow) -> bool:
    state = FollowUpsModel.state(row)
    if which == Filter.OPEN:
        return state != FollowUpState.DONE
    if which == Filter.OVERDUE:
        return state == FollowUpState.OVERDUE
    if which == Filter.DONE:
        return state == FollowUpState.DONE
    return True


class FollowUpsPage(LazyPage):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        # A follow-up shows its item, meeting and body.
        super().__init__(ops, Change.FOLLOW_UPS | Change.MEETINGS | Change.REGISTER, parent)
        self._filter = Filter.OPEN

        header = PageHeader(
            self.tr("Follow-ups"),
            self.tr("What the bodies have asked to be followed up: what, who and by when."),
            self,
        )

        self.filter_buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        filters = QHBoxLayout()
        filters.setSpacing(0)
        for key in (Filter.OPEN, Filter.OVERDUE, Filter.DONE, Filter.ALL):
            button = QPushButton(self)
            button.setCheckable(True)
            button.setProperty("segment", True)
            button.setStyleSheet("padding: 4px 14px;")
            button.clicked.connect(lambda _checked=False, k=key: self.set_filter(k))
            self._group.addButton(button)
            self.filter_buttons[key] = button
            filters.addWidget(button)
        self.filter_buttons[self._filter].setChecked(True)

        self.body = QComboBox(self)
        self.body.setMinimumContentsLength(26)
        self.body.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.body.setAccessibleName(self.tr("Body"))
        self.body.currentIndexChanged.connect(self._apply_filter)
        body_label = QLabel(self.tr("&Body:"), self)
        body_label.setBuddy(self.body)

        self.done_button = QPushButton(self.tr("&Mark as done"), self)
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.reopen_button = QPushButton(self.tr("&Reopen"), self)
        self.reopen_button.setToolTip(self.tr("The selected follow-up is not done after all"))
        self.reopen_button.setEnabled(False)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.export_button = QPushButton(self.tr("E&xport to Excel…"), self)
        self.export_button.setToolTip(self.tr("The follow-ups the list shows (this filter and body) as an Excel workbook"))
        self.export_button.clicked.connect(self.export_to_excel)

        filters.addSpacing(24)
        filters.addWidget(body_label)
        filters.addSpacing(8)
        filters.addWidget(self.body)
        filters.addStretch(1)
        filters.addWidget(self.reopen_button)
        filters.addWidget(self.done_button)

        self.model = FollowUpsModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Follow-ups"))
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _index: self.mark_selected_done())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        below = QHBoxLayout()  # the list out of the app, under the list (the filter row is full)
        below.addStretch(1)
        below.addWidget(self.export_button)
        layout.addLayout(below)

        ops.database_changed.connect(lambda: self.body.setCurrentIndex(0))

    @staticmethod
    def title() -> str:
        """The page's name (sidebar, View menu): known before the page is built."""
        return QCoreApplication.translate("FollowUpsPage", "Follow-ups")

    def reload(self) -> None:
        rows = self._ops.read(queries.list_follow_ups, parent=self, default=[]) or []
        bodies = self._ops.read(queries.list_bodies, parent=self, default=[]) or []
        chosen = self.body.currentData()
        self.body.blockSignals(True)
        try:
            self.body.clear()
            self.body.addItem(self.tr("All bodies"), None)
            for depth, body in tree_order(bodies):
                self.body.addItem("    " * depth + body.name, body.id)
            self.body.setCurrentIndex(max(0, self.body.findData(chosen)) if chosen is not None else 0)
        finally:
            self.body.blockSignals(False)
        self.model.set_rows(rows)
        self.table.fit_columns(
            stretch=FollowUpsModel.COL_WHAT,
            max_width=240,
            min_stretch=240,
            keep=(FollowUpsModel.COL_DUE, FollowUpsModel.COL_STATUS, FollowUpsModel.COL_ITEM),
        )
        self._apply_filter()

    def set_filter(self, which: str) -> None:
        self._filter = which
        self.filter_buttons[which].setChecked(True)
        self._apply_filter()

    def current_filter(self) -> str:
        return self._filter

    def _apply_filter(self) -> None:
        which, body_id = self._filter, self.body.currentData()
        self.proxy.set_predicate(
            lambda row: _matches(which, row) and (body_id is None or row.body_id == body_id)
        )
        in_body = [r for r in self.model.rows() if body_id is None or r.body_id == body_id]
        captions = {
            Filter.OPEN: self.tr("Open ({count})"),
            Filter.OVERDUE: self.tr("Overdue ({count})"),
            Filter.DONE: self.tr("Done ({count})"),
            Filter.ALL: self.tr("All ({count})"),
        }
        for key, button in self.filter_buttons.items():
            button.setText(captions[key].format(count=sum(1 for r in in_body if _matches(key, r))))
        empty = {
            Filter.OPEN: self.tr("No open follow-ups."),
            Filter.OVERDUE: self.tr("Nothing is overdue."),
            Filter.DONE: self.tr("No follow-ups have been marked as done."),
            Filter.ALL: self.tr("No follow-ups have been registered yet."),
        }
        self.table.set_empty_text(empty[which])
        self._on_selection()

    def export_to_excel(self) -> Path | None:
        """The list as filtered on screen (the filter button and the body) to Excel: ask for a
        file name, write it, offer to open it. None when cancelled or a known error was shown."""
        status = _EXPORT_STATUS[self._filter]
        body_id = self.body.currentData()
        stem = self.tr("follow-ups")
        if status is not None:
            stem += "-" + {
                Filter.OPEN: self.tr("open"), Filter.OVERDUE: self.tr("overdue"), Filter.DONE: self.tr("done")
            }[self._filter]  # fmt: skip
        folder = self._ops.database.path.parent if self._ops.database.path is not None else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Follow-ups"), str(folder / f"{stem}.xlsx"), self.tr("Excel workbooks (*.xlsx)")
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        from ...exports.follow_ups import export_follow_ups  # XlsxWriter when a file is written, not at start

        today = date.today()
        written = self._ops.read(
            lambda s: export_follow_ups(s, path, body_id=body_id, status=status, today=today), parent=self
        )
        if written is None:
            return None
        offer_to_open(
            self,
            self.tr("Follow-ups Exported"),
            path,
            self.tr("The follow-ups were saved as «{file}». Open it now?").format(file=str(path)),
        )
        return path

    def selected_row(self) -> FollowUpRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ObjectRole) if indexes else None

    def _on_selection(self, *_args: QItemSelection) -> None:
        row = self.selected_row()
        self.done_button.setEnabled(row is not None and FollowUpsModel.state(row) != FollowUpState.DONE)
        self.reopen_button.setEnabled(row is not None and FollowUpsModel.state(row) == FollowUpState.DONE)

    def mark_selected_done(self) -> bool:
        row = self.selected_row()
        if row is None or FollowUpsModel.state(row) == FollowUpState.DONE:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Mark as done"),
            self.tr("Mark «{what}» as done today?").format(what=row.what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        follow_up_id, today = row.id, date.today()
        result = self._ops.write(
            lambda s: complete_follow_up(s, follow_up_id, today),
            changed=Change.FOLLOW_UPS,
            parent=self,
        )
        return result is not None

    def reopen_selected(self) -> bool:
        """Open a follow-up again that was marked as done."""
        row = self.selected_row()
        if row is None or FollowUpsModel.state(row) != FollowUpState.DONE:
            return False
        follow_up_id = row.id
        result = self._ops.write(
            lambda s: reopen_follow_up(s, follow_up_id), changed=Change.FOLLOW_UPS, parent=self
        )
        return result is not None
