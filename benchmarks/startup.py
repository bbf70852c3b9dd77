"""Cold start to a usable main window, beside a bare PySide6 window, in the same run.

    python benchmarks/startup.py [--db FILE] [--runs 7] [--json]

Each figure is the wall time from launching a fresh Python process until it
reports that its window is shown and has been painted once (for hfdesk: the
main window on the database, its first page filled). The bare baseline is a
QApplication with an empty QMainWindow, started the same way. Runs alternate
between the two so machine noise hits both alike; medians are reported.
Default database: the 10-year synthetic one (built by generate.py if missing).
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
import sys
from pathlib import Path
from hfdesk.ui.app import run_gui
def ready(window):
    print("ready", flush=True)
    window.close()
sys.exit(run_gui(Path(sys.argv[1]), on_ready=ready))
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


def child_env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def time_child(code: str, *args: str) -> float:
    env = child_env()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    _, err = proc.communicate(timeout=60)
    if line.strip() != "ready":
        raise RuntimeError(f"child did not become ready (exit {proc.returncode}): {err.strip()[-500:]}")
    return elapsed


def measure(db: Path, runs: int) -> dict[str, dict[str, float | str | None]]:
    """Medians of `runs` alternating starts: hfdesk, the bare window, and the floor (the bare
    window that also imports SQLAlchemy's ORM and hfdesk's models, which any hfdesk start must)."""
    bare, app, floor = [], [], []
    for _ in range(2):  # warm the file cache and the bytecode cache for all three
        time_child(BARE_CHILD)
        time_child(FLOOR_CHILD)
        time_child(HFDESK_CHILD, str(db))
    for _ in range(runs):
        bare.append(time_child(BARE_CHILD))
        app.append(time_child(HFDESK_CHILD, str(db)))
        floor.append(time_child(FLOOR_CHILD))
    b, a, f = statistics.median(bare), statistics.median(app), statistics.median(floor)
    return {
        "startup": {
            "value": round(a * 1000, 1),
            "unit": "ms",
            "baseline": round(b * 1000, 1),
            "ratio": round(a / b, 2),
            "min": round(min(app) * 1000, 1),
            "max": round(max(app) * 1000, 1),
            "floor": round(f * 1000, 1),
            "floor_ratio": round(f / b, 2),
        }
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="database to open (default: the 10-year synthetic one)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.db is None:
        from generate import ensure  # type: ignore[import-not-found]

        args.db = ensure()
    figures = measure(args.db, args.runs)
    if args.json:
        print(json.dumps(figures))
    else:
        s = figures["startup"]
        print(f"startup to usable window: {s['value']} ms (bare PySide6 window {s['baseline']} ms, ratio {s['ratio']}; "
              f"bare window + SQLAlchemy ORM + hfdesk.models {s['floor']} ms, {s['floor_ratio']}x)")


if __name__ == "__main__":
    main()
