"""A body's composition: its rules (what seats it must have) and the breaches the check finds."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from ...services.composition import Breach
from ...services.queries import RuleRow
from .. import labels
from .base import ALIGN_LEFT, ALIGN_RIGHT, OVERDUE_COLOUR, RowTableModel, muted_colour

# The order breaches are listed in: the most pressing first.
_CODE_ORDER = {
    "missing_seat": 0,
    "leader_wrong_side": 1,
    "cap_exceeded": 2,
    "term_ended": 3,
    "deputy_without_member": 4,
    "no_leader": 5,
    "leader_sides_same": 1,
    "deputy_other_side": 4,
    "representation_unequal": 2,
}


class RulesModel(RowTableModel):
    COL_LABEL = 0
    COL_SIDE = 1
    COL_APPOINTED_BY = 2
    COL_ORGANISATION = 3
    COL_AREA = 4
    COL_ROLE = 5
    COL_MIN = 6
    COL_MAX = 7

    def headers(self) -> list[str]:
        return [
            self.tr("Rule"),
            self.tr("Side"),
            self.tr("Appointed by"),
            self.tr("Organisation"),
            self.tr("Area"),
            self.tr("Role"),
            self.tr("At least"),
            self.tr("At most"),
        ]

    def display(self, row: RuleRow, column: int) -> str:
        if column == self.COL_LABEL:
            return row.label
        if column == self.COL_SIDE:
            return labels.side(row.side)
        if column == self.COL_APPOINTED_BY:
            return labels.side(row.appointed_by)
        if column == self.COL_ORGANISATION:
            return row.organisation
        if column == self.COL_AREA:
            return row.area
        if column == self.COL_ROLE:
            return labels.role(row.role) if row.role is not None else self.tr("Voting")
        if column == self.COL_MIN:
            return str(row.min_count)
        if column == self.COL_MAX:
            return str(row.max_count) if row.max_count is not None else "–"
        return ""

    def sort_value(self, row: RuleRow, column: int) -> Any:
        if column == self.COL_LABEL:
            return row.sort_order
        if column == self.COL_MIN:
            return row.min_count
        if column == self.COL_MAX:
            return row.max_count if row.max_count is not None else 10**6
        return self.display(row, column)

    def tooltip(self, row: RuleRow, column: int) -> str | None:
        if column == self.COL_MAX and row.max_count is None:
            return self.tr("No upper limit")
        if column == self.COL_ROLE and row.role is None:
            return self.tr("Leaders, deputy leaders and members")
        lines = [row.label] if row.label else []
        where = [labels.side(row.side), labels.side(row.appointed_by), row.organisation, row.area]
        if any(where):  # also what a narrow table set aside
            lines.append(" · ".join(x for x in where if x))
        if row.position:
            lines.append(self.tr("Position: {position}").format(position=row.position))
        if row.outside_caps:
            lines.append(self.tr("Not counted against other rules' maximum"))
        return "\n".join(lines) or None

    def foreground(self, row: RuleRow, column: int) -> QColor | None:
        if column == self.COL_ROLE and row.role is None:
            return muted_colour()
        return None

    def alignment(self, column: int):
        return ALIGN_RIGHT if column in (self.COL_MIN, self.COL_MAX) else ALIGN_LEFT


class BreachesModel(RowTableModel):
    """The composition check's findings for one body, one line each in plain Norwegian."""

    COL_KIND = 0
    COL_MESSAGE = 1

    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Breach")]

    def kind(self, code: str) -> str:
        kinds = {
            "missing_seat": self.tr("Missing seat"),
            "cap_exceeded": self.tr("Too many"),
            "leader_wrong_side": self.tr("Leader from the wrong side"),
            "term_ended": self.tr("Term ended"),
            "deputy_without_member": self.tr("Deputy without a member"),
            "no_leader": self.tr("No leader"),
            "leader_sides_same": self.tr("Leaders from one side"),
            "deputy_other_side": self.tr("Deputy from another side"),
            "representation_unequal": self.tr("Unequal representation"),
        }
        return kinds.get(code, code)

    def row_id(self, row: Breach) -> int:
        # A breach has no id of its own; the rule or the membership it is about identifies it.
        return row.rule_id or row.membership_id or 0

    def display(self, row: Breach, column: int) -> str:
        if column == self.COL_KIND:
            return self.kind(row.code)
        if column == self.COL_MESSAGE:
            return row.message
        return ""

    def sort_value(self, row: Breach, column: int) -> Any:
        if column == self.COL_KIND:
            return _CODE_ORDER.get(row.code, 99)
        return row.message

    def tooltip(self, row: Breach, column: int) -> str | None:
        return row.message

    def foreground(self, row: Breach, column: int) -> QColor | None:
        return OVERDUE_COLOUR if column == self.COL_KIND else None
