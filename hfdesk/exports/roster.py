"""The roster (medlemsliste) as an Excel workbook.

Sheets, in order:

* "Oversikt": one row per body (name, short name, level, written standard, number of
  members, deputies and observers, number of composition breaches, a link to its sheet);
* one sheet per body, named after its short name: the current members as an Excel table
  with the columns in `labels.ROSTER_COLUMNS` under a title row (the roster importer
  finds the header row below the title);
* "Avvik": every composition breach (organ, code, description).

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
from ..services.queries import BodyRow, MemberRow, list_bodies, members_of_bodies
from ..services.settings import partnership_name
from . import labels
from .xlsx import LINK, Styled, new_workbook, save, sheet_title, write_table

OVERVIEW_SHEET = "Oversikt"
BREACHES_SHEET = "Avvik"
MEMBER_ROLES = (Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER)


@dataclass(frozen=True)
class RosterExport:
    """What was written: the sheets in workbook order and the data rows in each."""

    path: Path
    sheets: tuple[str, ...]
    rows: dict[str, int]  # sheet name -> data rows in its table
    body_sheets: dict[int, str] = field(default_factory=dict)  # body id -> sheet name
    breach_count: int = 0


def member_row(m: MemberRow) -> list[object]:
    """One member's cells, in the order of labels.ROSTER_COLUMNS."""
    return [
        m.name,
        labels.ROLES[m.role],
        labels.RIGHTS[m.rights],
        m.represents,
        m.organisation,
        labels.SIDES[m.side] if m.side is not None else "",
        m.area,
        m.email,
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
    when = medium_date(on, "nb")
    if body_id is not None:
        doc_title = f"Medlemsliste – {bodies[0].name}"
    else:
        doc_title = f"Medlemsliste – {owner}" if owner else "Medlemsliste"
    with new_workbook(
        title=doc_title,
        subject=f"Medlemmer, varamedlemmer og observatører per {short_date(on)}",
        keywords="medlemsliste; organ; helsefellesskap",
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
                    labels.LANGUAGES[b.language],
                    sum(roles[r] for r in MEMBER_ROLES),
                    roles[Role.DEPUTY],
                    roles[Role.OBSERVER],
                    len(breaches.get(b.id, ())),
                    Styled(body_sheets[b.id], LINK, link=f"{_quoted(body_sheets[b.id])}!A1"),
                ]
            )
        area = write_table(
            ws,
            table_name="Oversikt",
            headers=labels.OVERVIEW_COLUMNS,
            rows=overview,
            title=doc_title,
            subtitle=f"Organer per {when}",
        )
        rows[OVERVIEW_SHEET] = area.row_count

        # One sheet per body
        for b in bodies:
            name = body_sheets[b.id]
            ws = wb.create_sheet(name)
            area = write_table(
                ws,
                table_name=f"Medlemmer_{b.id}",
                headers=labels.ROSTER_COLUMNS,
                rows=(member_row(m) for m in members[b.id]),
                title=b.name,
                subtitle=f"Medlemmer per {when}",
            )
            rows[name] = area.row_count

        # Avvik
        ws = wb.create_sheet(BREACHES_SHEET)
        names = {b.id: b.name for b in bodies}
        breach_rows = [[names[b.id], br.code, br.message] for b in bodies for br in breaches.get(b.id, ())]
        area = write_table(
            ws,
            table_name="Avvik",
            headers=labels.BREACH_COLUMNS,
            rows=breach_rows,
            title="Avvik fra reglene for sammensetning",
            subtitle=f"Per {when}: {len(breach_rows)} avvik" if breach_rows else f"Per {when}: ingen avvik",
            max_width=100,
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
