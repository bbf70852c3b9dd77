"""Errors (issue 7, point 7): one plain Norwegian line for what the system raises, and a
rotating log in the data folder that keeps tracebacks but not what the user typed; (issue
16, point 6) every error a code from the catalogue, in bokmål, nynorsk and English."""

from __future__ import annotations

import ast
import errno
import inspect
import logging
import os
import pickle
import re
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

import hfdesk
from hfdesk import buglog, messages
from hfdesk import errors as errors_module
from hfdesk.errors import (
    CANNOT_OPEN,
    DATABASE_DAMAGED,
    DATABASE_LOCKED,
    DISK_ERROR,
    DISK_FULL,
    FILE_IN_USE,
    NETWORK_GONE,
    NO_ACCESS,
    NOT_A_DATABASE,
    NOT_FOUND,
    OUT_OF_MEMORY,
    READ_ONLY,
    UNEXPECTED_ERROR,
    BadFile,
    HfdeskError,
    InvalidInput,
    NotFound,
    describe_error,
)
from hfdesk.messages import MESSAGES, Text, placeholders, render


def _win(code: int, message: str) -> OSError:
    error = OSError(errno.EACCES, message)
    error.winerror = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("error", "line"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), DISK_FULL),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), DISK_FULL),
        (PermissionError(errno.EACCES, "Permission denied"), NO_ACCESS),
        (PermissionError(errno.EPERM, "Operation not permitted"), NO_ACCESS),
        (OSError(errno.EROFS, "Read-only file system"), READ_ONLY),
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), NOT_FOUND),
        (OSError(errno.EIO, "Input/output error"), DISK_ERROR),
        (_win(32, "The process cannot access the file because it is being used by another process"), FILE_IN_USE),
        (_win(112, "There is not enough space on the disk"), DISK_FULL),
        (_win(5, "Access is denied"), NO_ACCESS),
        (_win(19, "The media is write protected"), READ_ONLY),
        (_win(53, "The network path was not found"), NETWORK_GONE),
        (sqlite3.OperationalError("database is locked"), DATABASE_LOCKED),
        (sqlite3.OperationalError("database or disk is full"), DISK_FULL),
        (sqlite3.OperationalError("attempt to write a readonly database"), READ_ONLY),
        (sqlite3.DatabaseError("file is not a database"), NOT_A_DATABASE),
        (sqlite3.DatabaseError("database disk image is malformed"), DATABASE_DAMAGED),
        (sqlite3.OperationalError("disk I/O error"), DISK_ERROR),
        (sqlite3.OperationalError("unable to open database file"), CANNOT_OPEN),
        (MemoryError(), OUT_OF_MEMORY),
        (BadFile("workbook.not_xlsx", name="liste.xlsx"), "«liste.xlsx» er ikke en Excel-arbeidsbok (.xlsx)."),
        (RuntimeError("a bug"), UNEXPECTED_ERROR),
        (sqlite3.OperationalError("no such table: bodies"), UNEXPECTED_ERROR),
    ],
)
def test_describe_error_gives_one_plain_norwegian_line(error, line):
    described = describe_error(error)
    assert described == render(line)  # a code, or the line itself
    assert "\n" not in described and "Traceback" not in described and "Errno" not in described


def test_describe_error_looks_through_sqlalchemy_and_causes():
    wrapped = sa.exc.OperationalError("INSERT INTO areas ...", {}, sqlite3.OperationalError("database is locked"))
    assert describe_error(wrapped) == render(DATABASE_LOCKED)
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("saving failed") from inner
    except RuntimeError as outer:
        assert describe_error(outer) == render(DISK_FULL)


def test_a_real_locked_database_is_described(tmp_path):
    from hfdesk.db import open_database

    path = tmp_path / "låst.sqlite"
    open_database(path).close()
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0.05)
    try:
        with pytest.raises(sqlite3.OperationalError) as info:
            other.execute("BEGIN IMMEDIATE")
        assert describe_error(info.value) == render(DATABASE_LOCKED)
    finally:
        other.close()
        holder.rollback()
        holder.close()


