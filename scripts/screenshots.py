"""Save screenshots of every page of the main window, on the demo data.

    python scripts/screenshots.py                 # builds the demo database in a temporary folder
    python scripts/screenshots.py --db FILE.sqlite
    python scripts/screenshots.py --out screenshots --size 1440x900

Runs offscreen unless QT_QPA_PLATFORM says otherwise. Pictures go to
screenshots/ (git-ignored). Uses the shipped bokmål translation.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_FONTS = Path("/usr/share/fonts/truetype/dejavu")
if os.environ["QT_QPA_PLATFORM"] == "offscreen" and _FONTS.is_dir():
    os.environ.setdefault("QT_QPA_FONTDIR", str(_FONTS))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, help="database to show (a copy is used); default: fresh demo data")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--size", default="1440x900", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    from PySide6.QtWidgets import QApplication

    from hfdesk.db import open_database
    from hfdesk.ui.i18n import install_translators
    from hfdesk.ui.main_window import PAGE_FOLLOW_UPS, PAGE_MEETINGS, PAGE_REGISTER, MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("hfdesk")
    app.setOrganizationName("hfdesk")
    install_translators(app)

    window: MainWindow | None = None

    def shot(name: str) -> None:
        assert window is not None
        for _ in range(3):
            app.processEvents()
        target = args.out / f"{name}.png"
        window.grab().save(str(target))
        print(target)

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hfdesk-shots-") as tmp:
        path = Path(tmp) / "hfdesk-demo.sqlite"
        if args.db:
            shutil.copy(args.db, path)
        else:
            from hfdesk.demo import build_demo

            build_demo(path)
        database = open_database(path, create=False)
        try:
            window = MainWindow(database)
            window.resize(width, height)
            window.show()

            window.show_page(PAGE_REGISTER)
            register = window.register_page
            register.tabs.setCurrentWidget(register.bodies)
            shot("1-register-organ")
            register.tabs.setCurrentWidget(register.people)
            shot("2-register-personer")
            register.people.search.setText("kommune")
            shot("3-register-personer-sok")
            register.people.search.clear()
            register.tabs.setCurrentWidget(register.organisations)
            shot("4-register-organisasjoner")
            window.show_page(PAGE_MEETINGS)
            shot("5-moter")
            meetings = window.meetings_page
            rows = meetings.meetings_model.rows()
            held = [m for m in rows if m.status.value in ("held", "minutes_approved")]
            if held:
                meetings.select_meeting(max(held, key=lambda m: (m.item_count, m.starts_at)).id)
                shot("5b-mote-gjennomfort")
            window.show_page(PAGE_FOLLOW_UPS)
            shot("6-oppfolging")
            window.follow_ups_page.set_filter("all")
            shot("7-oppfolging-alle")
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            database.close()

        empty = open_database(Path(tmp) / "tom.sqlite")
        try:
            window = MainWindow(empty)
            window.resize(width, height)
            window.show()
            shot("8-tom-database-organ")
            window.show_page(PAGE_MEETINGS)
            shot("9-tom-database-moter")
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            empty.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
