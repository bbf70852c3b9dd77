"""The meeting plan and a meeting's agenda (sakliste)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QFont

from ... import dates
from ...models import MeetingStatus
from ...services.meetings import BacklogRow
from ...services.queries import AgendaRow, MeetingRow
from .. import labels
from ..i18n import current_language
from .base import ALIGN_LEFT, ALIGN_RIGHT, OVERDUE_COLOUR, RowTableModel, muted_colour

_STATUS_ORDER = {status: i for i, status in enumerate(MeetingStatus)}


class MeetingsModel(RowTableModel):
    COL_DATE = 0
    COL_TIME = 1
    COL_BODY = 2
    COL_PLACE = 3
    COL_STATUS = 4
    COL_ITEMS = 5

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Body"),
            self.tr("Place"),
            self.tr("Status"),
            self.tr("Items"),
        ]

    def place(self, row: MeetingRow) -> str:
        if row.place:
            return row.place
        return self.tr("Video meeting") if row.video_link else ""

    def display(self, row: MeetingRow, column: int) -> str:
        if column == self.COL_DATE:
            return dates.long_date(row.starts_at, current_language())
        if column == self.COL_TIME:
            return dates.clock_range(row.starts_at, row.ends_at)
        if column == self.COL_BODY:
            return row.body_name
        if column == self.COL_PLACE:
            return self.place(row)
        if column == self.COL_STATUS:
            return labels.meeting_status(row.status)
        if column == self.COL_ITEMS:
            return str(row.item_count)
        return ""

    def sort_value(self, row: MeetingRow, column: int) -> Any:
        if column in (self.COL_DATE, self.COL_TIME):
            return row.starts_at if column == self.COL_DATE else row.starts_at.time()
        if column == self.COL_STATUS:
            return _STATUS_ORDER[row.status]
        if column == self.COL_ITEMS:
            return row.item_count
        return self.display(row, column)

    def tooltip(self, row: MeetingRow, column: int) -> str | None:
        lines = [row.body_name + (f" ({row.body_short_name})" if row.body_short_name else "")]
        if row.title:
            lines.append(row.title)
        lines.append(dates.meeting_when(row.starts_at, row.ends_at, current_language()))
        if row.place:
            lines.append(row.place)
        if row.video_link:
            lines.append(row.video_link)
        if row.status == MeetingStatus.CANCELLED:
            lines.append(self.cancelled_text(row))
        return "\n".join(lines)

    def cancelled_text(self, row: MeetingRow) -> str:
        """'Avlyst: <reason>' (a reason that already starts with 'Avlyst' is shown as it is)."""
        status = labels.meeting_status(MeetingStatus.CANCELLED)
        reason = row.cancelled_reason.strip()
        if not reason:
            return status
        if reason.casefold().startswith(status.casefold()):
            return reason
        return self.tr("{status}: {reason}").format(status=status, reason=reason)

    def foreground(self, row: MeetingRow, column: int) -> QColor | None:
        return muted_colour() if row.status == MeetingStatus.CANCELLED else None

    def font(self, row: MeetingRow, column: int) -> QFont | None:
        if row.status == MeetingStatus.CANCELLED and column == self.COL_STATUS:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def alignment(self, column: int):
        return ALIGN_RIGHT if column == self.COL_ITEMS else ALIGN_LEFT


class AgendaModel(RowTableModel):
    """The sakliste. An exempt item is in italics and says so in its own column; a decision
    on a case raised under any other business (not on the agenda) is flagged before its title."""

    COL_NUMBER = 0
    COL_TIME = 1
    COL_TITLE = 2
    COL_ACCESS = 3
    COL_TYPE = 4
    COL_RESPONSIBLE = 5
    COL_DURATION = 6
    COL_CONCLUSION = 7

    #: Marks an item not on the agenda (U+2691, in the fonts Windows and DejaVu ship).
    FLAG = "\u2691"

    def headers(self) -> list[str]:
        return [
            self.tr("Item"),
            self.tr("Time"),
            self.tr("Title"),
            self.tr("Public access"),
            self.tr("Type"),
            self.tr("Responsible"),
            self.tr("Duration"),
            self.tr("Conclusion"),
        ]

    def access(self, row: AgendaRow) -> str:
        """'Unntatt – offl. § 13' for an exempt item; '' for an open one."""
        if not row.exempt:
            return ""
        if not row.exemption_basis:
            return self.tr("Exempt")
        return self.tr("Exempt – {basis}").format(basis=row.exemption_basis)

    def number(self, row: AgendaRow) -> str:
        """'Sak 12/25' in bokmål; '' for an unnumbered item."""
        return self.tr("Item {number}").format(number=row.number) if row.number else ""

    def display(self, row: AgendaRow, column: int) -> str:
        if column == self.COL_NUMBER:
            return self.number(row)
        if column == self.COL_TIME:
            return dates.clock(row.starts_at)
        if column == self.COL_TITLE:
            if row.not_on_agenda:
                return self.tr("{flag} Not on the agenda: {title}").format(flag=self.FLAG, title=row.title)
            return row.title
        if column == self.COL_ACCESS:
            return self.access(row)
        if column == self.COL_TYPE:
            return labels.case_type(row.case_type)
        if column == self.COL_RESPONSIBLE:
            return row.responsible
        if column == self.COL_DURATION:
            return self.tr("{minutes} min").format(minutes=row.duration_minutes)
        if column == self.COL_CONCLUSION:
            return labels.conclusion(row.conclusion)
        return ""

    def sort_value(self, row: AgendaRow, column: int) -> Any:
        if column in (self.COL_NUMBER, self.COL_TIME):
            return row.position
        if column == self.COL_DURATION:
            return row.duration_minutes
        return self.display(row, column)

    def tooltip(self, row: AgendaRow, column: int) -> str | None:
        lines = [row.title]
        if row.exempt:
            if row.exemption_basis:
                lines.append(self.tr("Exempt from public access ({basis})").format(basis=row.exemption_basis))
            else:
                lines.append(self.tr("Exempt from public access"))
        if row.not_on_agenda:
            lines.append(self.tr("Raised under any other business; not on the agenda."))
        return "\n".join(lines)

    def foreground(self, row: AgendaRow, column: int) -> QColor | None:
        if row.not_on_agenda and column == self.COL_TITLE:
            return OVERDUE_COLOUR
        return muted_colour() if row.standard is not None and column != self.COL_TITLE else None

    def font(self, row: AgendaRow, column: int) -> QFont | None:
        if row.exempt and column in (self.COL_TITLE, self.COL_ACCESS):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def alignment(self, column: int):
        return ALIGN_RIGHT if column == self.COL_DURATION else ALIGN_LEFT


class BacklogModel(RowTableModel):
    """Cases proposed for a body and not yet on an agenda, oldest first."""

    COL_TITLE = 0
    COL_TYPE = 1
    COL_BY = 2
    COL_PROPOSED = 3

    def headers(self) -> list[str]:
        return [self.tr("Title"), self.tr("Type"), self.tr("Put forward by"), self.tr("Proposed")]

    def display(self, row: BacklogRow, column: int) -> str:
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_TYPE:
            return labels.case_type(row.case_type)
        if column == self.COL_BY:
            return row.put_forward_by
        if column == self.COL_PROPOSED:
            return dates.short_date(row.created_at)
        return ""

    def sort_value(self, row: BacklogRow, column: int) -> Any:
        return row.created_at if column == self.COL_PROPOSED else self.display(row, column)

    def tooltip(self, row: BacklogRow, column: int) -> str | None:
        lines = [row.title, row.body_name]
        if row.exempt:
            lines.append(self.tr("Exempt from public access"))
        return "\n".join(lines)

    def font(self, row: BacklogRow, column: int) -> QFont | None:
        if row.exempt and column == self.COL_TITLE:
            font = QFont()
            font.setItalic(True)
            return font
        return None
