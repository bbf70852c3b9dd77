"""Case numbers in the body's format (issue 17, point 8): "Sak 12/25", "Sak 2025/12", "Sak 01-21".

The pattern is checked and refused in the user's language; every screen, document, the
meeting file and the case search write and read a number the way its body does; sorting
stays by (year, seq)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import docx
import pytest
import sqlalchemy as sa

from hfdesk.errors import InvalidInput
from hfdesk.exports.meeting_json import meeting_document, render_meeting_document
from hfdesk.exports.minutes import export_minutes
from hfdesk.exports.notice import export_notice
from hfdesk.imports.meeting import import_meeting
from hfdesk.models import AgendaItem, Body, Meeting
from hfdesk.services import case_numbers, live, meetings, queries, register
from hfdesk.services.agenda import case_detail
from hfdesk.services.case_numbers import check_pattern, format_number, offered_patterns, parse_number
from hfdesk.services.meeting_record import load_meeting_record
from hfdesk.services.meeting_view import live_view
from hfdesk.services.search import search_cases

# --- the pattern -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "seq", "year", "written"),
    [
        ("N/YY", 12, 2025, "12/25"),
        ("N/YY", 3, 2009, "3/09"),
        ("NN/YY", 3, 2025, "03/25"),
        ("NNN/YY", 12, 2025, "012/25"),
        ("N/YYYY", 12, 2025, "12/2025"),
        ("YYYY/N", 12, 2025, "2025/12"),
        ("YYYY/NNN", 12, 2025, "2025/012"),
        ("NN-YY", 1, 2021, "01-21"),
        ("N-YYYY", 12, 2025, "12-2025"),
        ("YYYY-N", 12, 2025, "2025-12"),
        ("YY.NN", 4, 2014, "14.04"),
        ("NN/YY", 123, 2025, "123/25"),  # wider than the padding: written in full
    ],
)
def test_a_number_is_written_in_the_pattern(pattern, seq, year, written):
    assert format_number(pattern, seq, year) == written
    assert parse_number(pattern, written, reference_year=2026) == (seq, year)


def test_the_default_stays_number_slash_two_digit_year():
    assert case_numbers.DEFAULT_PATTERN == "N/YY"
    assert format_number(case_numbers.DEFAULT_PATTERN, 12, 2025) == "12/25"
    assert format_number(None, 12, 2025) == "12/25"  # no pattern: the default
    assert format_number("N/YY", None, 2025) == format_number("N/YY", 12, None) == ""  # unnumbered


@pytest.mark.parametrize(
    "bad", ["", "   ", "X/YY", "N/Y", "NNNN/YY", "N//YY", "N YY", "N/YYY", "YY/YYYY", "N/N", "12/25", "N:YY", "N/YY/N"]
)
def test_a_pattern_hfdesk_does_not_know_is_refused_in_three_languages(bad):
    with pytest.raises(InvalidInput) as raised:
        check_pattern(bad)
    error = raised.value
    assert error.code == "body.bad_case_number_pattern"
    assert f"«{bad}» er ikke et format for saksnummer" in error.render("nb")
    assert f"«{bad}» er ikkje eit format for saksnummer" in error.render("nn")
    assert f"«{bad}» is not a case number format" in error.render("en")


def test_a_pattern_is_stored_in_capitals_without_spaces():
    assert check_pattern(" yyyy/n ") == "YYYY/N"
    assert check_pattern("NN-YY") == "NN-YY"


def test_an_unknown_stored_pattern_is_written_as_the_default():
    """A file edited by hand must not break a screen: the number is written the default way."""
    assert format_number("rubbish", 12, 2025) == "12/25"


@pytest.mark.parametrize(
    ("pattern", "typed", "number"),
    [
        ("N/YY", "12/25", (12, 2025)),
        ("N/YY", "12/2025", (12, 2025)),
        ("N/YY", "2025/12", (12, 2025)),  # a four-digit group is the year wherever it stands
        ("N/YY", " 12 / 25 ", (12, 2025)),
        ("N/YY", "sak 12/25", (12, 2025)),
        ("N/YY", "12-25", (12, 2025)),
        ("N/YY", "12/99", (12, 1999)),
        ("N/YY", "12/27", (12, 2027)),  # next year's plan
        ("YYYY/N", "2025/12", (12, 2025)),
        ("YYYY/N", "25/12", (12, 2025)),  # the body's order: year first
        ("YYYY/N", "2025-012", (12, 2025)),
        ("NN-YY", "01-21", (1, 2021)),
        ("NN-YY", "1-21", (1, 2021)),
        ("NN-YY", "1/21", (1, 2021)),
        ("YY.NN", "14.04", (4, 2014)),
    ],
)
def test_what_a_user_types_is_read_loosely(pattern, typed, number):
    assert parse_number(pattern, typed, reference_year=2026) == number


@pytest.mark.parametrize("typed", ["", "12", "utskriving", "0/25", "12/5", "12/123", "12.25", "1/2/25", "12/25 a"])
def test_what_is_not_a_number_is_not_read_as_one(typed):
    # "12.25" is not a number for a body that writes "/" (a date or a decimal, more likely)
    assert parse_number("N/YY", typed, reference_year=2026) is None


def test_the_body_form_offers_examples_not_tokens():
    offered = offered_patterns(2025)
    assert offered[0] == ("N/YY", "3/25, 12/25")
    examples = dict(offered)
    assert examples["YYYY/N"] == "2025/3, 2025/12"
    assert examples["NNN/YY"] == "003/25, 012/25"
    assert examples["NN-YY"] == "03-25, 12-25"
    assert examples["N-YYYY"] == "3-2025, 12-2025"
    assert examples["YYYY/NNN"] == "2025/003, 2025/012"
    assert not any("N" in text or "Y" in text for _p, text in offered)
    assert all(check_pattern(p) == p for p, _text in offered)


# --- a body that writes its numbers its own way -----------------------------------------------------


def _body_with_meeting(database, name: str, pattern: str | None, starts: datetime, cases: int = 12) -> dict:
    """A new body with `pattern` (None: the default) and a meeting with the standard items and
    `cases` cases, its notice sent: ids and the items' numbers as (seq, year)."""
    with database.transaction() as s:
        kwargs = {"case_number_pattern": pattern} if pattern is not None else {}
        body = register.create_body(s, name, 4, short_name=name[:6], **kwargs)
        meeting = meetings.create_meeting(s, body, starts, place="Møterom 1")
        for n in range(cases):
            meetings.add_item(s, meeting_id=meeting.id, title=f"Prøvesak nummer {n + 1} om samhandling")
        meetings.mark_notice_sent(s, meeting.id, at=starts.replace(day=1))
        items = sorted(meeting.items, key=lambda i: i.position)
        return {
            "body": body.id,
            "meeting": meeting.id,
            "items": {i.id: (i.number_seq, i.number_year) for i in items},
            "titles": {i.id: i.title for i in items},
        }


