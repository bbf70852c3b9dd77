"""The composition page's new rules on screen (issue 18, points 4-6): the rule editor's position and
"not counted against other rules' maximum", and the body-level rules as boxes on the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hfdesk.models import Role
from hfdesk.services import composition, queries
from hfdesk.ui.models import BreachCountRole

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_welcome_question")]


def _body_id(db, short_name: str) -> int:
    with db.session() as s:
        return next(b.id for b in queries.list_bodies(s) if b.short_name == short_name)


def _codes(panel) -> list[str]:
    return [b.code for b in panel.breaches_model.rows()]


def test_the_rule_editor_sets_a_position_and_keeps_the_seats_outside_the_caps(qtbot, window, demo_db):
    bodies = window.register_page.bodies
    ou = _body_id(demo_db, "OU Bergen")
    bodies.select_body(ou)
    bodies.show_composition()
    panel = bodies.composition
    with demo_db.session() as s:
        kol = next(r for r in queries.composition_rules(s, ou) if r.position)
    assert (kol.position, kol.outside_caps) == ("kommuneoverlege", True)
    dialog = panel.edit_rule(kol.id)
    assert dialog.position.text() == "kommuneoverlege" and dialog.outside_caps.isChecked()
    assert dialog.position.accessibleName() and dialog.outside_caps.accessibleName()
    dialog.reject()

    # A new rule: at most 3 from Bergen kommune. The five Bergen seats break it; the same rule
    # counting etatsdirektørar only, with the kommuneoverlege outside the caps, does not.
    before = bodies.tree_model.index_of_id(ou).data(BreachCountRole)
    dialog = panel.add_rule()
    qtbot.keyClicks(dialog.label, "Etatsdirektørar: høgst 3")
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("Bergen kommune"))
    dialog.max_count.setValue(3)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert bodies.tree_model.index_of_id(ou).data(BreachCountRole) == before + 1
    assert "cap_exceeded" in _codes(panel)

    with demo_db.session() as s:
        new = next(r for r in queries.composition_rules(s, ou) if r.label == "Etatsdirektørar: høgst 3")
    dialog = panel.edit_rule(new.id)
    qtbot.keyClicks(dialog.position, "Etatsdirektør")
    dialog.max_count.setValue(4)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        new = next(r for r in queries.composition_rules(s, ou) if r.id == new.id)
    assert (new.position, new.outside_caps) == ("Etatsdirektør", False)
    assert bodies.tree_model.index_of_id(ou).data(BreachCountRole) == before

    # Taking the kommuneoverlege rule back into the caps with the box, against Bergen's six.
    dialog = panel.edit_rule(kol.id)
    dialog.outside_caps.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        assert not next(r for r in queries.composition_rules(s, ou) if r.id == kol.id).outside_caps


def test_the_body_rules_are_boxes_on_the_composition_page_saved_at_once(qtbot, window, demo_db):
    bodies = window.register_page.bodies
    psm = _body_id(demo_db, "PSM")
    bodies.select_body(psm)
    bodies.show_composition()
    panel = bodies.composition
    boxes = panel.flags
    assert boxes["leader_sides_differ"].isChecked() and boxes["deputy_same_side"].isChecked()
    assert not boxes["shared_deputies"].isChecked() and not boxes["matching_representation"].isChecked()
    assert all(box.accessibleName() for box in boxes.values())
    before = bodies.tree_model.index_of_id(psm).data(BreachCountRole)

    # Matching representation: 36 municipal seats against 7 from the hospitals is a breach, shown at once.
    boxes["matching_representation"].setFocus()
    qtbot.mouseClick(boxes["matching_representation"], Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        assert composition.body_rules(s, psm)["matching_representation"] is True
    assert "representation_unequal" in _codes(panel)
    assert bodies.tree_model.index_of_id(psm).data(BreachCountRole) == before + 1
    qtbot.mouseClick(boxes["matching_representation"], Qt.MouseButton.LeftButton)
    assert "representation_unequal" not in _codes(panel)

    # Another body shows its own boxes.
    ssu = _body_id(demo_db, "SSU")
    bodies.select_body(ssu)
    assert not panel.flags["leader_sides_differ"].isChecked()
    # The leader and the deputy leader of SSU come from different sides: the rule finds nothing.
    qtbot.mouseClick(panel.flags["leader_sides_differ"], Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        assert composition.body_rules(s, ssu)["leader_sides_differ"] is True
        leaders = [m for m in queries.body_members(s, ssu) if m.role in (Role.LEADER, Role.DEPUTY_LEADER)]
    assert len(leaders) == 2
    assert "leader_sides_same" not in _codes(panel)
