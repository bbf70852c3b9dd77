"""The year in review (årsmelding) to Word (.docx, with charts drawn by matplotlib) or Excel
(.xlsx, with native charts), from the counts of `services.year_review` (read once here; the
renderers never see a session)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from ...errors import InvalidInput
from ...services.year_review import YearReview, year_review

FORMATS = (".docx", ".xlsx")


def export_year(
    session: Session, year: int, out: Path | str, *, body_id: int | None = None, today: date | None = None
) -> YearReview:
    """Write the year report of `year` (every body, or only `body_id`) to `out`: Word for a
    .docx name, Excel for .xlsx. Raises InvalidInput for another suffix, a bad year or a year
    without meetings, NotFound for an unknown body, FileInUse / CannotWrite when the target
    cannot be replaced (it is then left as it was)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput("year_review.bad_format", path=out.name)
    review = year_review(session, year, body_id=body_id, today=today)
    if suffix == ".docx":
        from ..docx_common import logo_of
        from .word import render_year_docx

        render_year_docx(review, out, logo=logo_of(session), when=datetime.combine(review.today, datetime.min.time()))
    else:
        from .workbook import render_year_xlsx

        render_year_xlsx(review, out)
    return review
