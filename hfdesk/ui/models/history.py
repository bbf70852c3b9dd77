"""Who changed what: a meeting's or a body's history (services.history), newest first."""

from __future__ import annotations

from typing import Any

from ... import dates
from ...services.history import HistoryEntry
from .base import RowTableModel


class HistoryModel(RowTableModel):
    COL_WHEN = 0
    COL_WHO = 1
    COL_WHAT = 2

    fetch_batch = None  # a history is read whole: a few hundred rows at most per meeting

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("What")]

    def display(self, row: HistoryEntry, column: int) -> str:
        if column == self.COL_WHEN:
            local = row.local_time
            return f"{dates.short_date(local)} {dates.clock(local)}"
        if column == self.COL_WHO:
            return row.actor
        if column == self.COL_WHAT:
            return row.text
        return ""

    def sort_value(self, row: HistoryEntry, column: int) -> Any:
        if column == self.COL_WHEN:
            return (row.at, row.id)
        return self.display(row, column)

    def tooltip(self, row: HistoryEntry, column: int) -> str | None:
        return row.text if column == self.COL_WHAT else None