def _item_with_seq(made: dict, seq: int) -> int:
    return next(i for i, (s, _y) in made["items"].items() if s == seq)


@pytest.fixture
def year_first(demo_db):
    return _body_with_meeting(demo_db, "Årstalsutvalet", "YYYY/N", datetime(2025, 11, 18, 10))


@pytest.fixture
def padded(demo_db):
    return _body_with_meeting(demo_db, "Nullutvalet", "NN-YY", datetime(2021, 3, 9, 10), cases=2)


def test_the_services_write_the_bodys_numbers(demo_db, year_first, padded):
    twelve = _item_with_seq(year_first, 12)
    first = _item_with_seq(padded, 1)
    with demo_db.session() as s:
        assert s.get(AgendaItem, twelve).number_label == "2025/12"
        assert s.get(AgendaItem, first).number_label == "01-21"
        agenda = queries.meeting_agenda(s, year_first["meeting"])
        assert [r.number for r in agenda] == [f"2025/{seq}" for seq, _y in year_first["items"].values()]
        assert [r.number for r in queries.meeting_agenda(s, padded["meeting"])][0] == "01-21"
        assert case_detail(s, twelve).number == "2025/12"
        record = load_meeting_record(s, year_first["meeting"])
        assert record.body.case_number_pattern == "YYYY/N"
        assert record.item(twelve).number == "2025/12" and record.item(twelve).number_key == (2025, 12)
        view = live_view(s, year_first["meeting"], twelve)
        assert view is not None and view.item is not None and view.item.number == "2025/12"
        assert any(i.number == "2025/12" for i in view.items)


