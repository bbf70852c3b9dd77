"""Innsyn: everything hfdesk keeps about one person, as an Excel workbook to send them.

Sheets, in order (nynorsk names; bokmål in brackets):

* "Personopplysningar" ("Personopplysninger"): the register's fields, one per row;
* "Verv": every membership, ended ones too (body, role, rights, what it represents, term);
* "Oppmøte": every meeting the person is entered on (day, body, status, capacity);
* "Nemnt i" ("Nevnt i"): every mention in a meeting's record or a case list (votes,
  proposals, protocol entries, disqualifications, follow-ups, cases responsible for or put
  forward, meetings chaired, minutes taken or signed), with meeting day, case number and title.

The data is `services.person_data.PersonData` (read first, then rendered: no session in
here). The words are the helsefellesskap's written standard (`partnership_language`): the
answer goes to the person, not to one body. Written atomically (`xlsx.save`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ..dates import medium_date
from ..services.common import is_email
from ..services.person_data import SIGNATORY, Mention, PersonData, person_data
from ..services.settings import partnership_language
from . import words
from .xlsx import LINK, Styled, new_workbook, save, write_table


@dataclass(frozen=True)
class PersonDataExport:
    """What was written: the sheets in workbook order and the data rows in each."""

    path: Path
    sheets: tuple[str, ...]
    rows: dict[str, int]


def export_person_data(
    session: Session, person_id: int, out: Path | str, *, on: date | None = None
) -> PersonDataExport:
    """Write everything kept about the person to `out` (NotFound for an unknown id)."""
    data = person_data(session, person_id)
    return write_person_data(data, out, lang=partnership_language(session), on=on)


def write_person_data(data: PersonData, out: Path | str, *, lang: str = "nn", on: date | None = None) -> PersonDataExport:
    out = Path(out)
    on = on or date.today()
    said = words.PERSON_DATA_WORDS[lang]
    fields_sheet, seats_sheet, attendance_sheet, mentions_sheet = words.PERSON_DATA_SHEETS[lang]
    name = data.full_name
    when = medium_date(on, lang)
    title = said["title"].format(name=name)
    rows: dict[str, int] = {}
    with new_workbook(
        title=title, subject=said["subject"].format(name=name, date=when), keywords=said["keywords"]
    ) as wb:
        ws = wb.create_sheet(fields_sheet)
        email: object = Styled(data.email, LINK, link=f"mailto:{data.email}") if is_email(data.email) else data.email
        fields: list[list[object]] = [
            [said["given_name"], data.given_name],
            [said["family_name"], data.family_name],
            [said["job_title"], data.title],
            [said["organisation"], data.organisation],
            [said["email"], email],
            [said["phone"], data.phone],
            [said["notes"], data.notes],
        ]
        area = write_table(
            ws, table_name="Personopplysningar", headers=words.PERSON_FIELD_COLUMNS[lang], rows=fields,
            title=title, subtitle=said["fields_subtitle"].format(name=name, date=when),
            notes=[said["fields_note"]], page_of=said["page_of"],
        )  # fmt: skip
        rows[fields_sheet] = area.row_count

        ws = wb.create_sheet(seats_sheet)
        seats = [
            [
                s.body,
                words.ROLES[lang][s.role],
                words.SHEET_RIGHTS[lang][s.rights],
                s.represents,
                s.term_from,
                s.term_to,
                s.deputy_for,
            ]
            for s in data.seats
        ]
        area = write_table(
            ws, table_name="Verv", headers=words.PERSON_SEAT_COLUMNS[lang], rows=seats,
            title=f"{seats_sheet} – {name}", subtitle=said["seats_subtitle"], page_of=said["page_of"],
        )  # fmt: skip
        rows[seats_sheet] = area.row_count

        ws = wb.create_sheet(attendance_sheet)
        presence = [
            [
                a.starts_at.date(),
                a.body,
                a.meeting,
                words.PERSON_MEETING_STATUS[lang][a.meeting_status.value],
                words.PERSON_ATTENDANCE_STATUS[lang][a.status.value],
                words.PERSON_CAPACITY[lang][a.capacity.value],
                a.deputy_for,
                a.note,
            ]
            for a in data.attendance
        ]
        area = write_table(
            ws, table_name="Oppmote", headers=words.PERSON_ATTENDANCE_COLUMNS[lang], rows=presence,
            title=f"{attendance_sheet} – {name}", subtitle=said["attendance_subtitle"], page_of=said["page_of"],
        )  # fmt: skip
        rows[attendance_sheet] = area.row_count

        ws = wb.create_sheet(mentions_sheet)
        mentions = [
            [
                m.starts_at.date() if m.starts_at is not None else None,
                m.body,
                m.case_number,
                m.case_title,
                words.PERSON_MENTION_KINDS[lang][m.kind],
                mention_text(m, lang),
                m.exemption,
            ]
            for m in data.mentions
        ]
        area = write_table(
            ws, table_name="Nemnt_i", headers=words.PERSON_MENTION_COLUMNS[lang], rows=mentions,
            title=f"{mentions_sheet} – {name}", subtitle=said["mentions_subtitle"],
            notes=[said["mentions_note"]], max_width=34, wrap_headers=True, page_of=said["page_of"],
        )  # fmt: skip
        rows[mentions_sheet] = area.row_count

        save(wb, out)
    return PersonDataExport(path=out, sheets=tuple(wb.sheetnames), rows=rows)


def mention_text(m: Mention, lang: str) -> str:
    """What the mention says: the vote cast and on what ("Mot: …"), the ground for a
    disqualification, the follow-up with its deadline and state, the proposal or protocol
    entry itself, the day a signatory signed."""
    said = words.PERSON_DATA_WORDS[lang]
    head = ""
    if m.choice is not None:
        head = words.PERSON_VOTE_CHOICES[lang][m.choice.value]
    elif m.ground is not None:
        head = words.PERSON_GROUNDS[lang][m.ground.value]
    text = f"{head}: {m.text}" if head and m.text else head or m.text
    if m.kind == SIGNATORY and m.due_on is not None:
        text = said["signed_on"].format(date=medium_date(m.due_on, lang))
    elif m.follow_up_status is not None:
        state = words.PERSON_FOLLOW_UP_STATUS[lang][m.follow_up_status.value]
        if m.due_on is not None:
            state = f"{said['due_on'].format(date=medium_date(m.due_on, lang))}, {state}"
        text = f"{text} ({state})"
    return text
