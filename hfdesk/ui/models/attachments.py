"""A case's attachments (vedlegg) in the case editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from ... import dates
from ...services.attachments import AttachmentRow
from ..i18n import current_language
from .base import ALIGN_LEFT, ALIGN_RIGHT, RowTableModel


def file_size(size: int) -> str:
    """'12,1 kB' in the user's locale."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class AttachmentsModel(RowTableModel):
    """Title, file name and size of each attachment, in the case's order.

    A file picked for a case that is not saved yet has no database row: its
    AttachmentRow carries a negative id and no date, and says so in the tool tip."""

    COL_TITLE = 0
    COL_FILENAME = 1
    COL_SIZE = 2

    def headers(self) -> list[str]:
        return [self.tr("Title"), self.tr("File"), self.tr("Size")]

    def display(self, row: AttachmentRow, column: int) -> str:
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_FILENAME:
            return row.filename
        if column == self.COL_SIZE:
            return file_size(row.size)
        return ""

    def sort_value(self, row: AttachmentRow, column: int) -> Any:
        if column == self.COL_SIZE:
            return row.size
        return self.display(row, column)

    def tooltip(self, row: AttachmentRow, column: int) -> str | None:
        lines = [row.filename, f"{row.mime_type}, {file_size(row.size)}"]
        if row.added_at is None:
            lines.append(self.tr("Saved with the case when you press OK"))
        else:
            when = dates.medium_date(row.added_at, current_language())
            lines.append(self.tr("Attached {date}").format(date=when))
        return "\n".join(lines)

    def alignment(self, column: int):
        return ALIGN_RIGHT if column == self.COL_SIZE else ALIGN_LEFT
