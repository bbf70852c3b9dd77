"""Meeting mode's conclusion: how the item ended (six kinds, Alt+1 to Alt+6, and once the
notice has gone Alt+7 withdrawn), the decision as it goes into the minutes, the protocol
entries (beside a consensus or a vote), and where a case without consensus goes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....errors import ChangedByColleague
from ....models import Capacity, ConclusionKind, NoConsensusOutcome
from ....services import live
from ....services.meeting_view import ItemDetail
from ... import labels
from ...dialogs.conflict import COPY, REAPPLY, ConflictDialog
from ...dialogs.live import ProtocolEntryDialog
from ...models import IdRole, ProtocolEntriesModel
from ...models.live import outcome_label
from ..actions import action_button, open_dialog
from .core import (
    CONCLUSION_KEYS,
    AutosaveEdit,
    LivePanelBase,
    _act,
    _buttons,
    _heading,
    _small_table,
    fit_rows,
)

translate = QCoreApplication.translate  # lupdate reads translate("LiveMeetingPage", …)


class ConclusionPanel(LivePanelBase):
    """`kind_actions`/`kind_buttons`, `decision`, `protocol` (consensus with protocol entries),
    and `outcome_returned`/`outcome_parties` (no consensus)."""

    def _build_conclusion(self) -> QWidget:
        page = (self,)
        self.kind_buttons: dict[ConclusionKind, QToolButton] = {}
        self.kind_actions: dict[ConclusionKind, QAction] = {}
        for kind, keys in CONCLUSION_KEYS:
            action = _act(
                self,
                labels.conclusion(kind),
                lambda k=kind: self.conclude_as(k),
                [keys],
                tip=translate("LiveMeetingPage", "Conclude the item: {kind}").format(
                    kind=labels.conclusion(kind)
                ),
                widgets=page,
            )
            action.setCheckable(True)
            self.kind_actions[kind] = action
        self.clear_action = _act(
            self,
            translate("LiveMeetingPage", "Not Concluded"),
            self.clear_conclusion,
            ["Alt+0"],
            tip=translate("LiveMeetingPage", "The item is not concluded after all"),
            widgets=page,
        )

        self.decision = AutosaveEdit(self)
        self.decision.setMinimumHeight(self.decision.fontMetrics().lineSpacing() * 3 + 12)
        self.decision.setAccessibleName(translate("LiveMeetingPage", "Decision"))
        self.decision.save_requested.connect(self._save_decision)
        # The conclusion's version the decision being typed is based on, by item (services.versions),
        # and the conflict dialog while a colleague's change of it is being answered.
        self._decision_versions: dict[int, int | None] = {}
        self.decision_conflict: ConflictDialog | None = None

        self.protocol_model = ProtocolEntriesModel(self)
        self.protocol = _small_table(
            self, translate("LiveMeetingPage", "No protocol entry yet: add one with Ctrl+T."), 2
        )
        self.protocol.setModel(self.protocol_model)
        self.protocol.setAccessibleName(translate("LiveMeetingPage", "Protocol entries"))
        self.protocol.setWordWrap(True)
        self.protocol_action = _act(
            self,
            translate("LiveMeetingPage", "Protocol Entry…"),
            self.add_protocol_entry,
            ["Ctrl+T"],
            tip=translate("LiveMeetingPage", "A statement entered in the minutes, and who stands behind it"),
            widgets=page,
        )
        self.remove_protocol_action = _act(
            self,
            translate("LiveMeetingPage", "Remove"),
            self.remove_protocol_entry,
            ["Del"],
            tip=translate("LiveMeetingPage", "Remove the selected protocol entry"),
            widgets=(self.protocol,),
        )
        self.protocol_panel = QWidget(self)
        pr = QVBoxLayout(self.protocol_panel)
        pr.setContentsMargins(0, 0, 0, 0)
        pr.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(
            _heading(translate("LiveMeetingPage", "Protocol entries"), self.protocol_panel, self.protocol)
        )
        head.addStretch(1)
        head.addLayout(
            _buttons(self.protocol_panel, [self.protocol_action, self.remove_protocol_action], stretch=False)
        )
        pr.addLayout(head)
        pr.addWidget(self.protocol)

        self.outcome_returned = QRadioButton(outcome_label(NoConsensusOutcome.RETURNED), self)
        self.outcome_parties = QRadioButton(outcome_label(NoConsensusOutcome.TO_PARTIES), self)
        self.outcome_returned.setChecked(True)
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.addButton(self.outcome_returned)
        self.outcome_group.addButton(self.outcome_parties)
        self.outcome_returned.clicked.connect(lambda: self._on_outcome(NoConsensusOutcome.RETURNED))
        self.outcome_parties.clicked.connect(lambda: self._on_outcome(NoConsensusOutcome.TO_PARTIES))
        self.outcome_panel = QWidget(self)
        op = QVBoxLayout(self.outcome_panel)
        op.setContentsMargins(0, 0, 0, 0)
        op.setSpacing(2)
        op.addWidget(QLabel(translate("LiveMeetingPage", "The case:"), self.outcome_panel))
        op.addWidget(self.outcome_returned)
        op.addWidget(self.outcome_parties)

        box = QWidget(self)
        cl = QVBoxLayout(box)
        cl.setContentsMargins(0, 4, 0, 0)
        cl.setSpacing(4)
        cl.addWidget(_heading(translate("LiveMeetingPage", "Conclusion"), box))
        kinds = QGridLayout()
        kinds.setSpacing(4)
        for n, (kind, _keys_text) in enumerate(CONCLUSION_KEYS):
            button = action_button(self.kind_actions[kind], box)
            button.setText(f"{n + 1}  {labels.conclusion(kind)}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.kind_buttons[kind] = button
            kinds.addWidget(button, n // 2, n % 2)  # two a row: the middle column stays narrow enough
        cl.addLayout(kinds)
        decision_head = QHBoxLayout()
        decision_head.addWidget(_heading(translate("LiveMeetingPage", "&Decision"), box, self.decision))
        decision_head.addStretch(1)
        decision_head.addWidget(action_button(self.clear_action, box))
        cl.addLayout(decision_head)
        cl.addWidget(self.decision, 1)
        cl.addWidget(self.outcome_panel)
        cl.addWidget(self.protocol_panel)
        return box

    def _show_conclusion(self, detail: ItemDetail | None) -> None:
        c = detail.conclusion if detail is not None else None
        for kind, action in self.kind_actions.items():
            action.setChecked(c is not None and c.kind == kind)
        self.outcome_panel.setVisible(c is not None and c.kind == ConclusionKind.NO_CONSENSUS)
        self.protocol_panel.setVisible(
            c is not None and c.kind in (ConclusionKind.CONSENSUS_WITH_PROTOCOL, ConclusionKind.VOTE)
        )
        may_withdraw = self._may_withdraw()
        self.kind_buttons[ConclusionKind.WITHDRAWN].setVisible(
            may_withdraw or (c is not None and c.kind == ConclusionKind.WITHDRAWN)
        )
        if c is None or detail is None:
            self.decision.sync(detail.id if detail is not None else None, "")
            self.decision.setPlaceholderText(
                translate(
                    "LiveMeetingPage",
                    "Choose how the item ended (Alt+1 to Alt+7); then write the decision here.",
                )
                if may_withdraw
                else translate(
                    "LiveMeetingPage",
                    "Choose how the item ended (Alt+1 to Alt+6); then write the decision here.",
                )
            )
            self.protocol_model.set_rows([])
            return
        self.decision.setPlaceholderText(
            translate("LiveMeetingPage", "The decision (vedtak) as it goes into the minutes.")
        )
        if not self.decision.is_dirty() or self.decision.key() != detail.id:
            self._decision_versions[detail.id] = c.version  # the text shown is this version's
        self.decision.sync(detail.id, c.decision_text)
        self._set_rows(self.protocol, self.protocol_model, list(c.protocol_entries))
        self.protocol.fit_columns(stretch=ProtocolEntriesModel.COL_TEXT, max_width=200, min_stretch=160)
        fit_rows(self.protocol, 2)
        if c.kind == ConclusionKind.NO_CONSENSUS:
            outcome = c.no_consensus_outcome or NoConsensusOutcome.RETURNED
            (
                self.outcome_returned if outcome == NoConsensusOutcome.RETURNED else self.outcome_parties
            ).setChecked(True)

    def _enable_conclusion(self, on: bool) -> None:
        for action in (
            *self.kind_actions.values(),
            self.clear_action,
            self.protocol_action,
            self.remove_protocol_action,
        ):
            action.setEnabled(on)
        self.kind_actions[ConclusionKind.WITHDRAWN].setEnabled(on and self._may_withdraw())
        conclusion = self._view.item.conclusion if on and self._view is not None and self._view.item else None
        self.decision.setReadOnly(not on or conclusion is None)
        self.outcome_returned.setEnabled(on)
        self.outcome_parties.setEnabled(on)

    def _may_withdraw(self) -> bool:
        """A case is withdrawn (trekt) only once the notice has gone; before, it is simply
        taken off the agenda."""
        return self._view is not None and self._view.status in live.WITHDRAW_FROM

    def _save_decision(self, item_id: int, text: str) -> None:
        if self.decision_conflict is not None:  # a colleague's change is being answered first
            self.decision.mark_unsaved()
            return

        def save(session: object) -> object:
            conclusion = live.set_decision_text(
                session, item_id, text, expected_version=self._decision_versions.get(item_id))  # type: ignore[arg-type]
            self._decision_versions[item_id] = conclusion.version
            return conclusion

        self._save_text(self.decision, save, lambda error: self._decision_changed(item_id, text, error))

    def _decision_changed(self, item_id: int, text: str, error: ChangedByColleague) -> None:
        """A colleague changed the decision since it was shown: who and when, theirs beside the text
        typed here; use mine saves it over theirs, copy puts it on the clipboard and shows theirs."""
        theirs = str(error.current.get("decision_text", ""))
        if error.version is not None and theirs.strip() == text.strip():  # they wrote the same: nothing to ask
            self._decision_versions[item_id] = error.version
            return
        dialog = ConflictDialog(error, [(translate("LiveMeetingPage", "Decision"), theirs, text)], self)
        self.decision_conflict = dialog

        def chosen(choice: str) -> None:
            self.decision_conflict = None
            if error.version is not None:  # from now on based on theirs (else asked again, with theirs)
                self._decision_versions[item_id] = error.version
            if self.decision.key() != item_id:
                return
            if choice == REAPPLY:
                self.decision.mark_unsaved()
                self.decision.flush()
            elif choice == COPY:
                QGuiApplication.clipboard().setText(self.decision.toPlainText())
                if error.version is not None:  # theirs is known: shown in the field
                    self.decision.reset()
                    self.decision.sync(item_id, theirs)

        dialog.chosen.connect(chosen)
        dialog.open()

    # --- concluding ------------------------------------------------------------------------------------
    def conclude_as(self, kind: ConclusionKind) -> bool:
        """Record how the current item ended. Without quorum, a decision is concluded and marked,
        and the screen says so."""
        item_id = self.current_item_id()
        if item_id is None or self._view is None or not self._view.editable:
            return False
        if kind == ConclusionKind.WITHDRAWN and not self._may_withdraw():
            return False
        outcome = None
        if kind == ConclusionKind.NO_CONSENSUS:
            outcome = (
                NoConsensusOutcome.TO_PARTIES
                if self.outcome_parties.isChecked()
                else NoConsensusOutcome.RETURNED
            )
        self.flush_all()
        go_on, text = self._decision_after(item_id, kind)
        if not go_on:
            return False
        if not self._write(
            lambda s: live.conclude(s, item_id, kind, decision_text=text, no_consensus_outcome=outcome)
        ):
            return False
        detail = self._view.item if self._view is not None else None
        window = self.window()
        if detail is not None and detail.conclusion is not None and detail.conclusion.without_quorum:
            message = translate(
                "LiveMeetingPage", "Item {number} concluded without quorum; this is marked on the item."
            ).format(number=detail.number or detail.title)
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(message, 8000)
        if (
            kind == ConclusionKind.CONSENSUS_WITH_PROTOCOL
            and detail is not None
            and detail.conclusion is not None
            and not detail.conclusion.protocol_entries
        ):
            self.add_protocol_entry()
        elif kind == ConclusionKind.VOTE:
            self.show_votes()
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
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("LiveMeetingPage", "Decision"),
            translate(
                "LiveMeetingPage",
                "The decision already has text. Replace it with this text, or add this text on a new line?",
            ),
            parent=self,
        )
        box.setInformativeText(fill)
        replace = box.addButton(translate("LiveMeetingPage", "&Replace"), QMessageBox.ButtonRole.AcceptRole)
        add = box.addButton(
            translate("LiveMeetingPage", "&Add on a New Line"), QMessageBox.ButtonRole.ActionRole
        )
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
