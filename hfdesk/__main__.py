"""The `hfdesk` command: the GUI, and headless subcommands for scripts, support and tests.

Contract: every subcommand exits 0 on success and 2 with one line on standard
error for bad input (missing file, unknown id, not a database, newer version).
Never a traceback: an unexpected error is written to a log file and reported
in one line with exit code 1.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import __version__
from .buglog import write_bug_log
from .errors import HfdeskError

if TYPE_CHECKING:
    from .db import Database

EXIT_OK = 0
EXIT_BUG = 1
EXIT_BAD_INPUT = 2


# argparse's own messages, in Norwegian (the patterns argparse uses in Python 3.11+).
_ARGPARSE_NB = (
    (re.compile(r"^argument (\S+): invalid choice: (.*?) \(choose from (.*)\)$"), r"\1: ukjent valg \2 (velg blant \3)"),
    (re.compile(r"^argument (\S+): invalid (\w+) value: (.*)$"), r"\1: ugyldig verdi \3"),
    (re.compile(r"^argument (\S+): expected one argument$"), r"\1 mangler en verdi"),
    (re.compile(r"^unrecognized arguments: (.*)$"), r"ukjente argumenter: \1"),
    (re.compile(r"^the following arguments are required: (.*)$"), r"disse må oppgis: \1"),
    (re.compile(r"^argument (\S+): (.*)$"), r"\1: \2"),  # our own types' messages, already Norwegian
)


SQLITE_MAX_INTEGER = 2**63 - 1


def _record_id(text: str) -> int:
    """An id typed on the command line: a whole number SQLite can hold (1 and up)."""
    try:
        value = int(text.strip())
    except ValueError:
        value = 0
    if not 1 <= value <= SQLITE_MAX_INTEGER:
        raise argparse.ArgumentTypeError(f"«{text}» er ingen gyldig id; oppgi et helt tall fra 1 og oppover")
    return value


DEMO_YEARS = (1990, 2099)  # the demo's documents are zip files (no dates before 1980) and span years either side


def _demo_day(text: str) -> date:
    """The day the demo is built around, typed as YYYY-MM-DD (an impossible date is refused)."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ingen gyldig dato; skriv den som ÅÅÅÅ-MM-DD") from None
    first, last = DEMO_YEARS
    if not first <= day.year <= last:
        raise argparse.ArgumentTypeError(f"demoen kan bygges rundt en dag fra {first} til {last}, ikke «{text}»")
    return day