def test_a_follow_up_names_its_case_in_the_bodys_format(demo_db, year_first):
    twelve = _item_with_seq(year_first, 12)
    with demo_db.transaction() as s:
        live.add_follow_up(s, item=s.get(AgendaItem, twelve), what="Kalle inn til arbeidsmøte",
                           responsible_text="SSE", due_on=date(2025, 12, 1))  # fmt: skip
    with demo_db.session() as s:
        rows = [r for r in queries.list_follow_ups(s) if r.what == "Kalle inn til arbeidsmøte"]
    assert [r.item_number for r in rows] == ["2025/12"]


def test_a_body_without_a_pattern_writes_the_default(demo_db):
    made = _body_with_meeting(demo_db, "Vanlegutvalet", None, datetime(2025, 5, 6, 10))
    with demo_db.session() as s:
        assert s.get(Body, made["body"]).case_number_pattern == "N/YY"
        assert s.get(AgendaItem, _item_with_seq(made, 12)).number_label == "12/25"


def test_register_refuses_a_bad_pattern_and_changes_nothing(demo_db, year_first):
    with demo_db.transaction() as s, pytest.raises(InvalidInput, match="saksnummer"):
        register.create_body(s, "Feilutvalet", 4, case_number_pattern="NNNN")
    with demo_db.transaction() as s, pytest.raises(InvalidInput, match="saksnummer"):
        register.update_body(s, year_first["body"], case_number_pattern="Y/N", name="Nytt namn")
    with demo_db.session() as s:
        body = s.get(Body, year_first["body"])
        assert (body.name, body.case_number_pattern) == ("Årstalsutvalet", "YYYY/N")
        assert s.scalar(sa.select(Body).where(Body.name == "Feilutvalet")) is None
    with demo_db.transaction() as s:
        register.update_body(s, year_first["body"], case_number_pattern="nn-yy")
    with demo_db.session() as s:
        assert s.get(Body, year_first["body"]).case_number_pattern == "NN-YY"
        assert s.get(AgendaItem, _item_with_seq(year_first, 3)).number_label == "03-25"


# --- documents -----------------------------------------------------------------------------------


def _headings(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.style.name.startswith("Heading")]


def _cells(path: Path) -> list[str]:
    return [c.text for t in docx.Document(str(path)).tables for row in t.rows for c in row.cells]


@pytest.mark.parametrize(("kind", "export"), [("notice", export_notice), ("minutes", export_minutes)])
def test_documents_write_the_bodys_numbers(demo_db, year_first, padded, tmp_path, kind, export):
    with demo_db.session() as s:
        first_path = export(s, year_first["meeting"], tmp_path / f"{kind}-year-first.docx")
        padded_path = export(s, padded["meeting"], tmp_path / f"{kind}-padded.docx")
    twelve = _item_with_seq(year_first, 12)
    first = _item_with_seq(padded, 1)
    if kind == "minutes":  # the notice gives a case without text no heading of its own (issue 17, point 6)
        headings = _headings(first_path)
        assert f"Sak 2025/12 {year_first['titles'][twelve]}" in headings
        assert not any(h.startswith("Sak 12/25") for h in headings)
        assert f"Sak 01-21 {padded['titles'][first]}" in _headings(padded_path)
    assert "2025/12" in _cells(first_path)  # the agenda table (notice) / the list of items (minutes)
    assert "12/25" not in _cells(first_path)
    assert "01-21" in _cells(padded_path) and "02-21" in _cells(padded_path)


