"""The meeting screen's tables: the agenda with each item's state and quorum, the attendance
list with rights at the selected item, and the selected item's proposals, votes, protocol
entries, disqualifications and follow-ups. Fed with the dataclasses of services/meeting_view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from ... import dates
from ...models import (
    AttendanceStatus,
    Capacity,
    ConclusionKind,
    DisqualificationGround,
    NoConsensusOutcome,
    ProposalFate,
    VoteChoice,
)
from ...services.meeting_view import (
    Attendee,
    DisqualificationRow,
    FollowUpLine,
    ItemState,
    ProposalRow,
    ProtocolRow,
    RoundRow,
    VoteRow,
)
from .. import labels
from .base import ALIGN_CENTER, DONE_COLOUR, OVERDUE_COLOUR, RowTableModel, bold_font, muted_colour
from .base import WARNING_COLOUR as BASE_WARNING_COLOUR

CONTEXT = "LiveLabels"

CAPACITIES: dict[Capacity, str] = {
    Capacity.MEMBER: QT_TRANSLATE_NOOP("LiveLabels", "Member"),
    Capacity.DEPUTY: QT_TRANSLATE_NOOP("LiveLabels", "Deputy"),
    Capacity.OBSERVER: QT_TRANSLATE_NOOP("LiveLabels", "Observer"),
    Capacity.GUEST: QT_TRANSLATE_NOOP("LiveLabels", "Guest"),
    Capacity.SECRETARIAT: QT_TRANSLATE_NOOP("LiveLabels", "Secretariat"),
}

GROUNDS: dict[DisqualificationGround, str] = {
    DisqualificationGround.FVL6_FIRST: QT_TRANSLATE_NOOP("LiveLabels", "Public Administration Act § 6 first paragraph"),
    DisqualificationGround.FVL6_SECOND: QT_TRANSLATE_NOOP(
        "LiveLabels", "Public Administration Act § 6 second paragraph"
    ),
    DisqualificationGround.OTHER: QT_TRANSLATE_NOOP("LiveLabels", "Other ground"),
}

CHOICES: dict[VoteChoice, str] = {
    VoteChoice.FOR: QT_TRANSLATE_NOOP("LiveLabels", "For"),
    VoteChoice.AGAINST: QT_TRANSLATE_NOOP("LiveLabels", "Against"),
    VoteChoice.ABSTAIN: QT_TRANSLATE_NOOP("LiveLabels", "Abstains"),
}

OUTCOMES: dict[NoConsensusOutcome, str] = {
    NoConsensusOutcome.RETURNED: QT_TRANSLATE_NOOP("LiveLabels", "Returned for more work"),
    NoConsensusOutcome.TO_PARTIES: QT_TRANSLATE_NOOP("LiveLabels", "Sent to the parties"),
}

PRESENT_COLOUR = DONE_COLOUR  # the same green, adapted to the palette in base.adapt_colours
WARNING_COLOUR = BASE_WARNING_COLOUR


def _tr(table: dict, value: object) -> str:
    text = table.get(value) if value is not None else None
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def capacity_label(value: Capacity | None) -> str:
    return _tr(CAPACITIES, value)


def ground_label(value: DisqualificationGround | None) -> str:
    return _tr(GROUNDS, value)


def choice_label(value: VoteChoice | None) -> str:
    return _tr(CHOICES, value)


def outcome_label(value: NoConsensusOutcome | None) -> str:
    return _tr(OUTCOMES, value)


class LiveAgendaModel(RowTableModel):
    """The agenda in meeting mode: number, title, and where the item stands: how it ended, or,
    while it is open, its quorum now (voting participants present / required)."""

    COL_NUMBER = 0
    COL_TITLE = 1
    COL_STATE = 2

    FLAG = "\u2691"  # a decision on a case raised under Eventuelt
    WARNING = "\u26a0"  # concluded without quorum

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._current: int | None = None

    def set_current(self, item_id: int | None) -> None:
        """Mark the item being treated (bold) without resetting the model."""
        if item_id == self._current:
            return
        rows = [r for r in (self.row_of_id(self._current) if self._current is not None else -1,
                            self.row_of_id(item_id) if item_id is not None else -1) if r >= 0]
        self._current = item_id
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def current(self) -> int | None:
        return self._current

    def headers(self) -> list[str]:
        return [self.tr("Item"), self.tr("Title"), self.tr("State")]

    def conclusion(self, row: ItemState) -> str:
        """How the item ended, short enough for a narrow column."""
        if row.conclusion is None:
            return ""
        if row.conclusion == ConclusionKind.CONSENSUS_WITH_PROTOCOL:
            text = self.tr("Consensus + entry")
        elif row.conclusion == ConclusionKind.VOTE:
            if row.adopted is None:  # nobody has voted yet: no result
                text = self.tr("Vote (no votes yet)")
            else:
                text = self.tr("Adopted (vote)") if row.adopted else self.tr("Rejected (vote)")
        else:
            text = labels.conclusion(row.conclusion)
        return f"{self.WARNING} {text}" if row.without_quorum else text

    def quorum(self, row: ItemState) -> str:
        if row.quorum.required == 0:
            return str(row.quorum.present)
        return f"{row.quorum.present}/{row.quorum.required}"

    def display(self, row: ItemState, column: int) -> str:
        if column == self.COL_NUMBER:
            return row.number
        if column == self.COL_TITLE:
            return f"{self.FLAG} {row.title}" if row.not_on_agenda else row.title
        if column == self.COL_STATE:
            return self.conclusion(row) if row.conclusion is not None else self.quorum(row)
        return ""

    def sort_value(self, row: ItemState, column: int) -> Any:
        return row.position if column == self.COL_NUMBER else self.display(row, column)

    def tooltip(self, row: ItemState, column: int) -> str | None:
        lines = [f"{row.number} {row.title}".strip(), labels.case_type(row.case_type)]
        if row.not_on_agenda:
            lines.append(self.tr("Raised under any other business; not on the agenda."))
        if row.conclusion is not None:
            lines.append(labels.conclusion(row.conclusion))
            if row.adopted is not None:
                lines.append(self.tr("Adopted") if row.adopted else self.tr("Rejected"))
        if row.without_quorum:
            lines.append(self.tr("Concluded without quorum."))
        if row.flagged:
            lines.append(self.tr("A decision on a case that was not on the agenda."))
        q = row.quorum
        if q.required:
            lines.append(
                self.tr("Quorum: {present} voting present, {required} required ({seats} seats)").format(
                    present=q.present, required=q.required, seats=q.seats
                )
            )
        else:
            lines.append(self.tr("{present} voting present; the body has no quorum rule").format(present=q.present))
        return "\n".join(lines)

    def foreground(self, row: ItemState, column: int) -> QColor | None:
        if column == self.COL_TITLE and row.flagged:
            return OVERDUE_COLOUR
        if column != self.COL_STATE:
            return None
        if row.conclusion is None:
            return PRESENT_COLOUR if row.quorum.met else OVERDUE_COLOUR
        if row.without_quorum or row.flagged:
            return OVERDUE_COLOUR
        return DONE_COLOUR

    def font(self, row: ItemState, column: int) -> QFont | None:
        return bold_font() if row.id == self._current else None


class AttendanceModel(RowTableModel):
    """Everyone on the attendance list: who, in what capacity, present or not, and their rights
    at the selected item."""

    COL_NAME = 0
    COL_ROLE = 1
    COL_STATUS = 2
    COL_RIGHTS = 3

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Role"), self.tr("Attendance"), self.tr("Rights")]

    def row_id(self, row: Attendee) -> int:
        return row.attendance_id

    def role(self, row: Attendee) -> str:
        if row.capacity == Capacity.DEPUTY and row.deputy_for_name:
            return self.tr("Deputy for {name}").format(name=row.deputy_for_name)
        if row.capacity == Capacity.MEMBER and row.role is not None:
            return labels.role(row.role)
        if row.capacity == Capacity.GUEST and row.guest_numbers:
            return self.tr("Guest, item {items}").format(items=", ".join(row.guest_numbers))
        return capacity_label(row.capacity)

    def status(self, row: Attendee) -> str:
        """Present, forfall, absent, expected; for someone late or leaving early the items they were
        there for, short: "From 4/26", "Until 7/26", "4/26–7/26"."""
        if row.status != AttendanceStatus.PRESENT:
            return labels.attendance(row.status)
        if row.from_number and row.until_number:
            return f"{row.from_number}–{row.until_number}"
        if row.from_number:
            return self.tr("From {item}").format(item=row.from_number)
        if row.until_number:
            return self.tr("Until {item}").format(item=row.until_number)
        return labels.attendance(row.status)

    def status_in_full(self, row: Attendee) -> str:
        text = labels.attendance(row.status)
        if row.replaced_by_name:
            return self.tr("{status}, {name} stands in").format(status=text, name=row.replaced_by_name)
        if row.from_number and row.until_number:
            return self.tr("Present from item {first} until item {last}").format(
                first=row.from_number, last=row.until_number)
        if row.from_number:
            return self.tr("Arrived for item {item}").format(item=row.from_number)
        if row.until_number:
            return self.tr("Left after item {item}").format(item=row.until_number)
        return text

    def rights(self, row: Attendee) -> str:
        r = row.rights
        if r.disqualified:
            return self.tr("Disqualified")
        if not r.present:
            return ""
        if r.may_vote:
            return self.tr("Votes")
        if r.may_propose:
            return self.tr("Speaks, proposes")
        if r.may_speak:
            return self.tr("Speaks")
        return self.tr("No rights")

    def display(self, row: Attendee, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_ROLE:
            return self.role(row)
        if column == self.COL_STATUS:
            return self.status(row)
        if column == self.COL_RIGHTS:
            return self.rights(row)
        return ""

    def sort_value(self, row: Attendee, column: int) -> Any:
        if column == self.COL_NAME:
            return row.sort_name
        return self.display(row, column)

    def tooltip(self, row: Attendee, column: int) -> str | None:
        lines = [row.name]
        if row.organisation:
            lines.append(row.organisation)
        lines.append(self.role(row))
        lines.append(self.status_in_full(row))
        rights = self.rights(row)
        if rights:
            lines.append(rights)
        if row.note:
            lines.append(row.note)
        return "\n".join(lines)

    def foreground(self, row: Attendee, column: int) -> QColor | None:
        if row.rights.disqualified and column in (self.COL_NAME, self.COL_RIGHTS):
            return OVERDUE_COLOUR
        if column == self.COL_STATUS:
            if row.status == AttendanceStatus.PRESENT:
                return PRESENT_COLOUR
            if row.status == AttendanceStatus.ABSENT:
                return OVERDUE_COLOUR
            if row.status == AttendanceStatus.REPORTED_ABSENT:
                return WARNING_COLOUR
            return muted_colour()
        if row.status != AttendanceStatus.PRESENT or not row.rights.present:
            return muted_colour()
        return None

    def font(self, row: Attendee, column: int) -> QFont | None:
        if column == self.COL_RIGHTS and row.rights.may_vote:
            return bold_font()
        return None


class ProposalsModel(RowTableModel):
    COL_NUMBER = 0
    COL_TEXT = 1
    COL_BY = 2
    COL_FATE = 3

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Proposal"), self.tr("Put forward by"), self.tr("Outcome")]

    def by(self, row: ProposalRow) -> str:
        if row.from_agenda:
            return self.tr("The agenda")
        if row.by_capacity == Capacity.OBSERVER:
            return self.tr("{name} (observer)").format(name=row.by_name)
        return row.by_name

    def display(self, row: ProposalRow, column: int) -> str:
        if column == self.COL_NUMBER:
            return str(row.position + 1)
        if column == self.COL_TEXT:
            text = " ".join(row.text.split())
            if row.amends_position is not None:
                return self.tr("Amends {number}: {text}").format(number=row.amends_position + 1, text=text)
            return text
        if column == self.COL_BY:
            return self.by(row)
        if column == self.COL_FATE:
            return labels.proposal_fate(row.fate)
        return ""

    def sort_value(self, row: ProposalRow, column: int) -> Any:
        return row.position if column == self.COL_NUMBER else self.display(row, column)

    def tooltip(self, row: ProposalRow, column: int) -> str | None:
        fate = labels.proposal_fate(row.fate)
        return f"{row.text}\n— {self.by(row)}" + (f"\n{fate}" if fate else "")

    def foreground(self, row: ProposalRow, column: int) -> QColor | None:
        if row.fate == ProposalFate.WITHDRAWN:
            return muted_colour()
        if column != self.COL_FATE:
            return None
        return PRESENT_COLOUR if row.fate == ProposalFate.ADOPTED else OVERDUE_COLOUR

    def font(self, row: ProposalRow, column: int) -> QFont | None:
        if row.fate == ProposalFate.WITHDRAWN and column == self.COL_TEXT:
            struck = QFont()
            struck.setStrikeOut(True)
            return struck
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_CENTER if column == self.COL_NUMBER else super().alignment(column)


class RoundsModel(RowTableModel):
    """The rounds of a vote (avrøysting): each round's proposal and result; the last is the
    round being voted in."""

    COL_NUMBER = 0
    COL_PROPOSAL = 1
    COL_RESULT = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._proposals: dict[int, ProposalRow] = {}

    def set_proposals(self, proposals: list[ProposalRow]) -> None:
        self._proposals = {p.id: p for p in proposals}

    def headers(self) -> list[str]:
        return [self.tr("Round"), self.tr("Proposal"), self.tr("Result")]

    def row_id(self, row: RoundRow) -> int:
        return row.position

    def proposal(self, row: RoundRow) -> str:
        p = self._proposals.get(row.proposal_id) if row.proposal_id is not None else None
        if p is None:
            return self.tr("(not stated)")
        text = " ".join(p.text.split())
        return self.tr("{number}: {text}").format(number=p.position + 1, text=text)

    def result(self, row: RoundRow) -> str:
        if row.adopted is None:
            return self.tr("Not voted yet")
        word = self.tr("Adopted") if row.adopted else self.tr("Fell")
        return f"{word} {row.tally.get(VoteChoice.FOR, 0)}–{row.tally.get(VoteChoice.AGAINST, 0)}"

    def display(self, row: RoundRow, column: int) -> str:
        if column == self.COL_NUMBER:
            return str(row.position)
        if column == self.COL_PROPOSAL:
            return self.proposal(row)
        if column == self.COL_RESULT:
            return self.result(row)
        return ""

    def tooltip(self, row: RoundRow, column: int) -> str | None:
        return f"{self.proposal(row)}\n{self.result(row)}"

    def foreground(self, row: RoundRow, column: int) -> QColor | None:
        if column != self.COL_RESULT:
            return None
        if row.adopted is None:
            return BASE_WARNING_COLOUR
        return PRESENT_COLOUR if row.adopted else OVERDUE_COLOUR

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_CENTER if column == self.COL_NUMBER else super().alignment(column)


class VotesModel(RowTableModel):
    """The voting participants present at the item and how each voted."""

    COL_NAME = 0
    COL_CHOICE = 1

    def headers(self) -> list[str]:
        return [self.tr("Voter"), self.tr("Vote")]

    def row_id(self, row: VoteRow) -> int:
        return row.person_id

    def display(self, row: VoteRow, column: int) -> str:
        if column == self.COL_NAME:
            if row.deputy_for_name:
                return self.tr("{name} (for {member})").format(name=row.name, member=row.deputy_for_name)
            return row.name
        if column == self.COL_CHOICE:
            return choice_label(row.choice) if row.choice is not None else self.tr("Not recorded")
        return ""

    def foreground(self, row: VoteRow, column: int) -> QColor | None:
        if column != self.COL_CHOICE:
            return None
        if row.choice is None:
            return OVERDUE_COLOUR
        if row.choice == VoteChoice.AGAINST:
            return OVERDUE_COLOUR
        if row.choice == VoteChoice.ABSTAIN:
            return muted_colour()
        return PRESENT_COLOUR

    def font(self, row: VoteRow, column: int) -> QFont | None:
        return bold_font() if column == self.COL_CHOICE and row.choice == VoteChoice.AGAINST else None


class ProtocolEntriesModel(RowTableModel):
    COL_TEXT = 0
    COL_BEHIND = 1

    def headers(self) -> list[str]:
        return [self.tr("Protocol entry"), self.tr("Behind it")]

    def display(self, row: ProtocolRow, column: int) -> str:
        if column == self.COL_TEXT:
            return " ".join(row.text.split())
        if column == self.COL_BEHIND:
            return row.behind
        return ""

    def tooltip(self, row: ProtocolRow, column: int) -> str | None:
        return f"{row.text}\n— {row.behind}"


class DisqualificationsModel(RowTableModel):
    COL_NAME = 0
    COL_GROUND = 1
    COL_DECIDED = 2

    def headers(self) -> list[str]:
        return [self.tr("Disqualified"), self.tr("Ground"), self.tr("Decided by")]

    def ground(self, row: DisqualificationRow) -> str:
        if row.ground == DisqualificationGround.OTHER:
            return row.ground_text
        label = ground_label(row.ground)
        return f"{label}: {row.ground_text}" if row.ground_text else label

    def display(self, row: DisqualificationRow, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_GROUND:
            return self.ground(row)
        if column == self.COL_DECIDED:
            return self.tr("The body") if row.decided_by_body else self.tr("Not decided")
        return ""

    def tooltip(self, row: DisqualificationRow, column: int) -> str | None:
        return "\n".join([row.name, self.ground(row), self.display(row, self.COL_DECIDED)])

    def foreground(self, row: DisqualificationRow, column: int) -> QColor | None:
        return OVERDUE_COLOUR if column == self.COL_DECIDED and not row.decided_by_body else None


class ItemFollowUpsModel(RowTableModel):
    COL_WHAT = 0
    COL_RESPONSIBLE = 1
    COL_DUE = 2

    def headers(self) -> list[str]:
        return [self.tr("Follow-up"), self.tr("Responsible"), self.tr("Due")]

    def display(self, row: FollowUpLine, column: int) -> str:
        if column == self.COL_WHAT:
            return " ".join(row.what.split())
        if column == self.COL_RESPONSIBLE:
            return row.responsible
        if column == self.COL_DUE:
            return dates.short_date(row.due_on)
        return ""

    def sort_value(self, row: FollowUpLine, column: int) -> Any:
        return row.due_on if column == self.COL_DUE else self.display(row, column)

    def foreground(self, row: FollowUpLine, column: int) -> QColor | None:
        return OVERDUE_COLOUR if column == self.COL_DUE and row.overdue else None