def test_a_real_disk_full_error_from_the_exporter_keeps_its_own_line(tmp_path, monkeypatch):
    """A known error made by hfdesk from an OSError keeps hfdesk's more specific message."""
    from hfdesk.errors import CannotWrite
    from hfdesk.fileio import write_atomically

    def full(fh):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(CannotWrite) as info:
        write_atomically(tmp_path / "ut.xlsx", full)
    assert describe_error(info.value) == str(info.value)
    assert "plass" in describe_error(info.value)


# --- the log ---------------------------------------------------------------------------------


def _raise(message: str) -> BaseException:
    try:
        raise ValueError(message)
    except ValueError as exc:
        return exc


def test_bug_log_lives_in_the_data_folder_and_keeps_the_traceback(_private_data_dir):
    exc = _raise("uventet tilstand")
    path = buglog.write_bug_log(type(exc), exc, exc.__traceback__, where="test")
    assert path == _private_data_dir / "hfdesk-feil.log"
    text = path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "ValueError: uventet tilstand" in text
    assert "test_errors.py" in text and "(test)" in text and "SQLite" in text


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; Windows keeps the data folder per user")
def test_bug_log_is_readable_by_its_owner_only(_private_data_dir):
    """Issue 15, point 9: like the database and the backups (an old world-readable log too)."""
    old = _private_data_dir / "hfdesk-feil.log"
    old.write_text("fra en eldre versjon\n", encoding="utf-8")
    old.chmod(0o644)
    exc = _raise("uventet tilstand")
    path = buglog.write_bug_log(type(exc), exc, exc.__traceback__, where="test")
    assert path == old and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text(encoding="utf-8").startswith("fra en eldre versjon")


def test_bug_log_leaves_out_names_addresses_and_numbers(_private_data_dir):
    exc = _raise("Fant ikke 'Kari Nordmann' <kari.nordmann@voss.kommune.no>, tlf. 98 76 54 32, «Hemmelig sak»")
    path = buglog.write_bug_log(type(exc), exc, exc.__traceback__, where="test")
    text = path.read_text(encoding="utf-8")
    for secret in ("Kari Nordmann", "kari.nordmann", "98 76 54 32", "Hemmelig sak"):
        assert secret not in text
    assert "ValueError: Fant ikke '…'" in text and "<e-post>" in text and "<tall>" in text
    home = str(Path.home())
    assert home == "/" or home not in text


def test_bug_log_includes_the_chain_of_causes_scrubbed(_private_data_dir):
    try:
        try:
            raise KeyError("@".join(("ola", "eksempel.no")))  # not spelled out in the source line
        except KeyError as inner:
            raise RuntimeError("lagring feilet") from inner
    except RuntimeError as exc:
        path = buglog.write_bug_log(type(exc), exc, exc.__traceback__, where="test")
    text = path.read_text(encoding="utf-8")
    assert "KeyError" in text and "direct cause" in text and "RuntimeError: lagring feilet" in text
    assert "ola@eksempel.no" not in text


def test_the_log_rotates_at_one_megabyte_keeping_five(_private_data_dir):
    path = buglog.setup_logging()
    logger = buglog.get_logger("hfdesk.test")
    line = "x" * 1000
    for _ in range(7000):  # about 7 MB
        logger.info(line)
    files = sorted(p.name for p in _private_data_dir.iterdir() if p.name.startswith("hfdesk-feil.log"))
    assert files == ["hfdesk-feil.log"] + [f"hfdesk-feil.log.{i}" for i in range(1, 6)]
    assert all((_private_data_dir / name).stat().st_size <= 1_000_000 + 2000 for name in files)
    assert path == _private_data_dir / "hfdesk-feil.log"


def test_the_log_follows_the_data_folder(tmp_path, monkeypatch):
    first = buglog.setup_logging()
    monkeypatch.setenv("HFDESK_DATA_DIR", str(tmp_path / "annen"))
    second = buglog.setup_logging()
    assert second == tmp_path / "annen" / "hfdesk-feil.log" != first
    handlers = [h for h in logging.getLogger("hfdesk").handlers if isinstance(h, buglog._Handler)]
    assert len(handlers) == 1


