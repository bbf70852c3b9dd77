"""The people register."""

from __future__ import annotations

from typing import Any

from ...services.queries import PersonRow
from .base import ALIGN_LEFT, ALIGN_RIGHT, RowTableModel


class PeopleModel(RowTableModel):
    COL_NAME = 0
    COL_TITLE = 1
    COL_ORGANISATION = 2
    COL_EMAIL = 3
    COL_PHONE = 4
    COL_BODIES = 5

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Job title"),
            self.tr("Organisation"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Bodies"),
        ]

    def display(self, row: PersonRow, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_ORGANISATION:
            return row.organisation
        if column == self.COL_EMAIL:
            return row.email
        if column == self.COL_PHONE:
            return row.phone
        if column == self.COL_BODIES:
            return str(row.body_count) if row.body_count else ""
        return ""

    def sort_value(self, row: PersonRow, column: int) -> Any:
        if column == self.COL_NAME:
            return row.sort_name or row.name
        if column == self.COL_BODIES:
            return row.body_count
        return self.display(row, column)

    def tooltip(self, row: PersonRow, column: int) -> str | None:
        if column == self.COL_BODIES:
            return self.tr("Current seats in %n body/bodies", "", row.body_count)
        return None

    def alignment(self, column: int):
        return ALIGN_RIGHT if column == self.COL_BODIES else ALIGN_LEFT
