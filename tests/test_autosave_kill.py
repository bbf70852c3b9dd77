"""Nothing typed is lost: the real app, killed without warning mid-meeting, keeps what was typed
more than the autosave delay before the kill.

A child process runs hfdesk (run_gui, offscreen) on a copy of the demo database, opens meeting
mode, types notes key by key, waits past the autosave delay, says so, and goes on typing; the
parent kills it with SIGKILL (no chance to save on the way out) and reads the database.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from hfdesk.db import open_database
from hfdesk.models import AgendaItem, Meeting, MeetingStatus
from hfdesk.services import queries
from hfdesk.ui.pages.live import AUTOSAVE_DELAY_MS

pytestmark = [pytest.mark.gui, pytest.mark.slow]

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from hfdesk.ui.app import run_gui

    database, meeting_id, text, wait_ms = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])


    def ready(window):
        window.open_meeting_mode(meeting_id)
        page = window.live_page
        page.next_item()
        page.notes.setFocus()
        QTest.keyClicks(page.notes, text)

        def report():
            print(f"TYPED {page.current_item_id()}", flush=True)
            QTest.keyClicks(page.notes, " og midt i neste setning")  # killed before this is saved

        QTimer.singleShot(wait_ms, report)


    sys.exit(run_gui(database, on_ready=ready))
    """
)


def _read_lines(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)


def test_killing_the_app_mid_sentence_keeps_what_was_typed(demo_copy: Path, tmp_path: Path) -> None:
    database = open_database(demo_copy)
    try:
        with database.session() as s:
            meeting = next(
                r for r in queries.list_meetings(s) if r.status == MeetingStatus.NOTICE_SENT and r.item_count >= 3
            )
    finally:
        database.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    text = "Leiaren opna møtet. Sekretariatet orienterte om økonomien"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, str(script), str(demo_copy), str(meeting.id), text, str(AUTOSAVE_DELAY_MS + 1200)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
    ) as child:
        lines: queue.Queue = queue.Queue()
        reader = threading.Thread(target=_read_lines, args=(child.stdout, lines), daemon=True)
        reader.start()
        reported = ""
        try:
            while not reported.startswith("TYPED"):
                reported = lines.get(timeout=90)
        except queue.Empty:
            pass
        finally:
            child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: nothing runs on the way out
            child.wait(timeout=30)
            reader.join(timeout=30)
    assert reported.startswith("TYPED"), "the app did not get as far as typing"
    assert child.returncode != 0  # killed, not closed
    item_id = int(reported.split()[1])

    database = open_database(demo_copy)
    try:
        with database.session() as s:
            item = s.get(AgendaItem, item_id)
            assert item.notes == text
            assert s.get(Meeting, meeting.id).current_item_id == item_id  # reopening shows this item
    finally:
        database.close()