def test_an_unwritable_data_folder_loses_the_log_not_the_program(tmp_path, monkeypatch):
    blocker = tmp_path / "fil"
    blocker.write_text("ikke en mappe")
    monkeypatch.setenv("HFDESK_DATA_DIR", str(blocker / "data"))
    exc = _raise("noe")
    assert buglog.write_bug_log(type(exc), exc, exc.__traceback__, where="test") is None


def test_backups_are_logged_by_file_name_only(hf_file, _private_data_dir):
    from hfdesk.backup import make_backup

    buglog.setup_logging()
    made = make_backup(hf_file, reason="automatisk")
    text = (_private_data_dir / "hfdesk-feil.log").read_text(encoding="utf-8")
    assert made.name in text and "INFO hfdesk.backup" in text
    assert "Nordmann" not in text


@pytest.fixture
def hf_file(tmp_path):
    from hfdesk.db import open_database
    from hfdesk.services.register import create_person

    path = tmp_path / "hfdesk.sqlite"
    db = open_database(path)
    with db.transaction() as session:
        create_person(session, "Kari", "Nordmann")
    db.close()
    return path


# --- the message catalogue: every code in bokmål, nynorsk and English (issue 16, point 6) ------

PACKAGE = Path(hfdesk.__file__).resolve().parent


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_code_has_all_three_languages_with_the_same_placeholders(code):
    templates = MESSAGES[code]
    assert set(templates) == {"nb", "nn", "en"}, code
    assert all(templates[lang].strip() for lang in ("nb", "nn", "en")), code
    assert placeholders(templates["nb"]) == placeholders(templates["nn"]) == placeholders(templates["en"]), code


def test_nynorsk_is_not_bokmal_and_english_is_not_norwegian():
    """A catalogue copied across languages would pass the test above: the words that give
    bokmål away must not be in the nynorsk, nor Norwegian in the English."""
    bokmal_only = re.compile(r"\b(ikke|finnes|hva|hvordan|fra|et annet|noe|mappen|filen|saken|sakslisten|velg)\b")
    for code, templates in MESSAGES.items():
        assert not bokmal_only.search(templates["nn"]), (code, templates["nn"])
        assert not re.search(r"\b(ikke|ikkje|finnes|finst|og|er)\b", templates["en"]), (code, templates["en"])


