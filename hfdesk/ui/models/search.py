"""The hits of a case search: number, title, body, meeting date, the matching text."""

from __future__ import annotations

from typing import Any

from ... import dates
from ...services.search import CaseHit, Treatment
from ..i18n import current_language
from .base import RowTableModel


class CaseHitsModel(RowTableModel):
    COL_NUMBER = 0
    COL_TITLE = 1
    COL_BODY = 2
    COL_DATE = 3
    COL_SNIPPET = 4
    COL_ELSEWHERE = 5  # the case's other treatments, in any body and year

    def headers(self) -> list[str]:
        return [self.tr("Item"), self.tr("Title"), self.tr("Body"), self.tr("Meeting"), self.tr("Matching text"),
                self.tr("Also treated in")]

    def row_id(self, row: CaseHit) -> int:
        return int(row.item_id)

    def display(self, row: CaseHit, column: int) -> str:
        if column == self.COL_NUMBER:
            return self.tr("Item {number}").format(number=row.number) if row.number else ""
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_BODY:
            return row.body_short_name or row.body_name
        if column == self.COL_DATE:
            if row.meeting_starts_at is None:
                return self.tr("Waiting for an agenda")
            return dates.long_date(row.meeting_starts_at, current_language())
        if column == self.COL_SNIPPET:
            return row.snippet_text
        if column == self.COL_ELSEWHERE:
            return ", ".join(t.label for t in row.elsewhere)
        return ""

    def sort_value(self, row: CaseHit, column: int) -> Any:
        if column == self.COL_DATE:
            return row.meeting_starts_at
        if column == self.COL_NUMBER:  # by year, then number; never by the label
            return row.number_key
        return self.display(row, column)

    def html(self, row: CaseHit, column: int) -> str | None:
        """The matching text with the words found in bold."""
        return row.snippet_html() if column == self.COL_SNIPPET else None

    def tooltip(self, row: CaseHit, column: int) -> str | None:
        if column == self.COL_SNIPPET:
            return row.snippet_html()
        if column == self.COL_ELSEWHERE:
            return "\n".join(self._treatment_line(t) for t in row.elsewhere) or None
        return row.body_name if column == self.COL_BODY else row.title

    def _treatment_line(self, t: Treatment) -> str:
        """ "SSU, sak 12/26, 17. mars 2026"; a treatment waiting for an agenda says so."""
        when = (dates.medium_date(t.meeting_starts_at, current_language()) if t.meeting_starts_at is not None
                else self.tr("Waiting for an agenda"))
        if t.number:
            return self.tr("{body}, item {number}, {when}").format(body=t.body_label, number=t.number, when=when)
        return self.tr("{body}, {when}").format(body=t.body_label, when=when)
