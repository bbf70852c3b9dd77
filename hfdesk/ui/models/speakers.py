"""The speakers list (talarliste) of meeting mode: one row per request for the floor, in speaking
order, a reply (replikk) indented under its speaker."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from ... import dates
from ...services.speakers import SpeakerLine
from .base import DONE_COLOUR, RowTableModel, bold_font, muted_colour


class SpeakersModel(RowTableModel):
    COL_NUMBER = 0
    COL_NAME = 1
    COL_STATE = 2

    fetch_batch = None

    def headers(self) -> list[str]:
        return ["#", self.tr("Speaker"), self.tr("Status")]

    def number(self, row: SpeakerLine) -> str:
        main = 0
        reply = 0
        for line in self.rows():
            if line.reply:
                reply += 1
            else:
                main += 1
                reply = 0
            if line.id == row.id:
                return f"{main}.{reply}" if line.reply else str(main)
        return ""

    def display(self, row: SpeakerLine, column: int) -> str:
        if column == self.COL_NUMBER:
            return self.number(row)
        if column == self.COL_NAME:
            if row.reply:
                return "    ↳ " + self.tr("{name} (reply)").format(name=row.name)
            return row.name
        if column == self.COL_STATE:
            if row.speaking:
                return self.tr("Speaking since {time}").format(time=dates.clock(row.started_at))
            if row.done:
                return self.tr("Spoke {times}").format(times=dates.clock_range(row.started_at, row.ended_at))
            return self.tr("Waiting")
        return ""

    def tooltip(self, row: SpeakerLine, column: int) -> str | None:
        return self.tr("Asked for the floor at {time}").format(time=dates.clock(row.requested_at))

    def font(self, row: SpeakerLine, column: int) -> QFont | None:
        return bold_font() if row.speaking else None

    def foreground(self, row: SpeakerLine, column: int) -> QColor | None:
        if row.speaking:
            return DONE_COLOUR
        return muted_colour() if row.done else None
