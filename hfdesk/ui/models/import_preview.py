"""The import wizard's lists: the rows read from a roster workbook, and the problems found."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtGui import QColor

from ... import dates
from ...imports.roster import RosterRow, RowError
from .. import labels
from .base import ALIGN_LEFT, ALIGN_RIGHT, OVERDUE_COLOUR, RowTableModel


class PreviewRowsModel(RowTableModel):
    """One sheet's rows as the import reads them (normalised), with each row's problems."""

    COL_ROW = 0
    COL_NAME = 1
    COL_ROLE = 2
    COL_RIGHTS = 3
    COL_ORGANISATION = 4
    COL_SIDE = 5
    COL_AREA = 6
    COL_EMAIL = 7
    COL_PHONE = 8
    COL_TERM_FROM = 9
    COL_TERM_TO = 10
    COL_DEPUTY_FOR = 11
    COL_TITLE = 12
    COL_SEAT = 13  # the side holding the seat, as the role word said ("Brukarrepresentant")
    COL_PROBLEMS = 14
    # The field (imports.roster.FIELDS key) each column shows.
    FIELD_COLUMNS: ClassVar[dict[int, str]] = {
        COL_NAME: "name",
        COL_ROLE: "role",
        COL_RIGHTS: "rights",
        COL_ORGANISATION: "organisation",
        COL_SIDE: "side",
        COL_AREA: "area",
        COL_EMAIL: "email",
        COL_PHONE: "phone",
        COL_TERM_FROM: "term_from",
        COL_TERM_TO: "term_to",
        COL_DEPUTY_FOR: "deputy_for",
        COL_TITLE: "title",
    }

    def headers(self) -> list[str]:
        return [
            self.tr("Row"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Rights"),
            self.tr("Represents"),
            self.tr("Side"),
            self.tr("Area"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Term from"),
            self.tr("Term to"),
            self.tr("Deputy for"),
            self.tr("Position"),
            self.tr("Seat for"),
            self.tr("Problems"),
        ]

    def row_id(self, row: RosterRow) -> int:
        return row.row

    def display(self, row: RosterRow, column: int) -> str:
        values = {
            self.COL_ROW: str(row.row),
            self.COL_NAME: row.name,
            self.COL_ROLE: labels.role(row.role),
            self.COL_RIGHTS: labels.rights(row.rights),
            self.COL_ORGANISATION: row.organisation,
            self.COL_SIDE: labels.side(row.side),
            self.COL_AREA: row.area,
            self.COL_EMAIL: row.email,
            self.COL_PHONE: row.phone,
            self.COL_TERM_FROM: dates.short_date(row.term_from),
            self.COL_TERM_TO: dates.short_date(row.term_to),
            self.COL_DEPUTY_FOR: row.deputy_for,
            self.COL_TITLE: row.title,
            self.COL_SEAT: labels.side(row.appointed_by) if row.appointed_by else "",
            self.COL_PROBLEMS: " ".join(row.errors),
        }
        return values.get(column, "")

    def sort_value(self, row: RosterRow, column: int) -> Any:
        if column == self.COL_ROW:
            return row.row
        if column == self.COL_TERM_FROM:
            return row.term_from
        if column == self.COL_TERM_TO:
            return row.term_to
        return self.display(row, column)

    def tooltip(self, row: RosterRow, column: int) -> str | None:
        return "\n".join(row.errors) if row.errors else None

    def foreground(self, row: RosterRow, column: int) -> QColor | None:
        return OVERDUE_COLOUR if row.errors and column in (self.COL_ROW, self.COL_PROBLEMS) else None

    def alignment(self, column: int):
        return ALIGN_RIGHT if column == self.COL_ROW else ALIGN_LEFT


class ProblemsModel(RowTableModel):
    """Every problem found, with its sheet and Excel row number."""

    COL_SHEET = 0
    COL_ROW = 1
    COL_MESSAGE = 2

    def headers(self) -> list[str]:
        return [self.tr("Sheet"), self.tr("Row"), self.tr("Problem")]

    def row_id(self, row: RowError) -> int:
        return row.row

    def display(self, row: RowError, column: int) -> str:
        if column == self.COL_SHEET:
            return row.sheet
        if column == self.COL_ROW:
            return str(row.row) if row.row else ""
        if column == self.COL_MESSAGE:
            return row.message
        return ""

    def sort_value(self, row: RowError, column: int) -> Any:
        if column == self.COL_ROW:
            return row.row
        return self.display(row, column)

    def tooltip(self, row: RowError, column: int) -> str | None:
        return row.message

    def alignment(self, column: int):
        return ALIGN_RIGHT if column == self.COL_ROW else ALIGN_LEFT
