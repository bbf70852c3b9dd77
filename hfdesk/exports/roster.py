"""The roster (medlemsliste) as an Excel workbook.

Sheets, in order:

* "Oversikt": one row per body (name, short name, level, written standard, number of
  members, deputies and observers, number of composition breaches, a link to its sheet);
* one sheet per body, named after its short name: the current members as an Excel table
  with the columns in `words.ROSTER_COLUMNS` under a title row (the roster importer
  finds the header row below the title);
* "Avvik": every composition breach (organ, code, description).

Each body's sheet is in the body's written standard (`Body.language`: "Namn", "Periode
frå", "Medlemmar per …" in nynorsk; "Navn", "Periode fra", "Medlemmer per …" in bokmål);
the overview, the breaches and the workbook's properties are in the helsefellesskap's
(`services.settings.partnership_language`). The words are in `words.py`. An e-mail
address is a mailto link; links and dates are in the font and size of every other cell.

Written atomically; a roster for one body (`body_id`) holds that body's sheet, its row
in the overview and its breaches.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ..dates import medium_date, short_date
from ..errors import NotFound
from ..models import Role
from ..services.common import is_email
from ..services.queries import BodyRow, MemberRow, list_bodies, members_of_bodies
from ..services.settings import partnership_language, partnership_name
from . import words
from .xlsx import LINK, Styled, new_workbook, save, sheet_title, write_table

OVERVIEW_SHEET = "Oversikt"
BREACHES_SHEET = "Avvik"
MEMBER_ROLES = (Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER)
SHEET_LINK = LINK.but(indent=1)  # a link to a body's sheet, not run into the number beside it


@dataclass(frozen=True)
class RosterExport:
    """What was written: the sheets in workbook order and the data rows in each."""

    path: Path
    sheets: tuple[str, ...]
    rows: dict[str, int]  # sheet name -> data rows in its table
    body_sheets: dict[int, str] = field(default_factory=dict)  # body id -> sheet name
    breach_count: int = 0


def member_row(m: MemberRow, lang: str = "nb") -> list[object]:
    """One member's cells, in the order of words.ROSTER_COLUMNS, in written standard `lang`."""
    return [
        m.name,
        words.ROLES[lang][m.role],
        words.SHEET_RIGHTS[lang][m.rights],
        m.represents,
        m.organisation,
        words.SHEET_SIDES[lang][m.side] if m.side is not None else "",
        m.area,
        Styled(m.email, LINK, link=f"mailto:{m.email}") if is_email(m.email) else m.email,
        m.phone,
        m.term_from,
        m.term_to,
        m.deputy_for,
    ]


def export_roster(
    session: Session, out: Path | str, *, body_id: int | None = None, on: date | None = None
) -> RosterExport:
    """Write the roster of every body (or of `body_id`) as it stands on `on` (default today)."""
    from ..services.composition import check_all, check_body  # imported when needed

    out = Path(out)
    on = on or date.today()
    bodies = _bodies(session, body_id, on)
    members = members_of_bodies(session, [b.id for b in bodies], on)
    wanted = {b.id for b in bodies}
    all_breaches = {body_id: check_body(session, body_id, on)} if body_id is not None else check_all(session, on=on)
    breaches = {bid: list(found) for bid, found in all_breaches.items() if bid in wanted and found}

    owner = partnership_name(session)
    lang = partnership_language(session)  # the overview's, the breaches' and the workbook's
    said = words.SHEET_WORDS[lang]
    if body_id is not None:
        doc_title = said["roster_of"].format(name=bodies[0].name)
    else:
        doc_title = said["roster_of"].format(name=owner) if owner else said["roster"]
    with new_workbook(
        title=doc_title,
        subject=said["roster_subject"].format(date=short_date(on)),
        keywords=said["roster_keywords"],
    ) as wb:  # a failed export leaves no half-written sheet behind
        taken = {OVERVIEW_SHEET.lower(), BREACHES_SHEET.lower()}
        body_sheets = {b.id: sheet_title(b.short_name or b.name, taken, fallback=f"Organ {b.id}") for b in bodies}
        rows: dict[str, int] = {}

        # Oversikt
        ws = wb.create_sheet(OVERVIEW_SHEET)
        overview = []
        for b in bodies:
            roles = Counter(m.role for m in members[b.id])
            overview.append(
                [
                    b.name,
                    b.short_name,
                    b.level,
                    words.SHEET_LANGUAGES[lang][b.language],
                    sum(roles[r] for r in MEMBER_ROLES),
                    roles[Role.DEPUTY],
                    roles[Role.OBSERVER],
                    len(breaches.get(b.id, ())),
                    Styled(body_sheets[b.id], SHEET_LINK, link=f"{_quoted(body_sheets[b.id])}!A1"),
                ]
            )
        area = write_table(
            ws,
            table_name="Oversikt",
            headers=words.ROSTER_OVERVIEW_COLUMNS[lang],
            rows=overview,
            title=doc_title,
            subtitle=said["bodies_on"].format(date=medium_date(on, lang)),
            page_of=said["page_of"],
        )
        rows[OVERVIEW_SHEET] = area.row_count

        # One sheet per body, in the body's written standard
        for b in bodies:
            name = body_sheets[b.id]
            body_lang = words.language(b.language)
            ws = wb.create_sheet(name)
            area = write_table(
                ws,
                table_name=f"Medlemmer_{b.id}",
                headers=words.ROSTER_COLUMNS[body_lang],
                rows=(member_row(m, body_lang) for m in members[b.id]),
                title=b.name,
                subtitle=words.SHEET_WORDS[body_lang]["members_on"].format(date=medium_date(on, body_lang)),
                page_of=words.SHEET_WORDS[body_lang]["page_of"],
            )
            rows[name] = area.row_count

        # Avvik
        ws = wb.create_sheet(BREACHES_SHEET)
        names = {b.id: b.name for b in bodies}
        breach_rows = [[names[b.id], br.code, br.render(lang)] for b in bodies for br in breaches.get(b.id, ())]
        when = medium_date(on, lang)
        area = write_table(
            ws,
            table_name="Avvik",
            headers=words.BREACH_COLUMNS[lang],
            rows=breach_rows,
            title=said["breaches_title"],
            subtitle=(
                said["breaches_on"].format(date=when, count=len(breach_rows))
                if breach_rows
                else said["no_breaches_on"].format(date=when)
            ),
            max_width=100,
            page_of=said["page_of"],
        )
        rows[BREACHES_SHEET] = area.row_count

        save(wb, out)
    return RosterExport(
        path=out,
        sheets=tuple(wb.sheetnames),
        rows=rows,
        body_sheets=body_sheets,
        breach_count=len(breach_rows),
    )


def _bodies(session: Session, body_id: int | None, on: date) -> list[BodyRow]:
    bodies = list_bodies(session, on)
    if body_id is not None:
        chosen = [b for b in bodies if b.id == body_id]
        if not chosen:
            raise NotFound("body.not_found_id", body_id=body_id)
        return chosen
    # A body dissolved by the date has no roster to show.
    return [b for b in bodies if b.dissolved_on is None or b.dissolved_on > on]


def _quoted(sheet: str) -> str:
    return "'" + sheet.replace("'", "''") + "'"