def test_the_widest_number_stays_on_one_line_in_the_tables(demo_db, tmp_path, libreoffice):
    made = _body_with_meeting(demo_db, "Breiddeutvalet", "YYYY/NNN", datetime(2025, 11, 18, 10))
    twelve = _item_with_seq(made, 12)
    with demo_db.transaction() as s:
        live.add_follow_up(s, item=s.get(AgendaItem, twelve), what="Sjekke breidda", responsible_text="SSE",
                           due_on=date(2025, 12, 1))  # fmt: skip
    with demo_db.session() as s:
        notice = export_notice(s, made["meeting"], tmp_path / "innkalling.docx")
        minutes = export_minutes(s, made["meeting"], tmp_path / "referat.docx")
    for document in (notice, minutes):
        text = libreoffice.text(libreoffice.pdf(document), layout=True)
        if text is None:
            pytest.skip("pdftotext is not installed")
        table_lines = [line for line in text.splitlines() if "Prøvesak nummer" in line and "Sak " not in line]
        assert any(line.lstrip().startswith("2025/012 ") for line in table_lines), document.name
        assert not any(line.lstrip().startswith("2025/01 ") for line in table_lines), document.name


# --- the meeting file ------------------------------------------------------------------------------


def test_the_meeting_file_keeps_its_number_and_adds_the_bodys_label(demo_db, year_first):
    twelve = _item_with_seq(year_first, 12)
    with demo_db.session() as s:
        document = meeting_document(s, year_first["meeting"], internal=True)
    assert document["body"]["case_number_pattern"] == "YYYY/N"
    item = next(i for i in document["items"] if i["id"] == twelve)
    assert (item["number"], item["number_label"]) == ("12/25", "2025/12")
    # a record made without the (year, seq), as a program may build one: read from the label
    with demo_db.session() as s:
        record = load_meeting_record(s, year_first["meeting"])
    bare = dataclasses.replace(record, items=tuple(dataclasses.replace(i, number_key=None) for i in record.items))
    assert render_meeting_document(bare, internal=True)["items"] == document["items"]
    # read back in place: the same numbers, still written the body's way
    with demo_db.transaction() as s:
        import_meeting(s, document, replace=True)
    with demo_db.session() as s:
        items = s.scalars(sa.select(AgendaItem).where(AgendaItem.meeting_id == year_first["meeting"])).all()
        assert {i.id: (i.number_seq, i.number_year) for i in items} == year_first["items"]
        assert s.get(AgendaItem, twelve).number_label == "2025/12"


# --- search ------------------------------------------------------------------------------------------


def test_search_finds_a_case_by_its_number_as_the_body_writes_it(demo_db, year_first, padded):
    twelve = _item_with_seq(year_first, 12)
    first = _item_with_seq(padded, 1)
    with demo_db.session() as s:
        for typed in ("2025/12", "2025-12", "25/12", "Sak 2025/12", "  2025 / 12 "):
            hits = search_cases(s, typed)
            assert hits and hits[0].item_id == twelve, typed
            assert hits[0].number == "2025/12" and hits[0].snippet_text == "2025/12"
        for typed in ("01-21", "1-21", "1/21", "sak 01-21"):
            hits = search_cases(s, typed)
            assert hits and hits[0].item_id == first, typed
            assert hits[0].number == "01-21"
        # a number and words: the case with that number whose text holds the words
        hits = search_cases(s, "samhandling 2025/12")
        assert hits[0].item_id == twelve and "samhandling" in hits[0].snippet_text
        assert twelve not in {h.item_id for h in search_cases(s, "2025/12 zzyzxq")}
        # "12/25" is case 25 of 2012 in a year-first body, not this one
        assert twelve not in {h.item_id for h in search_cases(s, "12/25")[:1]}


