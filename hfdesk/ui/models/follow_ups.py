"""Follow-ups (oppfølging) from the meetings: what, who, by when, and where they came from."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from ... import dates
from ...services.queries import FollowUpRow
from .. import labels
from ..labels import FollowUpState, follow_up_state
from .base import DONE_COLOUR, OVERDUE_COLOUR, RowTableModel

_STATE_ORDER = {FollowUpState.OVERDUE: 0, FollowUpState.OPEN: 1, FollowUpState.DONE: 2}


class FollowUpsModel(RowTableModel):
    COL_WHAT = 0
    COL_RESPONSIBLE = 1
    COL_DUE = 2
    COL_STATUS = 3
    COL_BODY = 4
    COL_ITEM = 5

    def headers(self) -> list[str]:
        return [
            self.tr("What"),
            self.tr("Responsible"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Body"),
            self.tr("Item"),
        ]

    @staticmethod
    def state(row: FollowUpRow) -> FollowUpState:
        return follow_up_state(row.status, row.overdue)

    def display(self, row: FollowUpRow, column: int) -> str:
        if column == self.COL_WHAT:
            return row.what
        if column == self.COL_RESPONSIBLE:
            return row.responsible
        if column == self.COL_DUE:
            return dates.short_date(row.due_on)
        if column == self.COL_STATUS:
            return labels.follow_up(self.state(row))
        if column == self.COL_BODY:
            return row.body_name
        if column == self.COL_ITEM:
            return self.tr("Item {number}").format(number=row.item_number) if row.item_number else ""
        return ""

    def sort_value(self, row: FollowUpRow, column: int) -> Any:
        if column == self.COL_DUE:
            return row.due_on
        if column == self.COL_STATUS:
            return _STATE_ORDER[self.state(row)]
        if column == self.COL_ITEM:
            return row.meeting_starts_at
        return self.display(row, column)

    def tooltip(self, row: FollowUpRow, column: int) -> str | None:
        lines = [row.what]
        if row.item_title:
            lines.append(
                self.tr("From item {number}: {title}").format(number=row.item_number, title=row.item_title)
            )
        if row.meeting_starts_at is not None:
            lines.append(self.tr("Meeting {date}").format(date=dates.short_date(row.meeting_starts_at)))
        if row.done_on is not None:
            lines.append(self.tr("Done {date}").format(date=dates.short_date(row.done_on)))
        return "\n".join(lines)

    def foreground(self, row: FollowUpRow, column: int) -> QColor | None:
        if column not in (self.COL_DUE, self.COL_STATUS):
            return None
        state = self.state(row)
        if state == FollowUpState.OVERDUE:
            return OVERDUE_COLOUR
        if state == FollowUpState.DONE and column == self.COL_STATUS:
            return DONE_COLOUR
        return None