def _day(text: str) -> date:
    """A day typed as YYYY-MM-DD (an impossible date is refused)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ingen gyldig dato; skriv den som ÅÅÅÅ-MM-DD") from None


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, prefix="Bruk: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line Norwegian error message, as the contract promises."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenter"
        self._optionals.title = "valg"
        self.add_argument("-h", "--help", action="help", help="vis denne hjelpeteksten og avslutt")

    def error(self, message: str) -> NoReturn:
        for pattern, replacement in _ARGPARSE_NB:
            message = pattern.sub(replacement, message)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: feil: {message}\n")


def _database_arg(text: str) -> Path | str:
    """--db: a file, or a shared database's ``postgresql://`` URL (kept as text: a Path would
    fold its "//")."""
    from .pgdb import is_url

    return text.strip() if is_url(text) else Path(text)


def _db_option(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument(
        "--db", metavar="FIL|URL", type=_database_arg, dest="sub_db",
        help="databasefilen, eller en delt database: postgresql://bruker@tjener/database (standard: din egen fil)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hfdesk",
        description="hfdesk: sekretariatets verktøy for helsefellesskapet. Uten underkommando åpnes programmet.",
    )
    parser.add_argument("--version", action="version", version=f"hfdesk {__version__}")
    parser.add_argument(
        "--db", metavar="FIL|URL", type=_database_arg,
        help="databasefilen som skal åpnes, eller en delt database: postgresql://bruker@tjener/database",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="KOMMANDO")

    demo = sub.add_parser("demo", help="lag en demodatabase i en ny fil (eller i en tom delt database: --db URL)")
    demo.add_argument("file", metavar="FIL", type=_database_arg, nargs="?")
    demo.add_argument(
        "--today", metavar="ÅÅÅÅ-MM-DD", type=_demo_day, help="dagen demoen bygges rundt (standard: i dag)"
    )

    for name, text in (
        ("bodies", "list organene"),
        ("meetings", "list møtene"),
        ("check", "kontroller sammensetningen av hvert organ mot reglene"),
    ):
        cmd = sub.add_parser(name, help=text)
        _db_option(cmd)
        cmd.add_argument("--json", action="store_true", help="skriv JSON (for skript)")

    export = sub.add_parser("export", help="skriv dokumenter og lister til fil")
    export_sub = export.add_subparsers(dest="what", parser_class=_Parser, metavar="HVA", required=True)
    roster_out = export_sub.add_parser("roster", help="medlemslisten til Excel")
    _db_option(roster_out)
    roster_out.add_argument("--body", metavar="ID", type=_record_id, help="bare dette organet")
    roster_out.add_argument("--out", metavar="FIL.xlsx", type=Path, required=True)

    notice = export_sub.add_parser("notice", help="innkallingen til et møte, til Word eller PDF/A")
    _db_option(notice)
    notice.add_argument("--meeting", metavar="ID", type=_record_id, required=True)
    notice.add_argument(
        "--public", action="store_true", help="offentlig versjon: saker unntatt offentlighet vises bare med hjemmel"
    )
    notice.add_argument("--lang", choices=("nb", "nn"), help="målform (standard: organets)")
    notice.add_argument(
        "--out", metavar="FIL.docx|FIL.pdf", type=Path, required=True, help="filtypen avgjør formatet (.pdf: PDF/A-2)"
    )
    minutes = export_sub.add_parser("minutes", help="referatet (eller protokollen) fra et møte, til Word eller PDF/A")
    _db_option(minutes)
    minutes.add_argument("--meeting", metavar="ID", type=_record_id, required=True)
    minutes.add_argument(
        "--public", action="store_true", help="offentlig versjon: saker unntatt offentlighet vises bare med hjemmel"
    )
    minutes.add_argument("--lang", choices=("nb", "nn"), help="målform (standard: organets)")
    minutes.add_argument("--template", metavar="MAL.docx", type=Path, help="Word-mal med brevhode og stiler")
    minutes.add_argument(
        "--out", metavar="FIL.docx|FIL.pdf", type=Path, required=True, help="filtypen avgjør formatet (.pdf: PDF/A-2)"
    )
    ics = export_sub.add_parser("ics", help="kalenderinvitasjon til et møte (iCalendar)")
    _db_option(ics)
    ics.add_argument("--meeting", metavar="ID", type=_record_id, required=True)
    ics.add_argument("--out", metavar="FIL.ics", type=Path, required=True)
    mail = export_sub.add_parser(
        "mail", help="innkallingen eller referatet som e-post klar til å sende (.eml, åpnes som utkast i Outlook)"
    )
    _db_option(mail)
    mail.add_argument("--meeting", metavar="ID", type=_record_id, required=True)
    mail.add_argument("--kind", choices=("notice", "minutes"), required=True, help="innkallingen eller referatet")
    mail.add_argument(
        "--public", action="store_true", help="offentlig versjon: saker unntatt offentlighet vises bare med hjemmel"
    )
    mail.add_argument(
        "--include-exempt", action="store_true",
        help="legg ved sakspapirene til saker unntatt offentlighet (taushetsplikt; standard: deles ut på annen måte)",
    )
    mail.add_argument("--lang", choices=("nb", "nn"), help="målform (standard: organets)")
    mail.add_argument("--out", metavar="FIL.eml", type=Path, required=True)
    meeting_out = export_sub.add_parser("meeting", help="et møte som JSON (formatet hfdesk-meeting)")
    _db_option(meeting_out)
    meeting_out.add_argument("--meeting", metavar="ID", type=_record_id, required=True)
    meeting_out.add_argument(
        "--internal", action="store_true", help="intern versjon: ta med saker som er unntatt offentlighet"
    )
    meeting_out.add_argument("--out", metavar="FIL.json", type=Path, required=True)
    noark5_out = export_sub.add_parser(
        "noark5", help="arkivuttrekk (Noark 5 v5.0) av et møte med godkjent protokoll, til en ny mappe"
    )
    _db_option(noark5_out)
    noark5_out.add_argument("--meeting", metavar="ID", type=_record_id, required=True)
    noark5_out.add_argument("--out", metavar="MAPPE", type=Path, required=True, help="en ny eller tom mappe")
    attendance_out = export_sub.add_parser("attendance", help="oppmøtet i et år, til Excel")
    _db_option(attendance_out)
    attendance_out.add_argument("--year", metavar="ÅR", type=int, required=True)
    attendance_out.add_argument("--body", metavar="ID", type=_record_id, help="bare dette organet")
    attendance_out.add_argument("--out", metavar="FIL.xlsx", type=Path, required=True)
    year_out = export_sub.add_parser(
        "year", help="årsmeldingen for et år (møter, oppmøte, saker, konklusjoner, oppfølging), til Word eller Excel"
    )
    _db_option(year_out)
    year_out.add_argument("--year", metavar="ÅR", type=int, required=True)
    year_out.add_argument("--body", metavar="ID", type=_record_id, help="bare dette organet")
    year_out.add_argument("--out", metavar="FIL.docx|FIL.xlsx|FIL.pdf", type=Path, required=True)
    follow_out = export_sub.add_parser("follow-ups", help="oppfølgingslisten, filtrert som i programmet, til Excel")
    _db_option(follow_out)
    follow_out.add_argument("--body", metavar="ID", type=_record_id, help="bare dette organet")
    follow_out.add_argument(
        "--status", choices=("open", "done", "overdue"), help="bare åpne (forfalte med), utførte eller forfalte"
    )
    follow_out.add_argument("--out", metavar="FIL.xlsx", type=Path, required=True)
    person_attendance = export_sub.add_parser(
        "attendance-person", help="oppmøtet per person i en periode (grunnlag for møtegodtgjørelse), til Excel"
    )
    _db_option(person_attendance)
    person_attendance.add_argument("--from", dest="start", metavar="ÅÅÅÅ-MM-DD", type=_day, required=True)
    person_attendance.add_argument("--to", dest="end", metavar="ÅÅÅÅ-MM-DD", type=_day, required=True)
    person_attendance.add_argument("--body", metavar="ID", type=_record_id, help="bare dette organet")
    person_attendance.add_argument("--out", metavar="FIL.xlsx", type=Path, required=True)
    person_out = export_sub.add_parser(
        "person", help="alt hfdesk har lagret om en person (innsyn), til Excel"
    )
    _db_option(person_out)
    person_out.add_argument("--person", metavar="ID", type=_record_id, required=True)
    person_out.add_argument("--out", metavar="FIL.xlsx", type=Path, required=True)
    person_out.add_argument("--json", action="store_true", help="skriv JSON (for skript)")

    backup = sub.add_parser("backup", help="en kontrollert sikkerhetskopi av databasen til en ny fil")
    _db_option(backup)
    backup.add_argument("--out", metavar="FIL", type=Path, required=True)

    imp = sub.add_parser("import", help="les inn lister fra fil")
    imp_sub = imp.add_subparsers(dest="what", parser_class=_Parser, metavar="HVA", required=True)
    roster_in = imp_sub.add_parser("roster", help="medlemsliste fra Excel (alt eller ingenting)")
    _db_option(roster_in)
    roster_in.add_argument("file", metavar="FIL.xlsx", type=Path)
    roster_in.add_argument("--body", metavar="ID", type=_record_id, help="legg alle arkene inn i dette organet")
    roster_in.add_argument("--dry-run", action="store_true", help="kontroller bare; skriv ingenting")
    roster_in.add_argument("--json", action="store_true", help="skriv JSON (for skript)")
    meeting_in = imp_sub.add_parser("meeting", help="et møte fra JSON (formatet hfdesk-meeting, alt eller ingenting)")
    _db_option(meeting_in)
    meeting_in.add_argument("file", metavar="FIL.json", type=Path)
    meeting_in.add_argument("--body", metavar="ID", type=_record_id, help="les møtet inn i dette organet")
    meeting_in.add_argument(
        "--replace", action="store_true", help="erstatt møtet om det alt finnes (ikke med godkjent referat)"
    )
    meeting_in.add_argument("--json", action="store_true", help="skriv JSON (for skript)")
    return parser


@contextmanager
def _open(args: argparse.Namespace, *, read_only: bool = True) -> Iterator[Database]:
    """The database the command names; never created by a command that reads it."""
    from .db import open_database
    from .paths import default_database_path

    path = getattr(args, "sub_db", None) or args.db or default_database_path()
    if isinstance(path, str) and args.command == "check":
        read_only = False  # `check` makes or upgrades a shared database's tables (README: run as its owner)
    database = open_database(path, create=False, read_only=read_only)
    try:
        yield database
    finally:
        database.close()


@contextmanager
def _database_to_import_into(args: argparse.Namespace) -> Iterator[Database]:
    """The database a command writes to, after a checked backup of it (as the app takes at
    start); for a dry run, a private scratch copy of it, so the file's bytes stay as they were
    (nothing is opened for writing, not even to upgrade an older file)."""
    import tempfile

    from .backup import REASON_BEFORE_IMPORT, make_backup
    from .db import inspect_file, open_database
    from .errors import DatabaseMissing
    from .paths import default_database_path
    from .pgdb import is_url

    target = getattr(args, "sub_db", None) or args.db or default_database_path()
    if isinstance(target, str) and is_url(target):
        # A shared database: its backups are the server's (pg_dump); a dry run is a transaction
        # rolled back at its end, so nothing reaches the colleagues.
        with _open(args, read_only=False) as database:
            yield database.rehearsal() if args.dry_run else database
        return
    path = Path(target)
    if not path.is_file():
        raise DatabaseMissing("database.missing", path=path)
    if not args.dry_run:
        with _open(args, read_only=False) as database:
            make_backup(path, reason=REASON_BEFORE_IMPORT)
            yield database
        return
    inspect_file(path, empty_is_new=False)  # refuse what open_database would refuse, reading only
    scratch = Path(tempfile.mkdtemp(prefix="hfdesk-prove-"))
    try:
        copy = make_backup(path, scratch, reason=REASON_BEFORE_IMPORT, force=True, prune=False)
        assert copy is not None  # forced
        database = open_database(copy, create=False)
        try:
            yield database
        finally:
            database.close()
    finally:
        _remove_scratch(scratch)


def _unreadable_database(args: argparse.Namespace, exc: BaseException) -> HfdeskError | None:
    """A damaged or foreign database found while a command read it (see db.unreadable_content)."""
    if args.command in (None, "demo"):
        return None
    from .db import unreadable_content
    from .paths import default_database_path

    target = getattr(args, "sub_db", None) or args.db or default_database_path()
    if isinstance(target, str):  # a shared database: the server's errors are known errors already
        return None
    return unreadable_content(exc, Path(target))


def _remove_scratch(folder: Path) -> None:
    """The dry run's private copy of the register goes, even if a virus scanner holds it a moment
    (Windows); one that still cannot go is named, so it is not left behind unseen."""
    import shutil
    import time

    for attempt in range(10):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            return
        time.sleep(0.2 * (attempt + 1))
    print("hfdesk: " + _say("cli.temp_copy_left", folder=folder), file=sys.stderr)


def _say(code: str, **params: object) -> str:
    """A line for the user in the messages' language (hfdesk.messages)."""
    from .messages import render

    return render(code, **params)


