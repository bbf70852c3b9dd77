"""The register: bodies with their members, people, organisations."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import queries
from .. import labels
from ..models import BodyTreeModel, IdRole, MembersModel, OrganisationsModel, PeopleModel, SortProxy
from ..ops import ALL, REGISTER, Ops
from ..widgets import (
    DataTableView,
    DataTreeView,
    ElidedLabel,
    PageHeader,
    SearchField,
    muted_label,
    section_label,
)


class BodiesTab(QWidget):
    """The bodies as a tree; the selected body's members beside it."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._body_id: int | None = None

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
        self.members.setModel(self.members_proxy)
        self.members.setAccessibleName(self.tr("Members"))
        self.members.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

        self.body_title = section_label(self.tr("Members"), self)
        self.body_meta = muted_label("", self)
        self.body_meta.setWordWrap(False)
        self.body_description = ElidedLabel("", self)
        self.show_ended = QCheckBox(self.tr("Show &former members"), self)
        self.show_ended.toggled.connect(self._load_members)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.body_title, 1)
        heading.addWidget(self.show_ended, 0, Qt.AlignmentFlag.AlignBottom)
        right_layout.addLayout(heading)
        right_layout.addWidget(self.body_meta)
        right_layout.addWidget(self.body_description)
        right_layout.addWidget(self.members, 1)

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

    def refresh(self) -> None:
        rows = self._ops.read(queries.list_bodies, parent=self, default=[])
        self.tree_model.set_rows(rows or [])
        self.tree.expandAll()
        keep = self._body_id if self._body_id is not None and self.tree_model.body(self._body_id) else None
        if keep is None and self.tree_model.rowCount() > 0:
            keep = self.tree_model.index(0, 0).data(IdRole)
        self._body_id = None
        if keep is not None:
            self.select_body(keep)
        else:
            self._show_body(None)

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

    def _on_body_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show_body(indexes[0].data(IdRole) if indexes else None)

    def _show_body(self, body_id: int | None) -> None:
        self._body_id = body_id
        body = self.tree_model.body(body_id) if body_id is not None else None
        if body is None:
            self.body_title.setText(self.tr("Members"))
            self.body_meta.setText("")
            self.body_description.set_full_text("")
            self.body_description.setVisible(False)
            self.members.set_empty_text(self.tr("Select a body to see its members."))
            self.members_model.set_rows([])
            return
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
        meta.append(self.tr("%n member(s) now", "", body.member_count))
        self.body_meta.setText(" · ".join(meta))
        self.body_description.set_full_text(body.description)
        self.body_description.setVisible(bool(body.description))
        self._load_members()

    def _load_members(self) -> None:
        body_id = self._body_id
        if body_id is None:
            return
        include_ended = self.show_ended.isChecked()
        rows = self._ops.read(
            lambda s: queries.body_members(s, body_id, include_ended=include_ended), parent=self, default=[]
        )
        self.members_model.set_rows(rows or [])
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
        )


class PeopleTab(QWidget):
    """Everyone in the register, filtered as you type."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
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

        top = QHBoxLayout()
        top.addWidget(self.search)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        rows = self._ops.read(queries.search_people, parent=self, default=[])
        self.model.set_rows(rows or [])
        self.table.fit_columns(
            stretch=PeopleModel.COL_ORGANISATION, max_width=280, keep=(PeopleModel.COL_NAME,)
        )
        self._apply_filter()

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


class OrganisationsTab(QWidget):
    """The parties and organisations the members come from."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.model = OrganisationsModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView(self, empty_text=self.tr("No organisations have been registered yet."))
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.sortByColumn(OrganisationsModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.count = muted_label("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        rows = self._ops.read(queries.list_organisations, parent=self, default=[])
        self.model.set_rows(rows or [])
        self.count.setText(self.tr("%n organisation(s)", "", self.model.rowCount()))
        self.table.fit_columns(stretch=OrganisationsModel.COL_NAME, max_width=260)


class RegisterPage(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        header = PageHeader(
            self.tr("Register"),
            self.tr("The bodies of the health community, their members, and everyone in the register."),
            self,
        )
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.bodies = BodiesTab(ops, self.tabs)
        self.people = PeopleTab(ops, self.tabs)
        self.organisations = OrganisationsTab(ops, self.tabs)
        self.tabs.addTab(self.bodies, self.tr("&Bodies"))
        self.tabs.addTab(self.people, self.tr("&People"))
        self.tabs.addTab(self.organisations, self.tr("O&rganisations"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)
        ops.database_changed.connect(self.bodies.forget_selection)
        ops.data_changed.connect(self._on_data_changed)
        self.refresh()

    def title(self) -> str:
        return self.tr("Register")

    def refresh(self) -> None:
        self.bodies.refresh()
        self.people.refresh()
        self.organisations.refresh()

    def _on_data_changed(self, what: str) -> None:
        if what in (ALL, REGISTER):
            self.refresh()
