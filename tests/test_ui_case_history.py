"""The case editor shows a case's earlier treatment (issue 19, point 6): the demo's OU Nordhordland
case deferred in one meeting and treated again in the next."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from hfdesk import dates
from hfdesk.models import AgendaItem, Body, Conclusion, ConclusionKind
from hfdesk.ui.dialogs.case_editor import CaseDialog
from hfdesk.ui.ops import Ops


def _deferred_and_again(db) -> tuple[AgendaItem, int]:
    with db.session() as s:
        item = s.scalars(
            sa.select(AgendaItem).join(Conclusion).join(Body, Body.id == AgendaItem.body_id)
            .where(Conclusion.kind == ConclusionKind.DEFERRED, Body.short_name == "OU Nordhordland")
        ).one()
        later = [t for t in item.case.treatments if t.body_id == item.body_id][-1]
        s.expunge_all()
        return item, later.id


def test_the_case_editor_shows_the_earlier_treatment(qtbot, demo_db, nb, tmp_path):
    item, later_id = _deferred_and_again(demo_db)
    with demo_db.session() as s:
        starts = s.get(AgendaItem, item.id).meeting.starts_at
        number = s.get(AgendaItem, item.id).number_label
    dialog = CaseDialog(Ops(demo_db), None, item_id=later_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.history is not None and dialog.history.isVisible()
    label = dialog.form.labelForField(dialog.path_box)
    assert isinstance(label, QLabel) and label.text() == "Sakens gang:"  # the case's whole path (issue 20)
    text = dialog.history.text()
    assert f"• {dates.medium_date(starts, 'nb')}, OU Nordhordland, sak {number}: Utsatt" in text
    assert "Saka vert utsett til neste møte." in text  # the decision as written
    assert text.count("(denne behandlingen)") == 1
    dialog.grab().save(str(tmp_path / "case-history.png"))
    dialog.close()

    first = CaseDialog(Ops(demo_db), None, item_id=item.id)  # the first treatment: its path too, marked
    qtbot.addWidget(first)
    assert first.history is not None and first.history.text().count("(denne behandlingen)") == 1
    assert QCoreApplication.translate("Labels", "Withdrawn") == "Trukket"
