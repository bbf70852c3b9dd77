"""Finding a case by its words (FTS5; PostgreSQL's text search on a shared database): titles,
texts and decisions, as you type. Runs on both engines (conftest.BOTH_ENGINES)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from hfdesk.models import AgendaItem, Body, Conclusion, ConclusionKind, Meeting, MeetingStatus
from hfdesk.services import agenda, live, meetings, search
from hfdesk.services.search import HIT_END, HIT_START, find_cases, match_expression, search_cases


def ids(hits) -> set[int]:
    return {h.item_id for h in hits}


def test_a_word_from_a_title_finds_the_case_in_its_meeting(demo_db):
    with demo_db.session() as s:
        item = s.scalars(
            sa.select(AgendaItem).where(AgendaItem.title.like("Utskrivingsklare%"), AgendaItem.meeting_id.is_not(None))
        ).first()
        assert item is not None
        hits = search_cases(s, "utskrivingsklare")
        assert item.id in ids(hits)
        hit = next(h for h in hits if h.item_id == item.id)
        assert (hit.meeting_id, hit.body_id, hit.body_name, hit.title) == (
            item.meeting_id, item.body_id, item.body.name, item.title
        )
        assert hit.meeting_starts_at == item.meeting.starts_at and hit.number == item.number_label
        assert f"{HIT_START}utskrivingsklare{HIT_END}" in hit.snippet.lower()
        assert "<b>utskrivingsklare</b>" in hit.snippet_html().lower()
        assert HIT_START not in hit.snippet_text
        # every body and year it was treated in
        assert len({h.body_id for h in hits}) > 1


def test_a_word_only_in_a_decision_finds_the_case(demo_db):
    with demo_db.session() as s:
        rows = s.execute(
            sa.select(AgendaItem, Conclusion.decision_text).join(Conclusion, Conclusion.item_id == AgendaItem.id)
        ).all()
        for item, decision in rows:
            elsewhere = f"{item.title} {item.background} {item.proposed_decision}".lower()
            words = [w for w in re.findall(r"[^\W\d_]{8,}", decision) if w.lower() not in elsewhere]
            if words:
                break
        else:  # pragma: no cover - the demo always has such a decision
            pytest.fail("no decision with a word of its own")
        hits = search_cases(s, words[0], limit=500)
        assert item.id in ids(hits)
        hit = next(h for h in hits if h.item_id == item.id)
        assert words[0].lower() in hit.snippet.lower()


def test_prefixes_as_you_type_and_every_word_must_match(demo_db):
    with demo_db.session() as s:
        full = ids(search_cases(s, "utskrivingsklare", limit=500))
        assert full and full <= ids(search_cases(s, "utskriv", limit=500))
        assert full <= ids(search_cases(s, "UTSKRIV", limit=500))  # case folded
        both = ids(search_cases(s, "utskriv pasient", limit=500))
        assert both and both <= ids(search_cases(s, "utskriv", limit=500))
        assert both <= ids(search_cases(s, "pasient", limit=500))
        assert search_cases(s, "utskriv zzyzxq") == []
        assert len(search_cases(s, "saka", limit=3)) == 3


def test_norwegian_letters_are_letters_of_their_own(demo_db):
    with demo_db.session() as s:
        hits = search_cases(s, "skrøpel", limit=500)
        assert hits and all("skrøpel" in (h.title + h.snippet_text).lower() for h in hits)
        assert ids(search_cases(s, "SKRØPEL", limit=500)) == ids(hits)
        assert search_cases(s, "skropel") == []  # ø is not o
        assert search_cases(s, "årsmelding")  # å at the start of a word
        assert ids(search_cases(s, "årsmeld")) == ids(search_cases(s, "Årsmelding"))


@pytest.mark.parametrize(
    "text",
    ['"', '*', '(', ')', '"utskriv', 'utskriv*', '(utskriv', 'NEAR(a b)', 'title:utskriv', 'a AND', 'OR',
     'NOT utskriv', '^utskriv', '-', '+', ':', "'", '{title}: x', '\\', '', '   ', 'æ"ø(å*'],
)
def test_query_syntax_in_user_text_never_raises(demo_db, text):
    with demo_db.session() as s:
        search_cases(s, text)  # no error whatever is typed


def test_syntax_characters_are_ignored_around_the_words(demo_db):
    with demo_db.session() as s:
        plain = ids(search_cases(s, "utskriv", limit=500))
        assert ids(search_cases(s, '"utskriv*', limit=500)) == plain
        assert ids(search_cases(s, "(utskriv)", limit=500)) == plain
        assert ids(search_cases(s, "title:utskriv", limit=500)) == ids(search_cases(s, "title utskriv", limit=500))
        assert search_cases(s, "(*)") == []
    assert match_expression('a"b NOT (c*)') == '"a"* "b"* "NOT"* "c"*'
    assert match_expression("snake_case") == '"snake"* "case"*'


def test_edits_are_found_at_once(demo_db):
    """The triggers keep the index in step: a new case, an edited title, a decision, a removal."""
    with demo_db.transaction() as s:
        body = s.scalars(sa.select(Body).order_by(Body.id)).first()
        meeting = meetings.create_meeting(s, body, datetime(2031, 3, 4, 10))
        item = meetings.add_item(s, meeting_id=meeting.id, title="Kvalitetsarbeid i legevakta",
                                 background="Grunnlag")  # fmt: skip
        backlog_item = meetings.add_item(s, body_id=body.id, title="Ventande sak om sjøvegen")
        item_id, meeting_id, backlog_id = item.id, meeting.id, backlog_item.id
    with demo_db.session() as s:
        assert item_id in ids(search_cases(s, "legevakt"))
        hit = next(h for h in search_cases(s, "sjøveg") if h.item_id == backlog_id)
        assert hit.meeting_id is None and hit.number == "" and hit.meeting_status is None
    with demo_db.transaction() as s:
        agenda.update_item(s, item_id, title="Kvalitetsarbeid på legevakta i Øygarden", background="Døgnope")
    with demo_db.session() as s:
        assert item_id in ids(search_cases(s, "øygard"))
        assert item_id in ids(search_cases(s, "døgnop"))
        assert item_id not in ids(search_cases(s, "grunnlag", limit=1000))
    with demo_db.transaction() as s:
        meeting = s.get(AgendaItem, item_id).meeting
        meetings.send_notice(s, meeting)
        meetings.change_status(s, meeting, MeetingStatus.HELD, at=meeting.ends_at)  # once it has started
        conclusion = live.conclude(s, s.get(AgendaItem, item_id), ConclusionKind.CONSENSUS,
                                   decision_text="Bølgjebrytaren vert vedteken")
        conclusion_id = conclusion.id
    with demo_db.session() as s:
        assert ids(search_cases(s, "bølgjebryt")) == {item_id}
    with demo_db.transaction() as s:
        live.conclude(s, s.get(AgendaItem, item_id), ConclusionKind.CONSENSUS, decision_text="Anna vedtak")
    with demo_db.session() as s:
        assert search_cases(s, "bølgjebryt") == []
        assert s.get(Conclusion, conclusion_id) is not None
    with demo_db.transaction() as s:
        s.delete(s.get(Conclusion, conclusion_id))
    with demo_db.session() as s:
        assert item_id in ids(search_cases(s, "øygard"))
    with demo_db.transaction() as s:
        s.execute(sa.delete(AgendaItem).where(AgendaItem.id == backlog_id))
        s.execute(sa.delete(Meeting).where(Meeting.id == meeting_id))  # its items go with it (cascade)
    with demo_db.session() as s:
        assert search_cases(s, "sjøveg") == []
        assert search_cases(s, "øygard") == []
    key = "rowid" if demo_db.kind == "sqlite" else "item_id"
    with demo_db.transaction() as s:  # nothing left behind; raises if the index is damaged
        assert s.execute(sa.text(f"SELECT count(*) FROM case_search WHERE {key} IN (:a, :b)"),
                         {"a": item_id, "b": backlog_id}).scalar() == 0
        assert s.execute(sa.text("SELECT count(*) FROM case_search")).scalar() == s.scalar(
            sa.select(sa.func.count(AgendaItem.id))
        )
        _integrity_check(demo_db, s)


def test_search_is_three_statements_however_many_hits(demo_db):
    """One statement counts the cases holding the words (no further than RANKED_AT_MOST), one
    finds the hits, one more reads their cases' other treatments (only the count without hits)."""
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    with demo_db.session() as s:
        search_cases(s, "saka")  # warm up (the session's first statement begins it)
        event.listen(demo_db.engine, "before_cursor_execute", count)
        try:
            counts = []
            for text in ("zzyzxq", "hospitering", "saka", "Godkjenning", "s"):
                statements.clear()
                hits = search_cases(s, text, limit=200)
                counts.append(len(statements))
            assert len(hits) > 50
        finally:
            event.remove(demo_db.engine, "before_cursor_execute", count)
    assert counts == [1, 3, 3, 3, 3]


