"""Cold start beside a bare PySide6 window, in the same run: the first paint and the usable window.

    python benchmarks/startup.py [--db FILE] [--no-30y] [--runs 7] [--unclean] [--tree DIR] [--json]

Each figure is the wall time from launching a fresh Python process until it reports:

* **first paint**: hfdesk's window frame (menus, the sidebar, an empty page: `run_gui`'s
  `on_first_paint`) shown and painted, before the file is opened. Goal: within 1.5x the bare
  window.
* **usable**: the main window on the database, its first page filled, shown and the event loop
  started (`on_ready`). Goal: within 1.5x the *floor*.

The bare baseline is a QApplication with an empty QMainWindow, started the same way; the floor
is that bare window which also imports SQLAlchemy's ORM and `hfdesk.models`, which any start on
a database must. Runs alternate (bare, hfdesk on the 10-year file, floor, hfdesk on the 30-year
file) so machine noise hits all alike; medians are reported, and the 30-year figures' growth
over the 10-year ones (a start must not grow with the file).

Default databases: the 10-year and the 30-year synthetic ones (`generate.py`; built if
missing, which takes long). `--db` measures that one file only. The children keep their
settings and the clean-close record (`hfdesk.dbcheck`) in `benchmarks/data/startup-home`, so
from the second start on each file opens as after a clean close, the everyday case; `--unclean`
removes the record before every start, as after a crash (the full check at open). `--tree` runs
the hfdesk children from another source tree (e.g. a `git worktree` of an older commit: the
"before" of a change, measured in the same run); a tree without the first paint reports its
usable window for both.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE_CHILD = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 800); w.setWindowTitle("bare"); w.show()
def ready():
    print("ready", flush=True); app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

HFDESK_CHILD = """
import inspect
import sys
from pathlib import Path
from hfdesk.ui.app import run_gui
def first_paint(shell):
    print("paint", flush=True)
def ready(window):
    print("ready", flush=True)
    window.close()
