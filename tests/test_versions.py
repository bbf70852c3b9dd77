"""Colleagues do not overwrite each other (issue 22, point 3): a save based on what the screen showed
is refused when a colleague changed the same row since, saying who, what and when; the user's text
can then be saved over the colleague's version; two saves at the same moment are the same known error.

Two users are two sessions on one database (hfdesk guards a file against a second opener in one
process): "Kari's screen" is what a read session loaded, "Ola" saves in between.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from hfdesk.errors import ChangedByColleague
from hfdesk.messages import render
from hfdesk.models import AgendaItem, ConclusionKind, Meeting, Person, Role, Side
from hfdesk.services import agenda, live, meetings, register, versions
from hfdesk.services.actor import current_actor

OSLO = ZoneInfo("Europe/Oslo")
NOW = datetime(2027, 3, 14, 10, 15)


def at(moment: datetime):
    """Travel to a wall-clock time in Bergen (the database keeps local times, naive)."""
    return time_machine.travel(moment.replace(tzinfo=OSLO), tick=False)


@pytest.fixture
def case(db):
    """A body, a planned meeting and the case «Budsjett 2027» on its agenda."""
    with at(datetime(2027, 3, 1, 9, 0)), db.transaction() as s:
        ssu = register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU")
        org = register.create_organisation(s, "Alver kommune", Side.MUNICIPAL)
        kari = register.create_person(s, "Kari", "Nordmann", organisation_id=org.id)
        register.add_membership(s, ssu.id, kari.id, Role.MEMBER, term_from=date(2026, 1, 1))
        meeting = meetings.plan_meeting(s, ssu.id, datetime(2027, 3, 20, 10, 0), with_standard_items=False)
        item = meetings.add_item(s, meeting_id=meeting.id, title="Budsjett 2027", background="Første utkast.")
        return {"body": ssu.id, "meeting": meeting.id, "item": item.id, "person": kari.id, "org": org.id}


def loaded_version(db, cls, id_):
    with db.session() as s:
        return s.get(cls, id_).version


def test_a_new_row_says_who_made_it_and_when(db, case):
    with db.session() as s:
        item = s.get(AgendaItem, case["item"])
        assert item.version >= 1
        assert item.changed_by == current_actor(s) != ""
        assert item.changed_at == datetime(2027, 3, 1, 9, 0)


def test_a_save_on_the_version_shown_saves_and_counts_the_version_up(db, case):
    shown = loaded_version(db, AgendaItem, case["item"])
    with db.transaction() as s:
        agenda.update_item(s, case["item"], title="Budsjett 2027 (revidert)", expected_version=shown)
    with db.session() as s:
        item = s.get(AgendaItem, case["item"])
        assert (item.title, item.version) == ("Budsjett 2027 (revidert)", shown + 1)


def test_a_save_on_an_older_version_is_refused_with_who_what_when_and_the_colleagues_text(db, case):
    kari_saw = loaded_version(db, AgendaItem, case["item"])  # Kari opens the case
    with at(NOW), db.transaction() as s:  # Ola saves first
        agenda.update_item(s, case["item"], background="Oles tekst.")
    with pytest.raises(ChangedByColleague) as caught, db.transaction() as s:
        agenda.update_item(s, case["item"], background="Karis tekst.", title="Budsjett 2027",
                           expected_version=kari_saw)
    error = caught.value
    with db.session() as s:
        actor = current_actor(s)
        assert s.get(AgendaItem, case["item"]).background == "Oles tekst."  # nothing of Kari's saved
    assert error.code == "conflict.changed"
    assert error.who == actor
    assert error.when == NOW
    assert error.version == kari_saw + 1
    assert error.current == {"background": "Oles tekst.", "title": "Budsjett 2027"}
    with at(datetime(2027, 3, 14, 11, 0)):
        assert error.render("nb") == f"{actor} endret saken «Budsjett 2027» kl. 10.15, etter at du åpnet den."
        assert error.render("nn") == f"{actor} endra saka «Budsjett 2027» kl. 10.15, etter at du opna ho."
        assert error.render("en") == f"{actor} changed the case «Budsjett 2027» at 10.15, after you opened it."
    with at(datetime(2027, 3, 15, 8, 0)):  # another day: the date too
        assert "endret saken «Budsjett 2027» 14.03.2027 kl. 10.15" in error.render("nb")


def test_reapplying_the_users_text_over_the_colleagues_version_saves_it(db, case):
    kari_saw = loaded_version(db, AgendaItem, case["item"])
    with db.transaction() as s:
        agenda.update_item(s, case["item"], background="Oles tekst.")
    with pytest.raises(ChangedByColleague) as caught, db.transaction() as s:
        agenda.update_item(s, case["item"], background="Karis tekst.", expected_version=kari_saw)
    with db.transaction() as s:  # «Bruk mine endringer»: over the version the error named
        agenda.update_item(s, case["item"], background="Karis tekst.", expected_version=caught.value.version)
    with db.session() as s:
        item = s.get(AgendaItem, case["item"])
        assert (item.background, item.version) == ("Karis tekst.", kari_saw + 2)


def test_without_an_expected_version_a_save_is_not_checked(db, case):
    with db.transaction() as s:
        agenda.update_item(s, case["item"], background="Oles tekst.")
    with db.transaction() as s:
        agenda.update_item(s, case["item"], background="Karis tekst.")
    with db.session() as s:
        assert s.get(AgendaItem, case["item"]).background == "Karis tekst."


def test_every_editor_service_checks_the_version(db, case):
    """Register, meeting and meeting-mode texts: each save refuses an older version and names the row."""
    with db.transaction() as s:
        live.start_meeting_mode(s, case["meeting"])
        live.conclude(s, case["item"], ConclusionKind.CONSENSUS, decision_text="Vedteke.")
        proposal = live.add_proposal(s, case["item"], "Eit framlegg", by_text="Kari")
        proposal_id = proposal.id
        conclusion_id = s.get(AgendaItem, case["item"]).conclusion.id
        seat_id = s.get(Person, case["person"]).memberships[0].id
    with db.session() as s:
        meeting_start = s.get(Meeting, case["meeting"]).starts_at
    meeting_fields = dict(starts_at=meeting_start, ends_at=datetime(2027, 3, 20, 13, 0), place="Bergen",
                          video_link="", title="", chair_id=None, minute_taker_id=None)
    calls = [
        (lambda s, v: register.update_person(s, case["person"], given_name="Kari", family_name="Vik",
                                             expected_version=v), "personen «Kari Nordmann»"),
        (lambda s, v: register.update_organisation(s, case["org"], name="Alver", side=Side.MUNICIPAL,
                                                   expected_version=v), "organisasjonen «Alver kommune»"),
        (lambda s, v: register.update_body(s, case["body"], description="Ny", expected_version=v),
         "organet «Strategisk samarbeidsutval»"),
        (lambda s, v: register.update_membership(s, seat_id, represents_text="Nordhordland",
                                                 expected_version=v), "vervet til «Kari Vik»"),
        (lambda s, v: meetings.update_meeting(s, case["meeting"], **meeting_fields, expected_version=v),
         "møtet «SSU 20.03.2027»"),
        (lambda s, v: live.update_proposal_text(s, proposal_id, "Nytt framlegg", expected_version=v),
         "forslaget «Eit framlegg»"),
        (lambda s, v: live.set_decision_text(s, case["item"], "Nytt vedtak.", expected_version=v),
         "vedtaket i «Budsjett 2027»"),
    ]
    from hfdesk.models import Body, Conclusion, Membership, Organisation, Proposal

    rows = [(Person, case["person"]), (Organisation, case["org"]), (Body, case["body"]), (Membership, seat_id),
            (Meeting, case["meeting"]), (Proposal, proposal_id), (Conclusion, conclusion_id)]
    for (call, what), (cls, id_) in zip(calls, rows, strict=True):
        shown = loaded_version(db, cls, id_)
        with pytest.raises(ChangedByColleague) as caught, db.transaction() as s:
            call(s, shown - 1)
        assert what in caught.value.render("nb"), (cls, caught.value.render("nb"))
        with db.transaction() as s:  # on the version shown it saves
            call(s, shown)
        assert loaded_version(db, cls, id_) == shown + 1, cls


def test_two_saves_at_the_same_moment_are_the_same_known_error(db, case):
    """Kari's session changed the case while Ola's save went in first: her flush finds the row moved
    on (StaleDataError) and it is told as who changed what, not as a bug."""
    with db.session() as kari:
        item = kari.get(AgendaItem, case["item"])
        shown = item.version
        kari.commit()  # her read ends (SQLite lets one writer in at a time); what she loaded stays
        with db.transaction() as ola:
            agenda.update_item(ola, case["item"], background="Oles tekst.")
        item.background = "Karis tekst."
        with pytest.raises(ChangedByColleague) as caught:
            versions.flush(kari, item, ("background",))
        kari.rollback()
    assert caught.value.current == {"background": "Oles tekst."}
    assert caught.value.version == shown + 1
    assert "saken «Budsjett 2027»" in caught.value.render("nb")


def test_the_messages_exist_in_three_languages():
    for code in ("conflict.changed", "conflict.changed_by_someone", "conflict.concurrent"):
        assert {render(code, lang) for lang in ("nb", "nn", "en")} == {
            render(code, "nb"), render(code, "nn"), render(code, "en")}
        assert len({render(code, lang) for lang in ("nb", "nn", "en")}) == 3
