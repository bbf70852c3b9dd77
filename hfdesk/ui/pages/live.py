"""Meeting mode: the screen the secretary types into while the body meets.

Three columns: the agenda with each item's state and quorum on the left, the item being
treated in the middle (its proposals, the discussion notes, the conclusion and decision,
follow-ups), the attendance list with everyone's rights at that item on the right.

Nothing typed is lost: every change is saved as it is made. Text is saved AUTOSAVE_DELAY_MS
after the last keystroke, and at once when the field loses focus, the item changes, the
page is left and the window closes; there is no save button. A refresh after a save never
reloads the field being typed in. Everything is reachable from the keyboard; the shortcuts
are in every button's tool tip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ... import dates
from ...models import (
    AttendanceStatus,
    Capacity,
    ConclusionKind,
    MeetingStatus,
    NoConsensusOutcome,
    QuorumRule,
    VoteChoice,
)
from ...services import live, queries
from ...services.meeting_view import (
    Attendee,
    ItemDetail,
    LiveView,
    ProposalRow,
    default_meeting_id,
    deputy_candidates,
    live_view,
    meeting_choices,
    meeting_status,
    people_for_follow_up,
)
from .. import labels
from ..dialogs.base import ValueCombo
from ..dialogs.live import (
    DeputyDialog,
    DisqualificationDialog,
    FollowUpDialog,
    GuestDialog,
    OtherBusinessDialog,
    ProposalDialog,
    ProtocolEntryDialog,
)
from ..i18n import current_language
from ..models import (
    AttendanceModel,
    DisqualificationsModel,
    IdRole,
    ItemFollowUpsModel,
    LiveAgendaModel,
    ProposalsModel,
    ProtocolEntriesModel,
    RowTableModel,
    VotesModel,
)
from ..models.base import OVERDUE_COLOUR
from ..models.live import PRESENT_COLOUR, WARNING_COLOUR, choice_label, outcome_label
from ..ops import Change, Ops
from ..widgets import DataTableView, muted_label, section_label
from .actions import action_button, make_action, open_dialog
from .base import LazyPage



#: Text is saved this long after the last keystroke (point 9 of the issue allows 2 s).
AUTOSAVE_DELAY_MS = 800

CONCLUSION_KEYS: tuple[tuple[ConclusionKind, str], ...] = (
    (ConclusionKind.CONSENSUS, "Ctrl+1"),
    (ConclusionKind.CONSENSUS_WITH_PROTOCOL, "Ctrl+2"),
    (ConclusionKind.VOTE, "Ctrl+3"),
    (ConclusionKind.NO_CONSENSUS, "Ctrl+4"),
    (ConclusionKind.DEFERRED, "Ctrl+5"),
    (ConclusionKind.NOTED, "Ctrl+6"),
)


def _keys(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


class AutosaveEdit(QPlainTextEdit):
    """A text field that saves itself: `save_requested(key, text)` fires AUTOSAVE_DELAY_MS after
    the last keystroke, and at once on focus-out or `flush()`. `key` is what the text belongs to
    (an item id); typing pending for one key is saved before another key's text is shown."""

    save_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None, *, delay_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self._key: int | None = None
        self._dirty = False
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._on_changed)
        self.setTabChangesFocus(True)  # Tab moves on to the next field, as everywhere else

    def key(self) -> int | None:
        return self._key

    def is_dirty(self) -> bool:
        return self._dirty

    def _on_changed(self) -> None:
        if self._loading or self._key is None:
            return
        self._dirty = True
        self._timer.start()

    def _set(self, key: int | None, text: str) -> None:
        self._key = key
        self._loading = True
        try:
            if self.toPlainText() != text:
                self.setPlainText(text)
        finally:
            self._loading = False
        self._dirty = False

    def sync(self, key: int | None, text: str) -> None:
        """Show `text` for `key` unless the user is typing in this field: a refresh never moves
        the cursor of the field being typed in, and never throws away what was typed."""
        if key != self._key:
            self.flush()
            self._set(key, text)
            return
        if self._dirty or self.hasFocus():
            return
        if self.toPlainText().strip() != text:
            self._set(key, text)

    def flush(self) -> None:
        """Save now what was typed and not yet saved."""
        self._timer.stop()
        if not self._dirty or self._key is None:
            return
        self._dirty = False
        self.save_requested.emit(self._key, self.toPlainText())

    def reset(self) -> None:
        """Forget the field's text without saving it (another database was opened: the item the
        text belonged to is not in it). Typing is saved on focus-out long before that."""
        self._timer.stop()
        self._key = None
        self._set(None, "")

    def mark_unsaved(self) -> None:
        """The save failed: keep the text and try again at the next change or flush."""
        self._dirty = True

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)


def _act(parent: QWidget, text: str, slot: Callable[[], object], shortcuts: Sequence[str] = (), *, tip: str,
         widgets: Sequence[QWidget]) -> QAction:
    """make_action, with the keys in the tool tip itself: a button follows its action's tool tip
    whenever the action changes (enabled, checked), so the keys must live there."""
    action = make_action(parent, text, slot, shortcuts, tip=tip, widgets=widgets)
    keys = _keys(action)
    if keys:
        action.setToolTip(f"{tip} ({keys})")
    return action


def _banner(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setVisible(False)
    return label


def _small_table(parent: QWidget, empty: str, rows: int) -> DataTableView:
    view = DataTableView(parent, empty_text=empty, sortable=False)
    view.horizontalHeader().setSectionsMovable(False)
    height = view.verticalHeader().defaultSectionSize()
    view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + height * rows + 4)
    return view


def _buttons(parent: QWidget, actions: Sequence[QAction], *, stretch: bool = True) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    for action in actions:
        row.addWidget(action_button(action, parent))
    if stretch:
        row.addStretch(1)
    return row


