"""Documents hfdesk writes for people outside the program: rosters, attendance, minutes.

Qt-free. Spreadsheet helpers shared by every Excel export live in `xlsx`; the
words documents print, in bokmål and nynorsk, live in `words`.

The entry points below import their module (and XlsxWriter, python-docx or icalendar,
together about 0.2 s) the first time a file is written, not when the program starts:
screens that offer an export import them from here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .roster import RosterExport


def export_roster(session: Session, out: Path | str, **kwargs: Any) -> RosterExport:
    """`hfdesk.exports.roster.export_roster`, imported when first used."""
    from .roster import export_roster as export

    return export(session, out, **kwargs)


def export_attendance(session: Session, year: int, out: Path | str, **kwargs: Any) -> Path:
    """`hfdesk.exports.attendance.export_attendance`, imported when first used."""
    from .attendance import export_attendance as export

    return export(session, year, out, **kwargs)


def export_minutes(session: Session, meeting_id: int, out: Path | str, **kwargs: Any) -> Path:
    """`hfdesk.exports.minutes.export_minutes`, imported when first used."""
    from .minutes import export_minutes as export

    return export(session, meeting_id, out, **kwargs)


def export_notice(session: Session, meeting_id: int, out: Path | str, **kwargs: Any) -> Path:
    """`hfdesk.exports.notice.export_notice`, imported when first used."""
    from .notice import export_notice as export

    return export(session, meeting_id, out, **kwargs)


def export_ics(session: Session, meeting_id: int, out: Path | str, **kwargs: Any) -> Path:
    """`hfdesk.exports.ics.export_ics`, imported when first used."""
    from .ics import export_ics as export

    return export(session, meeting_id, out, **kwargs)


def export_meeting_json(session: Session, meeting_id: int, out: Path | str, **kwargs: Any) -> Path:
    """`hfdesk.exports.meeting_json.export_meeting_json`, imported when first used."""
    from .meeting_json import export_meeting_json as export

    return export(session, meeting_id, out, **kwargs)
