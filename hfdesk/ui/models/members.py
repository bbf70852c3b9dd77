"""A body's members: name, role, rights, whom they represent, side, area, term, deputy for."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from ... import dates
from ...models import Role
from ...services.queries import MemberRow
from .. import labels
from .base import RowTableModel, muted_colour

_ROLE_ORDER = {role: i for i, role in enumerate(Role)}


class MembersModel(RowTableModel):
    COL_NAME = 0
    COL_ROLE = 1
    COL_RIGHTS = 2
    COL_REPRESENTS = 3
    COL_SIDE = 4
    COL_AREA = 5
    COL_TERM_FROM = 6
    COL_TERM_TO = 7
    COL_DEPUTY_FOR = 8

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Rights"),
            self.tr("Represents"),
            self.tr("Side"),
            self.tr("Area"),
            self.tr("Term from"),
            self.tr("Term to"),
            self.tr("Deputy for"),
        ]

    def row_id(self, row: MemberRow) -> int:
        return row.membership_id

    def display(self, row: MemberRow, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_ROLE:
            return labels.role(row.role)
        if column == self.COL_RIGHTS:
            return labels.rights(row.rights)
        if column == self.COL_REPRESENTS:
            return row.represents
        if column == self.COL_SIDE:
            return labels.side(row.side)
        if column == self.COL_AREA:
            return row.area
        if column == self.COL_TERM_FROM:
            return dates.short_date(row.term_from)
        if column == self.COL_TERM_TO:
            return dates.short_date(row.term_to)
        if column == self.COL_DEPUTY_FOR:
            return row.deputy_for
        return ""

    def sort_value(self, row: MemberRow, column: int) -> Any:
        if column == self.COL_NAME:
            return row.sort_name or row.name
        if column == self.COL_ROLE:
            return _ROLE_ORDER[row.role]
        if column == self.COL_TERM_FROM:
            return row.term_from
        if column == self.COL_TERM_TO:
            return row.term_to
        return self.display(row, column)

    def tooltip(self, row: MemberRow, column: int) -> str | None:
        """Everything about the seat, so a cell cut short by a narrow column can be read in full."""
        lines = [row.name, f"{labels.role(row.role)} · {labels.rights(row.rights)}"]
        where = [x for x in (row.represents, labels.side(row.side), row.area) if x]
        if where:
            lines.append(" · ".join(where))
        if row.deputy_for:
            lines.append(self.tr("Deputy for {name}").format(name=row.deputy_for))
        term = f"{dates.short_date(row.term_from)}–{dates.short_date(row.term_to)}"
        lines.append(self.tr("Term {term}").format(term=term))
        lines.extend(x for x in (row.email, row.phone) if x)
        if not row.current:
            lines.append(self.tr("The term has ended."))
        return "\n".join(lines)

    def foreground(self, row: MemberRow, column: int) -> QColor | None:
        return None if row.current else muted_colour()