def _iso(dt: datetime) -> str:
    """ISO 8601 with the Norwegian UTC offset of that day (times are stored as Oslo wall time)."""
    from zoneinfo import ZoneInfo

    return dt.replace(tzinfo=ZoneInfo("Europe/Oslo")).isoformat()


def _print(rows: list[dict[str, Any]], as_json: bool, columns: list[str]) -> None:
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        print("\t".join("" if row[c] is None else str(row[c]) for c in columns))


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _cmd_demo(args: argparse.Namespace) -> int:
    from .demo import build_demo

    from .errors import InvalidInput
    from .pgdb import display_url, is_url

    target = args.file if args.file is not None else args.db
    if target is None:
        raise InvalidInput("cli.demo_needs_target")
    build_demo(target, today=args.today)
    print(_say("cli.demo_written", path=display_url(target) if is_url(target) else target))
    return EXIT_OK


def _cmd_bodies(args: argparse.Namespace) -> int:
    from .services.queries import list_bodies

    with _open(args) as database, database.session() as session:
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
    _print(rows, args.json, ["id", "short_name", "level", "name"])
    return EXIT_OK


def _cmd_meetings(args: argparse.Namespace) -> int:
    from .services.queries import list_meetings

    with _open(args) as database, database.session() as session:
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
    _print(rows, args.json, ["id", "starts_at", "body_name", "status", "item_count"])
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from .messages import render
    from .services.composition import check_all
    from .services.queries import list_bodies

    with _open(args) as database, database.session() as session:
        if database.is_shared and not args.json:  # connected, at our revision (open checked it)
            from .migrations import HEAD_REVISION

            print(render("cli.check_server", url=database.url, revision=HEAD_REVISION))
        breaches = check_all(session)
        rows = [
            {
                "body_id": b.id,
                "body_name": b.name,
                "breaches": [{"code": x.code, "message": x.message} for x in breaches.get(b.id, [])],
            }
            for b in list_bodies(session)
        ]
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            found = row["breaches"]
            print(render("cli.check_body", body=row["body_name"], count=len(found)) if found
                  else render("cli.check_body_fine", body=row["body_name"]))
            for breach in found:
                print(f"  [{breach['code']}] {breach['message']}")
    return EXIT_OK


