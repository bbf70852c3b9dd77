"""Dialogs on a 1280×720 laptop: every form opens no taller than the screen above the taskbar
less its title bar, so its buttons are on the screen (the settings were 729 px tall, the
import wizard 680)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from hfdesk.ui.dialogs.base import WINDOW_FRAME

pytestmark = pytest.mark.gui

LAPTOP = QRect(0, 0, 1280, 680)  # 1280×720 less a 40 px taskbar


def form_openers(window) -> dict:
    """The main forms, each by a function that opens it on `window` (shared with test_layout_stretch)."""
    register = window.register_page
    bodies = register.bodies
    member = bodies.members_model.rows()[0]
    meetings = window.meetings_page
    meetings.meetings.selectRow(meetings.meetings.model().rowCount() - 1)
    return {
        "settings": window.show_settings,
        "new structure": window.new_structure_from_template,
        "export roster": window.export_roster,
        "import roster": window.import_roster,
        "new member": bodies.add_member,
        "edit member": lambda: bodies.edit_member(member.membership_id),
        "end term": lambda: bodies.end_member(member.membership_id),
        "new person": register.people.add_person,
        "new organisation": register.organisations.add_organisation,
        "new rule": bodies.composition.add_rule,
        "new meeting": meetings.new_meeting,
        "new case": meetings.agenda_panel.new_case,
    }


def test_every_form_fits_a_laptop_screen(qtbot, window, monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(LAPTOP))
    problems = []
    for name, opener in form_openers(window).items():
        dialog = opener()
        assert dialog is not None, name
        dialog.show()
        qtbot.waitExposed(dialog)
        if dialog.height() > LAPTOP.height() - WINDOW_FRAME or dialog.width() > LAPTOP.width():
            problems.append(f"{name}: {dialog.width()}×{dialog.height()}")
        for button in dialog.findChildren(QPushButton):
            if button.isVisible() and isinstance(button.parent(), QDialogButtonBox):
                bottom = button.mapTo(dialog, button.rect().bottomLeft()).y()
                if bottom > dialog.height():
                    problems.append(f"{name}: {button.text()!r} below the dialog's edge")
        dialog.reject()
        dialog.deleteLater()
    assert not problems, "\n".join(problems)
