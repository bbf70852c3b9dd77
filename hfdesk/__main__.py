"""The `hfdesk` command: the GUI, and headless subcommands for scripts, support and tests.

Contract: every subcommand exits 0 on success and 2 with one line on standard
error for bad input (missing file, unknown id, not a database, newer version).
Never a traceback: an unexpected error is written to a log file and reported
in one line with exit code 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .buglog import write_bug_log
from .errors import HfdeskError

EXIT_OK = 0
EXIT_BUG = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error message, as the contract promises."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: feil: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hfdesk",
        description="hfdesk: sekretariatets verktøy for helsefellesskapet. Uten underkommando åpnes programmet.",
    )
    parser.add_argument("--version", action="version", version=f"hfdesk {__version__}")
    parser.add_argument("--db", metavar="FIL", type=Path, help="databasefilen som skal åpnes")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="KOMMANDO")

    demo = sub.add_parser("demo", help="lag en demodatabase i en ny fil")
    demo.add_argument("file", metavar="FIL", type=Path)

    for name, text in (("bodies", "list organene"), ("meetings", "list møtene")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--db", metavar="FIL", type=Path, dest="sub_db", help="databasefilen")
        cmd.add_argument("--json", action="store_true", help="skriv JSON (for skript)")
    return parser


def _database_path(args: argparse.Namespace) -> Path:
    from .paths import default_database_path

    return getattr(args, "sub_db", None) or args.db or default_database_path()


def _iso(dt: datetime) -> str:
    """ISO 8601 with the Norwegian UTC offset of that day (times are stored as Oslo wall time)."""
    from zoneinfo import ZoneInfo

    return dt.replace(tzinfo=ZoneInfo("Europe/Oslo")).isoformat()


def _cmd_demo(args: argparse.Namespace) -> int:
    from .demo import build_demo

    build_demo(args.file)
    print(f"Demodatabasen er laget: {args.file}")
    return EXIT_OK


def _print(rows: list[dict[str, Any]], as_json: bool, columns: list[str]) -> None:
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    for row in rows:
        print("\t".join("" if row[c] is None else str(row[c]) for c in columns))


def _cmd_bodies(args: argparse.Namespace) -> int:
    from .db import open_database
    from .services.queries import list_bodies

    database = open_database(_database_path(args), create=False)
    try:
        with database.session() as session:
            rows = [
                {
                    "id": b.id,
                    "name": b.name,
                    "short_name": b.short_name,
                    "level": b.level,
                    "parent_id": b.parent_id,
                    "language": b.language.value,
                }
                for b in list_bodies(session)
            ]
    finally:
        database.close()
    _print(rows, args.json, ["id", "short_name", "level", "name"])
    return EXIT_OK


def _cmd_meetings(args: argparse.Namespace) -> int:
    from .db import open_database
    from .services.queries import list_meetings

    database = open_database(_database_path(args), create=False)
    try:
        with database.session() as session:
            rows = [
                {
                    "id": m.id,
                    "body_id": m.body_id,
                    "body_name": m.body_name,
                    "starts_at": _iso(m.starts_at),
                    "place": m.place,
                    "status": m.status.value,
                    "item_count": m.item_count,
                }
                for m in list_meetings(session)
            ]
    finally:
        database.close()
    _print(rows, args.json, ["id", "starts_at", "body_name", "status", "item_count"])
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    from .ui.app import run_gui

    return run_gui(args.db)


COMMANDS = {"demo": _cmd_demo, "bodies": _cmd_bodies, "meetings": _cmd_meetings}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = COMMANDS.get(args.command, _cmd_gui)
    try:
        return handler(args)
    except HfdeskError as exc:
        print(f"hfdesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        log = write_bug_log(*sys.exc_info(), where="cli")
        where = f" Detaljer er lagret i {log}." if log else ""
        print(f"hfdesk: uventet feil ({type(exc).__name__}: {exc}).{where}", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
