"""The meeting plan for a year, and the agenda of the selected meeting."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ... import dates
from ...models import MeetingStatus
from ...services import queries
from ...services.queries import MeetingRow
from .. import labels
from ..i18n import current_language
from ..models import AgendaModel, MeetingsModel, ObjectRole, SortProxy
from ..models.bodies import tree_order
from ..ops import ALL, MEETINGS, REGISTER, Ops
from ..widgets import DataTableView, PageHeader, muted_label, section_label


class MeetingsPage(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._meeting_id: int | None = None
        self._loaded_once = False

        header = PageHeader(
            self.tr("Meetings"),
            self.tr("The meeting plan of every body, and each meeting's agenda."),
            self,
        )

        self.year = QComboBox(self)
        self.year.setMinimumContentsLength(6)
        self.year.setAccessibleName(self.tr("Year"))
        self.body = QComboBox(self)
        self.body.setMinimumContentsLength(28)
        self.body.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.body.setAccessibleName(self.tr("Body"))
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        body_label = QLabel(self.tr("&Body:"), self)
        body_label.setBuddy(self.body)
        self.count = muted_label("", self)
        self.count.setWordWrap(False)
        self.year.currentIndexChanged.connect(self._load_meetings)
        self.body.currentIndexChanged.connect(self._load_meetings)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(year_label)
        filters.addWidget(self.year)
        filters.addSpacing(16)
        filters.addWidget(body_label)
        filters.addWidget(self.body)
        filters.addStretch(1)
        filters.addWidget(self.count)

        self.meetings_model = MeetingsModel(self)
        self.meetings_proxy = SortProxy(self)
        self.meetings_proxy.setSourceModel(self.meetings_model)
        self.meetings = DataTableView(self, empty_text=self.tr("No meetings."))
        self.meetings.setModel(self.meetings_proxy)
        self.meetings.setAccessibleName(self.tr("Meetings"))
        self.meetings.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.meetings.selectionModel().selectionChanged.connect(self._on_meeting_selected)

        self.agenda_title = section_label(self.tr("Agenda"), self)
        self.agenda_meta = muted_label("", self)
        self.agenda_model = AgendaModel(self)
        self.agenda = DataTableView(
            self, empty_text=self.tr("Select a meeting to see its agenda."), sortable=False
        )
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.horizontalHeader().setSectionsMovable(False)

        agenda_panel = QWidget(self)
        agenda_layout = QVBoxLayout(agenda_panel)
        agenda_layout.setContentsMargins(0, 8, 0, 0)
        agenda_layout.setSpacing(4)
        agenda_layout.addWidget(self.agenda_title)
        agenda_layout.addWidget(self.agenda_meta)
        agenda_layout.addWidget(self.agenda, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.meetings)
        splitter.addWidget(agenda_panel)
        splitter.setSizes([330, 370])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        ops.database_changed.connect(self._forget_selection)
        ops.data_changed.connect(self._on_data_changed)
        self.refresh()

    def _forget_selection(self) -> None:
        """Another database file: its ids mean other meetings and bodies."""
        self._meeting_id = None
        self.body.setCurrentIndex(0)

    def title(self) -> str:
        return self.tr("Meetings")

    # --- loading -----------------------------------------------------------------
    def refresh(self) -> None:
        years = self._ops.read(queries.meeting_years, parent=self, default=[]) or []
        bodies = self._ops.read(queries.list_bodies, parent=self, default=[]) or []
        this_year = date.today().year
        chosen_year = self.year.currentData()
        if chosen_year is None:
            chosen_year = this_year if this_year in years or not years else max(y for y in years)
        chosen_body = self.body.currentData()

        for combo in (self.year, self.body):
            combo.blockSignals(True)
        try:
            self.year.clear()
            for year in sorted(set(years) | {chosen_year}, reverse=True):
                self.year.addItem(str(year), year)
            self.year.setCurrentIndex(max(0, self.year.findData(chosen_year)))
            self.body.clear()
            self.body.addItem(self.tr("All bodies"), None)
            for depth, body in tree_order(bodies):
                self.body.addItem("    " * depth + body.name, body.id)
            index = self.body.findData(chosen_body) if chosen_body is not None else 0
            self.body.setCurrentIndex(max(0, index))
        finally:
            for combo in (self.year, self.body):
                combo.blockSignals(False)
        self._load_meetings()

    def _load_meetings(self) -> None:
        year, body_id = self.year.currentData(), self.body.currentData()
        rows = (
            self._ops.read(
                lambda s: queries.list_meetings(s, body_id=body_id, year=year), parent=self, default=[]
            )
            or []
        )
        keep = self._meeting_id
        self.meetings_model.set_rows(rows)
        self.count.setText(self.tr("%n meeting(s)", "", len(rows)))
        if body_id is None:
            self.meetings.set_empty_text(self.tr("No meetings are planned in {year}.").format(year=year))
        else:
            self.meetings.set_empty_text(
                self.tr("{body} has no meetings in {year}.").format(
                    body=self.body.currentText().strip(), year=year
                )
            )
        self.meetings.fit_columns(
            {MeetingsModel.COL_DATE: self._date_column_width()},
            stretch=MeetingsModel.COL_PLACE,
            max_width=320,
            keep=(MeetingsModel.COL_DATE, MeetingsModel.COL_TIME),
        )
        if keep is None or self.meetings_model.row_of_id(keep) < 0:
            keep = self._default_meeting(rows)
        self._meeting_id = None
        if keep is not None:
            self.select_meeting(keep)
        else:
            self._show_meeting(None)

    def _date_column_width(self) -> int:
        metrics = self.meetings.fontMetrics()
        sample = dates.long_date(date(2026, 9, 30), current_language())  # a long weekday and month
        return metrics.horizontalAdvance(sample) + 32

    @staticmethod
    def _default_meeting(rows: list[MeetingRow]) -> int | None:
        """The next meeting from today; the last one when all are past."""
        if not rows:
            return None
        now = datetime.now()
        upcoming = [r for r in rows if r.starts_at >= now]
        return (upcoming[0] if upcoming else rows[-1]).id

    # --- selection -----------------------------------------------------------------
    def select_meeting(self, meeting_id: int) -> bool:
        row = self.meetings_model.row_of_id(meeting_id)
        if row < 0:
            return False
        index = self.meetings_proxy.mapFromSource(self.meetings_model.index(row, 0))
        self.meetings.selectRow(index.row())
        self.meetings.scrollTo(index)
        return True

    def selected_meeting_id(self) -> int | None:
        return self._meeting_id

    def _on_meeting_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show_meeting(indexes[0].data(ObjectRole) if indexes else None)

    def _show_meeting(self, meeting: MeetingRow | None) -> None:
        self._meeting_id = meeting.id if meeting is not None else None
        if meeting is None:
            self.agenda_title.setText(self.tr("Agenda"))
            self.agenda_meta.setText("")
            self.agenda_model.set_rows([])
            self.agenda.set_empty_text(self.tr("Select a meeting to see its agenda."))
            self._fit_agenda()
            return
        self.agenda_title.setText(self.tr("Agenda – {body}").format(body=meeting.body_name))
        meta = [dates.meeting_when(meeting.starts_at, meeting.ends_at, current_language())]
        place = self.meetings_model.place(meeting)
        if place:
            meta.append(place)
        if meeting.status == MeetingStatus.CANCELLED:
            meta.append(self.meetings_model.cancelled_text(meeting))
        else:
            meta.append(labels.meeting_status(meeting.status))
        self.agenda_meta.setText(" · ".join(meta))
        meeting_id = meeting.id
        rows = self._ops.read(lambda s: queries.meeting_agenda(s, meeting_id), parent=self, default=[]) or []
        self.agenda_model.set_rows(rows)
        self.agenda.set_empty_text(self.tr("This meeting has no items yet."))
        self._fit_agenda()

    def _fit_agenda(self) -> None:
        self.agenda.fit_columns(
            stretch=AgendaModel.COL_TITLE,
            max_width=240,
            min_stretch=240,
            keep=(AgendaModel.COL_NUMBER, AgendaModel.COL_TIME, AgendaModel.COL_DURATION),
        )

    def _on_data_changed(self, what: str) -> None:
        if what in (ALL, MEETINGS, REGISTER):
            self.refresh()