def test_search_hits_sort_by_year_and_number_not_by_label(demo_db, year_first):
    with demo_db.session() as s:
        hits = [h for h in search_cases(s, "prøvesak nummer", limit=200) if h.body_id == year_first["body"]]
    assert len(hits) == 12
    by_key = sorted(hits, key=lambda h: h.number_key)
    assert [h.number_seq for h in by_key] == sorted(h.number_seq for h in hits)
    assert [h.number for h in by_key][:3] != sorted(h.number for h in hits)[:3]  # "2025/10" < "2025/2"


# --- on screen ---------------------------------------------------------------------------------------


@pytest.mark.gui
@pytest.mark.usefixtures("no_welcome_question")
def test_the_body_form_sets_the_format_and_the_meetings_page_shows_it(qtbot, window, demo_db):
    from PySide6.QtCore import Qt

    from hfdesk.ui.main_window import PAGE_MEETINGS, PAGE_REGISTER
    from hfdesk.ui.models import AgendaModel, CaseHitsModel

    this_year = date.today().year
    with demo_db.session() as s:
        ssu = s.scalars(sa.select(Body).where(Body.short_name == "SSU")).one()
        meeting = s.scalars(
            sa.select(Meeting).where(Meeting.body_id == ssu.id, Meeting.notice_sent_at.is_not(None))
            .order_by(Meeting.starts_at.desc())
        ).first()
        numbered = sorted((i for i in meeting.items if i.number_seq), key=lambda i: i.position)
        ssu_id, meeting_id, year = ssu.id, meeting.id, meeting.starts_at.year
        expected = [f"Sak {year}/{i.number_seq}" for i in numbered]
        assert [f"Sak {i.number_label}" for i in numbered] == [f"Sak {i.number_seq}/{year % 100:02d}" for i in numbered]

    window.show_page(PAGE_REGISTER)
    bodies = window.register_page.bodies
    bodies.select_body(ssu_id)
    assert f"saksnummer som 12/{this_year % 100:02d}" in bodies.body_meta.text()
    bodies.tree.setFocus()
    qtbot.keyClick(bodies.tree, Qt.Key.Key_F2)
    dialog = bodies.last_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Rediger organ"
    combo = dialog.case_numbers
    assert combo.currentData() == "N/YY" and combo.currentText() == f"3/{this_year % 100:02d}, 12/{this_year % 100:02d}"
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert not any("Y" in t or "N" in t for t in texts)  # examples, not tokens
    combo.setCurrentIndex(texts.index(f"{this_year}/3, {this_year}/12"))  # the user picks "2025/12"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with demo_db.session() as s:
        assert s.get(Body, ssu_id).case_number_pattern == "YYYY/N"
    assert f"saksnummer som {this_year}/12" in bodies.body_meta.text()

    window.show_page(PAGE_MEETINGS)
    page = window.meetings_page
    page.year.setCurrentIndex(page.year.findData(year))
    page.body.setCurrentIndex(0)
    assert page.select_meeting(meeting_id)
    model = page.agenda_model
    shown = [model.index(r, AgendaModel.COL_NUMBER).data() for r in range(model.rowCount())]
    assert [s for s in shown if s] == expected

    # and the search finds a case by the new form
    qtbot.keyClicks(page.search, f"{year}/{numbered[-1].number_seq}")
    hits = [page.hits_model.row_at(r) for r in range(page.hits_model.rowCount())]
    assert hits and hits[0].item_id == numbered[-1].id
    assert page.hits_model.index(0, CaseHitsModel.COL_NUMBER).data() == expected[-1]
