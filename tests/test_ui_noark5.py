"""The archive export in the app (issue 21, point 3): the Meetings page's More Files menu offers
"Arkivuttrekk (Noark 5)…" for a meeting with approved minutes only; it asks for a folder, writes
the package there (or in a new folder inside a folder that has files) and shows the warnings.
The settings dialog keeps the archive settings the export needs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hfdesk.exports import noark5
from hfdesk.models import MeetingStatus
from hfdesk.services import queries
from hfdesk.services import settings as db_settings
from hfdesk.ui.main_window import PAGE_MEETINGS

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window):
    window.show_page(PAGE_MEETINGS)
    return window.meetings_page


def _select(page, demo_db, status: MeetingStatus) -> int:
    with demo_db.session() as s:
        row = next(r for r in queries.list_meetings(s) if r.status == status and r.item_count)
    page.year.setCurrentIndex(page.year.findData(row.starts_at.year))
    page.body.setCurrentIndex(0)
    assert page.select_meeting(row.id)
    return row.id


def test_the_entry_is_there_for_approved_minutes_only(qtbot, page, demo_db):
    assert page.noark5_action.text() == "Arkivuttrekk (&Noark 5)…"
    assert page.noark5_action in page.more_files_menu.actions()
    _select(page, demo_db, MeetingStatus.HELD)
    assert not page.noark5_action.isEnabled()
    _select(page, demo_db, MeetingStatus.MINUTES_APPROVED)
    assert page.noark5_action.isEnabled()


def test_the_export_writes_to_the_chosen_folder_and_shows_the_warnings(
    qtbot, page, demo_db, monkeypatch, tmp_path: Path
):
    chosen = tmp_path / "arkiv"
    chosen.mkdir()
    (chosen / "anna.txt").write_text("x")  # not empty: the package goes into a new folder there
    written: list[tuple[int, Path]] = []
    shown: list[str] = []

    def fake_export(_session, meeting_id, out, **_kw):
        out.mkdir()
        written.append((meeting_id, out))
        return noark5.Noark5Result(out, 5, ("Vedlegget «brev.pdf» er ikke PDF/A",))

    monkeypatch.setattr(noark5, "export_noark5", fake_export)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    meeting_id = _select(page, demo_db, MeetingStatus.MINUTES_APPROVED)
    folder = page.export_noark5()
    assert written == [(meeting_id, folder)]
    assert folder.parent == chosen and folder.name.startswith("Arkivuttrekk SSU ")
    assert len(shown) == 1 and "5 dokumenter" in shown[0] and "brev.pdf" in shown[0]


def test_cancelling_the_folder_writes_nothing(qtbot, page, demo_db, monkeypatch):
    monkeypatch.setattr(noark5, "export_noark5", lambda *a, **k: pytest.fail("nothing is written"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    _select(page, demo_db, MeetingStatus.MINUTES_APPROVED)
    assert page.export_noark5() is None


def test_the_settings_dialog_keeps_the_archive_settings(qtbot, window):
    dialog = window.show_settings()
    dialog.archive_unit.setText("Samarbeidssekretariatet")
    dialog.archive_officer.setText("Kari  Saksbehandlar ")
    dialog.archive_archived_by.setText("Ola Arkivar")
    dialog.archive_creator.setText("Helsefellesskapet i Bergensområdet")
    dialog.archive_creator_id.setText("974557746")
    assert dialog.save()
    with window.ops.database.session() as s:
        kept = db_settings.archive_settings(s)
    assert kept == db_settings.ArchiveSettings(
        "Samarbeidssekretariatet", "Kari Saksbehandlar", "Ola Arkivar", "Helsefellesskapet i Bergensområdet",
        "974557746",
    )
    assert kept.missing() == []
    again = window.show_settings()
    assert again.archive_creator_id.text() == "974557746"
    assert again.form.labelForField(again.archive_officer).text() == "Saksbehandler (&o):"
    again.reject()
