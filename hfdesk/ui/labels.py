"""What the user sees for each stored enumeration value.

The English texts are marked with QT_TRANSLATE_NOOP so `pyside6-lupdate` extracts
them into the "Labels" context; they are translated when they are shown, so a
change of language needs no restart of the lists that hold them.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..models import (
    AttendanceStatus,
    CaseType,
    ConclusionKind,
    FollowUpStatus,
    Language,
    MajorityRule,
    MeetingStatus,
    MinutesKind,
    PriorityGroup,
    ProposalFate,
    QuorumRule,
    Rights,
    Role,
    Side,
)

CONTEXT = "Labels"

ROLES: dict[Role, str] = {
    Role.LEADER: QT_TRANSLATE_NOOP("Labels", "Leader"),
    Role.DEPUTY_LEADER: QT_TRANSLATE_NOOP("Labels", "Deputy leader"),
    Role.MEMBER: QT_TRANSLATE_NOOP("Labels", "Member"),
    Role.DEPUTY: QT_TRANSLATE_NOOP("Labels", "Deputy member"),
    Role.OBSERVER: QT_TRANSLATE_NOOP("Labels", "Observer"),
    Role.SECRETARY: QT_TRANSLATE_NOOP("Labels", "Secretary"),
}

RIGHTS: dict[Rights, str] = {
    Rights.VOTE: QT_TRANSLATE_NOOP("Labels", "Right to vote"),
    Rights.SPEAK_PROPOSE: QT_TRANSLATE_NOOP("Labels", "Right to speak and propose"),
    Rights.SPEAK: QT_TRANSLATE_NOOP("Labels", "Right to speak"),
    Rights.NONE: QT_TRANSLATE_NOOP("Labels", "No rights"),
}

SIDES: dict[Side, str] = {
    Side.MUNICIPAL: QT_TRANSLATE_NOOP("Labels", "Municipality"),
    Side.HOSPITAL: QT_TRANSLATE_NOOP("Labels", "Hospital"),
    # A side is a party of the partnership (also in the members' and rules' side columns),
    # so the users' side is "the users", not one user representative.
    Side.USER: QT_TRANSLATE_NOOP("Labels", "Users"),
    Side.GP: QT_TRANSLATE_NOOP("Labels", "GP"),
    Side.KS: QT_TRANSLATE_NOOP("Labels", "KS"),
    Side.UNION: QT_TRANSLATE_NOOP("Labels", "Union"),
    Side.SECRETARIAT: QT_TRANSLATE_NOOP("Labels", "Secretariat"),
    Side.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

MEETING_STATUSES: dict[MeetingStatus, str] = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    MeetingStatus.NOTICE_SENT: QT_TRANSLATE_NOOP("Labels", "Notice sent"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("Labels", "Held"),
    MeetingStatus.MINUTES_APPROVED: QT_TRANSLATE_NOOP("Labels", "Minutes approved"),
    MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

CASE_TYPES: dict[CaseType, str] = {
    CaseType.DECISION: QT_TRANSLATE_NOOP("Labels", "Decision"),
    CaseType.DISCUSSION: QT_TRANSLATE_NOOP("Labels", "Discussion"),
    CaseType.INFORMATION: QT_TRANSLATE_NOOP("Labels", "Information"),
}

CONCLUSIONS: dict[ConclusionKind, str] = {
    ConclusionKind.CONSENSUS: QT_TRANSLATE_NOOP("Labels", "Consensus"),
    ConclusionKind.CONSENSUS_WITH_PROTOCOL: QT_TRANSLATE_NOOP("Labels", "Consensus with protocol entry"),
    ConclusionKind.VOTE: QT_TRANSLATE_NOOP("Labels", "Vote"),
    ConclusionKind.NO_CONSENSUS: QT_TRANSLATE_NOOP("Labels", "No consensus"),
    ConclusionKind.DEFERRED: QT_TRANSLATE_NOOP("Labels", "Deferred"),
    ConclusionKind.NOTED: QT_TRANSLATE_NOOP("Labels", "Noted"),
    ConclusionKind.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}

#: What became of a proposal (vedteke, fall, trekt); a pending one shows nothing.
PROPOSAL_FATES: dict[ProposalFate, str] = {
    ProposalFate.ADOPTED: QT_TRANSLATE_NOOP("Labels", "Adopted"),
    ProposalFate.FELL: QT_TRANSLATE_NOOP("Labels", "Fell"),
    ProposalFate.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}

ATTENDANCE: dict[AttendanceStatus, str] = {
    AttendanceStatus.EXPECTED: QT_TRANSLATE_NOOP("Labels", "Expected"),
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("Labels", "Present"),
    AttendanceStatus.REPORTED_ABSENT: QT_TRANSLATE_NOOP("Labels", "Reported absence"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("Labels", "Absent"),
}

LANGUAGES: dict[Language, str] = {
    Language.BOKMAAL: QT_TRANSLATE_NOOP("Labels", "Bokmål"),
    Language.NYNORSK: QT_TRANSLATE_NOOP("Labels", "Nynorsk"),
}

QUORUM_RULES: dict[QuorumRule, str] = {
    QuorumRule.HALF: QT_TRANSLATE_NOOP("Labels", "At least half of the members"),
    QuorumRule.MAJORITY: QT_TRANSLATE_NOOP("Labels", "More than half of the members"),
    QuorumRule.FIXED: QT_TRANSLATE_NOOP("Labels", "A fixed number of members"),
    QuorumRule.NONE: QT_TRANSLATE_NOOP("Labels", "No quorum rule (advisory)"),
}

MAJORITY_RULES: dict[MajorityRule, str] = {
    MajorityRule.SIMPLE: QT_TRANSLATE_NOOP("Labels", "Simple majority"),
    MajorityRule.TWO_THIRDS: QT_TRANSLATE_NOOP("Labels", "Two thirds of the votes cast"),
}

MINUTES_KINDS: dict[MinutesKind, str] = {
    MinutesKind.REFERAT: QT_TRANSLATE_NOOP("Labels", "Referat (summary)"),
    MinutesKind.PROTOKOLL: QT_TRANSLATE_NOOP("Labels", "Protokoll (formal record)"),
}

PRIORITY_GROUPS: dict[PriorityGroup, str] = {
    PriorityGroup.CHILDREN_YOUTH: QT_TRANSLATE_NOOP("Labels", "Children and young people"),
    PriorityGroup.MENTAL_HEALTH_SUBSTANCE: QT_TRANSLATE_NOOP(
        "Labels", "People with severe mental illness and substance abuse"
    ),
    PriorityGroup.FRAIL_ELDERLY: QT_TRANSLATE_NOOP("Labels", "Frail elderly"),
    PriorityGroup.MULTIPLE_CHRONIC: QT_TRANSLATE_NOOP("Labels", "People with several chronic conditions"),
}


class FollowUpState(str, Enum):
    """What the follow-up list shows: an open follow-up past its due date is overdue."""

    OPEN = "open"
    OVERDUE = "overdue"
    DONE = "done"


FOLLOW_UP_STATES: dict[FollowUpState, str] = {
    FollowUpState.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    FollowUpState.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
    FollowUpState.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
}


def follow_up_state(status: FollowUpStatus, overdue: bool) -> FollowUpState:
    if status == FollowUpStatus.DONE:
        return FollowUpState.DONE
    return FollowUpState.OVERDUE if overdue else FollowUpState.OPEN


# Qt's own texts that hfdesk shows (standard dialog buttons, the line-edit context
# menu, the file dialog hfdesk opens where the platform has no native one, as on Linux).
# Qt ships no bokmål catalogue, and its nynorsk one misses the file dialog's labels, so
# hfdesk carries these few itself (its catalogue is asked before Qt's).
QT_STRINGS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Recent Places"),
    QT_TRANSLATE_NOOP("QFileDialog", "My Computer"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
)


def _label(table: dict, value: object) -> str:
    if value is None:
        return ""
    text = table.get(value)
    return QCoreApplication.translate(CONTEXT, text) if text else str(value)


def role(value: Role | None) -> str:
    return _label(ROLES, value)


def rights(value: Rights | None) -> str:
    return _label(RIGHTS, value)


def side(value: Side | None) -> str:
    return _label(SIDES, value)


def meeting_status(value: MeetingStatus | None) -> str:
    return _label(MEETING_STATUSES, value)


def case_type(value: CaseType | None) -> str:
    return _label(CASE_TYPES, value)


def conclusion(value: ConclusionKind | None) -> str:
    return _label(CONCLUSIONS, value)


def proposal_fate(value: ProposalFate | None) -> str:
    return _label(PROPOSAL_FATES, value) if value != ProposalFate.PENDING else ""


def attendance(value: AttendanceStatus | None) -> str:
    return _label(ATTENDANCE, value)


def language(value: Language | None) -> str:
    return _label(LANGUAGES, value)


def quorum_rule(value: QuorumRule | None) -> str:
    return _label(QUORUM_RULES, value)


def majority_rule(value: MajorityRule | None) -> str:
    return _label(MAJORITY_RULES, value)


def minutes_kind(value: MinutesKind | None) -> str:
    return _label(MINUTES_KINDS, value)


def priority_group(value: PriorityGroup | int | None) -> str:
    return _label(PRIORITY_GROUPS, PriorityGroup(value) if value is not None else None)


def follow_up(value: FollowUpState | None) -> str:
    return _label(FOLLOW_UP_STATES, value)


# Every enumeration shown to the user, with the function that labels it.
LABELLED_ENUMS: tuple[tuple[type[Enum], Callable[[Any], str]], ...] = (
    (Role, role),
    (Rights, rights),
    (Side, side),
    (MeetingStatus, meeting_status),
    (CaseType, case_type),
    (ConclusionKind, conclusion),
    (AttendanceStatus, attendance),
    (Language, language),
    (QuorumRule, quorum_rule),
    (MajorityRule, majority_rule),
    (MinutesKind, minutes_kind),
    (PriorityGroup, priority_group),
    (FollowUpState, follow_up),
)
