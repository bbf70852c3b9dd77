"""The People tab's personvern actions (issue 18, point 7): remove a former member's contact
details after a confirmation, export everything kept about a person (innsyn)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hfdesk.models import Membership, Person
from hfdesk.services import queries, register
from hfdesk.ui.models import PeopleModel

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_welcome_question")]


def person_id(db, name: str) -> int:
    with db.session() as s:
        (found,) = [p for p in queries.search_people(s, name) if p.name == name]
    return found.id


def shown_email(people, pid: int) -> str:
    row = people.model.row_of_id(pid)
    return people.model.index(row, PeopleModel.COL_EMAIL).data()


@pytest.fixture
def people(window):
    tab = window.register_page.people
    window.register_page.tabs.setCurrentWidget(tab)
    tab.reload()
    return tab


def test_remove_contact_details_after_confirming(qtbot, people, demo_db, monkeypatch):
    pid = person_id(demo_db, "Hilde Rong")
    with demo_db.transaction() as s:
        s.get(Person, pid).phone = "+47 912 34 567"
    people.reload()
    assert people.select_person(pid)
    assert not people.remove_contacts_action.isEnabled()  # she sits in SSU
    assert "Hilde Rong sitter i et organ" in people.remove_contacts_action.toolTip()
    assert people.export_data_action.isEnabled()

    with demo_db.transaction() as s:
        for m in s.query(Membership).filter(Membership.person_id == pid):
            register.end_membership(s, m.id, date(2026, 11, 22))
    people.reload()
    assert people.remove_contacts_action.isEnabled()
    assert shown_email(people, pid) == "hilde.rong@rpf-alver.eksempel.no"

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    assert people.remove_contacts_action.isEnabled()
    people.remove_contacts_action.trigger()
    assert asked and "Fjerne kontaktopplysningene til Hilde Rong?" in asked[0]
    assert "Beholdes: navnet, stillingen og organisasjonen" in asked[0]
    assert shown_email(people, pid) == "hilde.rong@rpf-alver.eksempel.no"  # No: nothing changed

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    people.remove_contacts_action.trigger()
    assert shown_email(people, pid) == ""
    assert people.model.index(people.model.row_of_id(pid), PeopleModel.COL_PHONE).data() == ""
    assert people.selected_person().id == pid
    with demo_db.session() as s:
        person = s.get(Person, pid)
        assert (person.full_name, person.email, person.phone) == ("Hilde Rong", "", "")


def test_a_seat_starting_later_is_explained_not_removed(qtbot, people, demo_db, monkeypatch):
    pid = person_id(demo_db, "Jostein Hope")  # his seat has ended, a new one starts next year
    with demo_db.transaction() as s:
        ssu = next(b for b in queries.list_bodies(s) if b.short_name == "SSU")
        register.add_membership(s, ssu.id, pid, "member", term_from=date(2027, 1, 1))
    people.reload()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked to confirm"))
    assert people.remove_contact_details(pid) is False
    assert told and told[0].startswith("Jostein Hope sitter i Strategisk samarbeidsutval.")
    assert shown_email(people, pid) != ""


def test_export_personal_data_suggests_a_name_and_writes_the_workbook(qtbot, people, demo_db, tmp_path, monkeypatch):
    pid = person_id(demo_db, "Håkon Kvamme")
    assert people.select_person(pid)
    offered: list[str] = []
    target = tmp_path / "innsyn"  # the suffix is added

    def save_name(*args, **kwargs):
        offered.append(Path(args[2]).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    written = people.export_personal_data()
    assert offered == ["Personopplysningar Håkon Kvamme 2026-11-23.xlsx"]
    assert written == tmp_path / "innsyn.xlsx"
    assert load_workbook(written).sheetnames == ["Personopplysningar", "Verv", "Oppmøte", "Nemnt i"]
