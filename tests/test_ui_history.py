"""Historikk… (issue 22, point 5): the Meetings page opens the selected meeting's history, the
Register page the selected body's; each shows who changed what, newest first."""

from __future__ import annotations

import getpass

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QApplication

from hfdesk.models import AgendaItem, MeetingStatus
from hfdesk.services import agenda, queries
from hfdesk.ui.main_window import PAGE_MEETINGS, PAGE_REGISTER
from hfdesk.ui.models.history import HistoryModel

pytestmark = pytest.mark.gui

ME = getpass.getuser()


def _noticed_meeting(window) -> queries.MeetingRow:
    with window.database.session() as s:
        rows = [m for y in queries.meeting_years(s) for m in queries.list_meetings(s, year=y)]
    return next(m for m in rows if m.status == MeetingStatus.NOTICE_SENT and m.body_short_name == "SSU")


def test_the_meetings_page_shows_a_demo_meetings_history_with_a_change(window, qtbot):
    meeting = _noticed_meeting(window)
    with window.database.transaction() as s:
        item = s.scalar(sa.select(AgendaItem).where(AgendaItem.meeting_id == meeting.id, AgendaItem.standard.is_(None))
                        .order_by(AgendaItem.position).limit(1))
        old, number = item.title, item.number_label
        agenda.update_item(s, item.id, title="Ny tittel frå historikktesten")
    window.show_page(PAGE_MEETINGS)
    page = window.meetings_page
    page.year.setCurrentIndex(page.year.findData(meeting.starts_at.year))
    page.body.setCurrentIndex(0)
    assert page.select_meeting(meeting.id)
    assert page.history_action.isEnabled()
    dialog = page.show_history()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    model = dialog.model
    texts = [model.display_text(r, HistoryModel.COL_WHAT) for r in range(model.rowCount())]
    assert texts[0] == f"{ME} endret tittel på sak {number} fra «{old}» til «Ny tittel frå historikktesten»"
    assert any(t.startswith(f"{ME} opprettet møtet") for t in texts)  # the demo's one entry
    assert model.display_text(0, HistoryModel.COL_WHO) == ME
    assert model.display_text(0, HistoryModel.COL_WHEN).startswith("23.11.2026")
    dialog.resize(1000, 300)
    QApplication.processEvents()
    dialog.grab().save("/tmp/h-hist/shot-history.png")
    dialog.reject()


def test_the_register_page_shows_a_bodys_history(window, qtbot):
    window.show_page(PAGE_REGISTER)
    register = window.register_page
    register.tabs.setCurrentWidget(register.bodies)
    bodies = register.bodies
    body = next(b for b in bodies.tree_model.bodies() if b.short_name == "SSU")
    bodies.select_body(body.id)
    assert bodies.body_history_action.isEnabled()
    dialog = bodies.show_history()
    qtbot.waitExposed(dialog)
    texts = [dialog.model.display_text(r, HistoryModel.COL_WHAT) for r in range(dialog.model.rowCount())]
    assert f"{ME} opprettet organet «{body.name}»" in texts
    assert any("møtet" in t for t in texts)  # the body's meetings are part of its history
    dialog.reject()
