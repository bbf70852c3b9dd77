"""The meeting plan and a meeting's agenda (sakliste)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ... import dates
from ...models import MeetingStatus
from ...services.meetings import BacklogRow, BodyYearPlan
from ...services.queries import AgendaRow, MeetingRow
from .. import labels
from ..i18n import current_language
from .base import ALIGN_CENTER, ALIGN_LEFT, ALIGN_RIGHT, OVERDUE_COLOUR, RowTableModel, bold_font, muted_colour

_STATUS_ORDER = {status: i for i, status in enumerate(MeetingStatus)}


def cancelled_text(row: MeetingRow) -> str:
    """'Avlyst: <reason>' (a reason that already starts with 'Avlyst' is shown as it is)."""
    status = labels.meeting_status(MeetingStatus.CANCELLED)
    reason = row.cancelled_reason.strip()
    if not reason:
        return status
    if reason.casefold().startswith(status.casefold()):
        return reason
    return QCoreApplication.translate("MeetingsModel", "{status}: {reason}").format(status=status, reason=reason)


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
        return cancelled_text(row)

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

    #: The MIME type of dragged agenda items: their ids, in order.
    MIME_TYPE = "application/x-hfdesk-agenda-items"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        #: Called with the item ids in their new order when rows are dropped; the page
        #: saves the order and the model is refilled from the database.
        self.on_reorder: Callable[[list[int]], object] | None = None
        self.movable = False  # whether the agenda may be reordered now (a planned or noticed meeting)

    # --- drag and drop: the new order goes to the service, never into the rows ------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.movable:
            if not index.isValid():
                flags |= Qt.ItemFlag.ItemIsDropEnabled
            elif self.row_at(index.row()).standard is None:  # the standard items keep their places
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        ids = ",".join(str(self.row_id(self.row_at(r))) for r in rows)
        data.setData(self.MIME_TYPE, QByteArray(ids.encode("ascii")))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Any) -> bool:
        return self.movable and action == Qt.DropAction.MoveAction and data.hasFormat(self.MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Any) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        moved = [int(x) for x in bytes(data.data(self.MIME_TYPE).data()).decode("ascii").split(",") if x]
        self.reorder(moved, row)
        # False: the view must not remove the dragged rows itself; the page refills the model.
        return False

    def reorder(self, moved: list[int], before_row: int) -> list[int]:
        """The ids in their new order with `moved` put before the row `before_row`, handed to on_reorder."""
        ids = [self.row_id(r) for r in self.rows()]
        anchor = ids[before_row:] if 0 <= before_row < len(ids) else []
        anchor_id = next((i for i in anchor if i not in moved), None)
        rest = [i for i in ids if i not in moved]
        at = rest.index(anchor_id) if anchor_id is not None else len(rest)
        order = rest[:at] + [i for i in ids if i in moved] + rest[at:]
        if order != ids and self.on_reorder is not None:
            self.on_reorder(order)
        return order

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


class YearPlanModel(RowTableModel):
    """The year's plan of all bodies at a glance: a row per body, a column per month, each cell
    the days the body meets that month ("3. 24."); a cancelled meeting's day in brackets."""

    COL_BODY = 0  # then one column per month, 1 to 12

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.year = 0

    def headers(self) -> list[str]:
        return [self.tr("Body")] + [dates.month_abbreviation(m, current_language()) for m in range(1, 13)]

    def row_id(self, row: BodyYearPlan) -> int:
        return int(row.body_id)

    def meetings_in(self, row: BodyYearPlan, month: int) -> list[MeetingRow]:
        return [m for m in row.meetings if m.starts_at.month == month]

    def display(self, row: BodyYearPlan, column: int) -> str:
        if column == self.COL_BODY:
            return row.body_short_name or row.body_name
        days = []
        for meeting in self.meetings_in(row, column):
            day = f"{meeting.starts_at.day}."
            days.append(f"({day})" if meeting.status == MeetingStatus.CANCELLED else day)
        return " ".join(days)

    def sort_value(self, row: BodyYearPlan, column: int) -> Any:
        return self.display(row, column)

    def tooltip(self, row: BodyYearPlan, column: int) -> str | None:
        if column == self.COL_BODY:
            return row.body_name
        lang = current_language()
        lines = []
        for meeting in self.meetings_in(row, column):
            status = (
                cancelled_text(meeting)
                if meeting.status == MeetingStatus.CANCELLED
                else labels.meeting_status(meeting.status)
            )
            lines.append(
                f"{dates.long_date(meeting.starts_at, lang)} {dates.clock_range(meeting.starts_at, meeting.ends_at)}"
                f" · {status}"
            )
        return "\n".join(lines) or None

    def foreground(self, row: BodyYearPlan, column: int) -> QColor | None:
        if column == self.COL_BODY:
            return None
        found = self.meetings_in(row, column)
        if found and all(m.status == MeetingStatus.CANCELLED for m in found):
            return muted_colour()
        return None

    def font(self, row: BodyYearPlan, column: int) -> QFont | None:
        return bold_font() if column == self.COL_BODY else None

    def alignment(self, column: int):
        return ALIGN_LEFT if column == self.COL_BODY else ALIGN_CENTER
