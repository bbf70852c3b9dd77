"""Meeting mode's vote (avrøysting), a panel of its own beside the item: the rounds held (an
amendment or an alternative proposal first, the main proposal last), each with its proposal and
result; the current round's proposal, each voter's vote in it (1/+ for, 2/- against, 3/0
abstain, moving down the list), and its result. "New Round…" (Ctrl+Shift+R) puts another
proposal to the vote."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ....models import ProposalFate, VoteChoice
from ....services import live
from ....services.meeting_view import ItemDetail, ProposalRow
from ...dialogs.base import ValueCombo
from ...dialogs.live import _LiveForm
from ...models import IdRole, RoundsModel, VotesModel
from ...models.base import OVERDUE_COLOUR
from ...models.live import PRESENT_COLOUR, WARNING_COLOUR, choice_label
from ...ops import Ops
from ...widgets import DataTableView
from ..actions import open_dialog
from .core import LivePanelBase, _act, _buttons, _heading, _small_table, fit_rows

translate = QCoreApplication.translate  # lupdate reads translate("LiveMeetingPage", …)


def proposal_label(p: ProposalRow) -> str:
    return translate("LiveMeetingPage", "{number}: {text}").format(
        number=p.position + 1, text=" ".join(p.text.split())[:90]
    )


class RoundDialog(_LiveForm):
    """A new round of the vote: the proposal put to it (the first amendment not yet voted on is
    offered first, else the main proposal)."""

    def __init__(self, ops: Ops, item_id: int, proposals: list[ProposalRow], default: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, translate("LiveMeetingPage", "New Round"), parent,
                         intro=translate("LiveMeetingPage", "The earlier rounds keep their votes and results."))
        self.item_id = item_id
        self.proposal = ValueCombo([(p.id, proposal_label(p)) for p in proposals], parent=self)
        self.proposal.setMinimumContentsLength(30)
        if default is not None:
            self.proposal.set_value(default)
        self.add_row(translate("LiveMeetingPage", "Put to the vote:"), self.proposal)
        self.proposal.setFocus()

    def write(self, session: Session) -> int:
        return live.start_round(session, self.item_id, self.proposal.value()).id


class VotePanel(LivePanelBase):
    """`rounds`/`rounds_model` (every round, its proposal and result), `new_round_action`,
    `remove_round_action`; `votes`/`votes_model` (the current round), `voted_proposal`, `tally`,
    `vote_actions`, `all_for_action`; the panel is `vote_panel`, shown by the page while the item
    is concluded by a vote."""

    round_dialog: RoundDialog | None = None

    def _build_vote(self) -> QWidget:
        self.rounds_model = RoundsModel(self)
        self.rounds = _small_table(self, translate("LiveMeetingPage", "No round yet."), 2)
        self.rounds.setModel(self.rounds_model)
        self.rounds.setAccessibleName(translate("LiveMeetingPage", "Rounds"))
        self.rounds.setWordWrap(True)
        self.new_round_action = _act(
            self,
            translate("LiveMeetingPage", "New Round…"),
            self.new_round,
            ["Ctrl+Shift+R"],
            tip=translate("LiveMeetingPage", "Put another proposal to the vote: an amendment or an alternative"),
            widgets=(self,),
        )
        self.remove_round_action = _act(
            self,
            translate("LiveMeetingPage", "Remove Round"),
            self.remove_round,
            tip=translate("LiveMeetingPage", "Take the last round away again"),
            widgets=(self.rounds,),
        )
        self.votes_model = VotesModel(self)
        self.votes = DataTableView(
            self, empty_text=translate("LiveMeetingPage", "Nobody may vote at this item."), sortable=False
        )
        self.votes.horizontalHeader().setSectionsMovable(False)
        self.votes.setModel(self.votes_model)
        self.votes.setAccessibleName(translate("LiveMeetingPage", "Votes"))
        self.tally = QLabel(self)
        self.tally.setWordWrap(True)
        self.tally.setTextFormat(Qt.TextFormat.RichText)
        self.voted_proposal = ValueCombo(none_text=translate("LiveMeetingPage", "(not stated)"), parent=self)
        self.voted_proposal.setAccessibleName(translate("LiveMeetingPage", "Proposal voted on"))
        self.voted_proposal.setMinimumContentsLength(16)
        self.voted_proposal.activated.connect(lambda _i: self._on_voted_proposal())

        self.vote_actions: dict[VoteChoice, QAction] = {}
        for choice, keys in (
            (VoteChoice.FOR, ["1", "+"]),
            (VoteChoice.AGAINST, ["2", "-"]),
            (VoteChoice.ABSTAIN, ["3", "0"]),
        ):
            self.vote_actions[choice] = _act(
                self,
                choice_label(choice),
                lambda c=choice: self.set_vote(c),
                keys,
                tip=translate("LiveMeetingPage", "The selected voter: {choice}").format(
                    choice=choice_label(choice)
                ),
                widgets=(self.votes,),
            )
        self.all_for_action = _act(
            self,
            translate("LiveMeetingPage", "All For"),
            lambda: self.set_all_votes(VoteChoice.FOR),
            tip=translate("LiveMeetingPage", "Everyone votes for; then mark those against"),
            widgets=(self.votes,),
        )

        self.vote_panel = QWidget(self)
        vp = QVBoxLayout(self.vote_panel)
        vp.setContentsMargins(0, 0, 0, 0)
        vp.setSpacing(4)
        rounds_head = QHBoxLayout()
        rounds_head.addWidget(_heading(translate("LiveMeetingPage", "Rounds"), self.vote_panel))
        rounds_head.addStretch(1)
        rounds_head.addLayout(
            _buttons(self.vote_panel, [self.new_round_action, self.remove_round_action], stretch=False)
        )
        vp.addLayout(rounds_head)
        vp.addWidget(self.rounds)
        self.current_round_label = _heading(
            translate("LiveMeetingPage", "Vo&tes"), self.vote_panel, self.votes
        )
        vp.addWidget(self.current_round_label)
        voted_label = QLabel(translate("LiveMeetingPage", "Voted on:"), self.vote_panel)
        voted_label.setBuddy(self.voted_proposal)
        vp.addWidget(voted_label)
        vp.addWidget(self.voted_proposal)
        vp.addLayout(_buttons(self.vote_panel, [*self.vote_actions.values(), self.all_for_action]))
        vp.addWidget(self.votes, 1)
        vp.addWidget(self.tally)
        return self.vote_panel

    def _show_vote(self, detail: ItemDetail | None) -> None:
        c = detail.conclusion if detail is not None else None
        if detail is None or c is None:
            self.votes_model.set_rows([])
            self.rounds_model.set_rows([])
            self.tally.setText("")
            return
        self.rounds_model.set_proposals(list(detail.proposals))
        self.rounds_model.set_rows(list(c.rounds))
        self.rounds.fit_columns(stretch=RoundsModel.COL_PROPOSAL, max_width=120, min_stretch=120)
        fit_rows(self.rounds, 2, 4)
        if c.rounds:
            self.rounds.setCurrentIndex(self.rounds_model.index(len(c.rounds) - 1, RoundsModel.COL_PROPOSAL))
        number = len(c.rounds) or 1
        self.current_round_label.setText(
            translate("LiveMeetingPage", "Vo&tes in round {number}").format(number=number)
            if len(c.rounds) > 1
            else translate("LiveMeetingPage", "Vo&tes")
        )
        self._set_rows(self.votes, self.votes_model, list(detail.voters))
        self.votes.fit_columns(stretch=VotesModel.COL_NAME, max_width=160, min_stretch=140)
        if not self.votes.currentIndex().isValid() and detail.voters:
            self.votes.setCurrentIndex(self.votes_model.index(0, VotesModel.COL_CHOICE))
        earlier = {r.proposal_id for r in c.rounds[:-1]}
        self.voted_proposal.set_items(
            [
                (p.id, proposal_label(p))
                for p in detail.proposals
                if p.id not in earlier and (p.fate != ProposalFate.WITHDRAWN or p.id == c.voted_proposal_id)
            ]
        )
        self.voted_proposal.set_value(c.voted_proposal_id)
        tally = c.tally
        outcome = ""
        if c.adopted is not None:
            outcome = (
                translate("LiveMeetingPage", "Adopted")
                if c.adopted
                else translate("LiveMeetingPage", "Rejected")
            )
        elif not c.tally or not any(c.tally.values()):
            outcome = translate("LiveMeetingPage", "No votes recorded yet: no result")
        text = translate("LiveMeetingPage", "For {for_} · against {against} · abstaining {abstain}").format(
            for_=tally.get(VoteChoice.FOR, 0),
            against=tally.get(VoteChoice.AGAINST, 0),
            abstain=tally.get(VoteChoice.ABSTAIN, 0),
        )
        if outcome:
            colour = PRESENT_COLOUR if c.adopted else OVERDUE_COLOUR if c.adopted is False else WARNING_COLOUR
            text += f' — <span style="color:{colour.name()}; font-weight:600">{outcome}</span>'
        if c.against:
            text += "<br>" + translate("LiveMeetingPage", "Voted against: {names}").format(
                names=", ".join(c.against)
            )
        self.tally.setText(text)

    def _enable_vote(self, on: bool) -> None:
        for action in (*self.vote_actions.values(), self.all_for_action, self.new_round_action):
            action.setEnabled(on)
        self.voted_proposal.setEnabled(on)
        c = self._view.item.conclusion if on and self._view is not None and self._view.item else None
        self.remove_round_action.setEnabled(c is not None and len(c.rounds) > 1)

    # --- rounds --------------------------------------------------------------------------------------------
    def _open_proposals(self) -> tuple[list[ProposalRow], int | None]:
        """The proposals a new round can put to the vote, and the one offered first: the first
        amendment not yet voted on, else the main proposal, else the first still open."""
        detail = self._view.item if self._view is not None else None
        if detail is None:
            return [], None
        c = detail.conclusion
        rounds = c.rounds if c is not None else ()
        current = rounds[-1] if rounds else None
        voted = {r.proposal_id for r in rounds if r.adopted is not None or r is not current}
        open_ = [p for p in detail.proposals if p.id not in voted and p.fate == ProposalFate.PENDING]
        offered = (
            next((p for p in open_ if p.amends_id is not None), None)
            or next((p for p in open_ if p.from_agenda), None)
            or next(iter(open_), None)
        )
        return open_, offered.id if offered is not None else None

    def new_round(self) -> RoundDialog | None:
        """Ask which proposal goes to the vote next (an amendment first, then the main proposal)."""
        if not self._editable_item() or self._view is None or self._view.item is None:
            return None
        self.flush_all()
        proposals, default = self._open_proposals()
        if not proposals:
            self._show_banner(
                self.warning, translate("LiveMeetingPage", "Every proposal has been voted on or withdrawn.")
            )
            return None
        dialog = RoundDialog(self._ops, self._view.item.id, proposals, default, self)
        dialog.finished.connect(lambda _r: self._round_started())
        self.round_dialog = dialog
        open_dialog(dialog)
        return dialog

    def _round_started(self) -> None:
        self.round_dialog = None
        self.show_votes()

    def remove_round(self) -> bool:
        """Take the last round away; if votes were recorded in it, only after asking."""
        item_id = self.current_item_id()
        c = self._view.item.conclusion if self._view is not None and self._view.item else None
        if item_id is None or c is None or len(c.rounds) < 2:
            return False
        last = c.rounds[-1]
        with_votes = bool(sum(last.tally.values()))
        if with_votes:
            answer = QMessageBox.question(
                self,
                translate("LiveMeetingPage", "Remove Round"),
                translate("LiveMeetingPage", "Round {number} has votes recorded. Remove it with its votes?").format(
                    number=last.position
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._write(lambda s: live.remove_round(s, item_id, with_votes=with_votes))

    # --- voting ----------------------------------------------------------------------------------------
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
