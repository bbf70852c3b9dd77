"""The follow-up list (oppfølging) as an Excel workbook, filtered as on screen.

One sheet, one table: what, responsible, due date, status (open, overdue, done), done on,
body, meeting date, item; in the order of the list on screen (open ones first, by due date).
`status` picks as the page's filter buttons do: "open" (everything not done, overdue
included), "overdue", "done", or None for all; `body_id` one body's. In the helsefellesskap's
written standard. Written atomically."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ..dates import medium_date
from ..errors import InvalidInput
from ..models import Body, FollowUpStatus
from ..services.common import get_or_fail
from ..services.queries import FollowUpRow, list_follow_ups
from ..services.settings import partnership_language
from . import words
from .xlsx import new_workbook, save, write_table

STATUSES = ("open", "overdue", "done")


def matches(status: str | None, row: FollowUpRow) -> bool:
    """Whether `row` is in the list filtered by `status` (None: every follow-up)."""
    done = row.status == FollowUpStatus.DONE
    if status == "open":
        return not done
    if status == "overdue":
        return row.overdue
    if status == "done":
        return done
    return True


def export_follow_ups(
    session: Session,
    out: Path | str,
    *,
    body_id: int | None = None,
    status: str | None = None,
    today: date | None = None,
) -> int:
    """Write the follow-ups (of `body_id`, with `status`) to `out` (.xlsx); the number written."""
    if status is not None and status not in STATUSES:
        raise InvalidInput("follow_ups.bad_status", status=status, choices=", ".join(STATUSES))
    today = today or date.today()
    if body_id is not None:
        get_or_fail(session, Body, body_id)
    rows = [r for r in list_follow_ups(session, today=today, body_id=body_id) if matches(status, r)]
    lang = partnership_language(session)
    said = words.YEAR_WORDS[lang]
    states = {"open": said["open"], "overdue": said["overdue"], "done": said["done"]}
    which = said[f"fu_{status or 'all'}"]
    body_name = rows[0].body_name if rows and body_id is not None else ""
    title = said["follow_ups_title"] + (f" – {body_name}" if body_name else "")
    subtitle = said["follow_ups_subtitle"].format(count=len(rows), which=which, day=medium_date(today, lang))
    with new_workbook(title=title, subject=subtitle) as wb:
        ws = wb.create_sheet(said["follow_ups_title"])
        write_table(
            ws,
            table_name="Oppfolging",
            headers=[
                said["fu_what"], said["fu_who"], said["fu_due"], said["fu_status"], said["fu_done_on"],
                said["body"], said["fu_meeting"], said["fu_item"],
            ],  # fmt: skip
            rows=[
                [
                    r.what,
                    r.responsible,
                    r.due_on,
                    states["done" if r.status == FollowUpStatus.DONE else "overdue" if r.overdue else "open"],
                    r.done_on,
                    r.body_name,
                    r.meeting_starts_at.date() if r.meeting_starts_at else None,
                    " ".join(x for x in (r.item_number, r.item_title) if x),
                ]
                for r in rows
            ],
            title=title,
            subtitle=subtitle,
        )
        save(wb, out)
    return len(rows)
