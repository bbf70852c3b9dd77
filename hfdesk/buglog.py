"""The one log of hfdesk, shared by the command line and the app.

A user never sees a traceback; it goes here, to ``hfdesk-feil.log`` in the data folder,
for support. The log rotates (1 MB, five older files: ``hfdesk-feil.log.1`` ... ``.5``), so
it never fills a disk.

What it holds, and what it does not: the time, hfdesk's, Python's and SQLite's versions,
where the error happened, the exception's type and the stack (file, line, function and
the line of code), and events such as a backup made. It does not hold what the user
typed or imported: the engine hides statement parameters (`hfdesk.db`), and the
exception messages written here are scrubbed (`scrub`): quoted text («…», '…', "…"),
e-mail addresses and long numbers are replaced, and the home folder (often the user's
name) becomes ``~``. Nothing logs cell contents or names on purpose either.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import re
import sqlite3
import traceback
from pathlib import Path
from types import TracebackType

from . import __version__
from .paths import data_dir

BUG_LOG_NAME = "hfdesk-feil.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
LOGGER_NAME = "hfdesk"

_QUOTED = re.compile(r"«[^»\n]*»|'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_NUMBER = re.compile(r"\+?\d[\d ]{4,}\d")


class _Handler(logging.handlers.RotatingFileHandler):
    """The handler hfdesk attached (found by its class, moved with the data folder). Its files
    are readable by their owner only, like the database and the backups: even scrubbed, a
    traceback tells what someone was doing."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # a log an older hfdesk left readable to all
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def log_path() -> Path:
    return data_dir() / BUG_LOG_NAME


def _private_paths(text: str) -> str:
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
    return text


def scrub(text: str) -> str:
    """`text` with what could be personal data replaced: quoted text, e-mail addresses,
    numbers of five digits or more (phone numbers, national identity numbers), home folder."""
    text = _private_paths(text)
    text = _QUOTED.sub(lambda m: m.group(0)[0] + "…" + m.group(0)[-1], text)
    text = _EMAIL.sub("<e-post>", text)
    return _NUMBER.sub("<tall>", text)


def setup_logging() -> Path | None:
    """Attach the rotating log in the current data folder to the ``hfdesk`` logger (once;
    again if the data folder moved). Returns the log's path, or None when the folder
    cannot be written (then nothing is logged, and nothing fails)."""
    logger = logging.getLogger(LOGGER_NAME)
    path = log_path()
    for handler in list(logger.handlers):
        if isinstance(handler, _Handler):
            if Path(handler.baseFilename) == path.absolute():
                return path
            logger.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _Handler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    return path


def get_logger(name: str = LOGGER_NAME) -> logging.Logger:
    """A logger under ``hfdesk`` that writes to the rotating log."""
    setup_logging()
    return logging.getLogger(name)


def _format_exception(exc: BaseException, seen: set[int] | None = None) -> list[str]:
    """A traceback like Python's, with the messages scrubbed and the home folder hidden."""
    seen = seen if seen is not None else set()
    seen.add(id(exc))
    lines: list[str] = []
    cause, context = exc.__cause__, exc.__context__
    if cause is not None and id(cause) not in seen:
        lines += _format_exception(cause, seen)
        lines.append("\nThe above exception was the direct cause of the following exception:\n\n")
    elif context is not None and not exc.__suppress_context__ and id(context) not in seen:
        lines += _format_exception(context, seen)
        lines.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    if exc.__traceback__ is not None:
        lines.append("Traceback (most recent call last):\n")
        for frame in traceback.extract_tb(exc.__traceback__):
            lines.append(f'  File "{_private_paths(frame.filename)}", line {frame.lineno}, in {frame.name}\n')
            if frame.line:
                lines.append(f"    {frame.line.strip()}\n")
    lines += [scrub(line) for line in traceback.format_exception_only(type(exc), exc)]
    return lines


def write_bug_log(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *, where: str,
    level: int = logging.ERROR,
) -> Path | None:
    """Log an unexpected error (a bug) with its traceback; the log's path, None when that fails.
    `level` WARNING: an error the user was told of as their input's, which could be ours."""
    try:
        path = setup_logging()
        if path is None:
            return None
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        details = "".join(_format_exception(exc))
        header = (
            f"hfdesk {__version__} ({where}); Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
            f"{platform.system()} {platform.release()}"
        )
        logging.getLogger(LOGGER_NAME).log(level, "%s\n%s", header, details)
        return path if path.exists() else None
    except Exception:  # noqa: BLE001 - the log must never be the thing that fails
        return None


def log_refusal(exc: BaseException, *, where: str) -> None:
    """The traceback behind a file refused in words that name only where in the file it went
    wrong (a catch-all over Python's own errors), in the log as a warning: the same exception
    raised by a bug of ours would tell the user their file is wrong, and support could not
    otherwise tell the two apart. The file's values are scrubbed like every message here."""
    write_bug_log(type(exc), exc, exc.__traceback__, where=where, level=logging.WARNING)


__all__ = ["BUG_LOG_NAME", "get_logger", "log_path", "log_refusal", "scrub", "setup_logging", "write_bug_log"]
