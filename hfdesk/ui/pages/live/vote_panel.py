"""Meeting mode's vote (avrøysting), a panel of its own beside the item: the proposal voted on,
each voter's vote (1/+ for, 2/- against, 3/0 abstain, moving down the list), and the result."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ....models import VoteChoice
from ....services import live
from ....services.meeting_view import ItemDetail
from ...dialogs.base import ValueCombo
from ...models import IdRole, VotesModel
from ...models.base import OVERDUE_COLOUR
from ...models.live import PRESENT_COLOUR, WARNING_COLOUR, choice_label
from ...widgets import DataTableView
from .core import LivePanelBase, _act, _buttons, _heading

translate = QCoreApplication.translate  # lupdate reads translate("LiveMeetingPage", …)


class VotePanel(LivePanelBase):
    """`votes`/`votes_model`, `voted_proposal`, `tally`, `vote_actions`, `all_for_action`; the
    panel is `vote_panel`, shown by the page while the item is concluded by a vote."""

    def _build_vote(self) -> QWidget:
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
        vp.addWidget(_heading(translate("LiveMeetingPage", "Vo&tes"), self.vote_panel, self.votes))
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
            self.tally.setText("")
            return
        self._set_rows(self.votes, self.votes_model, list(detail.voters))
        self.votes.fit_columns(stretch=VotesModel.COL_NAME, max_width=160, min_stretch=140)
        if not self.votes.currentIndex().isValid() and detail.voters:
            self.votes.setCurrentIndex(self.votes_model.index(0, VotesModel.COL_CHOICE))
        self.voted_proposal.set_items(
            [
                (
                    p.id,
                    translate("LiveMeetingPage", "{number}: {text}").format(
                        number=p.position + 1, text=" ".join(p.text.split())[:90]
                    ),
                )
                for p in detail.proposals
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
        for action in (*self.vote_actions.values(), self.all_for_action):
            action.setEnabled(on)
        self.voted_proposal.setEnabled(on)

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
