"""The Sammensetning tab of a body: its composition breaches and its editable rules."""


from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services import composition, queries
from ..models import (
    BreachesModel,
    ObjectRole,
    RulesModel,
    SortProxy,
)
from ..models.base import DONE_COLOUR, OVERDUE_COLOUR
from ..ops import Change, Ops
from ..widgets import (
    DataTableView,
    section_label,
)
from .actions import action_button, context_menu, make_action, open_dialog

if TYPE_CHECKING:  # imported when a rule is added or edited: not on the way to a usable window
    from ..dialogs.register import RuleDialog


class CompositionPanel(QWidget):
    """A body's composition: what the check finds, and the rules it checks against."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._body_id: int | None = None
        self._fit_pending = False  # the columns are to be sized to new rows when the panel is shown

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.status.setAccessibleName(self.tr("Composition status"))

        self.breaches_model = BreachesModel(self)
        self.breaches_proxy = SortProxy(self)
        self.breaches_proxy.setSourceModel(self.breaches_model)
        self.breaches = DataTableView(self, empty_text=self.tr("No breaches: the body is composed as its rules say."))
        self.breaches.setModel(self.breaches_proxy)
        self.breaches.setAccessibleName(self.tr("Breaches"))
        self.breaches.sortByColumn(BreachesModel.COL_KIND, Qt.SortOrder.AscendingOrder)
        # A breach is a sentence: wrap it rather than cut it.
        self.breaches.setWordWrap(True)
        self.breaches.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.rules_model = RulesModel(self)
        self.rules_proxy = SortProxy(self)
        self.rules_proxy.setSourceModel(self.rules_model)
        self.rules = DataTableView(self, empty_text=self.tr("This body has no composition rules yet."))
        self.rules.setModel(self.rules_proxy)
        self.rules.setAccessibleName(self.tr("Composition rules"))
        self.rules.sortByColumn(RulesModel.COL_LABEL, Qt.SortOrder.AscendingOrder)

        self.add_action = make_action(
            self, self.tr("Add &Rule…"), self.add_rule, ("Ctrl+N", "Ins"),
            tip=self.tr("Add a composition rule to this body"), widgets=(self,),
        )
        self.edit_action = make_action(
            self, self.tr("&Edit Rule…"), self.edit_rule, ("F2",),
            tip=self.tr("Change the selected rule"), widgets=(self,),
        )
        self.delete_action = make_action(
            self, self.tr("&Delete Rule…"), self.delete_rule, ("Del",),
            tip=self.tr("Delete the selected rule"), widgets=(self,),
        )
        # The body-level rules: one box each, saved as soon as it is clicked.
        self.flags: dict[str, QCheckBox] = {
            "leader_sides_differ": QCheckBox(self.tr("Leader and deputy leader from different &sides"), self),
            "matching_representation": QCheckBox(self.tr("&Matching representation"), self),
            "shared_deputies": QCheckBox(self.tr("Deputies are a s&hared list"), self),
            "deputy_same_side": QCheckBox(self.tr("A deputy stands in only for a member of the same si&de"), self),
        }
        self.flags["matching_representation"].setToolTip(
            self.tr("As many voting seats from the municipalities as from the hospitals")
        )
        self.flags["shared_deputies"].setToolTip(
            self.tr("A deputy need not stand for a named member: any deputy may stand in for any member")
        )
        self.flags["deputy_same_side"].setToolTip(
            self.tr("In the meeting, a deputy from the municipalities stands in only for a municipal member, and so on")
        )
        for box in self.flags.values():
            box.setAccessibleName(box.text().replace("&", ""))
            box.clicked.connect(self._save_flags)
        self.rules.activated.connect(lambda _index: self.edit_rule())
        self.rules.selectionModel().selectionChanged.connect(self._update_actions)
        context_menu(self.rules, (self.add_action, self.edit_action, None, self.delete_action))

        rules_head = QHBoxLayout()
        rules_head.addWidget(section_label(self.tr("Rules"), self), 1)
        for action in (self.add_action, self.edit_action, self.delete_action):
            rules_head.addWidget(action_button(action, self))

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.status)
        top_layout.addWidget(self.breaches, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addWidget(section_label(self.tr("Rules for the whole body"), self))
        flags = QGridLayout()
        for i, box in enumerate(self.flags.values()):
            flags.addWidget(box, i // 2, i % 2)
        bottom_layout.addLayout(flags)
        bottom_layout.addLayout(rules_head)
        bottom_layout.addWidget(self.rules, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([220, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter)
        self.last_dialog: QDialog | None = None
        self._update_actions()

    # --- showing -----------------------------------------------------------------------
    def show_body(
        self,
        body_id: int | None,
        breaches: list[composition.Breach],
        *,
        rules: list[queries.RuleRow] | None = None,
        flags: dict[str, bool] | None = None,
    ) -> None:
        """Show a body's breaches (found by the caller), its rules and its body-level rules;
        `rules` and `flags` are read here unless the caller read them already."""
        self._body_id = body_id
        self.breaches_model.set_rows(breaches if body_id is not None else [])
        if body_id is None:
            self.rules_model.set_rows([])
            self.status.setText("")
            self._show_flags({})
        else:
            if rules is None:
                rules = self._ops.read(lambda s: queries.composition_rules(s, body_id), parent=self, default=[])
            if flags is None:
                flags = self._ops.read(lambda s: composition.body_rules(s, body_id), parent=self, default={})
            self.rules_model.set_rows(rules or [])
            self._show_flags(flags or {})
            self._show_status(len(breaches))
        self._fit_pending = True
        if self.isVisible():  # hidden behind the Members tab: sized when it is shown
            self._fit()
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:
        if self._fit_pending:
            self._fit()
        super().showEvent(event)

    def _fit(self) -> None:
        self._fit_pending = False
        self.breaches.fit_columns(stretch=BreachesModel.COL_MESSAGE, max_width=240, keep=(BreachesModel.COL_KIND,))
        self.rules.fit_columns(
            stretch=RulesModel.COL_LABEL,
            max_width=170,
            min_stretch=200,
            keep=(RulesModel.COL_MIN, RulesModel.COL_MAX, RulesModel.COL_ROLE),
            # set aside on a laptop rather than scroll sideways (each row's tool tip says them)
            optional=(RulesModel.COL_AREA, RulesModel.COL_ORGANISATION),
        )

    def _show_flags(self, flags: dict[str, bool]) -> None:
        for key, box in self.flags.items():
            box.setChecked(flags.get(key, False))
            box.setEnabled(key in flags)

    def _save_flags(self) -> None:
        """Save the four boxes in one transaction; the check follows (Change.REGISTER)."""
        from .. import commands

        body_id = self._body_id
        if body_id is None:
            return
        flags = {key: box.isChecked() for key, box in self.flags.items()}
        saved = self._ops.write(lambda s: commands.set_body_rules(s, body_id, flags), changed=Change.REGISTER, parent=self)
        if saved is None:  # not saved: show what the database holds
            self._show_flags(self._ops.read(lambda s: composition.body_rules(s, body_id), parent=self, default={}) or {})

    def _show_status(self, count: int) -> None:
        palette = self.status.palette()
        if count:
            self.status.setText(self.tr("%n breach(es) of the composition rules", "", count))
            palette.setColor(self.status.foregroundRole(), OVERDUE_COLOUR)
        else:
            self.status.setText(self.tr("✓ No breaches"))
            palette.setColor(self.status.foregroundRole(), DONE_COLOUR)
        self.status.setPalette(palette)

    def selected_rule(self) -> queries.RuleRow | None:
        index = self.rules.currentIndex()
        if not index.isValid() or not self.rules.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.rules_proxy.index(index.row(), 0).data(ObjectRole)

    def select_rule(self, rule_id: int) -> None:
        row = self.rules_model.row_of_id(rule_id)
        if row >= 0:
            self.rules.selectRow(self.rules_proxy.mapFromSource(self.rules_model.index(row, 0)).row())

    def _update_actions(self, *_args: object) -> None:
        has_body = self._body_id is not None
        has_rule = self.selected_rule() is not None
        self.add_action.setEnabled(has_body)
        self.edit_action.setEnabled(has_rule)
        self.delete_action.setEnabled(has_rule)

    # --- changing ----------------------------------------------------------------------
    def add_rule(self) -> RuleDialog | None:
        from ..dialogs.register import RuleDialog

        if self._body_id is None:
            return None
        dialog = RuleDialog(self._ops, self._body_id, parent=self)
        dialog.saved.connect(self.select_rule)
        self.last_dialog = dialog
        open_dialog(dialog)
        return dialog

    def edit_rule(self, rule_id: int | None = None) -> RuleDialog | None:
        from ..dialogs.register import RuleDialog

        if self._body_id is None:
            return None
        if rule_id is None:
            rule = self.selected_rule()
            if rule is None:
                return None
            rule_id = rule.id
        dialog = RuleDialog(self._ops, self._body_id, rule_id, parent=self)
        dialog.saved.connect(self.select_rule)
        self.last_dialog = dialog
        open_dialog(dialog)
        return dialog

    def delete_rule(self, rule_id: int | None = None) -> bool:
        rule = self.selected_rule() if rule_id is None else next(
            (r for r in self.rules_model.rows() if r.id == rule_id), None
        )
        if rule is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete Rule"),
            self.tr("Delete the rule «{label}»? The body's members are not changed.").format(label=rule.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        rule_id = rule.id
        from .. import commands

        deleted = self._ops.write(
            lambda s: commands.delete_rule(s, rule_id), changed=Change.REGISTER, parent=self
        )
        return deleted is not None
