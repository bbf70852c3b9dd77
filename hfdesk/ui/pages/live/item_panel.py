"""Meeting mode's item: its title and quorum, the proposals, the discussion notes, the
follow-ups, and the case's attachments to open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from ....models import ConclusionKind, ProposalFate, QuorumRule
from ....services import live
from ....services.attachments import list_attachments
from ....services.meeting_view import Attendee, ItemDetail, LiveView, ProposalRow, people_for_follow_up
from ... import labels
from ...dialogs.case_editor import open_attachment
from ...dialogs.live import FollowUpDialog, ProposalDialog
from ...models import IdRole, ItemFollowUpsModel, ProposalsModel
from ...models.base import OVERDUE_COLOUR
from ...models.live import PRESENT_COLOUR
from ...ops import Change
from ...widgets import muted_label, section_label
from ..actions import open_dialog
from .core import AutosaveEdit, LivePanelBase, _act, _banner, _buttons, _heading, _small_table, fit_rows

translate = QCoreApplication.translate  # lupdate reads translate("LiveMeetingPage", …)


class ItemPanel(LivePanelBase):
    """The item being treated: `item_title`, `quorum_label`, `warning`, `proposals`, `notes`,
    `follow_ups`, and `attachments_button` (its menu lists the case's attachments)."""

    def _build_item_head(self) -> QWidget:
        self.item_title = section_label("", self)
        self.item_title.setWordWrap(True)
        self.item_meta = muted_label("", self)
        self.item_meta.setWordWrap(True)
        self.quorum_label = QLabel(self)
        self.quorum_label.setWordWrap(True)
        self.quorum_label.setAccessibleName(translate("LiveMeetingPage", "Quorum"))
        self.warning = _banner(self)
        self.warning.setAccessibleName(translate("LiveMeetingPage", "Warning"))

        self.attachments_menu = QMenu(self)
        self.attachments_menu.aboutToShow.connect(self._fill_attachments)
        self.attachments_action = _act(
            self,
            translate("LiveMeetingPage", "Attachments"),
            self.show_attachments,
            ["Ctrl+Shift+V"],
            tip=translate("LiveMeetingPage", "Open one of the case's attachments"),
            widgets=(self,),
        )
        self.attachments_button = QToolButton(self)
        self.attachments_button.setDefaultAction(self.attachments_action)
        self.attachments_button.setMenu(self.attachments_menu)
        self.attachments_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.attachments_button.setToolButtonStyle(
            self.attachments_button.toolButtonStyle().ToolButtonTextOnly
        )

        head = QWidget(self)
        layout = QVBoxLayout(head)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.item_title, 1)
        top.addWidget(self.attachments_button)
        layout.addLayout(top)
        layout.addWidget(self.item_meta)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.warning)
        return head

    def _build_proposals(self) -> QWidget:
        self.proposals_model = ProposalsModel(self)
        self.proposals = _small_table(self, translate("LiveMeetingPage", "No proposals."), 3)
        self.proposals.setModel(self.proposals_model)
        self.proposals.setAccessibleName(translate("LiveMeetingPage", "Proposals"))
        self.proposals.setWordWrap(True)
        self.proposals.activated.connect(lambda _i: self.edit_proposal())
        self.proposal_action = _act(
            self,
            translate("LiveMeetingPage", "New Proposal…"),
            self.add_proposal,
            ["Ctrl+N"],
            tip=translate("LiveMeetingPage", "A proposal from a member, a deputy or an observer"),
            widgets=(self,),
        )
        self.edit_proposal_action = _act(
            self,
            translate("LiveMeetingPage", "Edit…"),
            self.edit_proposal,
            ["F2"],
            tip=translate("LiveMeetingPage", "Correct the wording of the selected proposal"),
            widgets=(self.proposals,),
        )
        self.remove_proposal_action = _act(
            self,
            translate("LiveMeetingPage", "Remove"),
            self.remove_proposal,
            ["Del"],
            tip=translate("LiveMeetingPage", "Remove the selected proposal"),
            widgets=(self.proposals,),
        )
        self.withdraw_proposal_action = _act(
            self,
            translate("LiveMeetingPage", "Withdraw"),
            self.withdraw_proposal,
            ["Ctrl+Shift+T"],
            tip=translate(
                "LiveMeetingPage", "The proposer withdraws the selected proposal (again: it stands once more)"
            ),
            widgets=(self.proposals,),
        )
        self.proposals.selectionModel().currentChanged.connect(lambda *_a: self._update_withdraw())
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(_heading(translate("LiveMeetingPage", "&Proposals"), box, self.proposals))
        head.addStretch(1)
        head.addLayout(
            _buttons(
                box,
                [
                    self.proposal_action,
                    self.edit_proposal_action,
                    self.withdraw_proposal_action,
                    self.remove_proposal_action,
                ],
                stretch=False,
            )
        )
        layout.addLayout(head)
        layout.addWidget(self.proposals)
        return box

    def _build_notes(self) -> QWidget:
        self.notes = AutosaveEdit(self)
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        self.notes.setAccessibleName(translate("LiveMeetingPage", "Notes"))
        self.notes.setPlaceholderText(
            translate(
                "LiveMeetingPage", "What was said: the presentation and the discussion, for the minutes."
            )
        )
        self.notes.save_requested.connect(self._save_notes)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(_heading(translate("LiveMeetingPage", "N&otes"), box, self.notes))
        layout.addWidget(self.notes, 1)
        return box

    def _build_follow_ups(self) -> QWidget:
        self.follow_ups_model = ItemFollowUpsModel(self)
        self.follow_ups = _small_table(self, translate("LiveMeetingPage", "No follow-ups from this item."), 1)
        self.follow_ups.setModel(self.follow_ups_model)
        self.follow_ups.setAccessibleName(translate("LiveMeetingPage", "Follow-ups"))
        self.follow_up_action = _act(
            self,
            translate("LiveMeetingPage", "New Follow-up…"),
            self.add_follow_up,
            ["Ctrl+U"],
            tip=translate("LiveMeetingPage", "What is to be followed up, by whom and by when"),
            widgets=(self,),
        )
        self.remove_follow_up_action = _act(
            self,
            translate("LiveMeetingPage", "Remove"),
            self.remove_follow_up,
            ["Del"],
            tip=translate("LiveMeetingPage", "Remove the selected follow-up"),
            widgets=(self.follow_ups,),
        )
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(_heading(translate("LiveMeetingPage", "Follow-&ups"), box, self.follow_ups))
        head.addStretch(1)
        head.addLayout(_buttons(box, [self.follow_up_action, self.remove_follow_up_action], stretch=False))
        layout.addLayout(head)
        layout.addWidget(self.follow_ups)
        return box

    # --- showing ---------------------------------------------------------------------------------------
    def _quorum_text(self, view: LiveView, detail: ItemDetail) -> tuple[str, bool]:
        q = detail.quorum
        if view.quorum_rule == QuorumRule.NONE:
            return translate(
                "LiveMeetingPage", "{present} voting present; the body has no quorum rule."
            ).format(present=q.present), True
        if q.met:
            text = translate(
                "LiveMeetingPage", "Quorum: {present} voting present, {required} required of {seats} seats."
            )
        else:
            text = translate(
                "LiveMeetingPage",
                "No quorum: {present} voting present, {required} required of {seats} seats.",
            )
        return text.format(present=q.present, required=q.required, seats=q.seats), q.met

    def _show_item_head(self, view: LiveView | None) -> None:
        detail = view.item if view is not None else None
        if view is None or detail is None:
            self.item_title.setText(translate("LiveMeetingPage", "No item") if view is not None else "")
            self.item_meta.setText("")
            self.quorum_label.setText("")
            self.warning.setVisible(False)
            self.last_warning = ""
            return
        number = (
            translate("LiveMeetingPage", "Item {number}").format(number=detail.number)
            if detail.number
            else ""
        )
        self.item_title.setText(f"{number}  {detail.title}".strip())
        meta = [labels.case_type(detail.case_type)]
        if detail.responsible:
            meta.append(detail.responsible)
        if detail.exempt:
            meta.append(
                translate("LiveMeetingPage", "Exempt from public access ({basis})").format(
                    basis=detail.exemption_basis
                )
            )
        if detail.not_on_agenda:
            meta.append(translate("LiveMeetingPage", "Raised under any other business; not on the agenda"))
        self.item_meta.setText(" · ".join(meta))
        self.item_title.setToolTip(detail.background)
        text, met = self._quorum_text(view, detail)
        colour = PRESENT_COLOUR if met else OVERDUE_COLOUR
        self.quorum_label.setText(f'<span style="color:{colour.name()}">{text}</span>')
        warnings = []
        c = detail.conclusion
        if c is not None and c.without_quorum:
            warnings.append(
                translate(
                    "LiveMeetingPage", "Concluded without quorum: this is marked on the item in the minutes."
                )
            )
        if detail.flagged:
            warnings.append(
                translate(
                    "LiveMeetingPage",
                    "A decision on a case that was not on the agenda: it is flagged in the minutes.",
                )
            )
        if c is not None and c.kind == ConclusionKind.VOTE and detail.votes_missing:
            warnings.append(
                translate("LiveMeetingPage", "%n voter(s) without a recorded vote.", "", detail.votes_missing)
            )
        if detail.disqualifications:
            names = ", ".join(d.name for d in detail.disqualifications)
            warnings.append(
                translate("LiveMeetingPage", "Disqualified, out of this item: {names}.").format(names=names)
            )
        self._show_banner(self.warning, "<br>".join(warnings))
        self.last_warning = "\n".join(warnings)

    def _show_item_lists(self, detail: ItemDetail | None) -> None:
        if detail is None:
            self.proposals_model.set_rows([])
            self.follow_ups_model.set_rows([])
            self.notes.sync(None, "")
        else:
            self._set_rows(self.proposals, self.proposals_model, list(detail.proposals))
            self.proposals.fit_columns(
                stretch=ProposalsModel.COL_TEXT,
                max_width=150,
                min_stretch=130,
                optional=(ProposalsModel.COL_BY,),  # (who put it forward is in each row's tool tip)
            )
            self.notes.sync(detail.id, detail.notes)
            self._set_rows(self.follow_ups, self.follow_ups_model, list(detail.follow_ups))
            self.follow_ups.fit_columns(stretch=ItemFollowUpsModel.COL_WHAT, max_width=160, min_stretch=150)
        fit_rows(self.proposals)
        fit_rows(self.follow_ups)

    def _enable_item(self, on: bool) -> None:
        for action in (
            self.proposal_action,
            self.edit_proposal_action,
            self.remove_proposal_action,
            self.follow_up_action,
            self.remove_follow_up_action,
        ):
            action.setEnabled(on)
        self.attachments_action.setEnabled(self._view is not None and self._view.item is not None)
        self.notes.setReadOnly(not on)
        self._update_withdraw()

    def _update_withdraw(self) -> None:
        """Withdraw a pending proposal from another than the agenda; reinstate a withdrawn one."""
        proposal = self.selected_proposal()
        editable = self._editable_item()
        withdrawn = proposal is not None and proposal.fate == ProposalFate.WITHDRAWN
        self.withdraw_proposal_action.setText(
            translate("LiveMeetingPage", "Reinstate") if withdrawn else translate("LiveMeetingPage", "Withdraw")
        )
        self.withdraw_proposal_action.setEnabled(
            editable
            and proposal is not None
            and not proposal.from_agenda
            and proposal.fate in (ProposalFate.PENDING, ProposalFate.WITHDRAWN)
        )

    def _save_notes(self, item_id: int, text: str) -> None:
        self._save_text(self.notes, lambda s: live.set_item_notes(s, item_id, text))

    # --- attachments -------------------------------------------------------------------------------------
    def show_attachments(self) -> None:
        """The attachments' menu, under its button (read when opened: opening an item costs nothing)."""
        self.attachments_button.showMenu()

    def _fill_attachments(self) -> None:
        self.attachments_menu.clear()
        item_id = self.current_item_id()
        rows = (
            self._ops.read(lambda s: list_attachments(s, item_id), parent=self, default=[]) if item_id else []
        )
        for row in rows or []:
            action = self.attachments_menu.addAction(row.title or row.filename)
            action.setToolTip(row.filename)
            action.triggered.connect(lambda _c=False, aid=row.id: self.open_attachment(aid))
        if not rows:
            self.attachments_menu.addAction(
                translate("LiveMeetingPage", "The case has no attachments.")
            ).setEnabled(False)

    def open_attachment(self, attachment_id: int) -> object:
        """Open an attachment of the item; the user is told when no program could open it."""
        return open_attachment(self._ops, attachment_id, self)

    # --- proposals and follow-ups ------------------------------------------------------------------------
    def _proposers(self) -> list[Attendee]:
        return [a for a in (self._view.attendees if self._view else ()) if a.rights.may_propose]

    def add_proposal(self) -> ProposalDialog | None:
        if self.current_item_id() is None or self._view is None or self._view.item is None:
            return None
        self.flush_all()
        dialog = ProposalDialog(
            self._ops, self._view.item.id, self._proposers(), list(self._view.item.proposals), self
        )
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
        dialog = ProposalDialog(
            self._ops,
            self._view.item.id,
            self._proposers(),
            list(self._view.item.proposals),
            self,
            proposal=proposal,
        )
        open_dialog(dialog)
        return dialog

    def withdraw_proposal(self) -> bool:
        """The proposer takes the selected proposal back (trekt) before it is voted on; on a
        withdrawn proposal, it stands again."""
        proposal = self.selected_proposal()
        if proposal is None or not self._editable_item():
            return False
        if proposal.fate == ProposalFate.WITHDRAWN:
            return self._write(lambda s: live.reinstate_proposal(s, proposal.id))
        return self._write(lambda s: live.withdraw_proposal(s, proposal.id))

    def remove_proposal(self) -> None:
        proposal = self.selected_proposal()
        if proposal is not None:
            self._write(lambda s: live.remove_proposal(s, proposal.id))

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
