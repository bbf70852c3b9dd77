"""The forms of meeting mode: a proposal, a protocol entry, a follow-up, a disqualification,
a deputy standing in, a guest på sak, a case raised under any other business.

Each saves through one service call; Ctrl+Return saves from inside a multi-line field."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)
from sqlalchemy.orm import Session

from ...models import (
    Capacity,
    CaseType,
    DisqualificationGround,
)
from ...services import absence, live, queries
from ...services.absence import DeputyOption
from ...services.meeting_view import (
    Attendee,
    DeputyChoice,
    PersonChoice,
    ProposalRow,
)
from .. import labels
from .absence import deputy_label
from .base import FormDialog, OptionalDateField, ValueCombo, enum_items
from ..models.live import ground_label
from ..ops import Change, Ops


def _text_field(parent: QWidget, lines: int = 4) -> QPlainTextEdit:
    field = QPlainTextEdit(parent)
    field.setTabChangesFocus(True)
    field.setMinimumHeight(field.fontMetrics().lineSpacing() * lines + 12)
    return field


class _LiveForm(FormDialog):
    """A meeting-mode form: Ctrl+Return saves from inside a multi-line field too."""

    def __init__(self, ops: Ops, title: str, parent: QWidget | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("changed", Change.MEETINGS)
        super().__init__(ops, title, parent, **kwargs)
        self.setMinimumWidth(520)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)


class ProposalDialog(_LiveForm):
    """A new proposal (text, who put it forward, whether it amends another), or a correction."""

    def __init__(self, ops: Ops, item_id: int, proposers: list[Attendee], proposals: list[ProposalRow],
                 parent: QWidget | None = None, *, proposal: ProposalRow | None = None) -> None:
        editing = proposal is not None
        super().__init__(ops, self.tr("Correct Proposal") if editing else self.tr("New Proposal"), parent,
                         intro=self.tr("Ctrl+Return saves."))
        self.item_id = item_id
        self.proposal = proposal
        self.text = _text_field(self)
        self.add_row(self.tr("&Text:"), self.text)
        self.by = ValueCombo(
            [(a.person_id, self._who(a)) for a in proposers], none_text=self.tr("(a party, written below)"), parent=self
        )
        self.by_text = QLineEdit(self)
        self.by_text.setPlaceholderText(self.tr("e.g. the municipalities"))
        self.amends = ValueCombo(
            [(p.id, self.tr("{number}: {text}").format(number=p.position + 1, text=" ".join(p.text.split())[:70]))
             for p in proposals if proposal is None or p.id != proposal.id],
            none_text=self.tr("(a proposal of its own)"), parent=self,
        )
        if editing:
            self.text.setPlainText(proposal.text)
            for field in (self.by, self.by_text, self.amends):
                field.setVisible(False)
            self.remember_loaded(proposal.version)
        else:
            self.add_row(self.tr("Put forward &by:"), self.by)
            self.add_row(self.tr("Or on behalf &of:"), self.by_text)
            self.add_row(self.tr("&Amends:"), self.amends)
        self.set_tab_order([self.text, self.by, self.by_text, self.amends])
        self.text.setFocus()

    def _who(self, attendee: Attendee) -> str:
        if attendee.capacity == Capacity.OBSERVER:
            return self.tr("{name} (observer)").format(name=attendee.name)
        if attendee.capacity == Capacity.DEPUTY and attendee.deputy_for_name:
            return self.tr("{name} (deputy for {member})").format(name=attendee.name, member=attendee.deputy_for_name)
        return attendee.name

    def editable_values(self) -> dict[str, object]:
        return {"text": self.text.toPlainText()} if self.proposal is not None else {}

    def write(self, session: Session) -> int:
        text = self.text.toPlainText()
        if self.proposal is not None:
            return live.update_proposal_text(session, self.proposal.id, text, expected_version=self.loaded_version).id
        return live.add_proposal(session, self.item_id, text, by=self.by.value(), by_text=self.by_text.text(),
                                 amends=self.amends.value()).id


class ProtocolEntryDialog(_LiveForm):
    """A protocol entry: the statement, and who stands behind it (people present, or a party)."""

    def __init__(self, ops: Ops, item_id: int, people: list[Attendee], parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Protocol Entry"), parent,
                         intro=self.tr("Tick who stands behind the entry (Space), or write the party. "
                                       "Ctrl+Return saves."))
        self.item_id = item_id
        self.text = _text_field(self)
        self.add_row(self.tr("&Text:"), self.text)
        self.supporters = QListWidget(self)
        for attendee in people:
            entry = QListWidgetItem(attendee.name, self.supporters)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            entry.setData(Qt.ItemDataRole.UserRole, attendee.person_id)
        self.supporters.setMinimumHeight(150)
        self.add_row(self.tr("&Behind it:"), self.supporters)
        self.behind = QLineEdit(self)
        self.behind.setPlaceholderText(self.tr("e.g. the municipalities"))
        self.add_row(self.tr("&Party:"), self.behind)
        self.set_tab_order([self.text, self.supporters, self.behind])
        self.text.setFocus()

    def check_person(self, person_id: int) -> None:
        for row in range(self.supporters.count()):
            entry = self.supporters.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) == person_id:
                entry.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[int]:
        return [
            int(self.supporters.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.supporters.count())
            if self.supporters.item(r).checkState() == Qt.CheckState.Checked
        ]

    def write(self, session: Session) -> int:
        return live.add_item_protocol_entry(session, self.item_id, self.text.toPlainText(),
                                            supporters=self.chosen(), behind_text=self.behind.text()).id


class FollowUpDialog(_LiveForm):
    """A follow-up from the item: what, who (a person or a party), by when."""

    def __init__(self, ops: Ops, item_id: int, people: list[PersonChoice], parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("New Follow-up"), parent, changed=Change.FOLLOW_UPS)
        self.item_id = item_id
        self.what = QLineEdit(self)
        self.add_row(self.tr("&What:"), self.what)
        self.person = ValueCombo([(p.id, f"{p.name} – {p.detail}" if p.detail else p.name) for p in people],
                                 none_text=self.tr("(a party, written below)"), parent=self)
        self.add_row(self.tr("&Who:"), self.person)
        self.party = QLineEdit(self)
        self.party.setPlaceholderText(self.tr("e.g. the secretariat, the municipalities"))
        self.add_row(self.tr("Or &party:"), self.party)
        self.due = OptionalDateField(self.tr("By"), None, self)
        self.add_row(self.tr("&Due:"), self.due)
        self.due.date.setAccessibleName(self.tr("Due, date"))
        self.set_tab_order([self.what, self.person, self.party, self.due])
        self.what.setFocus()

    def write(self, session: Session) -> int:
        return live.add_follow_up(session, item=self.item_id, what=self.what.text(),
                                  responsible_person=self.person.value(), responsible_text=self.party.text(),
                                  due_on=self.due.value()).id


class DisqualificationDialog(_LiveForm):
    """Habilitet: who is disqualified at the item, on what ground, and whether the body decided it."""

    def __init__(self, ops: Ops, item_id: int, people: list[Attendee], selected: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Disqualification"), parent,
                         intro=self.tr("A disqualified person is out of this item: no vote, no quorum, "
                                       "and the minutes say so."))
        self.item_id = item_id
        self.person = ValueCombo([(a.person_id, a.name) for a in people], parent=self)
        if selected is not None:
            self.person.set_value(selected)
        self.add_row(self.tr("&Who:"), self.person)
        self.ground = ValueCombo(enum_items(DisqualificationGround, ground_label), parent=self)
        self.add_row(self.tr("&Ground:"), self.ground)
        self.ground_text = QLineEdit(self)
        self.ground_text.setPlaceholderText(self.tr("e.g. board member of the company the case concerns"))
        self.add_row(self.tr("&Explanation:"), self.ground_text)
        self.decided = QCheckBox(self.tr("The body decided it"), self)
        self.decided.setChecked(True)
        self.add_row("", self.decided, self.tr("Decided by the body"))
        # A deputy for this item alone, in the member's seat (live.call_in_deputy_for_item).
        self.call_in = QCheckBox(self.tr("Call in a deputy for this item"), self)
        self.add_row("", self.call_in, self.tr("Call in a deputy for this item"))
        self.deputy = ValueCombo([], parent=self)
        self.add_row(self.tr("De&puty:"), self.deputy)
        self.call_in.toggled.connect(self._update_deputy)
        self.person.currentIndexChanged.connect(self._load_deputies)
        self._load_deputies()
        self.set_tab_order([self.person, self.ground, self.ground_text, self.decided, self.call_in, self.deputy])
        self.person.setFocus()

    def _load_deputies(self) -> None:
        """The deputies free to stand in for the chosen member at this item, personal ones first."""
        item_id, person_id = self.item_id, self.person.value()
        options: list[DeputyOption] = [] if person_id is None else self.ops.read(
            lambda s: absence.item_deputy_choices(s, item_id, person_id), parent=self, default=[]) or []
        self.deputy.set_items([(o.person_id, deputy_label(o)) for o in options])
        self.call_in.setEnabled(bool(options))
        if not options:
            self.call_in.setChecked(False)
        self._update_deputy()

    def _update_deputy(self) -> None:
        self.deputy.setEnabled(self.call_in.isChecked() and self.deputy.count() > 0)

    def write(self, session: Session) -> int:
        dq = live.disqualify(session, self.item_id, self.person.value(), self.ground.value(),
                             ground_text=self.ground_text.text(), decided_by_body=self.decided.isChecked())
        if self.call_in.isChecked() and self.deputy.value() is not None:
            live.call_in_deputy_for_item(session, dq.item.meeting_id, self.item_id, dq.person_id,  # type: ignore[arg-type]
                                         self.deputy.value(), at=datetime.now())
        return dq.id


class DeputyDialog(_LiveForm):
    """A deputy steps in for an absent member: the member's own deputy first, then the body's list."""

    def __init__(self, ops: Ops, meeting_id: int, member: Attendee, candidates: list[DeputyChoice],
                 item_id: int | None, item_number: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Deputy Steps In"), parent,
                         intro=self.tr("A deputy for {name} carries that member's vote for the meeting.").format(
                             name=member.name))
        self.meeting_id = meeting_id
        self.member = member
        self.item_id = item_id
        self.deputy = ValueCombo([(c.membership_id, self._label(c)) for c in candidates], parent=self)
        self.add_row(self.tr("&Deputy:"), self.deputy)
        self.late = QCheckBox(self.tr("Arrives at item {number}").format(number=item_number or "…"), self)
        self.late.setEnabled(item_id is not None)
        self.add_row("", self.late, self.tr("Arrives at this item"))
        if not candidates:
            self.show_error(self.tr("{name} has no deputy who can stand in.").format(name=member.name))
            self.ok_button.setEnabled(False)
        self.set_tab_order([self.deputy, self.late])
        self.deputy.setFocus()

    def _label(self, choice: DeputyChoice) -> str:
        text = choice.name + (self.tr(" (personal deputy)") if choice.personal else self.tr(" (from the body's list)"))
        if choice.busy_for:
            text += self.tr(" – stands in for {name}").format(name=choice.busy_for)
        return text

    def write(self, session: Session) -> int:
        return live.stand_in(session, self.meeting_id, self.deputy.value(), self.member.membership_id,  # type: ignore[arg-type]
                             from_item_id=self.item_id if self.late.isChecked() else None).id


class GuestDialog(_LiveForm):
    """A guest "på sak" for named items, or someone from the secretariat; from the register or new."""

    def __init__(self, ops: Ops, meeting_id: int, people: list[queries.PersonRow], items: list[tuple[int, str]],
                 current_item: int | None, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Guest or Secretariat"), parent)
        self.meeting_id = meeting_id
        self._people = {self._label(p): p.id for p in people}
        self.person = QComboBox(self)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.addItems(list(self._people))
        self.person.setCurrentIndex(-1)
        self.person.lineEdit().setPlaceholderText(self.tr("Type a name: someone in the register, or someone new"))
        completer = self.person.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.add_row(self.tr("&Name:"), self.person)
        self.title_field = QLineEdit(self)
        self.title_field.setPlaceholderText(self.tr("For someone new: e.g. head of the local network"))
        self.add_row(self.tr("&Title:"), self.title_field)
        self.as_guest = QRadioButton(self.tr("Guest for the items ticked below"), self)
        self.as_secretariat = QRadioButton(self.tr("Secretariat"), self)
        self.as_guest.setChecked(True)
        capacity = QWidget(self)
        row = QHBoxLayout(capacity)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.as_guest)
        row.addWidget(self.as_secretariat)
        row.addStretch(1)
        self.add_row(self.tr("As:"), capacity, self.tr("Capacity"))
        self.items = QListWidget(self)
        for item_id, text in items:
            entry = QListWidgetItem(text, self.items)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item_id == current_item else Qt.CheckState.Unchecked)
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
        self.items.setMinimumHeight(140)
        self.add_row(self.tr("&Items:"), self.items)
        self.as_secretariat.toggled.connect(lambda on: self.items.setEnabled(not on))
        self.set_tab_order([self.person, self.title_field, self.as_guest, self.as_secretariat, self.items])
        self.person.setFocus()

    @staticmethod
    def _label(p: queries.PersonRow) -> str:
        extra = p.organisation or p.title
        return f"{p.name} – {extra}" if extra else p.name

    def write(self, session: Session) -> int:
        text = self.person.currentText().strip()
        person_id = self._people.get(text)
        item_ids = [
            int(self.items.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.items.count())
            if self.items.item(r).checkState() == Qt.CheckState.Checked
        ]
        capacity = Capacity.SECRETARIAT if self.as_secretariat.isChecked() else Capacity.GUEST
        return live.add_attendee(session, self.meeting_id, person_id=person_id, name="" if person_id else text,
                                 title=self.title_field.text(), capacity=capacity,
                                 item_ids=item_ids if capacity == Capacity.GUEST else []).id


class OtherBusinessDialog(_LiveForm):
    """A case raised under Eventuelt that was not on the agenda; a decision on it is flagged."""

    def __init__(self, ops: Ops, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Case under Any Other Business"), parent,
                         intro=self.tr("The case goes last on the agenda with the year's next number. "
                                       "A decision on it is flagged in the minutes."))
        self.meeting_id = meeting_id
        self.case_title = QLineEdit(self)
        self.add_row(self.tr("&Title:"), self.case_title)
        self.case_type = ValueCombo(enum_items(CaseType, labels.case_type), parent=self)
        self.add_row(self.tr("T&ype:"), self.case_type)
        self.proposed = _text_field(self, 3)
        self.add_row(self.tr("&Proposed decision:"), self.proposed)
        self.set_tab_order([self.case_title, self.case_type, self.proposed])
        self.case_title.setFocus()

    def write(self, session: Session) -> int:
        return live.add_other_business_case(session, self.meeting_id, self.case_title.text(),
                                            case_type=self.case_type.value(),
                                            proposed_decision=self.proposed.toPlainText()).id
