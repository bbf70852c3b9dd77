"""Send a case on to other bodies from the agenda, and the case's path in the case editor
(issue 20, points 1–2), driven offscreen with qtbot on the demo."""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import Qt

from hfdesk.models import AgendaItem, Body, Case, MeetingStatus
from hfdesk.services import meetings, queries
from hfdesk.ui.dialogs.case_editor import CaseDialog
from hfdesk.ui.dialogs.send_case import SendCaseDialog
from hfdesk.ui.ops import Ops
from hfdesk.ui.pages.agenda import AgendaPanel

SHOTS = Path(os.environ.get("HFDESK_SHOTS", "")) if os.environ.get("HFDESK_SHOTS") else None


def _shot(widget, tmp_path: Path, name: str) -> None:
    widget.grab().save(str(tmp_path / name))
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))


def _ssu_panel(qtbot, demo_db) -> tuple[AgendaPanel, int, str]:
    """The agenda panel on SSU's next meeting (notice sent), its first case selected."""
    with demo_db.session() as s:
        meeting = next(m for m in queries.list_meetings(s)
                       if m.status == MeetingStatus.NOTICE_SENT and m.body_short_name == "SSU")
    panel = AgendaPanel(Ops(demo_db))
    qtbot.addWidget(panel)
    panel.show_meeting(meeting)
    panel.show()
    row = next(r for r in panel.model.rows() if r.standard is None)
    panel.select_item(row.id)
    return panel, row.id, row.title


def test_send_a_case_to_all_the_ous_at_once(qtbot, demo_db, nb, tmp_path):
    panel, item_id, title = _ssu_panel(qtbot, demo_db)
    assert panel.send_action.isEnabled()
    assert panel.send_action.text() == "Send til andre or&gan…"
    assert [k.toString() for k in panel.send_action.shortcuts()] == ["Ctrl+Shift+O"]
    dialog = panel.send_case()
    assert isinstance(dialog, SendCaseDialog)
    qtbot.waitExposed(dialog)
    with demo_db.session() as s:
        ous = {b.id: b.name for b in s.scalars(sa.select(Body).where(Body.level == 3))}
        ssu = s.scalar(sa.select(Body.id).where(Body.short_name == "SSU"))
        case_id = s.get(AgendaItem, item_id).case_id
        waiting_before = {t.body_id for t in s.get(Case, case_id).treatments if t.meeting_id is None}
    assert ssu not in dialog.checks  # its own body is not offered
    assert set(ous) <= set(dialog.checks)
    qtbot.mouseClick(dialog.level_buttons[3], Qt.MouseButton.LeftButton)
    chosen = set(dialog.chosen())
    assert chosen == set(ous) - waiting_before and len(chosen) >= 3
    _shot(dialog, tmp_path, "send-case.png")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text() == "" and dialog.result() == dialog.DialogCode.Accepted
    with demo_db.session() as s:
        for body_id in chosen:
            assert [r.title for r in meetings.backlog(s, body_id) if r.title == title] == [title]
            waiting = [t for t in s.get(Case, case_id).treatments if t.body_id == body_id and t.meeting_id is None]
            assert len(waiting) == 1

    again = panel.send_case()  # the case now waits there: those bodies cannot be chosen again
    assert isinstance(again, SendCaseDialog)
    qtbot.waitExposed(again)
    for body_id in chosen:
        assert not again.checks[body_id].isEnabled()
        assert "allerede" in again.checks[body_id].text()
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)  # nothing chosen: said in the dialog
    assert again.error_text() == "Velg minst ett organ å sende saken til."
    again.close()


def test_the_case_editor_shows_the_whole_path_with_a_summary(qtbot, demo_db, nb, tmp_path):
    with demo_db.session() as s:
        item = s.scalars(
            sa.select(AgendaItem).join(Body, Body.id == AgendaItem.body_id)
            .where(Body.short_name == "OU Voss", AgendaItem.title.like("Felles handlingsplan for skrøpelege eldre%"))
        ).first()
        bodies = {t.body.short_name for t in item.case.treatments}
        item_id = item.id
    assert {"SSU", "PSM", "OU Voss", "OU Nordhordland"} <= bodies
    dialog = CaseDialog(Ops(demo_db), None, item_id=item_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.history is not None and dialog.history.isVisible()
    label = dialog.form.labelForField(dialog.path_box)
    assert label.text() == "Sakens gang:"
    assert dialog.path_summary_label.text() == dialog.path_summary and "områdeutvalg" in dialog.path_summary
    text = dialog.history.text()
    steps = text.splitlines()
    assert all(line.startswith(("•", "▶")) for line in steps)
    assert len(steps) == len(bodies) or len(steps) > len(bodies)  # every body, every treatment
    assert sum(line.startswith("▶") for line in steps) == 1 and "(denne behandlingen)" in text
    for body in bodies:
        assert body in text
    _shot(dialog, tmp_path, "case-path.png")
    dialog.close()
