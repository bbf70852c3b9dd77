"""Editing the register on screen: real dialogs driven with qtbot, checked on the screen and in the database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from hfdesk.models import Rights, Role, Side
from hfdesk.services import composition, queries
from hfdesk.sorting import norwegian_key
from hfdesk.ui import labels
from hfdesk.ui.models import BreachCountRole, MembersModel, OrganisationsModel, PeopleModel

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_welcome_question")]

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def bodies(window):
    return window.register_page.bodies


def body_id(db, short_name: str) -> int:
    with db.session() as s:
        return next(b.id for b in queries.list_bodies(s) if b.short_name == short_name)


def members(db, body: int, *, include_ended: bool = False) -> list[queries.MemberRow]:
    with db.session() as s:
        return queries.body_members(s, body, include_ended=include_ended)


def shown_names(tab) -> list[str]:
    model = tab.members.model()
    return [model.index(r, MembersModel.COL_NAME).data(DISPLAY) for r in range(model.rowCount())]


def shown_row(tab, name: str) -> dict[int, str]:
    model = tab.members.model()
    for r in range(model.rowCount()):
        if model.index(r, MembersModel.COL_NAME).data(DISPLAY) == name:
            return {c: model.index(r, c).data(DISPLAY) for c in range(model.columnCount())}
    raise AssertionError(f"{name} is not in the members table")


def pick(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def focus_table_row(qtbot, tab, membership_id: int) -> None:
    assert tab.select_member(membership_id)
    tab.members.setFocus()
    qtbot.waitUntil(lambda: tab.members.hasFocus())


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def not_in_any_body(db, body: int) -> queries.PersonRow:
    seated = {m.person_id for m in members(db, body, include_ended=True)}
    with db.session() as s:
        return next(p for p in queries.search_people(s) if p.id not in seated and p.organisation)


# --- memberships --------------------------------------------------------------------------


# The completer's popup asks the offscreen platform for things it cannot do (raise, grab the keyboard).
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_add_member_by_typing_part_of_the_name(qtbot, window, bodies, demo_db):
    ssu = body_id(demo_db, "SSU")
    bodies.select_body(ssu)
    person = not_in_any_body(demo_db, ssu)
    dialog = bodies.add_member()
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Nytt medlemskap"

    # Search as you type: the completer offers the person for part of the family name.
    combo = dialog.picker.combo
    qtbot.keyClicks(combo.lineEdit(), person.name.split()[-1][:5])
    completer = combo.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    popup = completer.popup()
    texts = [popup.model().index(r, 0).data(DISPLAY) for r in range(popup.model().rowCount())]
    assert any(t.startswith(person.name) for t in texts)
    row = next(r for r, t in enumerate(texts) if t.startswith(person.name))
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.picker.person_id() == person.id
    # Represents defaults to the person's organisation; rights follow the role.
    assert dialog.organisation.value() == person.organisation_id
    pick(dialog.role, Role.OBSERVER)
    assert dialog.rights.value() == Rights.SPEAK_PROPOSE
    pick(dialog.role, Role.MEMBER)
    assert dialog.rights.value() == Rights.VOTE
    assert not dialog.deputy_for.isEnabled()
    press_ok(qtbot, dialog)

    assert not dialog.isVisible()
    added = [m for m in members(demo_db, ssu) if m.person_id == person.id]
    assert len(added) == 1 and added[0].role == Role.MEMBER and added[0].term_from == date.today()
    assert person.name in shown_names(bodies)
    assert bodies.selected_member().person_id == person.id
    assert shown_row(bodies, person.name)[MembersModel.COL_ROLE] == "Medlem"


def test_add_member_as_a_new_person_and_link_a_deputy(qtbot, window, bodies, demo_db):
    ssu = body_id(demo_db, "SSU")
    bodies.select_body(ssu)
    principal = next(m for m in members(demo_db, ssu) if m.role == Role.MEMBER)
    dialog = bodies.add_member()
    qtbot.mouseClick(dialog.picker.new_button, Qt.MouseButton.LeftButton)
    assert dialog.new_person_box.isVisible() and not dialog.picker.combo.isEnabled()
    qtbot.keyClicks(dialog.new_person.given_name, "Siri")
    qtbot.keyClicks(dialog.new_person.family_name, "Vara")
    qtbot.keyClicks(dialog.new_person.email, "siri.vara@example.no")
    pick(dialog.role, Role.DEPUTY)
    assert dialog.deputy_for.isEnabled()
    # Only the body's current voting members are offered.
    offered = [v for v in dialog.deputy_for.values() if v is not None]
    voting = {m.membership_id for m in members(demo_db, ssu) if m.role in (Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER)}
    assert set(offered) == voting
    pick(dialog.deputy_for, principal.membership_id)
    press_ok(qtbot, dialog)

    assert dialog.error_text() == ""
    row = next(m for m in members(demo_db, ssu) if m.name == "Siri Vara")
    assert row.role == Role.DEPUTY and row.deputy_for_id == principal.membership_id
    assert row.email == "siri.vara@example.no"
    shown = shown_row(bodies, "Siri Vara")
    assert shown[MembersModel.COL_ROLE] == "Varamedlem"
    assert shown[MembersModel.COL_DEPUTY_FOR] == principal.name


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_add_member_without_a_person_says_so_inline(qtbot, window, bodies, demo_db):
    ssu = body_id(demo_db, "SSU")
    bodies.select_body(ssu)
    before = len(members(demo_db, ssu, include_ended=True))
    dialog = bodies.add_member()
    qtbot.keyClicks(dialog.picker.combo.lineEdit(), "Ingen slik person")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text() == "Velg en person fra listen, eller legg inn en ny person."
    assert dialog.error.isVisible()
    assert len(members(demo_db, ssu, include_ended=True)) == before
    dialog.reject()


def test_new_person_with_a_bad_email_keeps_the_form(qtbot, window, bodies, demo_db):
    ssu = body_id(demo_db, "SSU")
    bodies.select_body(ssu)
    before = len(members(demo_db, ssu, include_ended=True))
    dialog = bodies.add_member()
    dialog.picker.new_button.click()
    qtbot.keyClicks(dialog.new_person.given_name, "Ola")
    qtbot.keyClicks(dialog.new_person.email, "ikke en adresse")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "gyldig e-postadresse" in dialog.error_text()
    assert dialog.new_person.given_name.text() == "Ola"  # nothing typed is lost
    with demo_db.session() as s:
        assert not [p for p in queries.search_people(s, "Ola") if p.email == "ikke en adresse"]
    assert len(members(demo_db, ssu, include_ended=True)) == before
    dialog.reject()


def test_edit_a_role_with_f2_and_the_rights_follow(qtbot, window, bodies, demo_db):
    ssu = body_id(demo_db, "SSU")
    bodies.select_body(ssu)
    member = next(m for m in members(demo_db, ssu) if m.role == Role.MEMBER and not any(
        d.deputy_for_id == m.membership_id for d in members(demo_db, ssu)))
    focus_table_row(qtbot, bodies, member.membership_id)
    qtbot.keyClick(bodies.members, Qt.Key.Key_F2)
    dialog = bodies.last_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Rediger medlemskap"
    assert member.name in dialog.intro.text()
    assert dialog.role.value() == Role.MEMBER
    pick(dialog.role, Role.OBSERVER)
    press_ok(qtbot, dialog)
    changed = next(m for m in members(demo_db, ssu) if m.membership_id == member.membership_id)
    assert changed.role == Role.OBSERVER and changed.rights == Rights.SPEAK_PROPOSE
    shown = shown_row(bodies, member.name)
    assert shown[MembersModel.COL_ROLE] == "Observatør"
    assert shown[MembersModel.COL_RIGHTS] == labels.rights(Rights.SPEAK_PROPOSE)


def test_members_sorted_by_a_column_keep_the_selection_and_the_next_body_comes_sorted(qtbot, window, bodies, demo_db):
    ssu, ou = body_id(demo_db, "SSU"), body_id(demo_db, "OU Bergen")
    bodies.select_body(ssu)
    in_role_order = [m.name for m in members(demo_db, ssu)]
    assert shown_names(bodies) == in_role_order  # unsorted: the register's order (role, then family name)
    chosen = members(demo_db, ssu)[-1]
    focus_table_row(qtbot, bodies, chosen.membership_id)
    header = bodies.members.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(MembersModel.COL_NAME) + 5, header.height() // 2),
    )
    by_name = sorted(in_role_order, key=lambda name: norwegian_key(
        next(m.sort_name for m in members(demo_db, ssu) if m.name == name)))
    order = header.sortIndicatorOrder()
    assert shown_names(bodies) == (by_name if order == Qt.SortOrder.AscendingOrder else by_name[::-1])
    assert bodies.selected_member() is not None and bodies.selected_member().membership_id == chosen.membership_id
    qtbot.keyClick(bodies.members, Qt.Key.Key_F2)  # edits the selected member, wherever the row went
    assert chosen.name in bodies.last_dialog.intro.text()
    bodies.last_dialog.reject()
    bodies.select_body(ou)
    ou_by_name = [m.name for m in sorted(members(demo_db, ou), key=lambda m: norwegian_key(m.sort_name))]
    assert shown_names(bodies) == (ou_by_name if order == Qt.SortOrder.AscendingOrder else ou_by_name[::-1])


def test_enter_opens_the_edit_form_and_escape_cancels(qtbot, window, bodies, demo_db):
    ssu = body_id(demo_db, "SSU")
    bodies.select_body(ssu)
    member = members(demo_db, ssu)[0]
    focus_table_row(qtbot, bodies, member.membership_id)
    qtbot.keyClick(bodies.members, Qt.Key.Key_Return)
    dialog = bodies.last_dialog
    assert dialog is not None and dialog.isVisible() and dialog.membership_id == member.membership_id
    pick(dialog.role, Role.SECRETARY)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert next(m for m in members(demo_db, ssu) if m.membership_id == member.membership_id).role == member.role


def test_end_a_term_keeps_history(qtbot, window, bodies, demo_db):
    ssu = body_id(demo_db, "SSU")
    bodies.select_body(ssu)
    member = next(m for m in members(demo_db, ssu) if m.term_from < date.today() - timedelta(days=2))
    focus_table_row(qtbot, bodies, member.membership_id)
    qtbot.keyClick(bodies.members, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = bodies.last_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Avslutt periode"
    assert dialog.end_date.value() == date.today()  # the default
    yesterday = date.today() - timedelta(days=1)
    dialog.end_date.set_value(yesterday)
    press_ok(qtbot, dialog)

    assert member.name not in shown_names(bodies)  # ended: hidden from the current list
    kept = [m for m in members(demo_db, ssu, include_ended=True) if m.membership_id == member.membership_id]
    assert len(kept) == 1 and kept[0].term_to == yesterday and not kept[0].current
    bodies.show_ended.setChecked(True)
    assert member.name in shown_names(bodies)
    assert shown_row(bodies, member.name)[MembersModel.COL_TERM_TO] == yesterday.strftime("%d.%m.%Y")


def test_end_date_before_the_start_is_refused_inline(qtbot, window, bodies, demo_db):
    ssu = body_id(demo_db, "SSU")
    bodies.select_body(ssu)
    member = members(demo_db, ssu)[0]
    dialog = bodies.end_member(member.membership_id)
    dialog.end_date.set_value(member.term_from - timedelta(days=1))
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text() == "En periode kan ikke slutte før den begynte."
    assert next(m for m in members(demo_db, ssu) if m.membership_id == member.membership_id).term_to == member.term_to
    dialog.reject()


def test_term_to_before_term_from_is_refused_inline(qtbot, window, bodies, demo_db):
    ssu = body_id(demo_db, "SSU")
    bodies.select_body(ssu)
    member = members(demo_db, ssu)[0]
    dialog = bodies.edit_member(member.membership_id)
    dialog.term_to.check.setChecked(True)
    dialog.term_to.date.set_value(member.term_from - timedelta(days=10))
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text() == "Perioden kan ikke slutte før den begynner."
    assert next(m for m in members(demo_db, ssu) if m.membership_id == member.membership_id).term_to == member.term_to
    dialog.reject()


def test_member_shortcuts_and_context_menu(qtbot, window, bodies, demo_db):
    bodies.select_body(body_id(demo_db, "SSU"))
    bodies.members.setFocus()
    qtbot.waitUntil(lambda: bodies.members.hasFocus())
    for key, modifier in ((Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)):
        bodies.last_dialog = None
        qtbot.keyClick(bodies.members, key, modifier)
        dialog = bodies.last_dialog
        assert dialog is not None and dialog.isVisible() and dialog.membership_id is None
        dialog.reject()
    shortcuts = {a.text(): [k.toString() for k in a.shortcuts()] for a in (
        bodies.add_member_action, bodies.edit_member_action, bodies.end_member_action)}
    assert shortcuts == {
        "&Legg til medlem…": ["Ctrl+N", "Ins"],
        "&Rediger medlem…": ["F2"],
        "Avslutt &periode…": ["Ctrl+E"],
    }
    # Nothing selected: edit and end are off.
    bodies.members.clearSelection()
    assert not bodies.edit_member_action.isEnabled() and not bodies.end_member_action.isEnabled()
    assert bodies.members.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_every_dialog_control_has_an_accessible_name(qtbot, window, bodies, demo_db):
    ssu = body_id(demo_db, "SSU")
    bodies.select_body(ssu)
    member = members(demo_db, ssu)[0]
    register = window.register_page
    with demo_db.session() as s:
        person = next(p for p in queries.search_people(s) if p.organisation_id)
        rule = queries.composition_rules(s, ssu)[0]
    dialogs = [
        bodies.add_member(),
        bodies.edit_member(member.membership_id),
        bodies.end_member(member.membership_id),
        register.people.add_person(),
        register.people.edit_person(person.id),
        register.people.move_person(person.id),
        register.organisations.add_organisation(),
        register.organisations.edit_organisation(person.organisation_id),
        bodies.composition.add_rule(),
        bodies.composition.edit_rule(rule.id),
    ]
    dialogs[0].picker.new_button.click()
    for dialog in dialogs:
        controls = [
            w for w in dialog.findChildren(QWidget)
            if isinstance(w, (QLineEdit, QComboBox, QDateEdit, QSpinBox, QAbstractButton))
            and w.isVisibleTo(dialog)
            and not isinstance(w.parent(), (QComboBox, QDateEdit, QSpinBox))
        ]
        assert controls
        nameless = [type(w).__name__ for w in controls if not w.accessibleName()]
        assert not nameless, (dialog.windowTitle(), nameless)
        dialog.reject()


def test_tab_order_follows_the_form(qtbot, window, bodies, demo_db):
    bodies.select_body(body_id(demo_db, "SSU"))
    dialog = bodies.add_member()
    wanted = [
        dialog.picker.combo, dialog.picker.new_button, dialog.role, dialog.rights, dialog.organisation,
        dialog.represents_text, dialog.area, dialog.appointed_by, dialog.term_from, dialog.term_to.check,
        dialog.term_to.date, dialog.deputy_for, dialog.ok_button,
    ]
    seen: list[QWidget] = []
    widget = dialog.picker.combo
    for _ in range(200):
        if widget in wanted and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    assert seen[: len(wanted)] == wanted
    dialog.reject()


# --- people and organisations ------------------------------------------------------------


def test_add_a_person(qtbot, window, demo_db):
    people = window.register_page.people
    window.register_page.tabs.setCurrentWidget(people)
    dialog = people.add_person()
    assert dialog.windowTitle() == "Ny person"
    qtbot.keyClicks(dialog.fields.given_name, "Kari")
    qtbot.keyClicks(dialog.fields.family_name, "Nordmann")
    qtbot.keyClicks(dialog.fields.title, "rådgiver")
    qtbot.keyClicks(dialog.fields.email, "kari@example.no")
    press_ok(qtbot, dialog)
    with demo_db.session() as s:
        found = queries.search_people(s, "Kari Nordmann")
    assert len(found) == 1 and found[0].email == "kari@example.no"
    assert people.selected_person().id == found[0].id


def test_move_a_person_to_another_organisation(qtbot, window, demo_db):
    people = window.register_page.people
    window.register_page.tabs.setCurrentWidget(people)
    with demo_db.session() as s:
        organisations = queries.list_organisations(s)
        person = next(p for p in queries.search_people(s) if p.body_count and p.organisation)
        seats_before = {
            (b.id, m.membership_id): m.represents
            for b in queries.list_bodies(s)
            for m in queries.body_members(s, b.id)
            if m.person_id == person.id
        }
    target = next(o for o in organisations if o.id != person.organisation_id and o.side == Side.HOSPITAL)
    assert people.select_person(person.id)
    people.table.setFocus()
    qtbot.keyClick(people.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = people.last_dialog
    assert dialog is not None and dialog.isVisible()
    assert person.name in dialog.intro.text()
    pick(dialog.organisation, target.id)
    press_ok(qtbot, dialog)
    with demo_db.session() as s:
        assert queries.person_detail(s, person.id).organisation_id == target.id
        seats_after = {
            (b.id, m.membership_id): m.represents
            for b in queries.list_bodies(s)
            for m in queries.body_members(s, b.id)
            if m.person_id == person.id
        }
    assert seats_after == seats_before  # the seats keep what they represented
    model = people.table.model()
    row = people.table.currentIndex().row()
    assert model.index(row, 2).data(DISPLAY) == target.name


def test_add_an_organisation_and_a_missing_name_is_said_inline(qtbot, window, demo_db):
    tab = window.register_page.organisations
    window.register_page.tabs.setCurrentWidget(tab)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    dialog = tab.last_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Ny organisasjon"
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_text() == "Navnet på organisasjonen må fylles ut."
    qtbot.keyClicks(dialog.name, "Kvinnherad kommune")
    qtbot.keyClicks(dialog.short_name, "Kvinnherad")
    pick(dialog.side, Side.MUNICIPAL)
    with demo_db.session() as s:
        area = queries.list_areas(s)[0]
    pick(dialog.area, area.id)
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    with demo_db.session() as s:
        row = next(o for o in queries.list_organisations(s) if o.name == "Kvinnherad kommune")
    assert row.side == Side.MUNICIPAL and row.area == area.name and row.short_name == "Kvinnherad"
    assert tab.selected_organisation().id == row.id


def people_row(tab, person_id: int) -> dict[int, str]:
    assert tab.select_person(person_id)
    model = tab.table.model()
    row = tab.table.currentIndex().row()
    return {c: model.index(row, c).data(DISPLAY) for c in range(model.columnCount())}


def test_edit_a_persons_email_with_enter(qtbot, window, demo_db):
    people = window.register_page.people
    window.register_page.tabs.setCurrentWidget(people)
    with demo_db.session() as s:
        person = next(p for p in queries.search_people(s) if p.email and p.organisation_id)
    assert people.edit_action.isVisible()
    assert [k.toString() for k in people.edit_action.shortcuts()] == ["F2"]
    assert people.select_person(person.id)
    people.table.setFocus()
    qtbot.waitUntil(lambda: people.table.hasFocus())
    qtbot.keyClick(people.table, Qt.Key.Key_Return)
    dialog = people.last_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Rediger person"
    assert dialog.fields.email.text() == person.email
    dialog.fields.email.clear()
    qtbot.keyClicks(dialog.fields.email, "ny.adresse@example.no")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    with demo_db.session() as s:
        detail = queries.person_detail(s, person.id)
    assert detail.email == "ny.adresse@example.no"
    assert detail.organisation_id == person.organisation_id  # untouched fields stay
    assert people.selected_person().id == person.id
    assert people_row(people, person.id)[PeopleModel.COL_EMAIL] == "ny.adresse@example.no"


def test_edit_a_person_with_f2_and_a_bad_email_changes_nothing(qtbot, window, demo_db):
    people = window.register_page.people
    window.register_page.tabs.setCurrentWidget(people)
    with demo_db.session() as s:
        person = next(p for p in queries.search_people(s) if p.email)
    assert people.select_person(person.id)
    people.table.setFocus()
    qtbot.waitUntil(lambda: people.table.hasFocus())
    qtbot.keyClick(people.table, Qt.Key.Key_F2)
    dialog = people.last_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.fields.email.clear()
    qtbot.keyClicks(dialog.fields.email, "ikke en adresse")
    dialog.fields.title.clear()
    qtbot.keyClicks(dialog.fields.title, "endret tittel")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text() == "«ikke en adresse» er ikke en gyldig e-postadresse."
    assert dialog.fields.email.text() == "ikke en adresse"  # nothing typed is lost
    with demo_db.session() as s:
        detail = queries.person_detail(s, person.id)
    assert (detail.email, detail.title) == (person.email, person.title)
    assert people_row(people, person.id)[PeopleModel.COL_EMAIL] == person.email
    dialog.reject()


def test_edit_an_organisations_name(qtbot, window, demo_db):
    tab = window.register_page.organisations
    window.register_page.tabs.setCurrentWidget(tab)
    with demo_db.session() as s:
        organisations = queries.list_organisations(s)
    org = next(o for o in organisations if o.name == "Alver kommune")
    taken = next(o for o in organisations if o.id != org.id)
    assert tab.edit_action.isVisible()
    assert tab.select_organisation(org.id)
    tab.table.setFocus()
    qtbot.waitUntil(lambda: tab.table.hasFocus())
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    dialog = tab.last_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Rediger organisasjon"
    assert (dialog.name.text(), dialog.side.value(), dialog.area.value()) == (org.name, org.side, org.area_id)
    # A name another organisation has is refused in the form.
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, taken.name.upper())
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text() == f"Det finnes allerede en organisasjon med navnet «{taken.name}»."
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Alver kommune (ny)")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    with demo_db.session() as s:
        row = next(o for o in queries.list_organisations(s) if o.id == org.id)
    assert (row.name, row.side, row.area_id) == ("Alver kommune (ny)", org.side, org.area_id)
    assert tab.selected_organisation().id == org.id
    model = tab.table.model()
    assert model.index(tab.table.currentIndex().row(), OrganisationsModel.COL_NAME).data(DISPLAY) == (
        "Alver kommune (ny)"
    )


# --- composition ---------------------------------------------------------------------------


def breaches(db, body: int) -> list[composition.Breach]:
    with db.session() as s:
        return composition.check_body(s, body)


def test_composition_panel_shows_the_breaches_and_the_badge(qtbot, window, bodies, demo_db):
    voss = body_id(demo_db, "OU Voss")
    expected = breaches(demo_db, voss)
    assert expected, "the demo data has a breach in OU Voss"
    bodies.select_body(voss)
    panel = bodies.composition
    model = panel.breaches.model()
    assert sorted(model.index(r, 1).data(DISPLAY) for r in range(model.rowCount())) == sorted(
        b.message for b in expected
    )
    assert panel.status.text() == f"{len(expected)} avvik fra reglene for sammensetning"
    assert bodies.breach_badge.isVisible() and bodies.breach_badge.text() == f"{len(expected)} avvik"
    assert bodies.body_tabs.tabText(1) == f"&Sammensetning ({len(expected)})"
    index = bodies.tree_model.index_of_id(voss)
    assert index.data(BreachCountRole) == len(expected)
    assert "avvik" in index.data(Qt.ItemDataRole.ToolTipRole)
    # A body without breaches says so plainly.
    clean = next(b for b in bodies.tree_model.bodies() if not breaches(demo_db, b.id))
    bodies.select_body(clean.id)
    assert panel.status.text() == "✓ Ingen avvik"
    assert not bodies.breach_badge.isVisible()
    assert bodies.tree_model.index_of_id(clean.id).data(BreachCountRole) == 0


def test_rules_add_edit_delete_and_the_breaches_follow(qtbot, window, bodies, demo_db, monkeypatch):
    voss = body_id(demo_db, "OU Voss")
    bodies.select_body(voss)
    bodies.show_composition()
    panel = bodies.composition
    with demo_db.session() as s:
        gp_rule = next(r for r in queries.composition_rules(s, voss) if r.side == Side.GP)
    missing = [b for b in breaches(demo_db, voss) if b.rule_id == gp_rule.id]
    assert missing

    # Edit: a GP is no longer required -> that breach goes.
    panel.select_rule(gp_rule.id)
    panel.rules.setFocus()
    qtbot.keyClick(panel.rules, Qt.Key.Key_F2)
    dialog = panel.last_dialog
    assert dialog is not None and dialog.isVisible() and dialog.min_count.value() == gp_rule.min_count
    dialog.min_count.setValue(0)
    press_ok(qtbot, dialog)
    assert not [b for b in breaches(demo_db, voss) if b.rule_id == gp_rule.id]
    shown = [panel.breaches.model().index(r, 1).data(DISPLAY) for r in range(panel.breaches.model().rowCount())]
    assert not any(b.message in shown for b in missing)

    # Add: at least 9 KS representatives -> a new breach is listed.
    before = bodies.tree_model.index_of_id(voss).data(BreachCountRole)
    dialog = panel.add_rule()
    qtbot.keyClicks(dialog.label, "Mange frå KS")
    pick(dialog.side, Side.KS)
    dialog.min_count.setValue(9)
    press_ok(qtbot, dialog)
    with demo_db.session() as s:
        new_rule = next(r for r in queries.composition_rules(s, voss) if r.label == "Mange frå KS")
    assert new_rule.min_count == 9 and new_rule.max_count is None
    assert panel.selected_rule().id == new_rule.id
    assert bodies.tree_model.index_of_id(voss).data(BreachCountRole) == before + 1
    assert any(b.rule_id == new_rule.id for b in panel.breaches_model.rows())

    # A maximum below the minimum is refused inline.
    dialog = panel.edit_rule(new_rule.id)
    dialog.max_count.setValue(2)
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_text() == "Største antall kan ikke være mindre enn minste antall."
    dialog.reject()

    # Delete asks first; No keeps the rule, Yes deletes it and its breach.
    asked: list[str] = []

    def answer(result):
        def question(_parent, _title, text, *args, **kwargs):
            asked.append(text)
            return result
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    panel.select_rule(new_rule.id)
    panel.rules.setFocus()
    qtbot.keyClick(panel.rules, Qt.Key.Key_Delete)
    assert asked and "Mange frå KS" in asked[0]
    with demo_db.session() as s:
        assert any(r.id == new_rule.id for r in queries.composition_rules(s, voss))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert panel.delete_rule(new_rule.id)
    with demo_db.session() as s:
        assert not any(r.id == new_rule.id for r in queries.composition_rules(s, voss))
    assert bodies.tree_model.index_of_id(voss).data(BreachCountRole) == before
    assert not any(b.rule_id == new_rule.id for b in panel.breaches_model.rows())


def test_ending_a_term_shows_up_in_the_check(qtbot, window, bodies, demo_db):
    """The check follows the members: ending the only GP's term leaves a breach on screen."""
    voss = body_id(demo_db, "OU Voss")
    count = bodies.tree_model.index_of_id(voss).data(BreachCountRole)
    bodies.select_body(voss)
    member = next(m for m in members(demo_db, voss) if m.role == Role.LEADER)
    dialog = bodies.end_member(member.membership_id)
    dialog.end_date.set_value(date.today() - timedelta(days=1))
    press_ok(qtbot, dialog)
    assert bodies.tree_model.index_of_id(voss).data(BreachCountRole) > count
    codes = {b.code for b in bodies.composition.breaches_model.rows()}
    assert "term_ended" in codes
