"""Attendance per person for a period (e.g. a half year): who attended which meetings, the
basis for meeting fees (møtegodtgjersle) of user representatives and others paid per meeting.

Two sheets, one table each, in the helsefellesskap's written standard:

* "Per person": name, side, what the person represents, the number of meetings attended,
  and those meetings (date and body);
* "Møte"/"Møter": one row per person and meeting attended (name, date, body, in what capacity:
  member, deputy, observer, guest for an item), to filter and sum in Excel.

"Attended" is what the attendance workbook counts: registered present at a meeting held in
the period (held or minutes approved); the secretariat is left out (it is not paid per
meeting, whether it sits as secretariat or holds a seat for the secretariat side). The reading is the attendance workbook's (`attendance.read_period`). Names in
Norwegian order (family name, given name). Written atomically."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ..dates import short_date
from ..errors import InvalidInput
from ..models import AttendanceStatus, Capacity, Side
from ..services.settings import partnership_language
from ..sorting import person_sort_key
from . import words
from .attendance import read_period
from .xlsx import new_workbook, save, sheet_title, write_table


def export_attendance_person(
    session: Session, first: date, last: date, out: Path | str, *, body_id: int | None = None
) -> int:
    """Write who attended which meetings held from `first` to `last` (both included), for every
    body or only `body_id`; the number of people written. InvalidInput for a period that ends
    before it begins, NotFound for an unknown body."""
    if last < first:
        raise InvalidInput("attendance_person.bad_period", start=first.isoformat(), end=last.isoformat())
    data = read_period(session, first, last, body_id)
    body_of = {b.id: b for b in data.bodies}
    meeting_of = {m.id: (bid, m.day) for bid, ms in data.meetings.items() for m in ms}

    attended: dict[int, list[tuple[date, str, Capacity]]] = defaultdict(list)
    who: dict[int, tuple[str, str, str, str]] = {}  # person -> given, family, side, represents
    lang = partnership_language(session)
    said = words.YEAR_WORDS[lang]
    for meeting_id, people in data.attended.items():
        bid, day = meeting_of[meeting_id]
        body = body_of[bid]
        for pid, a in people.items():
            if a.status != AttendanceStatus.PRESENT or a.capacity == Capacity.SECRETARIAT or a.side == Side.SECRETARIAT:
                continue
            attended[pid].append((day, body.short_name or body.name, a.capacity))
            side = words.SHEET_SIDES[lang][a.side] if a.side is not None else ""
            who.setdefault(pid, (a.given, a.family, side, a.represents))
    order = sorted(attended, key=lambda pid: (*person_sort_key(who[pid][1], who[pid][0]), pid))
    for pid in order:
        attended[pid].sort(key=lambda x: (x[0], x[1]))

    span = {"start": short_date(first), "end": short_date(last)}
    title = said["person_title"].format(**span)
    subtitle = said["person_subtitle"].format(**span)
    capacities = words.PERSON_CAPACITY[lang]
    with new_workbook(title=title, subject=said["person_subject"]) as wb:
        taken: set[str] = set()
        ws = wb.create_sheet(sheet_title(said["person_sheet"], taken))
        write_table(
            ws,
            table_name="Oppmote_per_person",
            headers=[said["name"], said["side"], said["represents"], said["attended"], said["meetings"]],
            rows=[
                [
                    f"{who[pid][1]}, {who[pid][0]}".strip(", "),
                    who[pid][2],
                    who[pid][3],
                    len(attended[pid]),
                    "; ".join(f"{short_date(day)} {body}" for day, body, _c in attended[pid]),
                ]
                for pid in order
            ],
            title=title,
            subtitle=subtitle,
            max_width=80,
        )
        ws = wb.create_sheet(sheet_title(said["meetings_sheet"], taken))
        write_table(
            ws,
            table_name="Oppmote_per_mote",
            headers=[said["name"], said["date"], said["body"], said["capacity"]],
            rows=[
                [f"{who[pid][1]}, {who[pid][0]}".strip(", "), day, body, capacities[capacity.value]]
                for pid in order
                for day, body, capacity in attended[pid]
            ],
            title=title,
            subtitle=subtitle,
        )
        save(wb, out)
    return len(order)