def _require_body(session: Any, body_id: int | None) -> None:
    if body_id is not None:
        from .models import Body
        from .services.common import get_or_fail

        get_or_fail(session, Body, body_id)


def _write_document(session: Any, out: Path, write: Any, *, name: str) -> None:
    """A Word document at `out`, or a PDF/A made from it when `out` ends in .pdf (the .docx
    then lives in a temporary folder only; see hfdesk/exports/pdf.py). Without LibreOffice or
    Word the .docx is written beside the .pdf's name and the command says so (exit 2)."""
    if out.suffix.lower() != ".pdf":
        write(out)
        return
    from .errors import CannotWrite
    from .exports import pdf
    from .services.settings import partnership_name

    if pdf.find_converter() is None:  # the user is told, and still gets the Word document
        word = out.with_suffix(".docx")
        number = 2
        while word.exists():  # never over a file the user did not name
            word = out.with_name(f"{out.stem} ({number}).docx")
            number += 1
        write(word)
        raise CannotWrite("pdf.no_converter_word_written", name=out.name, word=word)
    pdf.export_pdf(write, out, author=partnership_name(session), name=name)


def _cmd_export(args: argparse.Namespace) -> int:
    with _open(args) as database, database.session() as session:
        if args.what == "roster":
            from .exports.roster import export_roster

            _require_body(session, args.body)
            export_roster(session, args.out, body_id=args.body)
            print(_say("cli.roster_written", path=args.out))
        elif args.what == "notice":
            from .exports.notice import export_notice

            _write_document(
                session, args.out, lambda path: export_notice(
                    session, args.meeting, path, lang=args.lang, public=args.public
                ), name="innkalling"
            )
            print(_say("cli.notice_written", path=args.out))
        elif args.what == "minutes":
            from .exports.minutes import export_minutes

            _write_document(
                session, args.out, lambda path: export_minutes(
                    session, args.meeting, path, public=args.public, lang=args.lang, template=args.template
                ), name="referat"
            )
            print(_say("cli.public_minutes_written" if args.public else "cli.minutes_written", path=args.out))
        elif args.what == "mail":
            from .exports.mail import meeting_draft

            mail = meeting_draft(
                session, args.meeting, args.kind, args.out,
                public=args.public, include_exempt=args.include_exempt, lang=args.lang,
            )
            to, cc = mail.message.get_all("To", []), mail.message.get_all("Cc", [])
            count = (lambda headers: sum(len(h.addresses) for h in headers))
            print(_say("cli.mail_written", path=args.out, to=count(to), cc=count(cc)))
            if mail.without_address:
                print(_say("cli.mail_without_address", names=", ".join(mail.without_address)))
            if mail.guests:
                print(_say("cli.mail_guests", names=", ".join(mail.guests)))
            if mail.exempt_left_out:
                print(_say("cli.mail_exempt_left_out", numbers=", ".join(mail.exempt_left_out)))
        elif args.what == "meeting":
            from .exports.meeting_json import export_meeting_json

            export_meeting_json(session, args.meeting, args.out, internal=args.internal)
            print(_say("cli.internal_meeting_written" if args.internal else "cli.meeting_written", path=args.out))
        elif args.what == "noark5":
            from .exports.noark5 import export_noark5

            result = export_noark5(session, args.meeting, args.out)
            for warning in result.warnings:
                print("hfdesk: " + _say("cli.noark5_warning", text=warning), file=sys.stderr)
            print(_say("cli.noark5_written", count=result.documents, path=args.out))
        elif args.what == "attendance":
            from .exports.attendance import export_attendance

            _require_body(session, args.body)
            export_attendance(session, args.year, args.out, body_id=args.body)
            print(_say("cli.attendance_written", year=args.year, path=args.out))
        elif args.what == "year":
            from .exports.year import export_year

            _require_body(session, args.body)
            _write_document(
                session, args.out, lambda path: export_year(session, args.year, path, body_id=args.body),
                name="arsmelding",
            )
            print(_say("cli.year_written", year=args.year, path=args.out))
        elif args.what == "follow-ups":
            from .exports.follow_ups import export_follow_ups

            _require_body(session, args.body)
            count = export_follow_ups(session, args.out, body_id=args.body, status=args.status)
            print(_say("cli.follow_ups_written", count=count, path=args.out))
        elif args.what == "attendance-person":
            from .exports.attendance_person import export_attendance_person

            _require_body(session, args.body)
            count = export_attendance_person(session, args.start, args.end, args.out, body_id=args.body)
            print(_say("cli.attendance_person_written", count=count, path=args.out))
        elif args.what == "person":
            from .exports.person_data import export_person_data

            written = export_person_data(session, args.person, args.out)
            if args.json:
                _print_json(
                    {"person_id": args.person, "path": str(written.path), "sheets": written.rows}
                )
            else:
                print(_say("cli.person_written", path=args.out))
        else:
            from .exports.ics import CANCEL, calendar_method, write_calendar
            from .services.meeting_record import load_meeting_record

            record = load_meeting_record(session, args.meeting)
            write_calendar(record, args.out)
            method = calendar_method(record)
            if method == CANCEL:
                print(_say("cli.ics_cancel_written", path=args.out))
            elif method is None:
                print(_say("cli.ics_entry_written", path=args.out))
            else:
                print(_say("cli.ics_written", path=args.out))
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    if args.what == "meeting":
        return _import_meeting(args)
    from .imports.roster import import_roster, read_roster

    preview = read_roster(args.file)
    with _database_to_import_into(args) as database:
        with database.transaction() as session:
            _require_body(session, args.body)
            result = import_roster(session, preview, body_id=args.body, dry_run=args.dry_run)
    if args.json:
        _print_json({**result.as_json(), "notes": [note.as_json() for note in preview.notes]})
    else:
        print(_say(
            "cli.roster_checked" if args.dry_run else "cli.roster_imported",
            added=result.people_added, matched=result.people_matched, memberships=result.memberships_added,
        ))
        for note in preview.notes:
            print(f"  {note.sheet}: {note.message}")
        for error in result.errors:
            print("  " + _say("cli.import_row_error", sheet=error.sheet, row=error.row, message=error.message))
    if result.errors:
        print("hfdesk: " + _say("cli.import_refused", count=len(result.errors), file=args.file.name), file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _import_meeting(args: argparse.Namespace) -> int:
    from .imports.meeting import import_meeting, read_meeting_file

    document = read_meeting_file(args.file)
    args.dry_run = False
    with _database_to_import_into(args) as database:
        with database.transaction() as session:
            result = import_meeting(session, document, body_id=args.body, replace=args.replace)
    if args.json:
        _print_json(result.as_json())
    else:
        print(_say(
            "cli.meeting_replaced" if result.replaced else "cli.meeting_imported",
            id=result.meeting_id, items=result.items,
        ))
        for person in result.people_created:
            print("  " + _say("cli.new_person", name=person["name"], id=person["id"]))
        for note in result.notes:
            print(f"  {note}")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from .backup import backup_command
    from .paths import default_database_path

    db = getattr(args, "sub_db", None) or args.db or default_database_path()
    written = backup_command(db, args.out)
    print(_say("cli.backup_written", path=written))
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    from .ui.platform_check import platform_problem

    problem = platform_problem()  # Qt would abort the process (exit 134) with a paragraph
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    from .ui.app import run_gui

    return run_gui(args.db)


COMMANDS = {
    "demo": _cmd_demo,
    "bodies": _cmd_bodies,
    "meetings": _cmd_meetings,
    "check": _cmd_check,
    "export": _cmd_export,
    "import": _cmd_import,
    "backup": _cmd_backup,
}


def _message_language() -> str:
    """The language of the messages: the one chosen in the app's settings, else the system
    locale's, else bokmål (services.settings.message_language); bokmål if even that fails."""
    try:
        from .services.user_settings import message_language

        return message_language()
    except Exception:  # noqa: BLE001 - the language must never stop a command
        return "nb"


def main(argv: Sequence[str] | None = None) -> int:
    from .messages import set_language

    args = build_parser().parse_args(argv)
    handler = COMMANDS.get(args.command, _cmd_gui)
    language_before = set_language(_message_language()) if args.command in COMMANDS else None
    try:
        return _run(handler, args)
    finally:
        if language_before is not None:
            set_language(language_before)  # an in-process caller (a test) gets its own back


def _run(handler: Any, args: argparse.Namespace) -> int:
    from .messages import render

    try:
        return int(handler(args))
    except HfdeskError as exc:
        print(f"hfdesk: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`hfdesk meetings | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        log = write_bug_log(*sys.exc_info(), where="cli")  # type: ignore[arg-type]
        known = _unreadable_database(args, exc)
        if known is not None:  # the file's content, not our code: the user can do something about it
            print(f"hfdesk: {known}", file=sys.stderr)
            return EXIT_BAD_INPUT
        where = " " + render("cli.details_logged", log=log) if log else ""
        first_line = (str(exc).strip().splitlines() or [""])[0]
        unexpected = render("cli.unexpected", kind=type(exc).__name__, detail=first_line)
        print(f"hfdesk: {unexpected}{where}", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
