"""The meeting plan for a year, and the agenda of the selected meeting."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import dates
from ...errors import HfdeskError
from ...fileio import safe_file_name
from ...models import MeetingStatus
from ...services import checkout, queries
from ...services import meetings as meeting_service
from ...services import search as search_service
from ...services.meetings import backlog, schedule_item, year_plan
from ...services.queries import MeetingRow
from ...services.search import CaseHit, CaseSearch, find_cases
from ..dialogs.absence import AbsenceDialog, save_deputy_mail
from ..dialogs.checkout import DifferencesDialog, take_over_dialog
from ..dialogs.history import MEETING, HistoryDialog
from ..dialogs.meeting_files import (
    CALENDAR,
    JSON,
    MAIL_MINUTES,
    MAIL_NOTICE,
    MINUTES,
    NOTICE,
    PUBLIC_MINUTES,
    PUBLIC_NOTICE,
    export_attendance_file,
    export_meeting_file,
    export_meeting_mail,
    export_noark5_folder,
)
from ..dialogs.meeting_plan import (
    ApproveMinutesDialog,
    CopyMeetingDialog,
    MeetingDialog,
    cancel_dialog,
    reopen_dialog,
)
from ..i18n import current_language
from ..models import BacklogModel, CaseHitsModel, HtmlRole, MeetingsModel, ObjectRole, SortProxy
from ..models.bodies import tree_order
from ..models.meetings import YearPlanModel
from ..ops import Change, Ops, busy, show_error
from ..widgets import DataTableView, HtmlDelegate, PageHeader, lay_out_now, muted_label, section_label
from .actions import action_button, context_menu, make_action, open_dialog
from .agenda import AgendaPanel
from .base import LazyPage

#: Hits the search shows where the window has the room.
HITS_SHOWN = 4
#: Rows of the meeting list still shown while the search's hits take the plan's room.
MEETINGS_WHILE_SEARCHING = 2
_NO_MAXIMUM = 16_777_215  # Qt's QWIDGETSIZE_MAX (PySide6 does not export it)


class MeetingsPage(LazyPage):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        # The bodies are in the filter, the year plan and every meeting's row.
        super().__init__(ops, Change.MEETINGS | Change.REGISTER, parent)
        self._meeting_id: int | None = None
        self._meeting: MeetingRow | None = None
        self._checkout: checkout.CheckoutInfo | None = None  # the selected meeting's, when taken along
        self._copy_of: tuple[int, str] | None = None  # this database is a laptop's copy: (meeting, shared)

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

        # The plan as a list of meetings, or the year of every body at a glance.
        self.year_model = YearPlanModel(self)
        self.year_view = DataTableView(self, empty_text=self.tr("No bodies."), sortable=False)
        self.year_view.setModel(self.year_model)
        self.year_view.setSelectionBehavior(DataTableView.SelectionBehavior.SelectItems)
        self.year_view.setAccessibleName(self.tr("Year plan"))
        self.year_view.activated.connect(self._open_year_cell)
        self.list_button = QToolButton(self)
        self.list_button.setText(self.tr("&List"))
        self.list_button.setToolTip(self.tr("The meetings as a list"))
        self.year_button = QToolButton(self)
        self.year_button.setText(self.tr("Year &Plan"))
        self.year_button.setToolTip(self.tr("Every body's meetings this year at a glance"))
        self.view_group = QButtonGroup(self)
        for i, button in enumerate((self.list_button, self.year_button)):
            button.setCheckable(True)
            button.setAccessibleName(button.text().replace("&", ""))
            self.view_group.addButton(button, i)
        self.list_button.setChecked(True)
        self.view_group.idClicked.connect(self.show_view)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(year_label)
        filters.addWidget(self.year)
        filters.addSpacing(16)
        filters.addWidget(body_label)
        filters.addWidget(self.body)
        filters.addSpacing(16)
        filters.addWidget(self.list_button)
        filters.addWidget(self.year_button)
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
        self.meetings.activated.connect(lambda _index: self.edit_meeting())

        # The meeting's files: the notice to Word and the calendar invitation.
        self.notice_action = QAction(self.tr("Export &Notice…"), self)
        self.notice_action.setToolTip(self.tr("The notice of the selected meeting as a Word document"))
        self.notice_action.triggered.connect(self.export_notice)
        self.calendar_action = QAction(self.tr("&Calendar Invitation…"), self)
        self.calendar_action.setToolTip(self.tr("The selected meeting as a calendar invitation (.ics)"))
        self.calendar_action.triggered.connect(self.export_calendar)
        self.notice_button = QPushButton(self.notice_action.text(), self)
        self.notice_button.setToolTip(self.notice_action.toolTip())
        self.notice_button.setAccessibleName(self.tr("Export Notice"))
        self.notice_button.clicked.connect(self.notice_action.trigger)
        self.calendar_button = QPushButton(self.calendar_action.text(), self)
        self.calendar_button.setToolTip(self.calendar_action.toolTip())
        self.calendar_button.setAccessibleName(self.tr("Calendar Invitation"))
        self.calendar_button.clicked.connect(self.calendar_action.trigger)
        self.minutes_action = QAction(self.tr("Export Minutes…"), self)
        self.minutes_action.setToolTip(self.tr("The minutes of the selected meeting as a Word document"))
        self.minutes_action.triggered.connect(self.export_minutes)
        self.minutes_button = QPushButton(self.minutes_action.text(), self)
        self.minutes_button.setToolTip(self.minutes_action.toolTip())
        self.minutes_button.setAccessibleName(self.tr("Export Minutes"))
        self.minutes_button.clicked.connect(self.minutes_action.trigger)
        self.public_notice_action = QAction(self.tr("Public N&otice…"), self)
        self.public_notice_action.setToolTip(
            self.tr("The notice for publishing: exempt items show only their number and legal basis")
        )
        self.public_notice_action.triggered.connect(lambda: self._export(PUBLIC_NOTICE))
        self.public_minutes_action = QAction(self.tr("&Public Minutes…"), self)
        self.public_minutes_action.setToolTip(
            self.tr("The minutes for publishing: exempt items show only their number and legal basis")
        )
        self.public_minutes_action.triggered.connect(lambda: self._export(PUBLIC_MINUTES))
        self.json_action = QAction(self.tr("Meeting as &JSON…"), self)
        self.json_action.setToolTip(self.tr("The meeting for other systems (exempt items left out)"))
        self.json_action.triggered.connect(lambda: self._export(JSON))
        self.mail_notice_action = QAction(self.tr("E-mail with the Notice…"), self)
        self.mail_notice_action.setToolTip(
            self.tr("The notice as an e-mail ready to send to the members, observers and deputies (.eml)")
        )
        self.mail_notice_action.triggered.connect(lambda: self.export_mail(MAIL_NOTICE))
        self.mail_minutes_action = QAction(self.tr("E-mail with the Minutes…"), self)
        self.mail_minutes_action.setToolTip(
            self.tr("The minutes as an e-mail ready to send to the members, observers and deputies (.eml)")
        )
        self.mail_minutes_action.triggered.connect(lambda: self.export_mail(MAIL_MINUTES))
        self.noark5_action = QAction(self.tr("Archive &Export (Noark 5)…"), self)
        self.noark5_action.setToolTip(
            self.tr("The meeting with approved minutes as a deposit package for the archive, documents as PDF/A")
        )
        self.noark5_action.triggered.connect(self.export_noark5)
        self.attendance_action = QAction(self.tr("&Attendance to Excel…"), self)
        self.attendance_action.setToolTip(
            self.tr("The chosen year's attendance of the chosen body (or every body) as an Excel workbook")
        )
        self.attendance_action.triggered.connect(self.export_attendance)
        self.more_files_menu = QMenu(self.tr("More Files"), self)
        for action in (
            self.public_notice_action, self.public_minutes_action, self.json_action, self.noark5_action, None,
            self.mail_notice_action, self.mail_minutes_action, None, self.attendance_action,
        ):
            if action is None:
                self.more_files_menu.addSeparator()
            else:
                self.more_files_menu.addAction(action)
        self.more_files_button = QToolButton(self)
        self.more_files_button.setText(self.tr("More Files"))
        self.more_files_button.setAccessibleName(self.tr("More files"))
        self.more_files_button.setToolTip(self.tr("Public minutes, the meeting as JSON, attendance to Excel"))
        self.more_files_button.setMenu(self.more_files_menu)
        self.more_files_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        # Search: every case of every body and year, results as you type.
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search cases"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._open_current_hit)
        self.find_action = QAction(self.tr("Search Cases"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        self.hits_model = CaseHitsModel(self)
        self.hits = DataTableView(self, empty_text=self.tr("No case matches."), sortable=False)
        self.hits.setModel(self.hits_model)
        self.hits.setItemDelegateForColumn(CaseHitsModel.COL_SNIPPET, HtmlDelegate(HtmlRole, self.hits))
        self.hits.setAccessibleName(self.tr("Search results"))
        self.hits.activated.connect(self._open_hit)
        self.hits.setVisible(False)
        # Said when the words typed are too common to rank (services.search.RANKED_AT_MOST).
        # Its line is kept while searching, so the hits do not jump as the note comes and goes.
        self.hits_note = muted_label("", self)
        self.hits_note.setMinimumHeight(self.hits_note.fontMetrics().height())
        self.hits_note.setVisible(False)

        self.agenda_panel = AgendaPanel(ops, self)
        # The panel's parts, under the names the page has always had.
        self.agenda = self.agenda_panel.table
        self.agenda_model = self.agenda_panel.model
        self.agenda_title = self.agenda_panel.title
        self.agenda_meta = self.agenda_panel.meta
        agenda_panel = self.agenda_panel
        agenda_layout = agenda_panel.layout()

        # The body's cases waiting for an agenda, put on the selected meeting's in one step.
        self.backlog_title = section_label(self.tr("Cases Waiting"), self)
        self.backlog_model = BacklogModel(self)
        self.backlog = DataTableView(self, empty_text=self.tr("No cases are waiting."), sortable=False)
        self.backlog.setModel(self.backlog_model)
        self.backlog.setAccessibleName(self.tr("Cases waiting"))
        self.backlog.selectionModel().selectionChanged.connect(self._update_schedule_button)
        self.backlog.activated.connect(self.schedule_selected)
        self.schedule_button = QPushButton(self.tr("Put on the &Agenda"), self)
        self.schedule_button.setToolTip(self.tr("Put the selected case on the agenda of the selected meeting"))
        self.schedule_button.setAccessibleName(self.tr("Put on the agenda"))
        self.schedule_button.clicked.connect(self.schedule_selected)
        self.schedule_button.setEnabled(False)
        backlog_panel = QWidget(self)
        backlog_layout = QVBoxLayout(backlog_panel)
        backlog_layout.setContentsMargins(0, 8, 0, 0)
        backlog_layout.setSpacing(4)
        backlog_header = QHBoxLayout()
        backlog_header.addWidget(self.backlog_title)
        backlog_header.addStretch(1)
        backlog_header.addWidget(self.schedule_button)
        backlog_layout.addLayout(backlog_header)
        backlog_layout.addWidget(self.backlog, 1)

        files = QHBoxLayout()
        files.setSpacing(8)
        files.addWidget(self.notice_button)
        files.addWidget(self.calendar_button)
        files.addWidget(self.minutes_button)
        files.addWidget(self.more_files_button)
        files.addStretch(1)
        agenda_layout.addLayout(files)

        top_panel = QWidget(self)
        top_layout = QVBoxLayout(top_panel)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(4)
        top_layout.addWidget(self.search)
        top_layout.addWidget(self.hits_note)
        top_layout.addWidget(self.hits, 1)
        top_layout.addLayout(self._build_plan_bar())
        top_layout.addWidget(self.checkout_label)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.meetings)
        self.views.addWidget(self.year_view)
        top_layout.addWidget(self.views, 2)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self._splitter = splitter
        self._sizes_before_search: list[int] | None = None  # given back when the search is cleared
        splitter.splitterMoved.connect(self._forget_sizes_before_search)  # (by hand only: not setSizes)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top_panel)
        splitter.addWidget(agenda_panel)
        splitter.addWidget(backlog_panel)
        splitter.setSizes([300, 300, 160])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        ops.database_changed.connect(self._forget_selection)

    # --- the plan's actions -------------------------------------------------------------------
    def _build_plan_bar(self) -> QHBoxLayout:
        widgets = (self.meetings, self.year_view)
        self.new_meeting_action = make_action(
            self, self.tr("&New Meeting…"), self.new_meeting, ("Ctrl+N",),
            tip=self.tr("Plan a new meeting of the chosen body"), widgets=(self,),
        )
        self.edit_meeting_action = make_action(
            self, self.tr("Meeting &Details…"), self.edit_meeting, ("F2",),
            tip=self.tr("Change the selected meeting's time, place and people (Enter)"), widgets=widgets,
        )
        self.copy_meeting_action = make_action(
            self, self.tr("&Copy Meeting…"), self.copy_meeting, ("Ctrl+D",),
            tip=self.tr("A new meeting like the selected one, on another date"), widgets=widgets,
        )
        self.cancel_meeting_action = make_action(
            self, self.tr("C&ancel Meeting…"), self.cancel_meeting, ("Del",),
            tip=self.tr("Cancel the selected meeting, with a reason"), widgets=widgets,
        )
        self.restore_meeting_action = make_action(
            self, self.tr("&Restore Meeting"), self.restore_meeting, (),
            tip=self.tr("Plan the cancelled meeting again (only if its notice was never sent)"), widgets=widgets,
        )
        self.notice_sent_action = make_action(
            self, self.tr("Mark Notice as &Sent"), self.mark_notice_sent, ("Ctrl+Shift+S",),
            tip=self.tr("The notice has gone out: the agenda's numbers become final"), widgets=widgets,
        )
        self.held_action = make_action(
            self, self.tr("Mark as &Held"), self.mark_held, (),
            tip=self.tr("The meeting has taken place"), widgets=widgets,
        )
        self.approve_action = make_action(
            self, self.tr("&Approve Minutes…"), self.approve_minutes, (),
            tip=self.tr("Approve the minutes in a later meeting or by circulation; they are locked then"),
            widgets=widgets,
        )
        self.reopen_action = make_action(
            self, self.tr("Re&open Minutes…"), self.reopen_minutes, (),
            tip=self.tr("Unlock approved minutes for a correction; the reason is recorded"), widgets=widgets,
        )
        self.absence_action = make_action(
            self, self.tr("Report Abs&ence…"), self.report_absence, ("Ctrl+Shift+F",),
            tip=self.tr("A member reports absence (forfall) before the meeting; a deputy is called in"),
            widgets=widgets,
        )
        self.start_action = make_action(
            self, self.tr("&Start Meeting"), self.start_meeting, ("Ctrl+Shift+M",),
            tip=self.tr("Open the selected meeting in meeting mode: attendance, conclusions, votes"),
            widgets=(self,),
        )
        self.history_action = make_action(
            self, self.tr("Histor&y…"), self.show_history, ("Ctrl+H",),
            tip=self.tr("Who changed what in the selected meeting and its agenda, and when"), widgets=widgets,
        )
        self.status_menu = QMenu(self.tr("Status"), self)
        for action in (
            self.notice_sent_action, self.held_action, self.approve_action, self.reopen_action,
            None, self.restore_meeting_action, None, self.history_action,
        ):
            if action is None:
                self.status_menu.addSeparator()
            else:
                self.status_menu.addAction(action)
        # Taking the meeting along to a laptop (services/checkout.py).
        self.take_along_action = make_action(
            self, self.tr("Ta&ke Meeting Along…"), self.take_along, (),
            tip=self.tr("Copy the register and this meeting to a file for a laptop; the meeting is read-only here "
                        "until it is handed back"),
            widgets=widgets,
        )
        self.hand_back_action = make_action(
            self, self.tr("&Hand Back…"), self.hand_back, (),
            tip=self.tr("Write the meeting recorded on this copy back to the shared database, then remove the copy"),
            widgets=(self,),
        )
        self.take_over_action = make_action(
            self, self.tr("Take Meeting O&ver…"), self.take_over, (),
            tip=self.tr("Take the meeting over from a colleague whose laptop does not come back; a reason is required"),
            widgets=widgets,
        )
        self.along_menu = QMenu(self.tr("Take Along"), self)
        for action in (self.take_along_action, self.hand_back_action, self.take_over_action):
            self.along_menu.addAction(action)
        self.along_button = QToolButton(self)
        self.along_button.setText(self.tr("Take Alon&g"))
        self.along_button.setAccessibleName(self.tr("Take along"))
        self.along_button.setToolTip(self.tr("Take the meeting along to a laptop, hand it back, or take it over"))
        self.along_button.setMenu(self.along_menu)
        self.along_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.checkout_label = QLabel("", self)
        self.checkout_label.setWordWrap(True)
        self.checkout_label.setAccessibleName(self.tr("Taken along"))
        self.checkout_label.setVisible(False)
        self.status_button = QToolButton(self)
        self.status_button.setText(self.tr("S&tatus"))
        self.status_button.setAccessibleName(self.tr("Status"))
        self.status_button.setToolTip(self.tr("Notice sent, held, minutes approved or reopened"))
        self.status_button.setMenu(self.status_menu)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        context_menu(
            self.meetings,
            (
                self.edit_meeting_action, self.copy_meeting_action, self.absence_action, None,
                self.notice_action, self.public_notice_action, self.calendar_action, self.minutes_action,
                self.public_minutes_action,
                self.json_action, None,
                self.notice_sent_action, self.held_action, self.approve_action, self.reopen_action, None,
                self.cancel_meeting_action, self.restore_meeting_action, None, self.history_action,
            ),
        )
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for action in (
            self.new_meeting_action, self.edit_meeting_action, self.copy_meeting_action, self.cancel_meeting_action
        ):
            bar.addWidget(action_button(action, self))
        bar.addWidget(self.status_button)
        bar.addWidget(self.along_button)
        bar.addWidget(action_button(self.absence_action, self))
        bar.addStretch(1)
        bar.addWidget(action_button(self.start_action, self))
        return bar

    def _update_plan_actions(self) -> None:
        meeting = self._meeting
        status = meeting.status if meeting is not None else None
        self.new_meeting_action.setEnabled(True)
        self.edit_meeting_action.setEnabled(
            meeting is not None and status not in (MeetingStatus.CANCELLED, MeetingStatus.MINUTES_APPROVED)
        )
        self.copy_meeting_action.setEnabled(meeting is not None)
        self.cancel_meeting_action.setEnabled(status in (MeetingStatus.PLANNED, MeetingStatus.NOTICE_SENT))
        self.restore_meeting_action.setEnabled(status == MeetingStatus.CANCELLED)
        self.notice_sent_action.setEnabled(status == MeetingStatus.PLANNED)
        self.held_action.setEnabled(status == MeetingStatus.NOTICE_SENT)
        self.approve_action.setEnabled(status == MeetingStatus.HELD)
        self.reopen_action.setEnabled(status == MeetingStatus.MINUTES_APPROVED)
        self.status_button.setEnabled(meeting is not None)
        self.history_action.setEnabled(meeting is not None)
        self.start_action.setEnabled(status in (MeetingStatus.NOTICE_SENT, MeetingStatus.HELD))
        self.absence_action.setEnabled(status in (MeetingStatus.PLANNED, MeetingStatus.NOTICE_SENT))
        taken = self._checkout is not None and self._checkout.read_only
        if taken:  # taken along: read-only here, whoever looks (the guard refuses any write anyway)
            for action in (
                self.edit_meeting_action, self.cancel_meeting_action, self.restore_meeting_action,
                self.notice_sent_action, self.held_action, self.approve_action, self.reopen_action,
                self.start_action, self.absence_action,
            ):
                action.setEnabled(False)
        laptop = self._copy_of is not None
        self.take_along_action.setEnabled(meeting is not None and not taken and not laptop)
        self.take_over_action.setEnabled(taken and not laptop)
        self.hand_back_action.setEnabled(laptop)
        self.hand_back_action.setVisible(laptop)

    # --- taking the meeting along -------------------------------------------------------------
    @staticmethod
    def _origin(session) -> tuple[int, str] | None:
        origin = checkout.copy_origin(session)
        return (origin.meeting_id, origin.shared_location) if origin is not None else None

    def take_along(self, path: Path | None = None) -> Path | None:
        """"Ta med møtet…": the copy for the laptop where the user says, then offer to open it."""
        meeting = self._meeting
        if meeting is None or not self.take_along_action.isEnabled():
            return None
        if path is None:
            database = self._ops.database
            folder = database.path.parent if database.path is not None else Path.home()
            name = safe_file_name(f"{meeting.body_name} {meeting.starts_at:%Y-%m-%d}.sqlite") or "møte.sqlite"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Take Meeting Along"), str(folder / name), self.tr("hfdesk databases (*.sqlite)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            with busy():
                taken = checkout.take_meeting(self._ops.database, meeting.id, path)
        except HfdeskError as exc:
            show_error(self, str(exc))
            return None
        self._ops.data_changed.emit(Change.MEETINGS)
        answer = QMessageBox.question(
            self,
            self.tr("Take Meeting Along"),
            self.tr("The meeting is copied to {file} and is read-only here until it is handed back. "
                    "Open the copy now?").format(file=taken.path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        window = self.window()
        if answer == QMessageBox.StandardButton.Yes and hasattr(window, "open_database_file"):
            window.open_database_file(taken.path)
        return taken.path

    def take_over(self):
        if self._meeting_id is None or self._checkout is None or not self.take_over_action.isEnabled():
            return None
        return open_dialog(take_over_dialog(self._ops, self._meeting_id, str(self._checkout.describe()), self))

    def hand_back(self) -> bool:
        """"Lever tilbake…": open the shared database this copy came from, write the meeting back
        there and remove the copy; a copy taken over shows its differences and may be imported anyway."""
        if self._copy_of is None or self._ops.database.path is None:
            return False
        laptop = self._ops.database.path
        _meeting_id, location = self._copy_of
        answer = QMessageBox.question(
            self,
            self.tr("Hand Back"),
            self.tr("Write the meeting recorded on this copy back to the shared database ({location})? "
                    "The copy is removed afterwards.").format(location=location),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        window = self.window()
        opener = getattr(window, "open_shared_url", None) if "://" in location else None
        if opener is None:
            opener = (lambda where: window.open_database_file(Path(where))) if hasattr(
                window, "open_database_file") else None
        if opener is None or not opener(location):
            return False  # the window said why
        shared = self._ops.database
        try:
            with busy():
                checkout.hand_back(shared, laptop)
        except checkout.HandBackRefused as refused:
            return self._offer_import(shared, laptop, str(refused))
        except HfdeskError as exc:
            show_error(self, str(exc))
            return False
        self._ops.data_changed.emit(Change.MEETINGS)
        QMessageBox.information(
            self, self.tr("Hand Back"),
            self.tr("The meeting is written back and released, and the copy {file} is removed.").format(
                file=laptop.name),
        )
        return True

    def _offer_import(self, shared, laptop: Path, message: str) -> bool:
        try:
            with busy():
                differences = checkout.compare_with_shared(shared, laptop)
        except HfdeskError as exc:
            show_error(self, str(exc))
            return False
        self.differences_dialog = DifferencesDialog(message, differences, self)
        if self.differences_dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            with busy():
                saved, _result = checkout.import_anyway(shared, laptop)
        except HfdeskError as exc:
            show_error(self, str(exc))
            return False
        self._ops.data_changed.emit(Change.MEETINGS)
        QMessageBox.information(
            self, self.tr("Hand Back"),
            self.tr("The laptop's version is imported. The meeting as it was here is saved in {file}.").format(
                file=str(saved)),
        )
        return True

    def _bodies(self) -> list[tuple[int, str]]:
        return [
            (self.body.itemData(i), self.body.itemText(i).strip())
            for i in range(1, self.body.count())
        ]

    def _after_save(self, meeting_id: int) -> None:
        """Show a meeting just saved: in its year, and in the list."""
        starts = self._ops.read(
            lambda s: meeting_service.meeting_detail(s, meeting_id).starts_at, parent=self
        )
        if starts is not None and self.year.currentData() != starts.year:
            if self.year.findData(starts.year) < 0:
                self.year.addItem(str(starts.year), starts.year)
            self._meeting_id = meeting_id
            self.year.setCurrentIndex(self.year.findData(starts.year))
        body = self.body.currentData()
        if body is not None and self.meetings_model.row_of_id(meeting_id) < 0:
            self.body.setCurrentIndex(0)
        self.show_view(0)
        self.select_meeting(meeting_id)

    def new_meeting(self) -> MeetingDialog:
        body_id = self.body.currentData()
        if body_id is None and self._meeting is not None:
            body_id = self._meeting.body_id
        year = self.year.currentData()
        today = date.today()
        on = today if year in (None, today.year) else date(year, 1, 1)
        dialog = MeetingDialog(self._ops, self, body_id=body_id, bodies=self._bodies(), on=on)
        dialog.saved.connect(self._after_save)
        return open_dialog(dialog)  # type: ignore[return-value]

    def edit_meeting(self) -> MeetingDialog | None:
        if self._meeting_id is None or not self.edit_meeting_action.isEnabled():
            return None
        dialog = MeetingDialog(self._ops, self, meeting_id=self._meeting_id)

        def saved(meeting_id: int) -> None:
            self._after_save(meeting_id)
            if dialog.moved_after_notice():
                self._offer_new_notice()

        dialog.saved.connect(saved)
        return open_dialog(dialog)  # type: ignore[return-value]

    def _offer_new_notice(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("New Notice"),
            self.tr("The meeting has a new time, and the notice has already gone out. Export a new notice now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.export_notice()

    def copy_meeting(self) -> CopyMeetingDialog | None:
        if self._meeting_id is None:
            return None
        dialog = CopyMeetingDialog(self._ops, self._meeting_id, self)
        dialog.saved.connect(self._after_save)
        return open_dialog(dialog)  # type: ignore[return-value]

    def cancel_meeting(self):
        meeting = self._meeting
        if meeting is None or not self.cancel_meeting_action.isEnabled():
            return None
        return open_dialog(cancel_dialog(self._ops, meeting.id, meeting.status == MeetingStatus.PLANNED, self))

    def start_meeting(self) -> bool:
        """Meeting mode for the selected meeting (its notice sent, or held and still open)."""
        window = self.window()
        if self._meeting_id is None or not self.start_action.isEnabled() or not hasattr(window, "open_meeting_mode"):
            return False
        window.open_meeting_mode(self._meeting_id)
        return True

    def report_absence(self) -> AbsenceDialog | None:
        """Meld forfall for the selected meeting (planned or its notice sent); once a deputy is
        called in, offer the e-mail to them with the notice attached."""
        meeting_id = self._meeting_id
        if meeting_id is None or not self.absence_action.isEnabled():
            return None
        dialog = AbsenceDialog(self._ops, meeting_id, self)

        def saved(_attendance_id: int) -> None:
            deputy = dialog.deputy_person_id
            if deputy is not None:  # asked once the form has closed
                QTimer.singleShot(0, lambda: self.offer_deputy_mail(meeting_id, deputy))

        dialog.saved.connect(saved)
        return open_dialog(dialog)  # type: ignore[return-value]

    def offer_deputy_mail(self, meeting_id: int, deputy_person_id: int) -> bool:
        """"Lag e-post til varamedlemmet": the draft with the notice, saved where the user says."""
        answer = QMessageBox.question(
            self,
            self.tr("Deputy Called In"),
            self.tr("The deputy is called in. Make an e-mail to the deputy with the notice attached?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return save_deputy_mail(self._ops, meeting_id, deputy_person_id, self) is not None

    def restore_meeting(self) -> bool:
        meeting_id = self._meeting_id
        if meeting_id is None:
            return False
        return self._ops.write(
            lambda s: meeting_service.restore_meeting(s, meeting_id).id, changed=Change.MEETINGS, parent=self
        ) is not None

    def mark_notice_sent(self) -> bool:
        meeting = self._meeting
        if meeting is None or meeting.status != MeetingStatus.PLANNED:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Mark Notice as Sent"),
            self.tr(
                "Has the notice for {body} on {date} gone out? The agenda's numbers become final "
                "and never change after this."
            ).format(body=meeting.body_name, date=dates.long_date(meeting.starts_at, current_language())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        meeting_id = meeting.id
        return self._ops.write(
            lambda s: meeting_service.mark_notice_sent(s, meeting_id).id, changed=Change.MEETINGS, parent=self
        ) is not None

    def mark_held(self) -> bool:
        meeting_id = self._meeting_id
        if meeting_id is None:
            return False
        return self._ops.write(
            lambda s: meeting_service.mark_meeting_held(s, meeting_id).id,
            changed=Change.MEETINGS,
            parent=self,
        ) is not None

    def approve_minutes(self) -> ApproveMinutesDialog | None:
        if self._meeting_id is None:
            return None
        return open_dialog(ApproveMinutesDialog(self._ops, self._meeting_id, self))  # type: ignore[return-value]

    def reopen_minutes(self):
        if self._meeting_id is None:
            return None
        return open_dialog(reopen_dialog(self._ops, self._meeting_id, self))

    def show_history(self) -> HistoryDialog | None:
        """Historikk…: who changed what in the selected meeting (services.history)."""
        meeting = self._meeting
        if meeting is None:
            return None
        subject = f"{meeting.body_short_name or meeting.body_name} {dates.short_date(meeting.starts_at)}"
        return open_dialog(HistoryDialog(self._ops, MEETING, meeting.id, subject, self))  # type: ignore[return-value]

    # --- the year plan ----------------------------------------------------------------------
    def show_view(self, index: int) -> None:
        """0: the list of meetings; 1: the year plan of every body."""
        self.views.setCurrentIndex(index)
        (self.list_button if index == 0 else self.year_button).setChecked(True)
        if index == 1:
            self._load_year_plan()
            self.year_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_year_plan(self) -> None:
        year = self.year.currentData()
        rows = self._ops.read(lambda s: year_plan(s, year), parent=self, default=[]) or []
        self.year_model.year = year
        self.year_model.set_rows(rows)
        header = self.year_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(YearPlanModel.COL_BODY, QHeaderView.ResizeMode.ResizeToContents)
        for month in range(1, 13):
            header.setSectionResizeMode(month, QHeaderView.ResizeMode.Stretch)

    def _open_year_cell(self, index: QModelIndex) -> None:
        """A month of a body: that body's meetings, the first of the month selected."""
        row = self.year_model.row_at(index.row())
        found = self.year_model.meetings_in(row, index.column()) if index.column() > 0 else list(row.meetings)
        self._meeting_id = found[0].id if found else None
        self.body.setCurrentIndex(max(0, self.body.findData(row.body_id)))
        self.show_view(0)
        if found:
            self.select_meeting(found[0].id)

    def _forget_selection(self) -> None:
        """Another database file: its ids mean other meetings and bodies."""
        self._meeting_id = None
        self.body.setCurrentIndex(0)

    @staticmethod
    def title() -> str:
        """The page's name (sidebar, View menu): known before the page is built."""
        return QCoreApplication.translate("MeetingsPage", "Meetings")

    # --- loading -----------------------------------------------------------------
    def reload(self) -> None:
        self._copy_of = self._ops.read(self._origin, parent=self)
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
        if self.views.currentIndex() == 1:
            self._load_year_plan()
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
        self._meeting = meeting
        self._checkout = None
        if meeting is not None:
            found = self._ops.read(lambda s: checkout.checkouts(s, [meeting.id]), parent=self, default={}) or {}
            self._checkout = found.get(meeting.id)
        self.checkout_label.setText(str(self._checkout.describe()) if self._checkout is not None else "")
        self.checkout_label.setVisible(self._checkout is not None)
        self._load_backlog()
        for widget in (
            self.notice_action, self.calendar_action, self.notice_button, self.calendar_button, self.json_action,
            self.public_notice_action, self.mail_notice_action,
        ):
            widget.setEnabled(meeting is not None)
        held = meeting is not None and meeting.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
        for widget in (self.minutes_action, self.minutes_button, self.public_minutes_action, self.mail_minutes_action):
            widget.setEnabled(held)
        self.noark5_action.setEnabled(meeting is not None and meeting.status == MeetingStatus.MINUTES_APPROVED)
        self.agenda_panel.show_meeting(meeting, self.meetings_model.place(meeting) if meeting else "")
        self._update_plan_actions()

    # --- the meeting's files ------------------------------------------------------------
    def export_notice(self):
        if self._meeting_id is None:
            return None
        return export_meeting_file(self._ops, NOTICE, self._meeting_id, self)

    def export_calendar(self):
        return self._export(CALENDAR)

    def export_minutes(self):
        return self._export(MINUTES)

    def _export(self, kind: str):
        if self._meeting_id is None:
            return None
        return export_meeting_file(self._ops, kind, self._meeting_id, self)

    def export_mail(self, kind: str):
        if self._meeting_id is None:
            return None
        return export_meeting_mail(self._ops, kind, self._meeting_id, self)

    def export_noark5(self):
        if self._meeting_id is None:
            return None
        return export_noark5_folder(self._ops, self._meeting_id, self)

    def export_attendance(self):
        return export_attendance_file(self._ops, self.year.currentData(), self.body.currentData(), self)

    # --- search ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.hits_model.set_rows([])
            self.hits.setVisible(False)
            self.hits_note.setVisible(False)
            self._give_room_back()
            return
        found = self._ops.read(lambda s: find_cases(s, text, 50), parent=self, default=None) or CaseSearch([])
        hits = found.hits
        note = ""
        if found.newest_first:
            from babel import numbers as babel_numbers  # seldom needed: not at start

            many = babel_numbers.format_decimal(search_service.RANKED_AT_MOST, locale=current_language())
            note = self.tr(
                "More than {count} cases match: the cases registered last come first. "
                "Type more words to find the best matches."
            ).format(count=many)
        beginning = not self.hits.isVisible()
        if beginning:  # a search begins: where the splitter was, to give it back
            self._sizes_before_search = self._splitter.sizes()
        self.hits_note.setText(note)
        self.hits_note.setVisible(True)
        self.hits_model.set_rows(hits)
        self.hits.setVisible(True)
        self.hits.fit_columns(stretch=CaseHitsModel.COL_SNIPPET, max_width=280, min_stretch=200)
        self._make_room_for_hits(beginning)
        if hits:
            self.hits.selectRow(0)

    def _make_room_for_hits(self, beginning: bool) -> None:
        """While searching, the hits show HITS_SHOWN rows (sharing the plan's room with the
        meeting list, at 1280×720 they showed one and a half): the meeting list keeps its header
        and MEETINGS_WHILE_SEARCHING rows, and where that is not enough the splitter moves down,
        taking from the agenda and then the cases waiting, never below their least. Nothing is
        forced on the window: in a short one the hits get what there is. As the secretary types
        on, the plan is laid out again only when the hits need more room than they have."""
        view = self.hits
        rows = min(HITS_SHOWN, self.hits_model.rowCount())
        if rows:
            wanted = sum(view.rowHeight(r) for r in range(rows))
        else:  # room for "No case matches." (drawn 24 px in from the list's edges)
            wanted = 48 + 2 * view.fontMetrics().height()
        if beginning:
            table = self.meetings
            scroll_bar = table.horizontalScrollBar().sizeHint().height() if table.horizontalScrollBar().isVisible() else 0
            least = (table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + scroll_bar
                     + table.verticalHeader().defaultSectionSize() * MEETINGS_WHILE_SEARCHING)
            self.views.setMaximumHeight(max(least, self.views.minimumSizeHint().height()))
        elif view.viewport().height() >= wanted:
            return  # (typing on: the hits have their room)
        if not self.isVisible():
            return
        lay_out_now(self)  # the hits' height as the plan is laid out now
        missing = wanted - view.viewport().height()
        splitter = self._splitter
        sizes = splitter.sizes()
        if missing <= 0:
            return
        before = list(sizes)
        for i in range(1, len(sizes)):
            part = splitter.widget(i)
            spare = sizes[i] - max(part.minimumSizeHint().height(), part.minimumHeight())
            given = max(0, min(missing, spare))
            sizes[i] -= given
            sizes[0] += given
            missing -= given
        if sizes != before:
            splitter.setSizes(sizes)

    def _give_room_back(self) -> None:
        """The search cleared: the meeting list's room again, and the splitter where it was
        (unless the secretary moved it meanwhile)."""
        self.views.setMaximumHeight(_NO_MAXIMUM)
        before, self._sizes_before_search = self._sizes_before_search, None
        if before is not None and before != self._splitter.sizes():
            lay_out_now(self)  # the plan without the hits first: its least is smaller again
            self._splitter.setSizes(before)

    def _forget_sizes_before_search(self) -> None:
        self._sizes_before_search = None  # the secretary placed the splitter: it stays there

    def _open_current_hit(self) -> None:
        index = self.hits.currentIndex()
        if not index.isValid() and self.hits_model.rowCount() > 0:
            index = self.hits_model.index(0, 0)
        if index.isValid():
            self._open_hit(index)

    def _open_hit(self, index: QModelIndex) -> None:
        hit = index.data(ObjectRole)
        if isinstance(hit, CaseHit):
            self.open_case(hit)

    def open_case(self, hit: CaseHit) -> bool:
        """Select the hit's meeting (switching year and body as needed) and the case in its agenda."""
        if hit.meeting_id is None or hit.meeting_starts_at is None:
            return self._open_waiting_case(hit)
        self._meeting_id = hit.meeting_id  # kept by _load_meetings
        body = self.body.currentData()
        for combo in (self.year, self.body):
            combo.blockSignals(True)
        try:
            year_index = self.year.findData(hit.meeting_starts_at.year)
            if year_index >= 0:
                self.year.setCurrentIndex(year_index)
            if body is not None and body != hit.body_id:
                self.body.setCurrentIndex(max(0, self.body.findData(hit.body_id)))
        finally:
            for combo in (self.year, self.body):
                combo.blockSignals(False)
        self._load_meetings()
        if not self.select_meeting(hit.meeting_id):
            return False
        row = self.agenda_model.row_of_id(hit.item_id)
        if row < 0:
            return False
        self.agenda.selectRow(row)
        self.agenda.scrollTo(self.agenda_model.index(row, 0))
        self.agenda.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _open_waiting_case(self, hit: CaseHit) -> bool:
        """A case waiting for an agenda: its body's cases waiting, with the case selected."""
        self._meeting_id = None
        self.body.setCurrentIndex(max(0, self.body.findData(hit.body_id)))
        if self._meeting is not None and self._meeting.body_id != hit.body_id:
            self.meetings.clearSelection()
            self._show_meeting(None)
        row = self.backlog_model.row_of_id(hit.item_id)
        if row < 0:
            return False
        self.backlog.selectRow(row)
        self.backlog.scrollTo(self.backlog_model.index(row, 0))
        self.backlog.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- the backlog ------------------------------------------------------------------------
    def _backlog_body(self) -> int | None:
        """The selected meeting's body; without a meeting, the body filter's."""
        return self._meeting.body_id if self._meeting is not None else self.body.currentData()

    def _load_backlog(self) -> None:
        body_id = self._backlog_body()
        if body_id is None:
            rows = []
            self.backlog.set_empty_text(self.tr("Select a body or a meeting to see its waiting cases."))
            self.backlog_title.setText(self.tr("Cases Waiting"))
        else:
            rows = self._ops.read(lambda s: backlog(s, body_id), parent=self, default=[]) or []
            self.backlog.set_empty_text(self.tr("No cases are waiting."))
            self.backlog_title.setText(self.tr("Cases Waiting (%n)", "", len(rows)))
        self.backlog_model.set_rows(rows)
        self.backlog.fit_columns(stretch=BacklogModel.COL_TITLE, max_width=240, min_stretch=240)
        self._update_schedule_button()

    def _selected_backlog_id(self) -> int | None:
        rows = self.backlog.selectionModel().selectedRows()
        return self.backlog_model.row_id(rows[0].data(ObjectRole)) if rows else None

    def _can_schedule(self) -> bool:
        if self._checkout is not None and self._checkout.read_only:
            return False  # taken along: its agenda is written on the laptop
        return self._meeting is not None and self._meeting.status in (
            MeetingStatus.PLANNED,
            MeetingStatus.NOTICE_SENT,
        )

    def _update_schedule_button(self, *_args: object) -> None:
        self.schedule_button.setEnabled(self._can_schedule() and self._selected_backlog_id() is not None)

    def schedule_selected(self, *_args: object) -> bool:
        """Put the selected waiting case on the selected meeting's agenda."""
        item_id, meeting_id = self._selected_backlog_id(), self._meeting_id
        if item_id is None or meeting_id is None or not self._can_schedule():
            return False
        done = self._ops.write(
            lambda s: schedule_item(s, item_id, meeting_id), changed=Change.MEETINGS, parent=self
        )
        if done is None:
            return False
        # The change has read the page again (it is shown); show the case where it now is.
        row = self.agenda_model.row_of_id(item_id)
        if row >= 0:
            self.agenda.selectRow(row)
            self.agenda.scrollTo(self.agenda_model.index(row, 0))
        return True
