"""Bodies made and changed in the app (issue 18, point 3): the body form on the Register page,
driven with qtbot, checked in the tree and in the database."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hfdesk.models import Body, CompositionRule, Language, MajorityRule, MinutesKind, QuorumRule, Side
from hfdesk.services import queries
from hfdesk.ui.dialogs.register import BodyDialog

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_welcome_question")]

#: Set HFDESK_SCREENSHOTS to a folder to keep the pictures the tests take.
SCREENSHOTS = os.environ.get("HFDESK_SCREENSHOTS", "")


@pytest.fixture
def bodies(window):
    return window.register_page.bodies


def body_ids(db) -> dict[str, int]:
    with db.session() as s:
        return {b.short_name: b.id for b in queries.list_bodies(s)}


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def tree_names(bodies) -> list[str]:
    return [b.name for b in bodies.tree_model.bodies()]


def test_new_body_under_the_selected_one_starts_with_the_national_rules(qtbot, window, bodies, demo_db):
    ids = body_ids(demo_db)
    bodies.select_body(ids["SSU"])
    bodies.tree.setFocus()
    qtbot.waitUntil(bodies.tree.hasFocus)
    qtbot.keyClick(bodies.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = bodies.last_dialog
    assert isinstance(dialog, BodyDialog) and dialog.isVisible() and dialog.body_id is None
    # The defaults: under SSU one level down, nynorsk, referat, at least half, no count.
    assert dialog.parent_body.value() == ids["SSU"] and dialog.level.value() == 3
    assert dialog.language.value() == Language.NYNORSK and dialog.minutes_kind.value() == MinutesKind.REFERAT
    assert dialog.quorum_rule.value() == QuorumRule.HALF and not dialog.quorum_count.isEnabled()
    assert dialog.term_years.value() == 4 and dialog.std_other_business.isChecked()
    assert dialog.focusWidget() is dialog.name

    qtbot.keyClicks(dialog.name, "Fagleg utval for rus og psykisk helse")
    qtbot.keyClicks(dialog.short_name, "FURP")
    dialog.level.setValue(4)
    press_ok(qtbot, dialog)
    assert not dialog.isVisible() and dialog.error_text() == ""

    with demo_db.session() as s:
        body = s.query(Body).filter_by(short_name="FURP").one()
        assert (body.level, body.parent_id, body.language, body.quorum_rule) == (
            4, ids["SSU"], Language.NYNORSK, QuorumRule.HALF
        )
        rules = s.query(CompositionRule).filter_by(body_id=body.id).order_by(CompositionRule.sort_order).all()
        assert [(r.side, r.appointed_by, r.min_count) for r in rules] == [
            (Side.GP, None, 1), (Side.USER, Side.MUNICIPAL, 1), (Side.USER, Side.HOSPITAL, 1)
        ]
        new_id = body.id
    # In the tree, under SSU, after the bodies already there; selected, with its breaches shown.
    assert bodies.selected_body_id() == new_id
    assert bodies.tree.currentIndex().parent().data() == "Strategisk samarbeidsutval"
    assert tree_names(bodies)[-1] == "Fagleg utval for rus og psykisk helse"
    assert bodies.body_title.text() == "Fagleg utval for rus og psykisk helse"
    assert len(bodies.breaches(new_id)) == 3 and bodies.breach_badge.isVisible()
    assert all(b.code == "missing_seat" for b in bodies.breaches(new_id))


def test_a_new_body_from_a_level_4_body_goes_beside_it(qtbot, window, bodies, demo_db):
    ids = body_ids(demo_db)
    bodies.select_body(ids["MFU"])
    dialog = bodies.new_body()
    assert dialog.parent_body.value() == ids["SSU"] and dialog.level.value() == 3
    dialog.reject()


def test_change_every_group_of_a_body(qtbot, window, bodies, demo_db):
    ids = body_ids(demo_db)
    bodies.select_body(ids["MFU"])
    dialog = bodies.edit_body()
    assert dialog.name.text() == "Medisinskfagleg utval" and dialog.parent_body.value() == ids["SSU"]
    assert dialog.quorum_rule.value() == QuorumRule.NONE and dialog.level.value() == 4
    # The body: a new name and place in the structure (under PSM, so level 2 is possible).
    dialog.name.setText("Medisinskfagleg samarbeidsutval")
    dialog.short_name.setText("MSU")
    dialog.parent_body.set_value(ids["PSM"])
    assert dialog.level.value() == 4  # already below PSM: kept
    dialog.level.setValue(2)
    with demo_db.session() as s:
        voss = next(a.id for a in queries.list_areas(s) if a.name == "Voss")
    dialog.area.set_value(voss)
    # Meetings and decisions.
    dialog.quorum_rule.set_value(QuorumRule.FIXED)
    assert dialog.quorum_count.isEnabled()
    dialog.quorum_count.setValue(5)
    dialog.majority_rule.set_value(MajorityRule.TWO_THIRDS)
    dialog.default_place.setText("Haukeland, møterom 3")
    dialog.default_duration.setValue(90)
    dialog.std_approve_notice.setChecked(False)
    dialog.std_other_business.setChecked(False)
    dialog.term_years.setValue(2)
    # Documents.
    dialog.language.set_value(Language.BOKMAAL)
    dialog.minutes_kind.set_value(MinutesKind.PROTOKOLL)
    dialog.case_numbers.set_value("YYYY/N")
    dialog.signatories.setValue(2)
    assert not dialog.minutes_speakers.isChecked() and not dialog.minutes_times.isChecked()
    dialog.minutes_speakers.setChecked(True)  # the minutes say who spoke (issue 23)
    dialog.description.setPlainText("Rådgivende utvalg for medisinskfaglige spørsmål.")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error_text()

    with demo_db.session() as s:
        b = s.get(Body, ids["MFU"])
        assert (b.name, b.short_name, b.parent_id, b.level, b.area_id) == (
            "Medisinskfagleg samarbeidsutval", "MSU", ids["PSM"], 2, voss
        )
        assert (b.quorum_rule, b.quorum_count, b.majority_rule) == (QuorumRule.FIXED, 5, MajorityRule.TWO_THIRDS)
        assert (b.default_place, b.default_duration_minutes, b.term_years) == ("Haukeland, møterom 3", 90, 2)
        assert (b.std_approve_notice, b.std_approve_minutes, b.std_other_business) == (False, True, False)
        assert (b.language, b.minutes_kind, b.case_number_pattern, b.minutes_signatories) == (
            Language.BOKMAAL, MinutesKind.PROTOKOLL, "YYYY/N", 2
        )
        assert b.description == "Rådgivende utvalg for medisinskfaglige spørsmål."
        assert (b.minutes_list_speakers, b.minutes_item_times) == (True, False)
    # The tree and the heading follow.
    assert bodies.selected_body_id() == ids["MFU"]
    assert bodies.tree.currentIndex().parent().data() == "Partnarskapsmøte"
    assert bodies.body_title.text() == "Medisinskfagleg samarbeidsutval"
    meta = bodies.body_meta.text()
    assert "PSM" in meta and "Voss" in meta and f"{date.today().year}/12" in meta, meta

    # Opened again, the form shows what was saved; back to «ingen regel» clears the count.
    dialog = bodies.edit_body()
    assert (dialog.quorum_rule.value(), dialog.quorum_count.value()) == (QuorumRule.FIXED, 5)
    assert not dialog.std_approve_notice.isChecked() and dialog.term_years.value() == 2
    assert dialog.minutes_speakers.isChecked() and not dialog.minutes_times.isChecked()
    dialog.quorum_rule.set_value(QuorumRule.NONE)
    press_ok(qtbot, dialog)
    with demo_db.session() as s:
        b = s.get(Body, ids["MFU"])
        assert (b.quorum_rule, b.quorum_count) == (QuorumRule.NONE, None)


def test_refusals_are_said_in_the_form_and_change_nothing(qtbot, window, bodies, demo_db):
    ids = body_ids(demo_db)
    bodies.select_body(ids["SSU"])
    dialog = bodies.edit_body()
    # Neither SSU itself nor a body under it is offered as the body above.
    offered = set(dialog.parent_body.values())
    assert offered == {None, ids["PSM"]}

    dialog.name.setText("  partnarskapsmøte ")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text() == "Det finnes allerede et organ med navnet «Partnarskapsmøte»."

    dialog.name.setText("Strategisk samarbeidsutval")
    dialog.level.setValue(3)  # the OUs under it are at level 3
    press_ok(qtbot, dialog)
    assert dialog.error_text() == "Organet må ligge på et høyere nivå enn organene under det."

    dialog.level.setValue(2)
    dialog.name.clear()
    press_ok(qtbot, dialog)
    assert dialog.error_text() == "Navnet på organet må fylles ut."
    dialog.reject()

    # A new body with a name in use is refused, and nothing is made.
    dialog = bodies.new_body()
    dialog.name.setText("Medisinskfagleg utval")
    press_ok(qtbot, dialog)
    assert dialog.error_text() == "Det finnes allerede et organ med navnet «Medisinskfagleg utval»."
    dialog.reject()
    with demo_db.session() as s:
        b = s.get(Body, ids["SSU"])
        assert (b.name, b.level) == ("Strategisk samarbeidsutval", 2)
        assert s.query(Body).count() == len(ids)


def test_the_form_fits_a_1280_by_720_screen(qtbot, window, bodies, demo_db, tmp_path):
    window.resize(1280, 720)
    bodies.select_body(body_ids(demo_db)["OU Bergen"])
    dialog = bodies.edit_body()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    # Room for the window frame and the task bar on a 1280×720 screen.
    assert dialog.height() <= 660 and dialog.width() <= 1000, dialog.size()
    assert dialog.sizeHint().height() <= 660
    image = dialog.grab()
    target = Path(SCREENSHOTS or tmp_path) / "body-form.png"
    assert image.save(str(target))
    assert all(not w.isHidden() for w in (dialog.description, dialog.signatories, dialog.ok_button))
    dialog.reject()