def _heading(text: str, parent: QWidget, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


class LiveMeetingPage(LazyPage):
    """Meeting mode (see the module docstring). Its first read opens the meeting where work is
    due (`default_meeting_id`), unless one was opened already (`open_meeting`)."""

    READ_WHEN_ASKED = False  # the first read starts meeting mode on a meeting: only when shown

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, Change.MEETINGS | Change.REGISTER | Change.FOLLOW_UPS, parent)
        self._meeting_id: int | None = None
        self._view: LiveView | None = None
        self._opened = False  # a meeting (or none) was opened on this database
        self._meeting_labels: dict[tuple[object, ...], str] = {}
        self._meetings_listed: list[tuple[int, str]] = []
        self._loading = False
        self._window_watched: QObject | None = None
        self.last_warning = ""  # the last quorum or flag warning shown (tests read it)
        self._extras_page = -1  # the conclusion's extra panel shown (-1: none), to share the height

        self._build_top()
        self._build_agenda()
        self._build_item()
        self._build_attendance()
        self._build_actions()
        self._lay_out()

        ops.database_changed.connect(self._on_database_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush_all)
        self._set_editable(False)

    @staticmethod
    def title() -> str:
        """The page's name (sidebar, View menu): known before the page is built."""
        return QCoreApplication.translate("LiveMeetingPage", "Meeting mode")

    # --- building -------------------------------------------------------------------------------
    def _build_top(self) -> None:
        self.meeting = ValueCombo(parent=self)
        self.meeting.setMinimumContentsLength(34)
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.meeting.activated.connect(lambda _i: self._on_meeting_chosen())
        self.meeting_label = QLabel(self.tr("&Meeting:"), self)
        self.meeting_label.setBuddy(self.meeting)
        self.meeting_meta = muted_label("", self)
        self.meeting_meta.setWordWrap(False)
        self.meeting_meta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_state = muted_label("", self)
        self.save_state.setWordWrap(False)
        self.save_state.setAccessibleName(self.tr("Saving"))
        self.locked = _banner(self)

    def _build_agenda(self) -> None:
        self.agenda_model = LiveAgendaModel(self)
        self.agenda = DataTableView(self, empty_text=self.tr("The meeting has no items."), sortable=False)
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.horizontalHeader().setSectionsMovable(False)
        self.agenda.setWordWrap(True)
        self.agenda.selectionModel().currentRowChanged.connect(self._on_agenda_row)
        self.agenda_heading = _heading(self.tr("A&genda"), self, self.agenda)

    def _build_item(self) -> None:
        self.item_title = section_label("", self)
        self.item_title.setWordWrap(True)
        self.item_meta = muted_label("", self)
        self.quorum_label = QLabel(self)
        self.quorum_label.setWordWrap(True)
        self.quorum_label.setAccessibleName(self.tr("Quorum"))
        self.warning = _banner(self)
        self.warning.setAccessibleName(self.tr("Warning"))

        self.proposals_model = ProposalsModel(self)
        self.proposals = _small_table(self, self.tr("No proposals."), 2)
        self.proposals.setModel(self.proposals_model)
        self.proposals.setAccessibleName(self.tr("Proposals"))
        self.proposals.setWordWrap(True)
        self.proposals.activated.connect(lambda _i: self.edit_proposal())

        self.notes = AutosaveEdit(self)
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("What was said: the presentation and the discussion, for the minutes."))
        self.notes.save_requested.connect(self._save_notes)

        self.kind_buttons: dict[ConclusionKind, QToolButton] = {}

        self.decision = AutosaveEdit(self)
        self.decision.setMinimumHeight(self.decision.fontMetrics().lineSpacing() * 2 + 12)
        self.decision.setAccessibleName(self.tr("Decision"))
        self.decision.save_requested.connect(self._save_decision)

        # What goes with some conclusions: protocol entries, the vote, where the case goes.
        self.extras = QStackedWidget(self)
        self.extras.addWidget(QWidget(self.extras))  # nothing more

        self.protocol_model = ProtocolEntriesModel(self)
        self.protocol = _small_table(self, self.tr("No protocol entry yet: add one with Ctrl+T."), 2)
        self.protocol.setModel(self.protocol_model)
        self.protocol.setAccessibleName(self.tr("Protocol entries"))
        self.protocol.setWordWrap(True)
        self.protocol_panel = QWidget(self.extras)

        self.votes_model = VotesModel(self)
        self.votes = _small_table(self, self.tr("Nobody may vote at this item."), 3)
        self.votes.setModel(self.votes_model)
        self.votes.setAccessibleName(self.tr("Votes"))
        self.tally = QLabel(self)
        self.tally.setWordWrap(True)
        self.tally.setTextFormat(Qt.TextFormat.RichText)
        self.voted_proposal = ValueCombo(none_text=self.tr("(not stated)"), parent=self)
        self.voted_proposal.setAccessibleName(self.tr("Proposal voted on"))
        self.voted_proposal.activated.connect(lambda _i: self._on_voted_proposal())
        self.vote_panel = QWidget(self.extras)

        self.outcome_returned = QRadioButton(outcome_label(NoConsensusOutcome.RETURNED), self)
        self.outcome_parties = QRadioButton(outcome_label(NoConsensusOutcome.TO_PARTIES), self)
        self.outcome_returned.setChecked(True)
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.addButton(self.outcome_returned)
        self.outcome_group.addButton(self.outcome_parties)
        self.outcome_returned.clicked.connect(lambda: self._on_outcome(NoConsensusOutcome.RETURNED))
        self.outcome_parties.clicked.connect(lambda: self._on_outcome(NoConsensusOutcome.TO_PARTIES))
        self.outcome_panel = QWidget(self.extras)

        self.follow_ups_model = ItemFollowUpsModel(self)
        self.follow_ups = _small_table(self, self.tr("No follow-ups from this item."), 1)
        self.follow_ups.setModel(self.follow_ups_model)
        self.follow_ups.setAccessibleName(self.tr("Follow-ups"))

    def _build_attendance(self) -> None:
        self.attendance_model = AttendanceModel(self)
        self.attendance = DataTableView(self, empty_text=self.tr("Nobody is on the attendance list."), sortable=False)
        self.attendance.setModel(self.attendance_model)
        self.attendance.setAccessibleName(self.tr("Attendance"))
        self.attendance.horizontalHeader().setSectionsMovable(False)
        self.attendance.selectionModel().currentRowChanged.connect(lambda *_a: self._update_person_actions())
        self.attendance_heading = _heading(self.tr("Atte&ndance"), self, self.attendance)
        self.attendance_summary = muted_label("", self)

        self.disqualified_model = DisqualificationsModel(self)
        self.disqualified = _small_table(self, self.tr("Nobody is disqualified at this item."), 1)
        self.disqualified.setMaximumHeight(self.disqualified.minimumHeight() * 2)
        self.disqualified.setModel(self.disqualified_model)
        self.disqualified.setAccessibleName(self.tr("Disqualified"))

    def _build_actions(self) -> None:
        page = (self,)
        a = self
        # Moving between items
        self.previous_action = _act(a, self.tr("Previous Item"), self.previous_item, ["Ctrl+PgUp"],
                                           tip=self.tr("Go to the previous item"), widgets=page)
        self.next_action = _act(a, self.tr("Next Item"), self.next_item, ["Ctrl+PgDown"],
                                       tip=self.tr("Go to the next item"), widgets=page)
        self.other_business_action = _act(
            a, self.tr("Case under AOB…"), self.add_other_business_case, ["Ctrl+E"],
            tip=self.tr("A case raised under any other business that was not on the agenda"), widgets=page,
        )
        self.held_action = _act(a, self.tr("Mark as Held…"), self.mark_held,
                                       tip=self.tr("The meeting is over: mark it as held"), widgets=page)
        # Conclusions
        self.kind_actions: dict[ConclusionKind, QAction] = {}
        for kind, keys in CONCLUSION_KEYS:
            action = _act(a, labels.conclusion(kind), lambda k=kind: self.conclude_as(k), [keys],
                                 tip=self.tr("Conclude the item: {kind}").format(kind=labels.conclusion(kind)),
                                 widgets=page)
            action.setCheckable(True)
            self.kind_actions[kind] = action
        self.clear_action = _act(a, self.tr("Not Concluded"), self.clear_conclusion, ["Ctrl+0"],
                                        tip=self.tr("The item is not concluded after all"), widgets=page)
        # Proposals, protocol entries, follow-ups
        self.proposal_action = _act(a, self.tr("New Proposal…"), self.add_proposal, ["Ctrl+N"],
                                           tip=self.tr("A proposal from a member, a deputy or an observer"),
                                           widgets=page)
        self.edit_proposal_action = _act(a, self.tr("Edit…"), self.edit_proposal, ["F2"],
                                                tip=self.tr("Correct the wording of the selected proposal"),
                                                widgets=(self.proposals,))
        self.remove_proposal_action = _act(a, self.tr("Remove"), self.remove_proposal, ["Del"],
                                                  tip=self.tr("Remove the selected proposal"),
                                                  widgets=(self.proposals,))
        self.protocol_action = _act(a, self.tr("Protocol Entry…"), self.add_protocol_entry, ["Ctrl+T"],
                                           tip=self.tr("A statement entered in the minutes, and who stands behind it"),
                                           widgets=page)
        self.remove_protocol_action = _act(a, self.tr("Remove"), self.remove_protocol_entry, ["Del"],
                                                  tip=self.tr("Remove the selected protocol entry"),
                                                  widgets=(self.protocol,))
        self.follow_up_action = _act(a, self.tr("New Follow-up…"), self.add_follow_up, ["Ctrl+U"],
                                            tip=self.tr("What is to be followed up, by whom and by when"),
                                            widgets=page)
        self.remove_follow_up_action = _act(a, self.tr("Remove"), self.remove_follow_up, ["Del"],
                                                   tip=self.tr("Remove the selected follow-up"),
                                                   widgets=(self.follow_ups,))
        # Votes
        self.vote_actions: dict[VoteChoice, QAction] = {}
        for choice, keys in ((VoteChoice.FOR, ["1", "+"]), (VoteChoice.AGAINST, ["2", "-"]),
                             (VoteChoice.ABSTAIN, ["3", "0"])):
            self.vote_actions[choice] = _act(
                a, choice_label(choice), lambda c=choice: self.set_vote(c), keys,
                tip=self.tr("The selected voter: {choice}").format(choice=choice_label(choice)),
                widgets=(self.votes,),
            )
        self.all_for_action = _act(a, self.tr("All For"), lambda: self.set_all_votes(VoteChoice.FOR),
                                          tip=self.tr("Everyone votes for; then mark those against"),
                                          widgets=(self.votes,))
        # Attendance. Every command needs a modifier (or its button): a letter typed in the list
        # only finds a name (Qt's type-ahead), it never changes anyone's attendance.
        people = (self.attendance,)
        self.present_anywhere_action = _act(
            a, self.tr("Present"), lambda: self.mark(AttendanceStatus.PRESENT), ["Ctrl+P"],
            tip=self.tr("The person selected in the attendance list is present"), widgets=page,
        )
        self.present_action = self.present_anywhere_action  # one action: Ctrl+P anywhere on the page
        self.forfall_action = _act(a, self.tr("Forfall"), lambda: self.mark(AttendanceStatus.REPORTED_ABSENT),
                                          ["Ctrl+Shift+F"], tip=self.tr("Reported absence (forfall)"), widgets=people)
        self.absent_action = _act(a, self.tr("Absent"), lambda: self.mark(AttendanceStatus.ABSENT), ["Ctrl+Shift+A"],
                                         tip=self.tr("Absent without notice"), widgets=people)
        self.arrived_action = _act(a, self.tr("Arrived Here"), self.arrived_here, ["Ctrl+Shift+K"],
                                          tip=self.tr("Arrived late: present from this item"), widgets=people)
        self.left_action = _act(a, self.tr("Left Before This"), self.left_before_here, ["Ctrl+Shift+G"],
                                       tip=self.tr("Left early: present until the item before this one"),
                                       widgets=people)
        self.full_action = _act(a, self.tr("Whole Meeting"), self.whole_meeting, ["Ctrl+Shift+W"],
                                       tip=self.tr("Present at every item (clears arrival and leave)"),
                                       widgets=people)
        self.deputy_action = _act(a, self.tr("Deputy Steps In…"), self.deputy_steps_in, ["Ctrl+Shift+D"],
                                         tip=self.tr("A deputy stands in for the selected absent member"),
                                         widgets=people)
        self.guest_action = _act(a, self.tr("Guest…"), self.add_guest, ["Ctrl+G"],
                                        tip=self.tr("A guest for named items, or someone from the secretariat"),
                                        widgets=page)
        self.remove_person_action = _act(a, self.tr("Remove"), self.remove_person, ["Del"],
                                                tip=self.tr("Take a deputy, guest or secretary off the list again"),
                                                widgets=people)
        self.disqualify_action = _act(a, self.tr("Disqualification…"), self.disqualify, ["Ctrl+I"],
                                             tip=self.tr("Someone is disqualified (inhabil) at this item"),
                                             widgets=page)
        self.remove_disqualification_action = _act(
            a, self.tr("Remove"), self.remove_disqualification, ["Del"],
            tip=self.tr("Remove the selected disqualification"), widgets=(self.disqualified,),
        )
        self.fill_question: QMessageBox | None = None
        self.focus_notes = QShortcut(QKeySequence("Ctrl+Shift+N"), self, self._focus_notes,
                                     context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.meeting_label)
        top.addWidget(self.meeting)
        top.addWidget(self.meeting_meta, 1)
        top.addWidget(self.save_state)
        top.addWidget(action_button(self.held_action, self))

        # Left: the agenda.
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.setSpacing(4)
        left_layout.addWidget(self.agenda_heading)
        left_layout.addWidget(self.agenda, 1)
        left_layout.addLayout(_buttons(left, [self.previous_action, self.next_action]))
        left_layout.addLayout(_buttons(left, [self.other_business_action]))

        # Middle: the item.
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(8, 0, 8, 0)
        middle_layout.setSpacing(4)
        middle_layout.addWidget(self.item_title)
        middle_layout.addWidget(self.item_meta)
        middle_layout.addWidget(self.quorum_label)
        middle_layout.addWidget(self.warning)

        proposals_box = QWidget(middle)
        pl = QVBoxLayout(proposals_box)
        pl.setContentsMargins(0, 4, 0, 0)
        pl.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(_heading(self.tr("&Proposals"), proposals_box, self.proposals))
        head.addStretch(1)
        head.addLayout(_buttons(proposals_box, [self.proposal_action, self.edit_proposal_action,
                                                self.remove_proposal_action], stretch=False))
        pl.addLayout(head)
        pl.addWidget(self.proposals, 1)

        notes_box = QWidget(middle)
        nl = QVBoxLayout(notes_box)
        nl.setContentsMargins(0, 4, 0, 0)
        nl.setSpacing(4)
        nl.addWidget(_heading(self.tr("N&otes"), notes_box, self.notes))
        nl.addWidget(self.notes, 1)

        conclusion_box = QWidget(middle)
        cl = QVBoxLayout(conclusion_box)
        cl.setContentsMargins(0, 4, 0, 0)
        cl.setSpacing(4)
        cl.addWidget(_heading(self.tr("Conclusion"), conclusion_box))
        kinds = QGridLayout()
        kinds.setSpacing(4)
        for n, (kind, _keys_text) in enumerate(CONCLUSION_KEYS):
            button = action_button(self.kind_actions[kind], conclusion_box)
            button.setText(f"{n + 1}  {labels.conclusion(kind)}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.kind_buttons[kind] = button
            kinds.addWidget(button, n // 3, n % 3)
        cl.addLayout(kinds)
        decision_head = QHBoxLayout()
        decision_head.addWidget(_heading(self.tr("&Decision"), conclusion_box, self.decision))
        decision_head.addStretch(1)
        decision_head.addWidget(action_button(self.clear_action, conclusion_box))
        cl.addLayout(decision_head)
        cl.addWidget(self.decision, 1)
        cl.addWidget(self.extras)

        pr = QVBoxLayout(self.protocol_panel)
        pr.setContentsMargins(0, 0, 0, 0)
        pr.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(_heading(self.tr("Protocol entries"), self.protocol_panel, self.protocol))
        head.addStretch(1)
        head.addLayout(_buttons(self.protocol_panel, [self.protocol_action, self.remove_protocol_action],
                                stretch=False))
        pr.addLayout(head)
        pr.addWidget(self.protocol)
        self.extras.addWidget(self.protocol_panel)

        vp = QVBoxLayout(self.vote_panel)
        vp.setContentsMargins(0, 0, 0, 0)
        vp.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(_heading(self.tr("&Votes"), self.vote_panel, self.votes))
        head.addStretch(1)
        head.addLayout(_buttons(self.vote_panel, [*self.vote_actions.values(), self.all_for_action], stretch=False))
        vp.addLayout(head)
        voted_row = QHBoxLayout()
        voted_label = QLabel(self.tr("Voted on:"), self.vote_panel)
        voted_label.setBuddy(self.voted_proposal)
        voted_row.addWidget(voted_label)
        voted_row.addWidget(self.voted_proposal, 1)
        vp.addLayout(voted_row)
        vp.addWidget(self.votes)
        vp.addWidget(self.tally)
        self.extras.addWidget(self.vote_panel)

        op = QHBoxLayout(self.outcome_panel)
        op.setContentsMargins(0, 0, 0, 0)
        op.addWidget(QLabel(self.tr("The case:"), self.outcome_panel))
        op.addWidget(self.outcome_returned)
        op.addWidget(self.outcome_parties)
        op.addStretch(1)
        self.extras.addWidget(self.outcome_panel)

        follow_box = QWidget(middle)
        fl = QVBoxLayout(follow_box)
        fl.setContentsMargins(0, 4, 0, 0)
        fl.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(_heading(self.tr("Follow-&ups"), follow_box, self.follow_ups))
        head.addStretch(1)
        head.addLayout(_buttons(follow_box, [self.follow_up_action, self.remove_follow_up_action], stretch=False))
        fl.addLayout(head)
        fl.addWidget(self.follow_ups, 1)

        self.middle_split = QSplitter(Qt.Orientation.Vertical)
        self.middle_split.setChildrenCollapsible(False)
        for box in (proposals_box, notes_box, conclusion_box, follow_box):
            self.middle_split.addWidget(box)
        self.middle_split.setStretchFactor(0, 2)
        self.middle_split.setStretchFactor(1, 5)
        self.middle_split.setStretchFactor(2, 4)
        self.middle_split.setStretchFactor(3, 1)
        # On a low screen the item's parts scroll rather than being squeezed into each other.
        self.middle_scroll = QScrollArea(middle)
        self.middle_scroll.setWidget(self.middle_split)
        self.middle_scroll.setWidgetResizable(True)
        self.middle_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.middle_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        middle_layout.addWidget(self.middle_scroll, 1)
        # Never narrower than its buttons and tables need: the side columns give way instead.
        middle.setMinimumWidth(
            self.middle_split.minimumSizeHint().width() + self.middle_scroll.verticalScrollBar().sizeHint().width()
        )

        # Right: attendance and disqualification.
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(4, 0, 0, 0)
        rl.setSpacing(4)
        rl.addWidget(self.attendance_heading)
        rl.addWidget(self.attendance_summary)
        rl.addWidget(self.attendance, 1)
        rl.addLayout(_buttons(right, [self.present_action, self.forfall_action, self.absent_action,
                                      self.deputy_action]))
        rl.addLayout(_buttons(right, [self.arrived_action, self.left_action, self.full_action]))
        rl.addLayout(_buttons(right, [self.guest_action, self.remove_person_action]))
        head = QHBoxLayout()
        head.addWidget(_heading(self.tr("Disqualified at this item"), right, self.disqualified))
        head.addStretch(1)
        rl.addSpacing(6)
        rl.addLayout(head)
        rl.addLayout(_buttons(right, [self.disqualify_action, self.remove_disqualification_action]))
        rl.addWidget(self.disqualified)

        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(left)
        self.split.addWidget(middle)
        self.split.addWidget(right)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 5)
        self.split.setStretchFactor(2, 3)
        self.split.setSizes([310, 510, 430])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.locked)
        layout.addWidget(self.split, 1)

    # --- opening a meeting --------------------------------------------------------------------------
    def meeting_id(self) -> int | None:
        return self._meeting_id

    def view(self) -> LiveView | None:
        return self._view

    def current_item_id(self) -> int | None:
        return self._view.item.id if self._view is not None and self._view.item is not None else None

    def _fill_meetings(self) -> None:
        """The meeting chooser: every meeting, labelled once (a label is made again only when its
        date, body or status changed), and the list put in the box only when it changed, so
        opening a meeting or a write in meeting mode does not cost more as the history grows."""
        choices = self._ops.read(meeting_choices, parent=self, default=[]) or []
        lang = current_language()
        items = []
        labels_now: dict[tuple[object, ...], str] = {}
        for c in choices:
            key = (c.id, c.starts_at, c.body_short_name, c.body_name, c.status, lang)
            label = self._meeting_labels.get(key)
            if label is None:
                when = dates.weekday_date(c.starts_at, lang)
                body = c.body_short_name or c.body_name
                label = f"{when} {dates.clock(c.starts_at)} · {body} · {labels.meeting_status(c.status)}"
            labels_now[key] = label
            items.append((c.id, label))
        self._meeting_labels = labels_now
        self.meeting.blockSignals(True)
        if items != self._meetings_listed:
            self.meeting.set_items(items)
            self._meetings_listed = items
        if self._meeting_id is not None:
            self.meeting.set_value(self._meeting_id)
        self.meeting.blockSignals(False)

    def open_meeting(self, meeting_id: int | None) -> bool:
        """Show a meeting in meeting mode, where it was left (its current item). The attendance
        list and each item's proposed decision are put in place the first time."""
        self._open(meeting_id)
        self.refresh()
        return self._view is not None

    def _open(self, meeting_id: int | None) -> None:
        """Make `meeting_id` the meeting shown (read by `_read`)."""
        self.flush_all()
        self._opened = True
        if meeting_id is None:
            self._meeting_id = None
            self._fill_meetings()
            return
        status = self._ops.read(lambda s: meeting_status(s, meeting_id), parent=self)
        if status is not None and status not in (MeetingStatus.MINUTES_APPROVED, MeetingStatus.CANCELLED):
            self._ops.write(lambda s: live.start_meeting_mode(s, meeting_id), changed=None, parent=self)
        if meeting_id != self._meeting_id:
            self.save_state.setText("")
            self.save_state.setStyleSheet("")
            self._view = None  # the new meeting opens at its own current item
        self._meeting_id = meeting_id
        self._fill_meetings()

    def _on_meeting_chosen(self) -> None:
        chosen = self.meeting.value()
        if chosen is not None and chosen != self._meeting_id:
            self.open_meeting(chosen)

    def reload(self) -> None:
        """LazyPage: the first read opens the meeting where work is due; every read reads the
        screen again."""
        if not self._opened:
            self._open(self._ops.read(default_meeting_id, parent=self))
        self._read()

    def _read(self, item_id: int | None = None) -> None:
        """Read the screen again (the selected item, or `item_id`); fields being typed in stay."""
        if self._meeting_id is None:
            self._show(None)
            return
        wanted = item_id if item_id is not None else self.current_item_id()
        mid = self._meeting_id
        view = self._ops.read(lambda s: live_view(s, mid, wanted), parent=self)
        self._show(view)

    def showEvent(self, event: QShowEvent) -> None:
        window = self.window()
        if window is not None and window is not self._window_watched:
            window.installEventFilter(self)
            self._window_watched = window
        super().showEvent(event)  # LazyPage: read if never read, or stale

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush_all()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window_watched and event.type() == QEvent.Type.Close:
            self.flush_all()
        return super().eventFilter(watched, event)

    def notice(self, changes: Change) -> None:
        if self.loaded and changes & (Change.MEETINGS | Change.REGISTER):
            self._fill_meetings()  # a status or a date may have changed
        super().notice(changes)

    def _on_database_changed(self) -> None:
        self._meeting_id = None
        self._view = None
        self._opened = False
        self.loaded = False  # read as new when shown (at once if it is)
        self.notes.reset()
        self.decision.reset()
        if self.isVisible():
            self.open_meeting(self._ops.read(default_meeting_id, parent=self))

    # --- showing ---------------------------------------------------------------------------------------
    @staticmethod
    def _set_rows(view: QAbstractItemView, model: RowTableModel, rows: Sequence[Any]) -> None:
        """Refill a table only when its rows changed, keeping the selected row (by id)."""
        if list(rows) == model.rows():
            return
        current = view.currentIndex()
        keep = current.data(IdRole) if current.isValid() else None
        column = current.column() if current.isValid() else 0
        model.set_rows(rows)
        if keep is not None:
            row = model.row_of_id(keep)
            if row >= 0:
                view.setCurrentIndex(model.index(row, column))

    def _show(self, view: LiveView | None) -> None:
        self._loading = True
        try:
            self._view = view
            self._show_meeting(view)
            self._show_item(view)
        finally:
            self._loading = False
        self._set_editable(view is not None and view.editable)
        self._update_person_actions()

    def _show_meeting(self, view: LiveView | None) -> None:
        if view is None:
            self.meeting_meta.setText(self.tr("No meeting chosen."))
            self.locked.setVisible(False)
            self.agenda_model.set_rows([])
            self.attendance_model.set_rows([])
            self.attendance_summary.setText("")
            return
        lang = current_language()
        parts = [view.body_name, dates.meeting_when(view.starts_at, view.ends_at, lang)]
        if view.place:
            parts.append(view.place)
        parts.append(labels.meeting_status(view.status))
        self.meeting_meta.setText(" · ".join(parts))
        self.meeting_meta.setToolTip("\n".join(parts))
        if view.status == MeetingStatus.MINUTES_APPROVED:
            self._show_banner(self.locked, self.tr(
                "The minutes of this meeting are approved and locked. Reopen the meeting on the Meetings page "
                "to change them."))
        elif view.status == MeetingStatus.CANCELLED:
            self._show_banner(self.locked, self.tr("This meeting is cancelled."))
        else:
            self.locked.setVisible(False)
        self._set_rows(self.agenda, self.agenda_model, list(view.items))
        current = view.item.id if view.item is not None else None
        self.agenda_model.set_current(current)
        row = self.agenda_model.row_of_id(current) if current is not None else -1
        if row >= 0 and self.agenda.currentIndex().row() != row:
            self.agenda.setCurrentIndex(self.agenda_model.index(row, LiveAgendaModel.COL_TITLE))
        self.agenda.scrollTo(self.agenda_model.index(max(row, 0), 0))
        self.agenda.fit_columns(stretch=LiveAgendaModel.COL_TITLE, max_width=110, min_stretch=110,
                                keep=(LiveAgendaModel.COL_NUMBER,))
        self.agenda.resizeRowsToContents()

        self._set_rows(self.attendance, self.attendance_model, list(view.attendees))
        self.attendance.fit_columns(stretch=AttendanceModel.COL_NAME, max_width=140, min_stretch=110,
                                    keep=(AttendanceModel.COL_RIGHTS,))
        if not self.attendance.currentIndex().isValid() and self.attendance_model.rowCount():
            self.attendance.setCurrentIndex(self.attendance_model.index(0, AttendanceModel.COL_NAME))
        voting = [a for a in view.attendees if a.rights.may_vote]
        present = [a for a in view.attendees if a.status == AttendanceStatus.PRESENT]
        if view.item is not None:
            self.attendance_summary.setText(
                self.tr("{present} present; {voting} may vote at item {item} ({seats} voting seats)").format(
                    present=len(present), voting=len(voting), item=view.item.number or view.item.title,
                    seats=view.seats,
                )
            )
        else:
            self.attendance_summary.setText(self.tr("{present} present").format(present=len(present)))

    def _show_banner(self, label: QLabel, text: str, colour: Any = OVERDUE_COLOUR) -> None:
        label.setText(f'<span style="color:{colour.name()}; font-weight:600">{text}</span>')
        label.setVisible(bool(text))

    def _quorum_text(self, view: LiveView, detail: ItemDetail) -> tuple[str, bool]:
        q = detail.quorum
        if view.quorum_rule == QuorumRule.NONE:
            return self.tr("{present} voting present; the body has no quorum rule.").format(present=q.present), True
        if q.met:
            text = self.tr("Quorum: {present} voting present, {required} required of {seats} seats.")
        else:
            text = self.tr("No quorum: {present} voting present, {required} required of {seats} seats.")
        return text.format(present=q.present, required=q.required, seats=q.seats), q.met

    def _show_item(self, view: LiveView | None) -> None:
        detail = view.item if view is not None else None
        if detail is None:
            self.item_title.setText(self.tr("No item") if view is not None else "")
            self.item_meta.setText("")
            self.quorum_label.setText("")
            self.warning.setVisible(False)
            for model in (self.proposals_model, self.protocol_model, self.votes_model, self.follow_ups_model,
                          self.disqualified_model):
                model.set_rows([])
            self.notes.sync(None, "")
            self.decision.sync(None, "")
            self._show_conclusion(None)
            return
        number = self.tr("Item {number}").format(number=detail.number) if detail.number else ""
        self.item_title.setText(f"{number}  {detail.title}".strip())
        meta = [labels.case_type(detail.case_type)]
        if detail.responsible:
            meta.append(detail.responsible)
        if detail.exempt:
            meta.append(self.tr("Exempt from public access ({basis})").format(basis=detail.exemption_basis))
        if detail.not_on_agenda:
            meta.append(self.tr("Raised under any other business; not on the agenda"))
        self.item_meta.setText(" · ".join(meta))
        self.item_title.setToolTip(detail.background)
        text, met = self._quorum_text(view, detail)  # type: ignore[arg-type]
        colour = PRESENT_COLOUR if met else OVERDUE_COLOUR
        self.quorum_label.setText(f'<span style="color:{colour.name()}">{text}</span>')
        warnings = []
        c = detail.conclusion
        if c is not None and c.without_quorum:
            warnings.append(self.tr("Concluded without quorum: this is marked on the item in the minutes."))
        if detail.flagged:
            warnings.append(self.tr("A decision on a case that was not on the agenda: it is flagged in the minutes."))
        if c is not None and c.kind == ConclusionKind.VOTE and detail.votes_missing:
            warnings.append(self.tr("%n voter(s) without a recorded vote.", "", detail.votes_missing))
        if detail.disqualifications:
            names = ", ".join(d.name for d in detail.disqualifications)
            warnings.append(self.tr("Disqualified, out of this item: {names}.").format(names=names))
        self._show_banner(self.warning, "<br>".join(warnings))
        self.last_warning = "\n".join(warnings)

        self._set_rows(self.proposals, self.proposals_model, list(detail.proposals))
        self.proposals.fit_columns(stretch=ProposalsModel.COL_TEXT, max_width=170, min_stretch=160)
        self.proposals.resizeRowsToContents()
        self.notes.sync(detail.id, detail.notes)
        self._show_conclusion(detail)
        self._set_rows(self.follow_ups, self.follow_ups_model, list(detail.follow_ups))
        self.follow_ups.fit_columns(stretch=ItemFollowUpsModel.COL_WHAT, max_width=160, min_stretch=150)
        self._set_rows(self.disqualified, self.disqualified_model, list(detail.disqualifications))
        self.disqualified.fit_columns(stretch=DisqualificationsModel.COL_GROUND, max_width=150, min_stretch=120)

    def _show_conclusion(self, detail: ItemDetail | None) -> None:
        c = detail.conclusion if detail is not None else None
        for kind, action in self.kind_actions.items():
            action.setChecked(c is not None and c.kind == kind)
        if c is None:
            self.decision.sync(detail.id if detail is not None else None, "")
            self.decision.setPlaceholderText(
                self.tr("Choose how the item ended (Ctrl+1 to Ctrl+6); then write the decision here.")
            )
            self.extras.setCurrentIndex(0)
            self.extras.setVisible(False)
            self._fit_middle(rebalance=self._extras_page != -1)
            self._extras_page = -1
            return
        self.decision.setPlaceholderText(self.tr("The decision (vedtak) as it goes into the minutes."))
        self.decision.sync(detail.id, c.decision_text)  # type: ignore[union-attr]
        if c.kind in (ConclusionKind.CONSENSUS_WITH_PROTOCOL,):
            self._set_rows(self.protocol, self.protocol_model, list(c.protocol_entries))
            self.protocol.fit_columns(stretch=ProtocolEntriesModel.COL_TEXT, max_width=200, min_stretch=160)
            self.protocol.resizeRowsToContents()
            self.extras.setCurrentWidget(self.protocol_panel)
        elif c.kind == ConclusionKind.VOTE:
            self._show_vote(detail)  # type: ignore[arg-type]
            self.extras.setCurrentWidget(self.vote_panel)
        elif c.kind == ConclusionKind.NO_CONSENSUS:
            outcome = c.no_consensus_outcome or NoConsensusOutcome.RETURNED
            (self.outcome_returned if outcome == NoConsensusOutcome.RETURNED else self.outcome_parties).setChecked(True)
            self.extras.setCurrentWidget(self.outcome_panel)
        else:
            self.extras.setCurrentIndex(0)
        self.extras.setVisible(self.extras.currentIndex() != 0)
        page = self.extras.currentIndex() if self.extras.isVisibleTo(self) else -1
        self._fit_middle(rebalance=page != self._extras_page)
        self._extras_page = page

    def _fit_middle(self, rebalance: bool) -> None:
        """Share the middle column's height. The notes, typed into most, get what the others leave.
        When the conclusion's extra panel comes or goes (a vote, protocol entries), the shares are
        set again; otherwise only the conclusion's minimum is made room for."""
        split = self.middle_split
        sizes = split.sizes()
        if len(sizes) != 4 or sum(sizes) == 0:
            return
        for i in range(4):
            split.widget(i).layout().activate()
        mins = [split.widget(i).minimumSizeHint().height() for i in range(4)]
        total = sum(sizes)
        if rebalance:
            extra = self.extras.currentWidget() if self.extras.isVisibleTo(self) else None
            share = 0.46 if extra is self.vote_panel else 0.4 if extra is not None else 0.3
            sizes[2] = max(mins[2], int(total * share))
            sizes[0] = max(mins[0], int(total * 0.18))
            sizes[3] = max(mins[3], int(total * 0.13))
            sizes[1] = max(mins[1], total - sizes[0] - sizes[2] - sizes[3])
        else:
            short = mins[2] - sizes[2]
            for i in (1, 0, 3):
                if short <= 0:
                    break
                take = min(max(0, sizes[i] - mins[i]), short)
                sizes[i] -= take
                sizes[2] += take
                short -= take
        if sizes != split.sizes():
            split.setSizes(sizes)

    def _show_vote(self, detail: ItemDetail) -> None:
        c = detail.conclusion
        assert c is not None
        self._set_rows(self.votes, self.votes_model, list(detail.voters))
        self.votes.fit_columns(stretch=VotesModel.COL_NAME, max_width=160, min_stretch=160)
        if not self.votes.currentIndex().isValid() and detail.voters:
            self.votes.setCurrentIndex(self.votes_model.index(0, VotesModel.COL_CHOICE))
        self.voted_proposal.set_items(
            [(p.id, self.tr("{number}: {text}").format(number=p.position + 1, text=" ".join(p.text.split())[:90]))
             for p in detail.proposals]
        )
        self.voted_proposal.set_value(c.voted_proposal_id)
        tally = c.tally
        outcome = ""
        if c.adopted is not None:
            outcome = self.tr("Adopted") if c.adopted else self.tr("Rejected")
        elif not c.tally or not any(c.tally.values()):
            outcome = self.tr("No votes recorded yet: no result")
        text = self.tr("For {for_} · against {against} · abstaining {abstain}").format(
            for_=tally.get(VoteChoice.FOR, 0), against=tally.get(VoteChoice.AGAINST, 0),
            abstain=tally.get(VoteChoice.ABSTAIN, 0),
        )
        if outcome:
            colour = PRESENT_COLOUR if c.adopted else OVERDUE_COLOUR if c.adopted is False else WARNING_COLOUR
            text += f' — <span style="color:{colour.name()}; font-weight:600">{outcome}</span>'
        if c.against:
            text += "<br>" + self.tr("Voted against: {names}").format(names=", ".join(c.against))
        self.tally.setText(text)

    def _set_editable(self, editable: bool) -> None:
        has_item = self._view is not None and self._view.item is not None
        on = editable and has_item
        for action in (*self.kind_actions.values(), self.clear_action, self.proposal_action,
                       self.edit_proposal_action, self.remove_proposal_action, self.protocol_action,
                       self.remove_protocol_action, self.follow_up_action, self.remove_follow_up_action,
                       *self.vote_actions.values(), self.all_for_action, self.disqualify_action,
                       self.remove_disqualification_action, self.arrived_action, self.left_action):
            action.setEnabled(on)
        for action in (self.other_business_action, self.guest_action, self.held_action):
            action.setEnabled(editable)
        self.held_action.setEnabled(editable and self._view is not None
                                    and self._view.status == MeetingStatus.NOTICE_SENT)
        self.notes.setReadOnly(not on)
        conclusion = self._view.item.conclusion if has_item else None  # type: ignore[union-attr]
        self.decision.setReadOnly(not on or conclusion is None)
        self.voted_proposal.setEnabled(on)
        self.outcome_returned.setEnabled(on)
        self.outcome_parties.setEnabled(on)
        self.previous_action.setEnabled(has_item and self._view.item.previous_id is not None)  # type: ignore[union-attr]
        self.next_action.setEnabled(has_item and self._view.item.next_id is not None)  # type: ignore[union-attr]

    def _update_person_actions(self) -> None:
        editable = self._view is not None and self._view.editable
        person = self.selected_attendee()
        for action in (self.present_action, self.present_anywhere_action, self.forfall_action, self.absent_action,
                       self.full_action, self.remove_person_action):
            action.setEnabled(editable and person is not None)
        has_item = self._view is not None and self._view.item is not None
        self.arrived_action.setEnabled(editable and has_item and person is not None)
        self.left_action.setEnabled(editable and has_item and person is not None)
        self.deputy_action.setEnabled(
            editable and person is not None and person.capacity == Capacity.MEMBER
            and person.status != AttendanceStatus.PRESENT
        )

    # --- saving -------------------------------------------------------------------------------------------
    def flush_all(self) -> None:
        """Save every field's pending text now."""
        self.notes.flush()
        self.decision.flush()

    def _saved(self, ok: bool, message: str = "") -> None:
        if ok:
            self.save_state.setText(self.tr("Saved {time}").format(time=dates.clock(datetime.now())))
            self.save_state.setStyleSheet("")
            self.save_state.setToolTip(self.tr("Everything you type is saved as you go."))
        else:
            self.save_state.setText(self.tr("Not saved"))
            self.save_state.setStyleSheet(f"color: {OVERDUE_COLOUR.name()}; font-weight: 600")
            self.save_state.setToolTip(message)

    def _save_text(self, editor: AutosaveEdit, fn: Callable[[Session], object]) -> None:
        errors: list[str] = []
        result = self._ops.write(fn, changed=Change.MEETING_TEXT, parent=self, on_error=errors.append)
        if result is None:
            editor.mark_unsaved()
            self._saved(False, errors[0] if errors else "")
            if errors:
                self._show_banner(self.warning, errors[0])
        else:
            self._saved(True)

    def _save_notes(self, item_id: int, text: str) -> None:
        self._save_text(self.notes, lambda s: live.set_item_notes(s, item_id, text))

    def _save_decision(self, item_id: int, text: str) -> None:
        self._save_text(self.decision, lambda s: live.set_decision_text(s, item_id, text))

    def _write(self, fn: Callable[[Session], object], *, changed: Change = Change.MEETINGS) -> bool:
        """One user action: pending text is saved first, then the change, then the screen refreshes.
        False when a known error was shown (and nothing was saved)."""
        self.flush_all()

        def run(session: Session) -> bool:
            fn(session)
            return True

        ok = self._ops.write(run, changed=changed, parent=self) is not None
        if ok:
            self._saved(True)
        return ok

    # --- moving between items --------------------------------------------------------------------------
    def go_to_item(self, item_id: int) -> None:
        if self._meeting_id is None or item_id == self.current_item_id():
            return
        self.flush_all()
        mid = self._meeting_id
        if self._view is not None and self._view.editable:
            self._ops.write(lambda s: live.set_current_item(s, mid, item_id), changed=None, parent=self)
        self._read(item_id)

    def next_item(self) -> None:
        if self._view is not None and self._view.item is not None and self._view.item.next_id is not None:
            self.go_to_item(self._view.item.next_id)

    def previous_item(self) -> None:
        if self._view is not None and self._view.item is not None and self._view.item.previous_id is not None:
            self.go_to_item(self._view.item.previous_id)

    def _on_agenda_row(self, current: Any, _previous: Any) -> None:
        if self._loading or not current.isValid():
            return
        item_id = current.data(IdRole)
        if item_id is not None:
            # Later: a row change from the keyboard must not refill the table under the view's feet.
            QTimer.singleShot(0, lambda: self.go_to_item(int(item_id)))

    def _focus_notes(self) -> None:
        self.notes.setFocus()

    # --- conclusions -----------------------------------------------------------------------------------
    def conclude_as(self, kind: ConclusionKind) -> bool:
        """Record how the current item ended. Without quorum, a decision is concluded and marked,
        and the screen says so."""
        item_id = self.current_item_id()
        if item_id is None or self._view is None or not self._view.editable:
            return False
        outcome = None
        if kind == ConclusionKind.NO_CONSENSUS:
            outcome = NoConsensusOutcome.TO_PARTIES if self.outcome_parties.isChecked() else NoConsensusOutcome.RETURNED
        self.flush_all()
        go_on, text = self._decision_after(item_id, kind)
        if not go_on:
            return False
        if not self._write(lambda s: live.conclude(s, item_id, kind, decision_text=text,
                                                   no_consensus_outcome=outcome)):
            return False
        detail = self._view.item if self._view is not None else None
        window = self.window()
        if detail is not None and detail.conclusion is not None and detail.conclusion.without_quorum:
            message = self.tr("Item {number} concluded without quorum; this is marked on the item.").format(
                number=detail.number or detail.title)
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(message, 8000)
        if kind == ConclusionKind.CONSENSUS_WITH_PROTOCOL and detail is not None and detail.conclusion is not None \
                and not detail.conclusion.protocol_entries:
            self.add_protocol_entry()
        elif kind == ConclusionKind.VOTE:
            self.votes.setFocus()
        return True

    def _decision_after(self, item_id: int, kind: ConclusionKind) -> tuple[bool, str | None]:
        """Whether to go on, and the decision text concluding as `kind` writes: None lets the
        service fill an empty field (or keep text that needs nothing); (False, None) when the
        secretary cancelled. The standard text never glues onto text already there: it replaces an empty
        field; over other text the secretary chooses to replace it or to add it on a new line."""
        current = self.decision.toPlainText().strip() if self.decision.key() == item_id else ""
        if not current:
            return True, None
        fill = self._ops.read(lambda s: live.decision_fill(s, item_id, kind), parent=self)
        if not fill or fill.strip() == current:
            return True, None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Decision"),
                          self.tr("The decision already has text. Replace it with this text, or add "
                                  "this text on a new line?"), parent=self)
        box.setInformativeText(fill)
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
        add = box.addButton(self.tr("&Add on a New Line"), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        self.fill_question = box  # for tests: the question being asked
        try:
            box.exec()
        finally:
            self.fill_question = None
        clicked = box.clickedButton()
        if clicked is replace:
            return True, fill
        if clicked is add:
            return True, f"{current}\n{fill}"
        return False, None

    def clear_conclusion(self) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self._write(lambda s: live.clear_conclusion(s, item_id))

    def _on_outcome(self, outcome: NoConsensusOutcome) -> None:
        item_id = self.current_item_id()
        if item_id is not None and not self._loading:
            self._write(lambda s: live.set_no_consensus_outcome(s, item_id, outcome))

    def _on_voted_proposal(self) -> None:
        item_id = self.current_item_id()
        proposal_id = self.voted_proposal.value()
        if item_id is not None and not self._loading:
            self._write(lambda s: live.set_voted_proposal(s, item_id, proposal_id))

    def set_vote(self, choice: VoteChoice) -> bool:
        """The selected voter's vote; the selection moves on to the next voter."""
        item_id = self.current_item_id()
        index = self.votes.currentIndex()
        if item_id is None or not index.isValid():
            return False
        row = index.row()
        person_id = index.data(IdRole)
        if not self._write(lambda s: live.set_vote(s, item_id, person_id, choice)):
            return False
        following = min(row + 1, self.votes_model.rowCount() - 1)
        if following >= 0:
            self.votes.setCurrentIndex(self.votes_model.index(following, VotesModel.COL_CHOICE))
        return True

    def set_all_votes(self, choice: VoteChoice) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self._write(lambda s: live.set_all_votes(s, item_id, choice))

    # --- proposals, protocol entries, follow-ups ------------------------------------------------------------
    def _proposers(self) -> list[Attendee]:
        return [a for a in (self._view.attendees if self._view else ()) if a.rights.may_propose]

    def add_proposal(self) -> ProposalDialog | None:
        if self.current_item_id() is None or self._view is None or self._view.item is None:
            return None
        self.flush_all()
        dialog = ProposalDialog(self._ops, self._view.item.id, self._proposers(), list(self._view.item.proposals), self)
        open_dialog(dialog)
        return dialog

    def selected_proposal(self) -> ProposalRow | None:
        index = self.proposals.currentIndex()
        return self.proposals_model.row_at(index.row()) if index.isValid() else None

    def edit_proposal(self) -> ProposalDialog | None:
        proposal = self.selected_proposal()
        if proposal is None or self._view is None or self._view.item is None or not self._view.editable:
            return None
        self.flush_all()
        dialog = ProposalDialog(self._ops, self._view.item.id, self._proposers(), list(self._view.item.proposals),
                                self, proposal=proposal)
        open_dialog(dialog)
        return dialog

    def remove_proposal(self) -> None:
        proposal = self.selected_proposal()
        if proposal is not None:
            self._write(lambda s: live.remove_proposal(s, proposal.id))

    def add_protocol_entry(self) -> ProtocolEntryDialog | None:
        view = self._view
        if view is None or view.item is None or not view.editable:
            return None
        self.flush_all()
        people = [a for a in view.attendees if a.rights.present and a.capacity != Capacity.SECRETARIAT]
        dialog = ProtocolEntryDialog(self._ops, view.item.id, people, self)
        open_dialog(dialog)
        return dialog

    def remove_protocol_entry(self) -> None:
        index = self.protocol.currentIndex()
        if index.isValid():
            entry_id = index.data(IdRole)
            self._write(lambda s: live.remove_protocol_entry(s, entry_id))

    def add_follow_up(self) -> FollowUpDialog | None:
        if self._view is None or self._view.item is None or not self._view.editable:
            return None
        self.flush_all()
        mid = self._view.meeting_id
        people = self._ops.read(lambda s: people_for_follow_up(s, mid), parent=self, default=[]) or []
        dialog = FollowUpDialog(self._ops, self._view.item.id, people, self)
        open_dialog(dialog)
        return dialog

    def remove_follow_up(self) -> None:
        index = self.follow_ups.currentIndex()
        if index.isValid():
            follow_up_id = index.data(IdRole)
            self._write(lambda s: live.remove_follow_up(s, follow_up_id), changed=Change.FOLLOW_UPS)

    # --- attendance --------------------------------------------------------------------------------------------
    def selected_attendee(self) -> Attendee | None:
        index = self.attendance.currentIndex()
        return self.attendance_model.row_at(index.row()) if index.isValid() else None

    def select_person(self, person_id: int) -> bool:
        """Select someone in the attendance list (by person id)."""
        for row, attendee in enumerate(self.attendance_model.rows()):
            if attendee.person_id == person_id:
                self.attendance.setCurrentIndex(self.attendance_model.index(row, AttendanceModel.COL_NAME))
                return True
        return False

    def _attendance_write(self, fn: Callable[[Session], Any]) -> bool:
        person = self.selected_attendee()
        ok = self._write(fn)
        if ok and person is not None:
            self.select_person(person.person_id)
        return ok

    def mark(self, status: AttendanceStatus) -> bool:
        person = self.selected_attendee()
        if person is None:
            return False
        ok = self._attendance_write(lambda s: live.set_presence(s, person.attendance_id, status=status))
        if ok:
            self._move_down_after_mark()
        return ok

    def _move_down_after_mark(self) -> None:
        """Registering attendance one person after another: the selection moves on."""
        index = self.attendance.currentIndex()
        if index.isValid() and index.row() + 1 < self.attendance_model.rowCount():
            self.attendance.setCurrentIndex(self.attendance_model.index(index.row() + 1, index.column()))

    def arrived_here(self) -> bool:
        person, item_id = self.selected_attendee(), self.current_item_id()
        if person is None or item_id is None:
            return False
        return self._attendance_write(lambda s: live.set_presence(s, person.attendance_id, from_item_id=item_id))

    def left_before_here(self) -> bool:
        person, view = self.selected_attendee(), self._view
        if person is None or view is None or view.item is None:
            return False
        previous = view.item.previous_id
        if previous is None:
            return self._attendance_write(
                lambda s: live.set_presence(s, person.attendance_id, status=AttendanceStatus.ABSENT))
        return self._attendance_write(lambda s: live.set_presence(s, person.attendance_id, until_item_id=previous))

    def whole_meeting(self) -> bool:
        person = self.selected_attendee()
        if person is None:
            return False
        return self._attendance_write(lambda s: live.set_presence(
            s, person.attendance_id, status=AttendanceStatus.PRESENT, from_item_id=None, until_item_id=None))

    def deputy_steps_in(self) -> DeputyDialog | None:
        person = self.selected_attendee()
        if person is None or self._view is None or person.membership_id is None:
            return None
        if person.capacity != Capacity.MEMBER:
            return None
        mid, membership_id = self._view.meeting_id, person.membership_id
        candidates = self._ops.read(lambda s: deputy_candidates(s, mid, membership_id), parent=self, default=[]) or []
        dialog = DeputyDialog(self._ops, mid, person, candidates, self.current_item_id(),
                              self._view.item.number if self._view.item else "", self)
        open_dialog(dialog)
        return dialog

    def add_guest(self) -> GuestDialog | None:
        if self._view is None or not self._view.editable:
            return None
        people = self._ops.read(lambda s: queries.search_people(s), parent=self, default=[]) or []
        items = [(i.id, f"{i.number} {i.title}".strip()) for i in self._view.items]
        dialog = GuestDialog(self._ops, self._view.meeting_id, people, items, self.current_item_id(), self)
        open_dialog(dialog)
        return dialog

    def remove_person(self) -> None:
        person = self.selected_attendee()
        if person is not None:
            self._write(lambda s: live.remove_attendance(s, person.attendance_id))

    def disqualify(self) -> DisqualificationDialog | None:
        view = self._view
        if view is None or view.item is None or not view.editable:
            return None
        candidates = [a for a in view.attendees if a.capacity in (Capacity.MEMBER, Capacity.DEPUTY, Capacity.OBSERVER)]
        selected = self.selected_attendee()
        dialog = DisqualificationDialog(self._ops, view.item.id, candidates,
                                        selected.person_id if selected is not None else None, self)
        open_dialog(dialog)
        return dialog

    def remove_disqualification(self) -> None:
        index = self.disqualified.currentIndex()
        if index.isValid():
            dq_id = index.data(IdRole)
            self._write(lambda s: live.remove_disqualification(s, dq_id))

    # --- the meeting -----------------------------------------------------------------------------------------------
    def add_other_business_case(self) -> OtherBusinessDialog | None:
        if self._view is None or not self._view.editable:
            return None
        self.flush_all()
        dialog = OtherBusinessDialog(self._ops, self._view.meeting_id, self)
        dialog.saved.connect(lambda item_id: self.go_to_item(item_id))
        open_dialog(dialog)
        return dialog

    def mark_held(self) -> bool:
        view = self._view
        if view is None or not view.editable:
            return False
        open_items = [i for i in view.items if i.conclusion is None]
        question = self.tr("Mark the meeting as held?")
        if open_items:
            question += "\n\n" + self.tr("%n item(s) have no conclusion yet.", "", len(open_items))
        answer = QMessageBox.question(
            self, self.tr("Mark as Held"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        mid = view.meeting_id
        return self._write(lambda s: live.mark_held(s, mid))


# --- the forms -----------------------------------------------------------------------------------------------------