def test_words_in_too_many_cases_to_rank_come_newest_first(demo_db, monkeypatch):
    """A word in more than RANKED_AT_MOST cases does not tell them apart: the cases registered
    last come first, and the search says so; in fewer cases the best match comes first."""
    with demo_db.session() as s:
        ranked = find_cases(s, "saka", limit=10)
        assert not ranked.newest_first
        many = len(search_cases(s, "saka", limit=5000))
        assert many > 20
        monkeypatch.setattr(search, "RANKED_AT_MOST", many - 1)
        newest = find_cases(s, "saka", limit=10)
        assert newest.newest_first
        newest_ids = [h.item_id for h in newest.hits]
        assert newest_ids == sorted(ids(search_cases(s, "saka", limit=5000)), reverse=True)[:10]
        assert [h.item_id for h in ranked.hits] != newest_ids  # the ranking was not newest first
        monkeypatch.setattr(search, "RANKED_AT_MOST", many)  # exactly as many: still ranked
        assert find_cases(s, "saka", limit=10) == ranked
        # a limit above RANKED_AT_MOST ranks as many as asked for
        monkeypatch.setattr(search, "RANKED_AT_MOST", 3)
        assert not find_cases(s, "saka", limit=many).newest_first
        assert find_cases(s, "zzyzxq") == search.CaseSearch([])


def _integrity_check(database, s) -> None:
    """FTS5's own check of the index on SQLite; on PostgreSQL, every indexed text is its case's."""
    if database.kind == "sqlite":
        s.execute(sa.text("INSERT INTO case_search(case_search) VALUES('integrity-check')"))
        return
    stale = s.execute(sa.text(
        "SELECT count(*) FROM case_search AS f JOIN agenda_items AS a ON a.id = f.item_id "
        "LEFT JOIN conclusions AS c ON c.item_id = a.id WHERE f.title <> a.title "
        "OR f.background <> coalesce(a.background, '') OR f.proposed_decision <> coalesce(a.proposed_decision, '') "
        "OR f.decision <> coalesce(c.decision_text, '')"
    )).scalar()
    assert stale == 0


def test_the_index_holds_every_case(demo_db):
    with demo_db.transaction() as s:
        cases = s.scalar(sa.select(sa.func.count(AgendaItem.id)))
        indexed = s.execute(sa.text("SELECT count(*) FROM case_search")).scalar()
        assert indexed == cases
        _integrity_check(demo_db, s)
