"""The register: bodies with their members and composition, people, organisations.

Every change goes through a form dialog (hfdesk.ui.dialogs.register) that saves itself
through Ops, which announces a Change.REGISTER; the page and its People and Organisations
tabs are each a LazyPage (read when shown, again when shown if stale). The dialogs are opened with
`open()`, never `exec()`, and the methods that open them return them, so a test can
fill them in and press OK.

Keys: Ins or Ctrl+N adds, Enter or F2 edits the selected row (F2 in the bodies' tree edits the body),
Ctrl+Shift+N makes a new body under the selected one, Ctrl+E ends a term,
Ctrl+M moves a person to another organisation, Del deletes a composition rule.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sqlalchemy.orm import Session

from ...services import case_numbers, composition, queries, register
from ...services.settings import partnership_language
from .. import labels
from ..models import (
    BodyTreeModel,
    IdRole,
    MembersModel,
    ObjectRole,
    OrganisationsModel,
    PeopleModel,
    SortProxy,
)
from ..opening import offer_to_open
from ..ops import Change, Ops
from ..widgets import (
    DataTableView,
    DataTreeView,
    ElidedLabel,
    PageHeader,
    SearchField,
    TabWidget,
    lay_out_before_paint,
    lay_out_now,
    muted_label,
    section_label,
)
from .actions import action_button, context_menu, make_action, open_dialog
from .base import LazyPage
from .composition import CompositionPanel

if TYPE_CHECKING:  # the dialogs are imported when opened: not on the way to a usable window
    from ..dialogs.history import HistoryDialog
    from ..dialogs.register import (
        BodyDialog,
        EndMembershipDialog,
        MembershipDialog,
        MovePersonDialog,
        OrganisationDialog,
        PersonDialog,
    )


class BodiesTab(QWidget):
    """The bodies as a tree; the selected body's members and composition beside it."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._body_id: int | None = None
        self._breaches: dict[int, list[composition.Breach]] = {}
        self.last_dialog: QDialog | None = None

        self.tree_model = BodyTreeModel(self)
        self.tree = DataTreeView(self, empty_text=self.tr("No bodies have been registered yet."))
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName(self.tr("Bodies"))
        # The member count is in the tool tip and above the members table; the names need the room.
        self.tree.setColumnHidden(BodyTreeModel.COL_MEMBERS, True)
        self.tree.selectionModel().selectionChanged.connect(self._on_body_selected)

        self.members_model = MembersModel(self)
        self.members_proxy = SortProxy(self)
        self.members_proxy.setSourceModel(self.members_model)
        self.members = DataTableView(self, empty_text=self.tr("Select a body to see its members."))
        # The table shows the model itself, in the statement's order, until the user sorts it by
        # a column: then the sorting proxy stands between them (_sort_members). A proxy asks the
        # model for an index and a value for every role of every painted cell, which doubled
        # the cost of painting the members on every switch of body.
        self.members.setModel(self.members_model)
        self.members.setAccessibleName(self.tr("Members"))
        self.members.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.members.horizontalHeader().sortIndicatorChanged.connect(self._sort_members)

        self.body_title = section_label(self.tr("Members"), self)
        self.breach_badge = QPushButton(self)
        self.breach_badge.setFlat(True)
        self.breach_badge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.breach_badge.setStyleSheet(
            "QPushButton { background: #c42b1c; color: white; border-radius: 9px; padding: 2px 10px; "
            "font-weight: bold; }"
        )
        self.breach_badge.setToolTip(self.tr("Show the composition check"))
        self.breach_badge.clicked.connect(self.show_composition)
        self.breach_badge.setVisible(False)
        self.body_meta = muted_label("", self)
        self.body_meta.setWordWrap(True)  # level, place, målform, numbers and seats: may take two lines
        self.body_description = ElidedLabel("", self)
        self.show_ended = QCheckBox(self.tr("Show &former members"), self)
        self.show_ended.toggled.connect(self._load_members)
        self.edit_body_action = make_action(
            self, self.tr("Edit &Body…"), self.edit_body, ("F2",),
            tip=self.tr("Change the selected body's settings: name, level, rules for meetings and decisions, documents"),
            widgets=(self.tree,),
        )
        self.new_body_action = make_action(
            self, self.tr("New B&ody…"), self.new_body, ("Ctrl+Shift+N",),
            tip=self.tr("Add a body under the selected one; it starts with the national composition rules"),
            widgets=(self,),
        )
        self.body_history_action = make_action(
            self, self.tr("Histor&y…"), self.show_history, ("Ctrl+H",),
            tip=self.tr("Who changed what in the selected body, its seats, rules and meetings, and when"),
            widgets=(self.tree,),
        )
        context_menu(self.tree, (self.new_body_action, self.edit_body_action, None, self.body_history_action))

        # Members: the table with its actions.
        self.members_panel = QWidget(self)
        self.add_member_action = make_action(
            self, self.tr("&Add Member…"), self.add_member, ("Ctrl+N", "Ins"),
            tip=self.tr("Add a member, deputy or observer to this body"),
            widgets=(self.members_panel, self.tree),
        )
        self.edit_member_action = make_action(
            self, self.tr("&Edit Member…"), self.edit_member, ("F2",),
            tip=self.tr("Change the selected membership (Enter)"),
            widgets=(self.members_panel,),
        )
        self.end_member_action = make_action(
            self, self.tr("E&nd Term…"), self.end_member, ("Ctrl+E",),
            tip=self.tr("End the selected member's term; the seat is kept as history"),
            widgets=(self.members_panel,),
        )
        self.members.activated.connect(lambda _index: self.edit_member())
        self.members.selectionModel().selectionChanged.connect(self._update_actions)
        context_menu(
            self.members, (self.add_member_action, self.edit_member_action, None, self.end_member_action)
        )
        member_bar = QHBoxLayout()
        for action in (self.add_member_action, self.edit_member_action, self.end_member_action):
            member_bar.addWidget(action_button(action, self.members_panel))
        member_bar.addStretch(1)
        member_bar.addWidget(self.show_ended)
        members_layout = QVBoxLayout(self.members_panel)
        members_layout.setContentsMargins(0, 6, 0, 0)
        members_layout.addLayout(member_bar)
        members_layout.addWidget(self.members, 1)

        self.composition = CompositionPanel(ops, self)
        self.body_tabs = TabWidget(self)
        self.body_tabs.setDocumentMode(True)
        self.body_tabs.addTab(self.members_panel, self.tr("&Members"))
        self.body_tabs.addTab(self.composition, self.tr("&Composition"))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.body_title)
        heading.addWidget(self.breach_badge)
        heading.addStretch(1)
        heading.addWidget(action_button(self.new_body_action, right))
        heading.addWidget(action_button(self.edit_body_action, right))
        heading.addWidget(action_button(self.body_history_action, right))
        right_layout.addLayout(heading)
        right_layout.addWidget(self.body_meta)
        right_layout.addWidget(self.body_description)
        right_layout.addWidget(self.body_tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 900])
        self.tree.setMinimumWidth(200)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(splitter)
        self._update_actions()

    def refresh(self) -> None:
        def read(session):
            return queries.list_bodies(session), composition.check_all(session)

        rows, breaches = self._ops.read(read, parent=self, default=([], {})) or ([], {})
        self._breaches = breaches
        self.tree_model.set_rows(rows)
        self.tree_model.set_breach_counts({body_id: len(found) for body_id, found in breaches.items()})
        self.tree.expandAll()
        keep = self._body_id if self._body_id is not None and self.tree_model.body(self._body_id) else None
        if keep is None and self.tree_model.rowCount() > 0:
            keep = self.tree_model.index(0, 0).data(IdRole)
        self._body_id = None
        if keep is not None:
            self.select_body(keep)
        else:
            self._show_body(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        lay_out_before_paint(self)  # the tab shown again: painted once, as it stays (it reads with the page)

    def forget_selection(self) -> None:
        """Another database file: its ids mean other bodies."""
        self._body_id = None

    def select_body(self, body_id: int) -> None:
        index = self.tree_model.index_of_id(body_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def selected_body_id(self) -> int | None:
        return self._body_id

    def breaches(self, body_id: int) -> list[composition.Breach]:
        return list(self._breaches.get(body_id, []))

    def show_composition(self) -> None:
        self.body_tabs.setCurrentWidget(self.composition)

    def _on_body_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show_body(indexes[0].data(IdRole) if indexes else None)

    def _show_body(self, body_id: int | None) -> None:
        self._body_id = body_id
        body = self.tree_model.body(body_id) if body_id is not None else None
        breaches = self._breaches.get(body_id, []) if body is not None else []
        self._show_breach_count(len(breaches))
        if body is None:
            self.composition.show_body(None, [])
            self.body_title.setText(self.tr("Members"))
            self.body_meta.setText("")
            self.body_description.set_full_text("")
            self.body_description.setVisible(False)
            self.members.set_empty_text(self.tr("Select a body to see its members."))
            self.members_model.set_rows([])
            self._update_actions()
            lay_out_now(self)
            return
        # The members, the rules and the body's own rules in one session; the breaches were
        # found for every body at once when the tree was read (refresh).
        include_ended = self.show_ended.isChecked()
        body_key = body.id

        def read(session: Session) -> tuple[list[queries.MemberRow], list[queries.RuleRow], dict[str, bool]]:
            return (
                queries.body_members(session, body_key, include_ended=include_ended),
                queries.composition_rules(session, body_key),
                composition.body_rules(session, body_key),
            )

        members, rules, flags = self._ops.read(read, parent=self, default=None) or ([], [], {})
        self.composition.show_body(body_id, breaches, rules=rules, flags=flags)
        self.body_title.setText(body.name)
        parent = self.tree_model.body(body.parent_id) if body.parent_id is not None else None
        meta = [self.tr("Level {level}").format(level=body.level)]
        if parent is not None:
            meta.append(self.tr("under {parent}").format(parent=parent.short_name or parent.name))
        if body.area:
            meta.append(self.tr("area {area}").format(area=body.area))
        meta.append(
            self.tr("written standard: {language}").format(language=labels.language(body.language).lower())
        )
        meta.append(
            self.tr("case numbers like {number}").format(
                number=case_numbers.format_number(body.case_number_pattern, 12, date.today().year)
            )
        )
        meta.append(self.tree_model.seat_counts(body))
        self.body_meta.setText(" · ".join(meta))
        self.body_description.set_full_text(body.description)
        self.body_description.setVisible(bool(body.description))
        self._show_members(members, include_ended)
        lay_out_now(self)  # one paint of the body's page, not three

    def _show_breach_count(self, count: int) -> None:
        self.breach_badge.setText(self.tr("%n breach(es)", "", count))
        self.breach_badge.setAccessibleName(self.breach_badge.text())
        self.breach_badge.setVisible(count > 0)
        title = self.tr("&Composition")
        index = self.body_tabs.indexOf(self.composition)
        self.body_tabs.setTabText(index, f"{title} ({count})" if count else title)

    def _load_members(self) -> None:
        body_id = self._body_id
        if body_id is None:
            return
        include_ended = self.show_ended.isChecked()
        rows = self._ops.read(
            lambda s: queries.body_members(s, body_id, include_ended=include_ended), parent=self, default=[]
        )
        self._show_members(rows or [], include_ended)

    def _show_members(self, rows: list[queries.MemberRow], include_ended: bool) -> None:
        self.members_model.set_rows(rows)
        self.members.set_empty_text(
            self.tr("This body has no members registered.")
            if include_ended
            else self.tr("This body has no members in the current term.")
        )
        self.members.fit_columns(
            stretch=MembersModel.COL_REPRESENTS,
            max_width=200,
            min_stretch=130,
            keep=(
                MembersModel.COL_NAME,
                MembersModel.COL_ROLE,
                MembersModel.COL_TERM_FROM,
                MembersModel.COL_TERM_TO,
            ),
            # set aside on a laptop rather than scroll sideways (each row's tool tip says them)
            optional=(MembersModel.COL_TERM_FROM, MembersModel.COL_SIDE, MembersModel.COL_AREA),
        )
        self._update_actions()

    # --- members -----------------------------------------------------------------------
    def _sort_members(self, column: int, order: Qt.SortOrder) -> None:
        """The user sorted by a column: show the members through the sorting proxy from now on."""
        if column < 0 or self.members.model() is self.members_proxy:
            return
        selected = self.selected_member()
        self.members.setModel(self.members_proxy)
        self.members.selectionModel().selectionChanged.connect(self._update_actions)
        self.members_proxy.sort(column, order)
        if selected is not None:
            self.select_member(selected.membership_id)
        self._update_actions()

    def selected_member(self) -> queries.MemberRow | None:
        index = self.members.currentIndex()
        if not index.isValid() or not self.members.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.members.model().index(index.row(), 0).data(ObjectRole)

    def select_member(self, membership_id: int) -> bool:
        row = self.members_model.row_of_id(membership_id)
        if row < 0:
            return False
        model = self.members.model()
        if model is self.members_proxy:
            row = self.members_proxy.mapFromSource(self.members_model.index(row, 0)).row()
        self.members.selectRow(row)
        self.members.setCurrentIndex(model.index(row, 0))
        return True

    def _update_actions(self, *_args: object) -> None:
        member = self.selected_member()
        self.edit_body_action.setEnabled(self._body_id is not None)
        self.body_history_action.setEnabled(self._body_id is not None)
        self.add_member_action.setEnabled(self._body_id is not None)
        self.edit_member_action.setEnabled(member is not None)
        self.end_member_action.setEnabled(member is not None and member.current)

    def _open(self, dialog: QDialog) -> QDialog:
        self.last_dialog = dialog
        return open_dialog(dialog)

    def edit_body(self, body_id: int | None = None) -> BodyDialog | None:
        from ..dialogs.register import BodyDialog

        body_id = body_id if body_id is not None else self._body_id
        if body_id is None:
            return None
        dialog = BodyDialog(self._ops, body_id, parent=self)
        dialog.saved.connect(self.select_body)
        self._open(dialog)
        return dialog

    def show_history(self) -> HistoryDialog | None:
        """Historikk…: who changed what in the selected body (services.history)."""
        from ..dialogs.history import BODY, HistoryDialog

        body = self.tree_model.body(self._body_id) if self._body_id is not None else None
        if body is None:
            return None
        dialog = HistoryDialog(self._ops, BODY, body.id, body.name, self)
        self._open(dialog)
        return dialog

    def new_body(self) -> BodyDialog:
        """The body form for a new body under the selected one; the new body is selected after."""
        from ..dialogs.register import BodyDialog

        dialog = BodyDialog(self._ops, parent=self, parent_body_id=self._body_id)
        dialog.saved.connect(self._select_new_body)
        self._open(dialog)
        return dialog

    def _select_new_body(self, body_id: int) -> None:
        self._body_id = body_id  # kept by the refresh the save announces
        self.select_body(body_id)

    def add_member(self) -> MembershipDialog | None:
        from ..dialogs.register import MembershipDialog

        if self._body_id is None:
            return None
        dialog = MembershipDialog(self._ops, self._body_id, parent=self)
        dialog.saved.connect(self.select_member)
        self._open(dialog)
        return dialog

    def edit_member(self, membership_id: int | None = None) -> MembershipDialog | None:
        from ..dialogs.register import MembershipDialog

        if self._body_id is None:
            return None
        if membership_id is None:
            member = self.selected_member()
            if member is None:
                return None
            membership_id = member.membership_id
        dialog = MembershipDialog(self._ops, self._body_id, membership_id, parent=self)
        dialog.saved.connect(self.select_member)
        self._open(dialog)
        return dialog

    def end_member(self, membership_id: int | None = None) -> EndMembershipDialog | None:
        from ..dialogs.register import EndMembershipDialog

        if membership_id is None:
            member = self.selected_member()
            if member is None:
                return None
            membership_id = member.membership_id
        dialog = EndMembershipDialog(self._ops, membership_id, parent=self)
        dialog.saved.connect(self.select_member)
        self._open(dialog)
        return dialog


class PeopleTab(LazyPage):
    """Everyone in the register, filtered as you type. Not shown at start: it reads when first
    shown, or asked for (`RegisterPage.people`), not with the page."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, Change.REGISTER, parent)
        self.last_dialog: QDialog | None = None
        self.search = SearchField(self.tr("Search by name, job title, organisation or e-mail"), self)
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.textChanged.connect(self._apply_filter)
        self.count = muted_label("", self)
        self.count.setWordWrap(False)

        self.model = PeopleModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView(self, empty_text=self.tr("No people have been registered yet."))
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("People"))
        self.table.sortByColumn(PeopleModel.COL_NAME, Qt.SortOrder.AscendingOrder)

        self.add_action = make_action(
            self, self.tr("&Add Person…"), self.add_person, ("Ctrl+N", "Ins"),
            tip=self.tr("Add a person to the register"), widgets=(self,),
        )
        self.edit_action = make_action(
            self, self.tr("&Edit Person…"), self.edit_person, ("F2",),
            tip=self.tr("Change the selected person (Enter)"), widgets=(self,),
        )
        self.move_action = make_action(
            self, self.tr("&Move to Another Organisation…"), self.move_person, ("Ctrl+M",),
            tip=self.tr("The person has a new employer; the seats they hold are kept as they are"),
            widgets=(self,),
        )
        # Personvern: a former member's contact details go; an innsyn request is answered.
        self.remove_contacts_action = make_action(
            self, self.tr("&Remove Contact Details…"), self.remove_contact_details,
            tip=QCoreApplication.translate("PeopleTab", self.REMOVE_TIP),
        )
        self.export_data_action = make_action(
            self, self.tr("E&xport Personal Data (Access Request)…"), self.export_personal_data,
            tip=self.tr("Everything hfdesk keeps about the selected person, as an Excel workbook to send them"),
        )
        self.table.activated.connect(lambda _index: self.edit_person())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        context_menu(
            self.table,
            (self.add_action, self.edit_action, None, self.move_action, None,
             self.remove_contacts_action, self.export_data_action),
        )  # fmt: skip

        # One button for both, so the row keeps room for longer words.
        self.privacy_button = QPushButton(self.tr("Privacy"), self)
        self.privacy_button.setAccessibleName(self.tr("Privacy"))
        self.privacy_button.setToolTip(self.tr("Remove a former member's contact details, or export a person's data"))
        privacy_menu = QMenu(self.privacy_button)
        privacy_menu.setToolTipsVisible(True)
        privacy_menu.addAction(self.remove_contacts_action)
        privacy_menu.addAction(self.export_data_action)
        self.privacy_button.setMenu(privacy_menu)

        top = QHBoxLayout()
        top.addWidget(self.search)
        for action in (self.add_action, self.edit_action, self.move_action):
            top.addWidget(action_button(action, self))
        top.addWidget(self.privacy_button)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._update_actions()

    def reload(self) -> None:
        selected = self.selected_person()
        rows = self._ops.read(queries.search_people, parent=self, default=[])
        self.model.set_rows(rows or [])
        self.table.fit_columns(
            stretch=PeopleModel.COL_ORGANISATION, max_width=280, keep=(PeopleModel.COL_NAME,)
        )
        self._apply_filter()
        if selected is not None:
            self.select_person(selected.id)
        self._update_actions()

    def _apply_filter(self) -> None:
        text = self.search.text().strip()
        self.proxy.set_filter_words(text)
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if not text:
            self.count.setText(self.tr("%n person(s)", "", total))
            self.table.set_empty_text(self.tr("No people have been registered yet."))
        else:
            self.count.setText(self.tr("Showing {shown} of {total}").format(shown=shown, total=total))
            self.table.set_empty_text(self.tr("Nobody matches «{text}».").format(text=text))
        self._update_actions()

    def selected_person(self) -> queries.PersonRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.proxy.index(index.row(), 0).data(ObjectRole)

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of_id(person_id)
        if row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            return False
        self.table.selectRow(proxy_index.row())
        self.table.setCurrentIndex(proxy_index)
        return True

    REMOVE_TIP = QT_TRANSLATE_NOOP(
        "PeopleTab",
        "Remove the e-mail address, phone number and notes of someone who no longer sits in any body; "
        "the name stays where minutes and the archive need it",
    )

    def _update_actions(self, *_args: object) -> None:
        person = self.selected_person()
        has = person is not None
        self.edit_action.setEnabled(has)
        self.move_action.setEnabled(has)
        self.export_data_action.setEnabled(has)
        # Someone who sits in a body today keeps their contact details (a seat starting later
        # is caught when the action is chosen, with the bodies named).
        sits = person is not None and person.body_count > 0
        self.remove_contacts_action.setEnabled(has and not sits)
        if sits:
            tip = self.tr("{name} sits in a body: end the memberships first").format(name=person.name)
        else:
            tip = QCoreApplication.translate("PeopleTab", self.REMOVE_TIP)
        self.remove_contacts_action.setToolTip(tip)
        self.remove_contacts_action.setStatusTip(tip)

    def _open(self, dialog: QDialog) -> QDialog:
        self.last_dialog = dialog
        dialog.saved.connect(self.select_person)  # type: ignore[attr-defined]
        return open_dialog(dialog)

    def add_person(self) -> PersonDialog:
        from ..dialogs.register import PersonDialog

        dialog = PersonDialog(self._ops, parent=self)
        self._open(dialog)
        return dialog

    def edit_person(self, person_id: int | None = None) -> PersonDialog | None:
        from ..dialogs.register import PersonDialog

        if person_id is None:
            person = self.selected_person()
            if person is None:
                return None
            person_id = person.id
        dialog = PersonDialog(self._ops, person_id, parent=self)
        self._open(dialog)
        return dialog

    def move_person(self, person_id: int | None = None) -> MovePersonDialog | None:
        from ..dialogs.register import MovePersonDialog

        if person_id is None:
            person = self.selected_person()
            if person is None:
                return None
            person_id = person.id
        dialog = MovePersonDialog(self._ops, person_id, parent=self)
        self._open(dialog)
        return dialog

    def remove_contact_details(self, person_id: int | None = None) -> bool:
        """Personvern: after a confirmation naming the person and what goes and what stays, clear
        the contact details of someone who sits in no body. True when they were removed."""
        from ...services import person_data

        if person_id is None:
            row = self.selected_person()
            if row is None:
                return False
            person_id = row.id
        pid = person_id
        found = self._ops.read(lambda s: person_data.name_and_seats(s, pid), parent=self)
        if found is None:
            return False
        name, bodies = found
        title = self.tr("Remove Contact Details")
        if bodies:
            QMessageBox.information(
                self,
                title,
                self.tr(
                    "{name} sits in {bodies}.\n\nEnd the memberships first (Register ▸ Bodies ▸ End Term); "
                    "the contact details can be removed once the person sits in no body."
                ).format(name=name, bodies=", ".join(bodies)),
            )
            return False
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Remove the contact details of {name}?\n\n"
                "Removed: the e-mail address, the phone number and the notes.\n"
                "Kept: the name, the job title and the organisation, and every membership, attendance, "
                "vote and mention, since approved minutes and the archive need them.\n\n"
                "Backups made before today keep the details until they are thinned out (about a year)."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        done = self._ops.write(lambda s: register.remove_contact_details(s, pid), changed=Change.REGISTER, parent=self)
        if done is None:
            return False
        self.reload()
        self.select_person(pid)
        return True

    def export_personal_data(self, person_id: int | None = None) -> Path | None:
        """Innsyn: everything kept about the person to an Excel workbook (asks where, offers to open)."""
        from ...services import person_data

        if person_id is None:
            row = self.selected_person()
            if row is None:
                return None
            person_id = row.id
        pid = person_id

        def suggest(s: Session) -> str:
            from ...exports.words import PERSON_DATA_SHEETS

            return person_data.person_file_name(s, pid, PERSON_DATA_SHEETS[partnership_language(s)][0])

        name = self._ops.read(suggest, parent=self)
        if name is None:
            return None
        folder = self._ops.database.path.parent if self._ops.database.path is not None else Path.home()
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Personal Data"), str(folder / name), self.tr("Excel workbooks (*.xlsx)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")

        def write(s: Session) -> Path:
            from ...exports.person_data import export_person_data

            return export_person_data(s, pid, path).path

        if self._ops.read(write, parent=self) is None:
            return None
        offer_to_open(
            self,
            self.tr("Personal Data Exported"),
            path,
            self.tr("The file was saved as «{file}». Open it now?").format(file=str(path)),
        )
        return path


class OrganisationsTab(LazyPage):
    """The parties and organisations the members come from (read as the People tab is)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, Change.REGISTER, parent)
        self.last_dialog: QDialog | None = None
        self.model = OrganisationsModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView(self, empty_text=self.tr("No organisations have been registered yet."))
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.sortByColumn(OrganisationsModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.count = muted_label("", self)
        self.count.setWordWrap(False)

        self.add_action = make_action(
            self, self.tr("&Add Organisation…"), self.add_organisation, ("Ctrl+N", "Ins"),
            tip=self.tr("Add an organisation or party"), widgets=(self,),
        )
        self.edit_action = make_action(
            self, self.tr("&Edit Organisation…"), self.edit_organisation, ("F2",),
            tip=self.tr("Change the selected organisation (Enter)"), widgets=(self,),
        )
        self.table.activated.connect(lambda _index: self.edit_organisation())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        context_menu(self.table, (self.add_action, self.edit_action))

        top = QHBoxLayout()
        for action in (self.add_action, self.edit_action):
            top.addWidget(action_button(action, self))
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._update_actions()

    def reload(self) -> None:
        selected = self.selected_organisation()
        rows = self._ops.read(queries.list_organisations, parent=self, default=[])
        self.model.set_rows(rows or [])
        self.count.setText(self.tr("%n organisation(s)", "", self.model.rowCount()))
        self.table.fit_columns(stretch=OrganisationsModel.COL_NAME, max_width=260)
        if selected is not None:
            self.select_organisation(selected.id)
        self._update_actions()

    def selected_organisation(self) -> queries.OrganisationRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.proxy.index(index.row(), 0).data(ObjectRole)

    def select_organisation(self, organisation_id: int) -> bool:
        row = self.model.row_of_id(organisation_id)
        if row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(proxy_index.row())
        self.table.setCurrentIndex(proxy_index)
        return True

    def _update_actions(self, *_args: object) -> None:
        self.edit_action.setEnabled(self.selected_organisation() is not None)

    def _open(self, dialog: OrganisationDialog) -> OrganisationDialog:
        self.last_dialog = dialog
        dialog.saved.connect(self.select_organisation)
        open_dialog(dialog)
        return dialog

    def add_organisation(self) -> OrganisationDialog:
        from ..dialogs.register import OrganisationDialog

        return self._open(OrganisationDialog(self._ops, parent=self))

    def edit_organisation(self, organisation_id: int | None = None) -> OrganisationDialog | None:
        from ..dialogs.register import OrganisationDialog

        if organisation_id is None:
            organisation = self.selected_organisation()
            if organisation is None:
                return None
            organisation_id = organisation.id
        return self._open(OrganisationDialog(self._ops, organisation_id, parent=self))


class RegisterPage(LazyPage):
    """The bodies tab is read with the page; the People and Organisations tabs read themselves."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, Change.REGISTER, parent)
        header = PageHeader(
            self.tr("Register"),
            self.tr("The bodies of the health community, their members, and everyone in the register."),
            self,
        )
        self.tabs = TabWidget(self)
        self.tabs.setDocumentMode(True)
        self.bodies = BodiesTab(ops, self.tabs)
        self._people = PeopleTab(ops, self.tabs)
        self._organisations = OrganisationsTab(ops, self.tabs)
        self.tabs.addTab(self.bodies, self.tr("&Bodies"))
        self.tabs.addTab(self._people, self.tr("&People"))
        self.tabs.addTab(self._organisations, self.tr("O&rganisations"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)
        ops.database_changed.connect(self.bodies.forget_selection)

    @staticmethod
    def title() -> str:
        """The page's name (sidebar, View menu): known before the page is built."""
        return QCoreApplication.translate("RegisterPage", "Register")

    @property
    def people(self) -> PeopleTab:
        """The People tab, its list read and up to date (the tab reads when shown or asked for)."""
        self._people.load()
        return self._people

    @property
    def organisations(self) -> OrganisationsTab:
        """The Organisations tab, its list read and up to date (as `people`)."""
        self._organisations.load()
        return self._organisations

    def reload(self) -> None:
        self.bodies.refresh()
