"""The organisations the members represent: municipalities, hospitals, KS, unions …"""

from __future__ import annotations

from typing import Any

from ...services.queries import OrganisationRow
from .. import labels
from .base import ALIGN_LEFT, ALIGN_RIGHT, RowTableModel


class OrganisationsModel(RowTableModel):
    COL_NAME = 0
    COL_SHORT_NAME = 1
    COL_SIDE = 2
    COL_AREA = 3
    COL_PEOPLE = 4
    COL_SEATS = 5

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Short name"),
            self.tr("Side"),
            self.tr("Area"),
            self.tr("People"),
            self.tr("Seats"),
        ]

    def display(self, row: OrganisationRow, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_SHORT_NAME:
            return row.short_name
        if column == self.COL_SIDE:
            return labels.side(row.side)
        if column == self.COL_AREA:
            return row.area
        if column == self.COL_PEOPLE:
            return str(row.people_count)
        if column == self.COL_SEATS:
            return str(row.seat_count)
        return ""

    def sort_value(self, row: OrganisationRow, column: int) -> Any:
        if column == self.COL_PEOPLE:
            return row.people_count
        if column == self.COL_SEATS:
            return row.seat_count
        return self.display(row, column)

    def tooltip(self, row: OrganisationRow, column: int) -> str | None:
        if column == self.COL_SEATS:
            return self.tr("Current seats in the bodies")
        return None

    def alignment(self, column: int):
        return ALIGN_RIGHT if column in (self.COL_PEOPLE, self.COL_SEATS) else ALIGN_LEFT
