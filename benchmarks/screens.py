"""The screens beside a bare floor: open the largest meeting, switch bodies, search; memory.

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

open_meeting, switch_body, search_service and search_page are measured beside a *floor*
(issue 16), alternating with hfdesk's own in the same run: `Bare`, a window of the same size
whose plain `QStandardItemModel`s in `QTableView`/`QTreeView`s are filled with the same rows
read through the stdlib `sqlite3` module (one meeting's agenda, attendance list and selected
item; one body's members and composition rules; the search statement of `search_cases`), timed
the same way. Each such figure has `baseline` (the floor's median) and `ratio`; absolute times
on a shared machine swing by 2x between runs, the ratio within one run much less. Every figure
also lists its samples (`samples_ms`, `baseline_samples_ms`) for run.py to pool over processes.
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

SETTLE_PASSES = 12

SEARCHES = (
    "legevakt",
    "utskr",
    "rehabilitering kvalitet",
    "digital heimeoppfølging",
    "samhandling",
    "ernæring legemiddel avvik",
)


def _median_ms(samples: list[float]) -> dict[str, object]:
    return {
        "value": round(statistics.median(samples) * 1000, 1),
        "min": round(min(samples) * 1000, 1),
        "max": round(max(samples) * 1000, 1),
        "samples": len(samples),
        # every sample, so that run.py can pool the runs of several processes
        "samples_ms": [round(x * 1000, 2) for x in samples],
    }


def _with_floor(samples: list[float], floor: list[float]) -> dict[str, object]:
    """hfdesk's median beside the floor's, measured alternately in the same run, and their ratio."""
    hf, bare = statistics.median(samples), statistics.median(floor)
    return {
        **_median_ms(samples),
        "baseline": round(bare * 1000, 1),
        "baseline_min": round(min(floor) * 1000, 1),
        "baseline_max": round(max(floor) * 1000, 1),
        "ratio": round(hf / bare, 2),
        "baseline_samples_ms": [round(x * 1000, 2) for x in floor],
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
        # A size change climbs one level of widgets per pass of the event loop (a splitter, a
        # tab widget): three passes left the end of a deep screen's layout, and a paint it
        # caused, to be counted in whatever was timed next (the floor). A pass with nothing
        # left to do costs a few microseconds.
        for _ in range(SETTLE_PASSES):
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
    bare = Bare(db_path)
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
        bare.open_meeting(second)
        settle()
        samples, floor = [], []
        for _ in range(runs):
            samples.append(timed(lambda: window.open_meeting_mode(largest)))
            window.open_meeting_mode(second)
            settle()
            floor.append(timed(lambda: bare.open_meeting(largest)))
            bare.open_meeting(second)
            settle()
        out["open_meeting"] = {
            **_with_floor(samples, floor),
            "screen": "meeting mode (MainWindow.open_meeting_mode)",
        }
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
    samples, floor = [], []
    for i in range(max(runs, 2 * len(body_ids))):
        body_id = body_ids[i % len(body_ids)]
        samples.append(timed(lambda body_id=body_id: bodies_tab.select_body(body_id)))
        floor.append(timed(lambda body_id=body_id: bare.select_body(body_id)))
    out["switch_body"] = {**_with_floor(samples, floor), "bodies": len(body_ids)}

    # --- search -------------------------------------------------------------------------------------------
    samples, floor = [], []
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
            gc.collect()
            t0 = time.perf_counter()
            bare.search_rows(text)
            floor.append(time.perf_counter() - t0)
    out["search_service"] = {**_with_floor(samples, floor), "queries": list(SEARCHES), "hits_max": max(hits)}
    window.show_page(1)
    bare.show_search()
    settle()
    samples, floor = [], []
    for _ in range(max(1, runs // 3)):
        for text in SEARCHES:
            samples.append(timed(lambda text=text: meetings_page.search.setText(text)))
            meetings_page.search.setText("")
            settle()
            floor.append(timed(lambda text=text: bare.search_box.setText(text)))
            bare.search_box.setText("")
            settle()
    out["search_page"] = {**_with_floor(samples, floor), "queries": list(SEARCHES)}
    bare.close()
    settle()

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


# --- the floor: the same rows through stdlib sqlite3 into plain Qt views -----------------------------
#
# What any program showing these screens must do at the least: read the rows with plain SQL
# (stdlib `sqlite3`, one connection kept open, as hfdesk keeps its engine) and put them in
# `QStandardItemModel`s shown in `QTableView`/`QTreeView`s of a window the size of hfdesk's.
# No ORM, no rules (rights, quorum, composition), no formatting, no column fitting. Each
# action is timed the same way as hfdesk's (until the events it posted are processed), in the
# same process, alternating with hfdesk's own.

ROLE_ORDER = "CASE ms.role WHEN 'leader' THEN 0 WHEN 'deputy_leader' THEN 1 WHEN 'member' THEN 2 " \
    "WHEN 'deputy' THEN 3 WHEN 'observer' THEN 4 ELSE 5 END"

BARE_MEETING_SQL = {
    "meeting": """
        SELECT m.title, m.starts_at, m.ends_at, m.place, m.status, m.current_item_id, b.id, b.name
        FROM meetings AS m JOIN bodies AS b ON b.id = m.body_id WHERE m.id = ?""",
    "seats": """
        SELECT count(*) FROM memberships WHERE body_id = ? AND rights = 'vote'
        AND role IN ('leader', 'deputy_leader', 'member') AND term_from <= ?
        AND (term_to IS NULL OR term_to >= ?)""",
    "agenda": """
        SELECT a.id, a.number_seq, a.number_year, a.title, a.case_type, c.kind
        FROM agenda_items AS a LEFT JOIN conclusions AS c ON c.item_id = a.id
        WHERE a.meeting_id = ? ORDER BY a.position, a.id""",
    "attendance": f"""
        SELECT p.given_name || ' ' || p.family_name, coalesce(o.name, ''), coalesce(ms.role, ''),
               a.capacity, a.status
        FROM attendances AS a JOIN people AS p ON p.id = a.person_id
        LEFT JOIN organisations AS o ON o.id = p.organisation_id
        LEFT JOIN memberships AS ms ON ms.id = a.membership_id
        WHERE a.meeting_id = ? ORDER BY a.capacity, {ROLE_ORDER}, p.family_name, p.given_name""",
    "item": """
        SELECT a.title, a.responsible, a.background, a.proposed_decision, c.id, c.kind, c.decision_text
        FROM agenda_items AS a LEFT JOIN conclusions AS c ON c.item_id = a.id WHERE a.id = ?""",
    "proposals": """
        SELECT pr.position, pr.text, coalesce(p.given_name || ' ' || p.family_name, pr.put_forward_by_text)
        FROM proposals AS pr LEFT JOIN people AS p ON p.id = pr.put_forward_by_id
        WHERE pr.item_id = ? ORDER BY pr.position, pr.id""",
    "votes": """
        SELECT p.given_name || ' ' || p.family_name, v.choice FROM votes AS v
        JOIN people AS p ON p.id = v.person_id WHERE v.conclusion_id = ? ORDER BY p.family_name, p.given_name""",
    "protocol": "SELECT text, behind_text FROM protocol_entries WHERE conclusion_id = ? ORDER BY position",
    "follow_ups": "SELECT what, responsible_text, due_on, status FROM follow_ups WHERE item_id = ? ORDER BY id",
}

BARE_MEMBERS_SQL = f"""
    SELECT p.given_name || ' ' || p.family_name, ms.role, ms.rights,
           coalesce(nullif(ms.represents_text, ''), o.name, ''), coalesce(o.side, ''),
           coalesce(ma.name, oa.name, ''), p.email, p.phone, ms.term_from, coalesce(ms.term_to, ''),
           coalesce(pp.given_name || ' ' || pp.family_name, '')
    FROM memberships AS ms JOIN people AS p ON p.id = ms.person_id
    LEFT JOIN organisations AS o ON o.id = ms.organisation_id
    LEFT JOIN areas AS ma ON ma.id = ms.area_id
    LEFT JOIN areas AS oa ON oa.id = o.area_id
    LEFT JOIN memberships AS principal ON principal.id = ms.deputy_for_id
    LEFT JOIN people AS pp ON pp.id = principal.person_id
    WHERE ms.body_id = ? AND ms.term_from <= ? AND (ms.term_to IS NULL OR ms.term_to >= ?)
    ORDER BY {ROLE_ORDER}, p.family_name, p.given_name, ms.id"""

BARE_RULES_SQL = """
    SELECT r.label, coalesce(r.side, ''), coalesce(o.name, ''), coalesce(ar.name, ''), coalesce(r.role, ''),
           r.min_count, coalesce(r.max_count, '')
    FROM composition_rules AS r LEFT JOIN organisations AS o ON o.id = r.organisation_id
    LEFT JOIN areas AS ar ON ar.id = r.area_id WHERE r.body_id = ? ORDER BY r.sort_order, r.id"""


class Bare:
    """The floor's window: three pages (a meeting, the register's bodies, search) of plain views."""

    def __init__(self, db_path: Path) -> None:
        import sqlite3
        from datetime import date

        from PySide6.QtCore import Qt
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import (
            QLabel,
            QLineEdit,
            QSplitter,
            QStackedWidget,
            QTableView,
            QTreeView,
            QVBoxLayout,
            QWidget,
        )

        from hfdesk.migrations import SEARCH_TABLE
        from hfdesk.services import search as search_service

        self._item = QStandardItem
        self.today = date.today().isoformat()
        self.con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        self.window = QWidget()
        self.window.setWindowTitle("bare floor")
        self.window.resize(1440, 900)
        self.stack = QStackedWidget(self.window)
        QVBoxLayout(self.window).addWidget(self.stack)

        def model(*headers: str) -> QStandardItemModel:
            m = QStandardItemModel(0, len(headers), self.window)
            m.setHorizontalHeaderLabels(list(headers))
            return m

        def table(m: QStandardItemModel) -> QTableView:
            view = QTableView()
            view.setModel(m)
            return view

        # A meeting: header, agenda, attendance list, the selected item and its rows.
        page = QWidget()
        layout = QVBoxLayout(page)
        self.meeting_label = QLabel()
        layout.addWidget(self.meeting_label)
        split = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(split, 1)
        self.agenda = model("Nr.", "Sak", "Type", "Konklusjon")
        self.attendance = model("Namn", "Organisasjon", "Rolle", "Kapasitet", "Status")
        self.proposals = model("Nr.", "Forslag", "Frå")
        self.votes = model("Namn", "Stemme")
        self.protocol = model("Protokolltilførsel", "Bak")
        self.follow_ups = model("Oppfølging", "Ansvarleg", "Frist", "Status")
        split.addWidget(table(self.agenda))
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        middle_layout.addWidget(self.item_label)
        for m in (self.proposals, self.protocol, self.follow_ups):
            middle_layout.addWidget(table(m))
        split.addWidget(middle)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(table(self.attendance))
        right.addWidget(table(self.votes))
        split.addWidget(right)
        self.stack.addWidget(page)

        # The register: the body tree, the selected body's members and composition rules.
        page = QWidget()
        split = QSplitter(Qt.Orientation.Horizontal, page)
        QVBoxLayout(page).addWidget(split)
        self.tree_model = model("Organ")
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        items: dict[int, QStandardItem] = {}
        for body_id, name, parent_id in self.con.execute(
            "SELECT id, name, parent_id FROM bodies ORDER BY level, sort_order, name"
        ):
            item = QStandardItem(name)
            item.setData(body_id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            parent = items.get(parent_id) if parent_id is not None else None
            (parent or self.tree_model.invisibleRootItem()).appendRow(item)
            items[body_id] = item
        self._body_items = items
        self.tree.expandAll()
        split.addWidget(self.tree)
        right_page = QWidget()
        right_layout = QVBoxLayout(right_page)
        self.body_label = QLabel()
        right_layout.addWidget(self.body_label)
        self.members = model(
            "Namn", "Rolle", "Rettar", "Representerer", "Side", "Område", "E-post", "Telefon", "Frå", "Til", "Vara for"
        )
        self.rules = model("Regel", "Side", "Organisasjon", "Område", "Rolle", "Min", "Maks")
        right_layout.addWidget(table(self.members), 2)
        right_layout.addWidget(table(self.rules), 1)
        split.addWidget(right_page)
        self.tree.selectionModel().currentChanged.connect(self._on_body)
        self.stack.addWidget(page)

        # Search: a box and the hits, through the same FTS5 statement as search_cases.
        page = QWidget()
        layout = QVBoxLayout(page)
        self.search_box = QLineEdit()
        layout.addWidget(self.search_box)
        self.hits = model("Organ", "Møte", "Nr.", "Sak", "Utdrag")
        self.hits_view = table(self.hits)
        layout.addWidget(self.hits_view, 1)
        self.search_box.textChanged.connect(self._on_search)
        self._search_expression = search_service.match_expression
        self.search_sql = f"""
            SELECT b.short_name, m.starts_at, a.number_seq, a.number_year, a.title,
                   snippet({SEARCH_TABLE}, -1, '', '', '…', 14)
            FROM {SEARCH_TABLE} AS f
            JOIN agenda_items AS a ON a.id = f.rowid
            JOIN bodies AS b ON b.id = a.body_id
            LEFT JOIN meetings AS m ON m.id = a.meeting_id
            WHERE {SEARCH_TABLE} MATCH ?
            ORDER BY {{order}}
            LIMIT 50"""
        # As search_cases: the cases holding the words counted (no further than one past
        # RANKED_AT_MOST), then the best 50, or the newest 50 when the words are too common.
        self.count_sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ? LIMIT ?)"
        )
        self.ranked_at_most = search_service.RANKED_AT_MOST
        self.ranked_sql = self.search_sql.format(
            order=f"bm25({SEARCH_TABLE}, 10.0, 1.0, 2.0, 3.0), m.starts_at DESC, a.position"
        )
        self.newest_sql = self.search_sql.format(order="f.rowid DESC")
        self.stack.addWidget(page)
        self.window.show()

    def _fill(self, model: "QStandardItemModel", rows: list[tuple]) -> None:  # noqa: F821
        model.setRowCount(0)
        make = self._item
        for row in rows:
            model.appendRow([make("" if v is None else str(v)) for v in row])

    @staticmethod
    def _number(seq: int | None, year: int | None) -> str:
        return f"{seq}/{year % 100:02d}" if seq is not None and year is not None else ""

    # -- the three screens -------------------------------------------------------------------------
    def open_meeting(self, meeting_id: int) -> None:
        q, con = BARE_MEETING_SQL, self.con
        title, starts, _ends, place, status, current, body_id, body = con.execute(q["meeting"], (meeting_id,)).fetchone()
        day = starts[:10]
        seats = con.execute(q["seats"], (body_id, day, day)).fetchone()[0]
        self.meeting_label.setText(f"{body} · {title} · {starts} · {place} · {status} · {seats}")
        agenda = con.execute(q["agenda"], (meeting_id,)).fetchall()
        self._fill(self.agenda, [(self._number(seq, yr), t, ct, kind) for _i, seq, yr, t, ct, kind in agenda])
        self._fill(self.attendance, con.execute(q["attendance"], (meeting_id,)).fetchall())
        item_id = current if current is not None else (agenda[0][0] if agenda else None)
        if item_id is None:
            self.item_label.setText("")
            for m in (self.proposals, self.votes, self.protocol, self.follow_ups):
                self._fill(m, [])
        else:
            i_title, responsible, background, proposed, c_id, kind, decision = con.execute(
                q["item"], (item_id,)
            ).fetchone()
            self.item_label.setText(f"{i_title}\n{responsible}\n{background}\n{proposed}\n{kind or ''} {decision or ''}")
            self._fill(self.proposals, con.execute(q["proposals"], (item_id,)).fetchall())
            self._fill(self.votes, con.execute(q["votes"], (c_id,)).fetchall() if c_id else [])
            self._fill(self.protocol, con.execute(q["protocol"], (c_id,)).fetchall() if c_id else [])
            self._fill(self.follow_ups, con.execute(q["follow_ups"], (item_id,)).fetchall())
        self.stack.setCurrentIndex(0)

    def select_body(self, body_id: int) -> None:
        self.stack.setCurrentIndex(1)
        self.tree.setCurrentIndex(self._body_items[body_id].index())

    def _on_body(self, current: "QModelIndex", _previous: object) -> None:  # noqa: F821
        from PySide6.QtCore import Qt

        body_id = current.data(Qt.ItemDataRole.UserRole)
        self.body_label.setText(str(current.data()))
        self._fill(self.members, self.con.execute(BARE_MEMBERS_SQL, (body_id, self.today, self.today)).fetchall())
        self._fill(self.rules, self.con.execute(BARE_RULES_SQL, (body_id,)).fetchall())

    def show_search(self) -> None:
        self.stack.setCurrentIndex(2)

    def _search(self, text: str) -> list[tuple]:
        expression = self._search_expression(text)
        if not expression:
            return []
        found = self.con.execute(self.count_sql, (expression, self.ranked_at_most + 1)).fetchone()[0]
        if not found:
            return []
        sql = self.newest_sql if found > self.ranked_at_most else self.ranked_sql
        return self.con.execute(sql, (expression,)).fetchall()

    def _on_search(self, text: str) -> None:
        rows = self._search(text)
        self._fill(
            self.hits,
            [(short, starts, self._number(seq, yr), title, snip) for short, starts, seq, yr, title, snip in rows],
        )
        if rows:
            self.hits_view.selectRow(0)

    def search_rows(self, text: str) -> int:
        """The search statements alone (search_cases' floor: no session, no view)."""
        return len(self._search(text))

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        self.con.close()


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
            floor = f"  floor {figure['baseline']:.1f} ms, {figure['ratio']}x" if "baseline" in figure else ""
            print(f"{name:32s} {figure['value']:8.1f} {figure.get('unit', 'ms')}{floor}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
