"""The year report (årsmelding) as an Excel workbook, from `services.year_review.YearReview`.

One table per sheet (as every export), in the helsefellesskap's written standard, with a
native Excel chart beside the table where a picture says more: meetings per body, attendance
per side over the year's meetings, cases per priority group, case types, conclusions by
kind, follow-ups. The charts read the table's cells, so they follow any correction made in
Excel. Written atomically (`xlsx.save`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ...models import Side
from ...services.year_review import BodyYear, YearReview
from .. import words
from ..xlsx import CellStyle, Sheet, Styled, TableArea, Workbook, new_workbook, save, sheet_title, write_table
from .word import side_name

PERCENT = CellStyle(num_format="0 %")
BOLD = CellStyle(bold=True)
BOLD_PERCENT = CellStyle(bold=True, num_format="0 %")
APART = {Side.USER: CellStyle(bg_color="#E2EFDA"), Side.GP: CellStyle(bg_color="#FFF2CC")}
APART_PERCENT = {side: style.but(num_format="0 %") for side, style in APART.items()}
COLOURS = ("#1F4E78", "#2E75B6", "#70AD47", "#FFC000", "#C55A11", "#7030A0", "#A5A5A5", "#264478")


def render_year_xlsx(review: YearReview, out: Path | str) -> Path:
    lang = review.language
    said = words.YEAR_WORDS[lang]
    name = review.whole.name if review.one_body else (review.partnership or said["whole"])
    title = said["title"].format(year=review.year)
    with new_workbook(
        title=f"{title} – {name}" if name else title,
        subject=said["subject"].format(year=review.year),
        keywords=said["keywords"],
    ) as wb:
        taken: set[str] = set()

        def sheet(key: str) -> Sheet:
            return wb.create_sheet(sheet_title(said[key], taken))

        _overview(wb, sheet("sheet_overview"), review, lang, f"{title} – {name}" if name else title)
        _attendance(sheet("sheet_attendance"), review, lang)
        _per_meeting(wb, sheet("sheet_per_meeting"), review, lang)
        _by_kind(wb, sheet("sheet_groups"), review, lang, "groups")
        _by_kind(wb, sheet("sheet_types"), review, lang, "types")
        _by_kind(wb, sheet("sheet_conclusions"), review, lang, "conclusions")
        _several(sheet("sheet_several"), review, lang)
        _follow_ups(wb, sheet("sheet_follow_ups"), review, lang)
        save(wb, out)
    return Path(out)


def _rate(value: float | None, style: CellStyle = PERCENT) -> Styled | None:
    return None if value is None else Styled(value, style)


def _bodies(review: YearReview) -> list[BodyYear]:
    """The rows of a per-body table: each body, then the total (when there are several)."""
    return list(review.bodies) if review.one_body else [*review.bodies, review.whole]


def _overview(wb: Workbook, ws: Sheet, review: YearReview, lang: str, title: str) -> None:
    said = words.YEAR_WORDS[lang]
    headers = [
        said["body"], said["planned"], said["held"], said["cancelled"], said["not_yet"], said["cases"],
        said["conclusions"], said["consensus_share"], said["rate"], said["filled_rate"],
        said["done"], said["open"], said["overdue"],
    ]  # fmt: skip
    rows: list[list[object]] = []
    for b in _bodies(review):
        total = b.total_attendance
        label: object = b.name if b.body_id is not None or review.one_body else Styled(said["total"], BOLD)
        rows.append(
            [
                label, b.planned, b.held, b.cancelled, b.not_yet, b.cases, b.concluded, _rate(b.consensus_share),
                _rate(total.rate), _rate(total.filled_rate), b.follow_ups.done, b.follow_ups.open,
                b.follow_ups.overdue,
            ]
        )  # fmt: skip
    area = write_table(
        ws,
        table_name="Arsmelding_oversikt",
        headers=headers,
        rows=rows,
        title=title,
        subtitle=said["meetings_intro"].format(year=review.year),
        wrap_headers=True,
    )
    body_rows = len(review.bodies)
    _chart(
        wb, ws, area, "bar", said["meetings_chart"], cats=0, values=(2, 3), rows=body_rows, at=len(headers),
        subtype="stacked",
    )


def _attendance(ws: Sheet, review: YearReview, lang: str) -> None:
    said = words.YEAR_WORDS[lang]
    headers = [
        said["body"], said["side"], said["seats"], said["present"], said["deputy_came"], said["reported_absent"],
        said["absent"], said["unknown"], said["rate"], said["filled_rate"],
    ]  # fmt: skip
    rows: list[list[object]] = []
    for b in [review.whole, *([] if review.one_body else review.bodies)]:
        name = b.name or said["whole"]
        for a in (*b.attendance, b.total_attendance):
            is_total = a is not None and a not in b.attendance
            label = said["total"] if is_total else side_name(a.side, lang)
            look = BOLD if is_total else APART.get(a.side) if a.side is not None else None
            percent = BOLD_PERCENT if is_total else APART_PERCENT.get(a.side, PERCENT) if a.side else PERCENT
            cells: list[object] = [name, label, a.expected, a.present, a.deputy_came, a.reported_absent, a.absent,
                                   a.unknown]  # fmt: skip
            if look is not None:
                cells = [Styled(c, look) for c in cells]
            rows.append([*cells, _rate(a.rate, percent), _rate(a.filled_rate, percent)])
    write_table(
        ws,
        table_name="Arsmelding_oppmote",
        headers=headers,
        rows=rows,
        title=said["attendance"],
        notes=(said["attendance_intro"],),
        wrap_headers=True,
    )


def _per_meeting(wb: Workbook, ws: Sheet, review: YearReview, lang: str) -> None:
    said = words.YEAR_WORDS[lang]
    sides = [s for s in review.sides if s != Side.SECRETARIAT]
    headers = [said["meeting"], said["date"], said["body"], *(side_name(s, lang) for s in sides)]
    rows = [
        [f"{m.day:%d.%m.} {m.body_short}", m.day, m.body_short, *(_rate(m.rate(s)) for s in sides)]
        for m in review.meetings
    ]
    area = write_table(
        ws, table_name="Arsmelding_oppmote_per_mote", headers=headers, rows=rows, title=said["attendance_chart"]
    )
    _chart(
        wb, ws, area, "line", said["attendance_chart"], cats=0, values=tuple(range(3, len(headers))),
        rows=len(rows), at=len(headers), percent=True, width=760,
    )  # fmt: skip


def _by_kind(wb: Workbook, ws: Sheet, review: YearReview, lang: str, what: str) -> None:
    said = words.YEAR_WORDS[lang]
    bodies = list(review.bodies)
    columns = [review.whole] if review.one_body else [review.whole, *bodies]
    heads = [said["total"], *([] if review.one_body else [b.short_name or b.name for b in bodies])]
    rows: list[list[object]]
    notes: tuple[str, ...] = ()
    if what == "groups":
        first, title, chart_title, table = said["priority_group"], said["sheet_groups"], said["groups_chart"], "grupper"
        rows = [
            [words.PRIORITY_GROUPS[lang][g.value], *(dict(b.priority_groups)[g] for b in columns)]
            for g, _ in review.whole.priority_groups
        ]
        rows.append([said["untagged"], *(b.untagged for b in columns)])
        rows.append([Styled(said["cases"], BOLD), *(Styled(b.cases, BOLD) for b in columns)])
        notes = (
            said["cases_intro"].format(
                cases=review.whole.cases,
                tagged=review.whole.tagged,
                share=f"{round(100 * review.whole.tagged / review.whole.cases) if review.whole.cases else 0} %",
            ),
        )
        chart_rows = len(rows) - 1
    elif what == "types":
        first, title, chart_title, table = said["case_type"], said["sheet_types"], said["sheet_types"], "sakstypar"
        rows = [[words.CASE_TYPES[lang][t], *(dict(b.case_types)[t] for b in columns)] for t, _ in review.whole.case_types]
        chart_rows = len(rows)
    else:
        first, title, chart_title, table = said["conclusion"], said["conclusions"], said["conclusions_chart"], "konklusjonar"
        rows = [
            [words.CONCLUSION_KINDS[lang][k.value], *(dict(b.conclusions)[k] for b in columns)]
            for k, _ in review.whole.conclusions
        ]
        rows.append([said["consensus_share"], *(_rate(b.consensus_share) for b in columns)])
        w = review.whole
        notes = (
            said["conclusions_intro"].format(
                consensus=w.by_consensus,
                decided=w.decided,
                share=f"{round(100 * w.consensus_share)} %" if w.consensus_share is not None else "",
            ),
        )
        chart_rows = len(rows) - 1
    headers = [first, *heads]
    area = write_table(
        ws, table_name=f"Arsmelding_{table}", headers=headers, rows=rows, title=title, notes=notes, wrap_headers=True,
        max_width=60,  # the longest priority group on one line
    )
    _chart(wb, ws, area, "bar", chart_title, cats=0, values=(1,), rows=chart_rows, at=len(headers), legend=False)


def _several(ws: Sheet, review: YearReview, lang: str) -> None:
    said = words.YEAR_WORDS[lang]
    kinds = words.CONCLUSION_KINDS[lang]
    rows = [
        [
            c.title,
            ", ".join(c.bodies),
            len(c.treatments),
            c.treatments[0].day,
            c.treatments[-1].day,
            kinds[c.ended.value] if c.ended else said["not_concluded"],
        ]
        for c in review.multi_body_cases
    ]
    write_table(
        ws,
        table_name="Arsmelding_saker_i_fleire_organ",
        headers=[said["case"], said["bodies"], said["treatments"], said["first"], said["last"], said["ended"]],
        rows=rows,
        title=said["several"],
        notes=(said["several_intro"].format(year=review.year) if rows else said["several_none"],),
    )


def _follow_ups(wb: Workbook, ws: Sheet, review: YearReview, lang: str) -> None:
    from ...dates import medium_date

    said = words.YEAR_WORDS[lang]
    rows: list[list[object]] = []
    for b in _bodies(review):
        f = b.follow_ups
        cells: list[object] = [b.name, f.done, f.open, f.overdue, f.total]
        if b.body_id is None and not review.one_body:
            cells = [Styled(said["total"], BOLD), *(Styled(c, BOLD) for c in cells[1:])]
        rows.append(cells)
    headers = [said["body"], said["done"], said["open"], said["overdue"], said["total"]]
    area = write_table(
        ws,
        table_name="Arsmelding_oppfolging",
        headers=headers,
        rows=rows,
        title=said["follow_ups"],
        subtitle=said["follow_ups_intro"].format(day=medium_date(review.today, lang)),
    )
    _chart(
        wb, ws, area, "bar", said["follow_ups"], cats=0, values=(1, 2, 3), rows=len(review.bodies),
        at=len(headers), subtype="stacked",
    )  # fmt: skip


def _chart(
    wb: Workbook,
    ws: Sheet,
    area: TableArea,
    kind: str,
    title: str,
    *,
    cats: int | tuple[int, int],
    values: Sequence[int],
    rows: int,
    at: int,
    subtype: str | None = None,
    percent: bool = False,
    legend: bool = True,
    width: int = 560,
) -> None:
    """A native chart of the table's first `rows` data rows, its categories in column `cats`
    (0-based; two columns for two-level labels), a series per column in `values`, placed
    right of the table (column `at`, 0-based) at its header."""
    if rows <= 0:
        return
    spec: dict[str, Any] = {"type": kind}
    if subtype:
        spec["subtype"] = subtype
    chart = wb.book.add_chart(spec)
    if chart is None:  # pragma: no cover - XlsxWriter knows every type asked for here
        return
    name = ws.title
    first, last = area.first_row - 1, area.first_row - 2 + rows
    c0, c1 = (cats, cats) if isinstance(cats, int) else cats
    for i, col in enumerate(values):
        series: dict[str, Any] = {
            "name": [name, area.header_row - 1, col],
            "categories": [name, first, c0, last, c1],
            "values": [name, first, col, last, col],
        }
        colour = COLOURS[i % len(COLOURS)]
        if kind == "line":
            series["line"] = {"color": colour, "width": 1.75}
            series["marker"] = {"type": "circle", "size": 4, "fill": {"color": colour}, "border": {"color": colour}}
        else:
            series["fill"] = {"color": colour}
            series["data_labels"] = {"value": True} if len(values) == 1 else {}
        chart.add_series(series)
    chart.set_title({"name": title, "name_font": {"size": 12, "bold": True}})
    if percent:
        chart.set_y_axis({"num_format": "0 %", "min": 0, "max": 1, "major_gridlines": {"visible": True}})
    if kind == "bar":
        chart.set_y_axis({"reverse": True})  # categories (vertical in a bar chart): the first row on top
    if legend:
        chart.set_legend({"position": "bottom"})
    else:
        chart.set_legend({"none": True})
    chart.set_size({"width": width, "height": 340 if kind != "line" else 400})
    ws.ws.insert_chart(area.header_row - 1, at + 1, chart, {"x_offset": 10, "y_offset": 0})
