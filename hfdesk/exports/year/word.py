"""The year report (årsmelding) as a Word document, from `services.year_review.YearReview`.

In the helsefellesskap's written standard (nb/nn). The whole helsefellesskap (or the one body
chosen) first: meetings per body, attendance per side with a chart over the year's meetings,
cases per priority group (chart) and per case type, conclusions by kind (chart) with the
share reached by consensus, cases treated in several bodies, follow-ups; then a short
section per body. The charts are drawn by matplotlib (`charts.py`)."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from docx.document import Document
from docx.shared import Cm

from ...dates import medium_date, month_abbreviation, short_date
from ...models import Side
from ...services.year_review import SIDES_SHOWN_APART, BodyYear, YearReview
from .. import docx_common as dx
from .. import words
from . import charts

CHART_WIDTH_CM = dx.TEXT_WIDTH_CM


def percent(value: float | None) -> str:
    """A share as Norwegians write it: "83 %" (blank when there is nothing to share)."""
    return "" if value is None else f"{round(value * 100):.0f} %"


def side_name(side: Side | None, lang: str) -> str:
    said = words.YEAR_WORDS[lang]
    return words.SHEET_SIDES[lang][side] if side is not None else said["no_side"]


def render_year_docx(review: YearReview, out: Path | str, *, logo: bytes | None = None, when: datetime) -> Path:
    lang = review.language
    said = words.YEAR_WORDS[lang]
    name = review.whole.name if review.one_body else (review.partnership or said["whole"])
    title = said["title"].format(year=review.year)
    document = dx.new_document(
        title=f"{title} – {name}" if name else title,
        subject=said["subject"].format(year=review.year),
        keywords=said["keywords"],
        created=when,
        language=lang,
    )
    dx.set_logo(document, logo)
    dx.set_header(document, name, title, right_bold=True)
    dx.set_footer_note(document, f"{title} – {name}" if name else title)

    dx.add_heading(document, title, 0)
    if name:
        dx.add_paragraph(document, name, style="Subtitle")
    dx.add_paragraph(document, said["made"].format(day=medium_date(review.today, lang)), style=dx.STYLE_NOTE)

    whole = review.whole
    # Meetings
    dx.add_heading(document, said["meetings"], 1)
    _intro(document, said["meetings_intro"].format(year=review.year))
    rows = [[b.name, str(b.planned), str(b.held), str(b.cancelled), str(b.not_yet)] for b in review.bodies]
    if not review.one_body:
        rows.append([said["total"], str(whole.planned), str(whole.held), str(whole.cancelled), str(whole.not_yet)])
    dx.add_table(
        document,
        [said["body"], said["planned"], said["held"], said["cancelled"], said["not_yet"]],
        rows,
        widths_cm=[6.4, 2.4, 2.4, 2.4, 2.4],
    )

    # Attendance
    dx.add_heading(document, said["attendance"], 1)
    _intro(document, said["attendance_intro"])
    _attendance_table(document, whole, lang)
    if review.meetings:
        months = review.months
        labels = [month_abbreviation(month, lang) for month, _ in months]
        series = [
            (side_name(side, lang), [m.rate(side) for _, m in months])
            for side in review.sides
            if side != Side.SECRETARIAT
        ]
        _picture(document, charts.line_chart(said["attendance_chart"], labels, series))
        dx.add_paragraph(document, said["attendance_chart_note"], style=dx.STYLE_NOTE)

    # Cases
    _cases(document, review, whole, lang)

    # Conclusions
    dx.add_heading(document, said["conclusions"], 1)
    _conclusions(document, whole, lang)
    if whole.concluded:
        kinds = [(k, n) for k, n in whole.conclusions if n]
        _picture(
            document,
            charts.bar_chart(
                said["conclusions_chart"],
                [words.CONCLUSION_KINDS[lang][k.value] for k, _ in kinds],
                [n for _, n in kinds],
                colour=charts.COLOURS[2],
            ),
        )

    # Cases in several bodies
    dx.add_heading(document, said["several"], 1)
    if review.multi_body_cases:
        _intro(document, said["several_intro"].format(year=review.year))
        dx.add_table(
            document,
            [said["case"], said["treatments"], said["ended"]],
            [
                [
                    c.title,
                    "\n".join(
                        f"{t.body_name} {short_date(t.day) if t.day else ''}".strip()
                        + (f": {words.CONCLUSION_KINDS[lang][t.conclusion.value].lower()}" if t.conclusion else "")
                        for t in c.treatments
                    ),
                    _ended(c.ended, lang),
                ]
                for c in review.multi_body_cases
            ],
            widths_cm=[6.0, 6.5, 3.5],
        )
        _intro(document, said["how_ended"] + ":")
        dx.add_table(
            document,
            [said["ended"], said["count"]],
            [[_ended(kind, lang), str(n)] for kind, n in review.ended_counts],
            widths_cm=[8.0, 3.0],
            keep_together=True,
        )
    else:
        dx.add_paragraph(document, said["several_none"])

    # Follow-ups
    dx.add_heading(document, said["follow_ups"], 1)
    _intro(document, said["follow_ups_intro"].format(day=medium_date(review.today, lang)))
    fu_rows = [
        [b.name, str(b.follow_ups.done), str(b.follow_ups.open), str(b.follow_ups.overdue)] for b in review.bodies
    ]
    if not review.one_body:
        f = whole.follow_ups
        fu_rows.append([said["total"], str(f.done), str(f.open), str(f.overdue)])
    dx.add_table(
        document,
        [said["body"], said["done"], said["open"], said["overdue"]],
        fu_rows,
        widths_cm=[7.6, 2.8, 2.8, 2.8],
        keep_together=True,
    )

    # Per body
    if not review.one_body:
        dx.add_heading(document, said["per_body"], 1)
        for body in review.bodies:
            _body_section(document, body, lang)
    return dx.save(document, out, when)


def _attendance_table(document: Document, year: BodyYear, lang: str) -> None:
    said = words.YEAR_WORDS[lang]
    rows: list[list[str]] = []
    labelled = [(side_name(a.side, lang) + (" *" if a.side in SIDES_SHOWN_APART else ""), a) for a in year.attendance]
    labelled.append((said["total"], year.total_attendance))
    for label, a in labelled:
        rows.append(
            [
                label,
                str(a.expected),
                str(a.present),
                str(a.deputy_came),
                str(a.reported_absent),
                str(a.absent + a.unknown),
                percent(a.rate),
                percent(a.filled_rate),
            ]
        )
    table = dx.add_table(
        document,
        [
            said["side"],
            said["seats"],
            said["present"],
            said["deputy_came"],
            said["reported_absent"],
            said["absent"],
            said["rate"],
            said["filled_rate"],
        ],
        rows,
        widths_cm=[3.6, 1.7, 1.7, 1.8, 1.8, 1.8, 1.8, 1.8],
    )
    for row, a in zip(table.rows[1:], year.attendance):
        if a.side in SIDES_SHOWN_APART:
            for cell in row.cells:
                dx.shade(cell, "E2EFDA" if a.side == Side.USER else "FFF2CC")
    dx.add_paragraph(document, f"* {said['apart']}", style=dx.STYLE_NOTE)


def _cases(document: Document, review: YearReview, year: BodyYear, lang: str) -> None:
    said = words.YEAR_WORDS[lang]
    dx.add_heading(document, said["cases"], 1)
    dx.add_paragraph(
        document,
        said["cases_intro"].format(
            cases=year.cases, tagged=year.tagged, share=percent(year.tagged / year.cases if year.cases else None)
        ),
    )
    _groups_table(document, year, lang)
    if year.cases:
        groups = words.PRIORITY_GROUPS_SHORT[lang]
        _picture(
            document,
            charts.bar_chart(
                said["groups_chart"],
                [*(groups[g.value] for g, _ in year.priority_groups), said["untagged"]],
                [*(n for _, n in year.priority_groups), year.untagged],
            ),
        )
    dx.add_table(
        document,
        [said["case_type"], said["count"]],
        [[words.CASE_TYPES[lang][t], str(n)] for t, n in year.case_types],
        widths_cm=[8.0, 3.0],
        keep_together=True,
    )


def _groups_table(document: Document, year: BodyYear, lang: str) -> None:
    said = words.YEAR_WORDS[lang]
    share = lambda n: percent(n / year.cases if year.cases else None)  # noqa: E731
    rows = [[words.PRIORITY_GROUPS[lang][g.value], str(n), share(n)] for g, n in year.priority_groups]
    rows.append([said["untagged"], str(year.untagged), share(year.untagged)])
    dx.add_table(
        document, [said["priority_group"], said["count"], said["share"]], rows, widths_cm=[10.0, 3.0, 3.0],
        keep_together=True,
    )


def _conclusions(document: Document, year: BodyYear, lang: str) -> None:
    said = words.YEAR_WORDS[lang]
    if year.decided:
        dx.add_paragraph(
            document,
            said["conclusions_intro"].format(
                consensus=year.by_consensus, decided=year.decided, share=percent(year.consensus_share)
            ),
        )
    else:
        dx.add_paragraph(document, said["conclusions_none"])
    dx.add_table(
        document,
        [said["conclusion"], said["count"]],
        [[words.CONCLUSION_KINDS[lang][k.value], str(n)] for k, n in year.conclusions],
        widths_cm=[8.0, 3.0],
        keep_together=True,
    )


def _body_section(document: Document, body: BodyYear, lang: str) -> None:
    said = words.YEAR_WORDS[lang]
    dx.add_heading(document, body.name, 2)
    if not body.held:
        dx.add_paragraph(document, said["no_held"])
    total = body.total_attendance
    facts = [
        (said["meetings"], f"{body.planned} {said['planned'].lower()}, {body.held} {said['held'].lower()}, "
         f"{body.cancelled} {said['cancelled'].lower()}, {body.not_yet} {said['not_yet'].lower()}"),
        (said["attendance"], f"{percent(total.rate)} ({said['filled_rate'].lower()} {percent(total.filled_rate)})"
         if total.expected else ""),
        *(
            (side_name(side, lang), percent(a.rate) if a is not None and a.expected else said["no_seat"])
            for side in SIDES_SHOWN_APART
            for a in (body.side(side),)
        ),
        (said["cases"], str(body.cases)),
        (said["priority_group"], "; ".join(
            f"{words.PRIORITY_GROUPS_SHORT[lang][g.value]} {n}" for g, n in body.priority_groups if n)),
        (said["case_type"], "; ".join(f"{words.CASE_TYPES[lang][t]} {n}" for t, n in body.case_types if n)),
        (said["conclusions"], "; ".join(
            f"{words.CONCLUSION_KINDS[lang][k.value]} {n}" for k, n in body.conclusions if n)),
        (said["consensus_share"], percent(body.consensus_share)),
        (said["follow_ups"], f"{said['done']} {body.follow_ups.done}, {said['open'].lower()} {body.follow_ups.open}, "
         f"{said['overdue'].lower()} {body.follow_ups.overdue}"),
    ]  # fmt: skip
    table = dx.add_facts(document, facts, label_width_cm=4.2)
    dx.no_lonely_rows(table, whole_up_to=len(table.rows))  # a body's facts stay on one page


def _ended(kind: object, lang: str) -> str:
    said = words.YEAR_WORDS[lang]
    value = getattr(kind, "value", None)
    return words.CONCLUSION_KINDS[lang][value] if value else said["not_concluded"]


def _intro(document: Document, text: str) -> None:
    """A line that introduces the table under it: kept on the table's page."""
    dx.add_paragraph(document, text).paragraph_format.keep_with_next = True


def _picture(document: Document, png: bytes) -> None:
    paragraph = dx.add_paragraph(document)
    paragraph.paragraph_format.keep_together = True
    paragraph.add_run().add_picture(io.BytesIO(png), width=Cm(CHART_WIDTH_CM))