def _module_constants() -> dict[str, set[str]]:
    """Every module-level string constant in hfdesk, by name (MSG_*, DISK_FULL, ...)."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (
                isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            ):
                found.setdefault(node.targets[0].id, set()).add(node.value.value)
    return found


# Where a message's code is not written at the call but passed along: each is checked below.
_CODES_PASSED_ALONG = {
    ("errors.py", "code"),  # HfdeskError(code) and Text(code) themselves
    ("errors.py", "_WINERRORS[winerror]"),
    ("errors.py", "_errno_lines()[error.errno]"),
    ("services/common.py", "_WHAT.get(cls.__name__, cls.__name__)"),
    ("services/common.py", "what"),  # require(text, what): a field code
    ("services/live.py", "reason"),  # rights.deputy_may_stand_in: a Text
    ("services/absence.py", "refusal"),  # rights.deputy_may_stand_in: a Text
    ("services/meetings.py", "f'meeting.status.{status.value}'"),
    ("__main__.py", "code"),  # _say(code, ...): the line rendered for the user; its callers are checked
    ("services/history.py", "code"),  # history.ENTITY_CODES, FIELD_CODES, STATUS_CODES
}


def test_every_error_raised_names_a_code_in_the_catalogue():
    """No message text at a raise site (the old `raise InvalidInput("Møtet …")` form): every
    known error, Text and render call in hfdesk names a code the catalogue has."""
    error_classes = {
        name for name, value in vars(errors_module).items()
        if inspect.isclass(value) and issubclass(value, HfdeskError)
    }
    constants = _module_constants()
    unknown, texts, passed = [], [], set()
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(PACKAGE).as_posix()
        if where == "messages.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            name = node.func.id
            if name not in error_classes and name not in ("Text", "render", "_failed") or not node.args:
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                codes = {arg.value}
            elif isinstance(arg, ast.Name) and arg.id in constants:
                codes = constants[arg.id]
            elif isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id == "Text":
                continue  # _failed(Text(...)): the Text is checked itself
            elif isinstance(arg, ast.JoinedStr) and name != "Text" or isinstance(arg, ast.BinOp):
                texts.append(f"{where}:{node.lineno}: {ast.unparse(arg)[:80]}")
                continue
            else:
                passed.add((where, ast.unparse(arg)))
                continue
            unknown += [f"{where}:{node.lineno}: {code[:80]}" for code in codes if code not in MESSAGES]
    assert not texts, "messages written at the raise site:\n" + "\n".join(texts)
    assert not unknown, "codes missing from hfdesk/messages.py:\n" + "\n".join(unknown)
    assert passed <= _CODES_PASSED_ALONG, passed - _CODES_PASSED_ALONG


def test_the_codes_passed_along_are_in_the_catalogue():
    from hfdesk.models import MeetingStatus
    from hfdesk.services import common

    for what in common._WHAT.values():
        assert what in MESSAGES, what
    for status in MeetingStatus:
        assert f"meeting.status.{status.value}" in MESSAGES, status
    from hfdesk.services import history

    for pair in [*history.ENTITY_CODES.values(), history.UNKNOWN_ENTITY]:
        assert all(code in MESSAGES for code in pair), pair
    assert all(code in MESSAGES for code in [*history.FIELD_CODES.values(), *history.STATUS_CODES.values()])
    assert all(code in MESSAGES for codes in history.VALUE_CODES.values() for code in codes.values())
    table_codes = [code for _needle, code in errors_module._SQLITE_MESSAGES]
    table_codes += [*errors_module._WINERRORS.values(), *errors_module._errno_lines().values()]
    assert all(code in MESSAGES for code in table_codes)
    # require(text, "field.…"): every field named at a call
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "require":
                field = node.args[1]
                assert isinstance(field, ast.Constant) and field.value in MESSAGES, (path, node.lineno)


def test_an_error_renders_in_each_language_and_str_follows_the_current_one():
    error = NotFound("meeting.not_found_id", meeting_id=99)
    assert str(error) == "Møtet med id 99 finnes ikke."
    assert error.render("nn") == "Møtet med id 99 finst ikkje."
    assert error.render("en") == "The meeting with id 99 does not exist."
    assert error.code == "meeting.not_found_id" and error.params == {"meeting_id": 99}
    before = messages.set_language("nn")
    try:
        assert str(error) == "Møtet med id 99 finst ikkje."
        assert describe_error(error) == "Møtet med id 99 finst ikkje."
        assert describe_error(OSError(errno.ENOSPC, "No space left on device")).startswith("Disken er full. Frigjer")
    finally:
        messages.set_language(before)


def test_a_parameter_that_is_a_message_is_rendered_in_the_same_language():
    error = NotFound("record.not_found", what=Text("what.agenda_item"), id=4)
    assert str(error) == "Saken med id 4 finnes ikke."
    assert error.render("nn") == "Saka med id 4 finst ikkje."
    assert error.render("en") == "The case with id 4 does not exist."
    wrapped = InvalidInput("backup.not_made_reason", reason=InvalidInput("error.disk_full"))
    assert wrapped.render("en") == "The backup was not made: " + render(DISK_FULL, "en")


def test_a_known_error_survives_pickling_with_its_parameters():
    error = pickle.loads(pickle.dumps(NotFound("body.not_found_id", body_id=3)))
    assert isinstance(error, NotFound) and error.render("en") == "The body with id 3 does not exist."


def test_the_system_locale_gives_the_message_language():
    names = messages.system_locale_names
    assert messages.language_for_locales(names({"LANG": "nn_NO.UTF-8"})) == "nn"
    assert messages.language_for_locales(names({"LANG": "nb_NO.UTF-8"})) == "nb"
    assert messages.language_for_locales(names({"LANG": "no_NO.UTF-8"})) == "nb"
    assert messages.language_for_locales(names({"LANG": "en_GB.UTF-8"})) == "en"
    assert messages.language_for_locales(names({"LANGUAGE": "nn:en", "LANG": "en_US.UTF-8"})) == "nn"
    assert messages.language_for_locales(names({"LANG": "C.UTF-8"})) == "nb"
    assert messages.language_for_locales(names({})) == "nb"
