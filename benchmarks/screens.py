"""The screens on the 10-year database: open the largest meeting, switch bodies, search, memory.

    python benchmarks/screens.py [--db FILE] [--runs 15] [--json]

Runs in its own process (run.py starts it in a fresh one): a QApplication (offscreen
unless QT_QPA_PLATFORM says otherwise) with the bokmål catalogue, the main window on a
private copy of the database (opening a meeting in meeting mode writes to the file), shown.
Each action is timed from the call until the events it posted (layout, paint) have been
processed, the way the user would see it; medians of `runs`:

* open_meeting: `MainWindow.open_meeting_mode(id)` on the meeting with the most agenda
  items (then attendees), alternating with the second largest, so every timed open really
  changes the screen. If the main window has no meeting mode, the Meetings page selecting
  that meeting is timed instead, and the figure says so (`screen`);
* open_meeting_on_meetings_page: the Meetings page (year and "all bodies" chosen) selecting
  the largest meeting, alternating with the second largest: its agenda and cases waiting;
* switch_body: the register's body tree selecting the next body (members and composition);
* search_service: `services.search.search_cases` in a fresh session, over a set of words
  from the generator's vocabulary (common and rare, one and two words, prefixes);
* search_page: the Meetings page's search box set to the same words (results shown);
* peak_memory: `ru_maxrss` of this process after every screen above has been opened, plus
  the people tab, every follow-up, the year plan and all of a year's meetings.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEARCHES = (
    "legevakt",
    "utskr",
    "rehabilitering kvalitet",
    "digital heimeoppfølging",
    "samhandling",
    "ernæring legemiddel avvik",
)


def _median_ms(samples: list[float]) -> dict[str, float]:
    return {
        "value": round(statistics.median(samples) * 1000, 1),
        "min": round(min(samples) * 1000, 1),
        "max": round(max(samples) * 1000, 1),
        "samples": len(samples),
    }


def measure(db_path: Path, runs: int) -> dict[str, dict[str, object]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    import sqlalchemy as sa

    from hfdesk.db import open_database
    from hfdesk.models import AgendaItem, Attendance, Meeting
    from hfdesk.services.queries import list_bodies
    from hfdesk.services.search import search_cases
    from hfdesk.ui.i18n import install_translators
    from hfdesk.ui.main_window import MainWindow

    translators = install_translators(app)  # noqa: F841  (kept alive)

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def timed(fn: Callable[[], object]) -> float:
        gc.collect()
        t0 = time.perf_counter()
        fn()
        settle()
        return time.perf_counter() - t0

    database = open_database(db_path)
    with database.session() as s:
        items = (
            sa.select(AgendaItem.meeting_id, sa.func.count(AgendaItem.id).label("n"))
            .where(AgendaItem.meeting_id.is_not(None))
            .group_by(AgendaItem.meeting_id)
            .subquery()
        )
        people = (
            sa.select(Attendance.meeting_id, sa.func.count(Attendance.id).label("n"))
            .group_by(Attendance.meeting_id)
            .subquery()
        )
        ranked = s.execute(
            sa.select(
                Meeting.id, Meeting.starts_at, sa.func.coalesce(items.c.n, 0), sa.func.coalesce(people.c.n, 0)
            )
            .outerjoin(items, items.c.meeting_id == Meeting.id)
            .outerjoin(people, people.c.meeting_id == Meeting.id)
            .order_by(
                sa.desc(sa.func.coalesce(items.c.n, 0)), sa.desc(sa.func.coalesce(people.c.n, 0)), Meeting.id
            )
            .limit(2)
        ).all()
    (largest, largest_at, n_items, n_people), (second, second_at, _, _) = ranked

    window = MainWindow(database)
    window.resize(1440, 900)
    window.show()
    settle()
    out: dict[str, dict[str, object]] = {}

    # --- the largest meeting in meeting mode (or on the Meetings page) -----------------------------
    meetings_page = window.meetings_page

    def on_meetings_page(meeting_id: int, year: int) -> None:
        window.show_page(1)
        if meetings_page.year.currentData() != year:
            meetings_page.year.setCurrentIndex(meetings_page.year.findData(year))
        meetings_page.body.setCurrentIndex(0)
        meetings_page.select_meeting(meeting_id)

    if hasattr(window, "open_meeting_mode"):
        window.open_meeting_mode(second)
        settle()
        samples = []
        for _ in range(runs):
            samples.append(timed(lambda: window.open_meeting_mode(largest)))
            window.open_meeting_mode(second)
            settle()
        out["open_meeting"] = {**_median_ms(samples), "screen": "meeting mode (MainWindow.open_meeting_mode)"}
    page_samples = []
    on_meetings_page(second, second_at.year)
    settle()
    for _ in range(runs):
        page_samples.append(timed(lambda: on_meetings_page(largest, largest_at.year)))
        on_meetings_page(second, second_at.year)
        settle()
    page_figure = {
        **_median_ms(page_samples),
        "screen": "Meetings page, meeting selected (agenda, cases waiting)",
    }
    out["open_meeting_on_meetings_page"] = page_figure
    if "open_meeting" not in out:
        out["open_meeting"] = {**page_figure, "screen": "Meetings page (no meeting mode in this build)"}
    out["open_meeting"].update({"meeting_id": largest, "items": n_items, "attendees": n_people})

    # --- switching bodies in the register ------------------------------------------------------------
    window.show_page(0)
    bodies_tab = window.register_page.bodies
    window.register_page.tabs.setCurrentWidget(bodies_tab)
    settle()
    with database.session() as s:
        body_ids = [b.id for b in list_bodies(s)]
    samples = []
    for i in range(max(runs, 2 * len(body_ids))):
        body_id = body_ids[i % len(body_ids)]
        samples.append(timed(lambda body_id=body_id: bodies_tab.select_body(body_id)))
    out["switch_body"] = {**_median_ms(samples), "bodies": len(body_ids)}

    # --- search -------------------------------------------------------------------------------------------
    samples = []
    hits = []
    for _ in range(max(1, runs // 3)):
        for text in SEARCHES:

            def search(text: str = text) -> None:
                with database.session() as s:
                    hits.append(len(search_cases(s, text, 50)))

            gc.collect()
            t0 = time.perf_counter()
            search()
            samples.append(time.perf_counter() - t0)
    out["search_service"] = {**_median_ms(samples), "queries": list(SEARCHES), "hits_max": max(hits)}
    window.show_page(1)
    settle()
    samples = []
    for _ in range(max(1, runs // 3)):
        for text in SEARCHES:
            samples.append(timed(lambda text=text: meetings_page.search.setText(text)))
            meetings_page.search.setText("")
            settle()
    out["search_page"] = {**_median_ms(samples), "queries": list(SEARCHES)}

    # --- the biggest screens, then the peak memory ---------------------------------------------------
    window.show_page(0)
    window.register_page.tabs.setCurrentWidget(window.register_page.people)
    settle()
    window.register_page.tabs.setCurrentWidget(window.register_page.organisations)
    settle()
    window.show_page(2)
    follow_ups = window.follow_ups_page
    if hasattr(follow_ups, "set_filter"):
        follow_ups.set_filter("all")
    settle()
    window.show_page(1)
    meetings_page.body.setCurrentIndex(0)
    meetings_page.show_view(1)
    settle()
    meetings_page.show_view(0)
    settle()
    if hasattr(window, "open_meeting_mode"):
        window.open_meeting_mode(largest)
        settle()
    out["peak_memory"] = {"value": round(peak_memory_mb(), 1), "unit": "MB"}
    window.close()
    settle()
    database.close()
    return out


def peak_memory_mb() -> float:
    """This process's peak resident memory: `ru_maxrss` on Linux and macOS, the peak working
    set on Windows (the laptops hfdesk runs on)."""
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [
                ("cb", wintypes.DWORD),
                ("PageFaultCount", wintypes.DWORD),
                ("PeakWorkingSetSize", ctypes.c_size_t),
                ("WorkingSetSize", ctypes.c_size_t),
                ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
                ("QuotaPagedPoolUsage", ctypes.c_size_t),
                ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                ("PagefileUsage", ctypes.c_size_t),
                ("PeakPagefileUsage", ctypes.c_size_t),
            ]

        kernel32, psapi = ctypes.WinDLL("kernel32"), ctypes.WinDLL("psapi")
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        psapi.GetProcessMemoryInfo.argtypes = [wintypes.HANDLE, ctypes.POINTER(Counters), wintypes.DWORD]
        psapi.GetProcessMemoryInfo.restype = wintypes.BOOL
        counters = Counters()
        counters.cb = ctypes.sizeof(Counters)
        if not psapi.GetProcessMemoryInfo(kernel32.GetCurrentProcess(), ctypes.byref(counters), counters.cb):
            raise ctypes.WinError()
        return counters.PeakWorkingSetSize / 1024 / 1024
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def measure_copy(db: Path, runs: int) -> dict[str, dict[str, object]]:
    """`measure` on a private copy of `db` (meeting mode writes to the file it opens)."""
    with tempfile.TemporaryDirectory(prefix="hfdesk-screens-") as tmp:
        copy = Path(tmp) / db.name
        shutil.copyfile(db, copy)
        return measure(copy, runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database (default: the 10-year synthetic one)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.db is None:
        from generate import ensure  # type: ignore[import-not-found]

        args.db = ensure()
    figures = measure_copy(args.db, args.runs)
    if args.json:
        print(json.dumps(figures))
    else:
        for name, figure in figures.items():
            print(f"{name:32s} {figure['value']:8.1f} {figure.get('unit', 'ms')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