extra = {"on_first_paint": first_paint} if "on_first_paint" in inspect.signature(run_gui).parameters else {}
sys.exit(run_gui(Path(sys.argv[1]), on_ready=ready, **extra))
"""


FLOOR_CHILD = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
import sqlalchemy.orm
import hfdesk.models
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 800); w.setWindowTitle("floor"); w.show()
def ready():
    print("ready", flush=True); app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

#: Compiled bytecode for the children, kept out of the source tree. The installed app ships
#: its modules compiled (PyInstaller); a child that compiled hfdesk's sources on every start
#: (PYTHONDONTWRITEBYTECODE, set on some CI machines) would time the compiler, not hfdesk.
PYCACHE = ROOT / "benchmarks" / "data" / "pycache"
#: The children's per-user folder (HFDESK_DATA_DIR): their settings and the clean-close record.
HOME = ROOT / "benchmarks" / "data" / "startup-home"
RECORD = HOME / "closed-cleanly.json"


def child_env(tree: Path = ROOT) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["PYTHONPATH"] = str(tree)  # this tree's hfdesk, whatever is installed
    HOME.mkdir(parents=True, exist_ok=True)
    env["HFDESK_DATA_DIR"] = str(HOME)
    return env


def time_child(code: str, *args: str, tree: Path = ROOT) -> tuple[float, float]:
    """(first paint, ready) in seconds from launch; a child that reports no paint: (ready, ready)."""
    env = child_env(tree)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        cwd=tree,
    )
    assert proc.stdout is not None
    paint = None
    line = proc.stdout.readline()
    if line.strip() == "paint":
        paint = time.perf_counter() - t0
        line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    _, err = proc.communicate(timeout=300)
    if line.strip() != "ready":
        raise RuntimeError(f"child did not become ready (exit {proc.returncode}): {err.strip()[-500:]}")
    return (paint if paint is not None else elapsed), elapsed


def _start_hfdesk(db: Path, unclean: bool, tree: Path) -> tuple[float, float]:
    if unclean:
        RECORD.unlink(missing_ok=True)  # as after a crash: the file gets the full check at open
    return time_child(HFDESK_CHILD, str(db), tree=tree)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def measure_all(
    dbs: list[Path], runs: int, *, unclean: bool = False, tree: Path = ROOT
) -> dict[str, dict[str, object]]:
    """Medians of `runs` alternating starts: the bare window, hfdesk on each of `dbs`, and the
    floor. Figures "startup" (the first database) and "startup_30y" (the second, with the growth)."""
    bare: list[float] = []
    floor: list[float] = []
    paint: list[list[float]] = [[] for _ in dbs]
    usable: list[list[float]] = [[] for _ in dbs]
    for _ in range(2):  # warm the file cache and the bytecode cache for all, and note clean closes
        time_child(BARE_CHILD)
        time_child(FLOOR_CHILD)
        for db in dbs:
            _start_hfdesk(db, unclean, tree)
    for _ in range(runs):
        bare.append(time_child(BARE_CHILD)[1])
        for i, db in enumerate(dbs):
            p, u = _start_hfdesk(db, unclean, tree)
            paint[i].append(p)
            usable[i].append(u)
            if i == 0:
                floor.append(time_child(FLOOR_CHILD)[1])
    b, f = statistics.median(bare), statistics.median(floor)
    figures: dict[str, dict[str, object]] = {}
    for i, db in enumerate(dbs):
        p, u = statistics.median(paint[i]), statistics.median(usable[i])
        figure: dict[str, object] = {
            "value": _ms(u),  # the usable window (run.py's figure)
            "unit": "ms",
            "baseline": _ms(b),
            "ratio": round(u / b, 2),  # usable / bare (issue 9's figure)
            "min": _ms(min(usable[i])),
            "max": _ms(max(usable[i])),
            "floor": _ms(f),
            "floor_ratio": round(f / b, 2),  # the floor / bare
            "first_paint": _ms(p),
            "first_paint_ratio": round(p / b, 2),  # goal 1.5x
            "usable_floor_ratio": round(u / f, 2),  # goal 1.5x
            "database": str(db),
            "database_mb": round(db.stat().st_size / 1e6, 1),
            "samples_usable": [_ms(x) for x in usable[i]],
            "samples_first_paint": [_ms(x) for x in paint[i]],
        }
        figures["startup" if i == 0 else "startup_30y"] = figure
    if len(dbs) > 1:
        ten, thirty = figures["startup"], figures["startup_30y"]
        thirty["growth_usable"] = round(float(thirty["value"]) / float(ten["value"]), 2)  # type: ignore[arg-type]
        thirty["growth_first_paint"] = round(float(thirty["first_paint"]) / float(ten["first_paint"]), 2)  # type: ignore[arg-type]
    return figures


def measure(db: Path, runs: int) -> dict[str, dict[str, object]]:
    """One database (run.py): the figure "startup"."""
    return measure_all([db], runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="the one database to open (default: the 10- and 30-year ones)")
    parser.add_argument("--no-30y", action="store_true", help="the 10-year database only")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--unclean", action="store_true", help="every start as after a crash (full check at open)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="source tree of the hfdesk children")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.db is not None:
        dbs = [args.db]
    else:
        from generate import LARGE_30Y, ensure  # type: ignore[import-not-found]

        dbs = [ensure()] if args.no_30y else [ensure(), ensure(LARGE_30Y, 30)]
    figures = measure_all(dbs, args.runs, unclean=args.unclean, tree=args.tree.resolve())
    if args.json:
        print(json.dumps(figures))
        return
    for name, s in figures.items():
        print(
            f"{name} ({Path(str(s['database'])).name}, {s['database_mb']} MB): "
            f"first paint {s['first_paint']} ms = {s['first_paint_ratio']}x the bare window ({s['baseline']} ms; goal 1.5x); "
            f"usable {s['value']} ms = {s['usable_floor_ratio']}x the floor ({s['floor']} ms, {s['floor_ratio']}x bare; goal 1.5x)"
            + (f"; growth over 10 years: usable {s['growth_usable']}x, first paint {s['growth_first_paint']}x"
               if "growth_usable" in s else "")
        )


if __name__ == "__main__":
    main()
