"""Running service calls from the screens (after Anki's CollectionOp/QueryOp).

Every user action gets its own short session: `Ops.read` for lists and
`Ops.write` for changes (one transaction, committed when the call returns,
rolled back on any error). Known errors (`HfdeskError`, and situations such as a
full disk or a locked file, see `errors.describe`) are shown in one place,
in Norwegian, and never as a traceback; anything else is a bug and propagates.
After a successful write, `data_changed` says what changed, as `Change` flags (after
Anki's OpChanges); each page reads itself again if the flags concern it (`pages/base.py`).

Widgets never open sessions, build queries or commit: they hand a function of a
`Session` to these helpers. SQLite answers the screens' reads in milliseconds, so
the calls run on the GUI thread; a long job (building the demo database) shows a
wait cursor through `busy()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Flag, auto
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.orm import Session

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from ..db import Database
from ..errors import UNEXPECTED_ERROR, ChangedByColleague, HfdeskError, describe
from ..services.versions import stale_error

T = TypeVar("T")


def known_situation(exc: BaseException) -> str | None:
    """A full disk, a locked or read-only file, a damaged database…: one plain line; None for a bug."""
    message = describe(exc)  # in the interface language
    return None if message.code == UNEXPECTED_ERROR else str(message)

class Change(Flag):
    """What a write changed, as carried by Ops.data_changed. A write names every kind it
    touched; a page names the kinds it shows (`LazyPage.stale_on`) and is read again when
    one of them changed."""

    #: Bodies, people, organisations, seats and composition rules.
    REGISTER = auto()
    #: Meetings, their agendas and cases, attendance, proposals, votes and conclusions.
    MEETINGS = auto()
    FOLLOW_UPS = auto()
    #: The notes and the decision text typed in meeting mode: no other screen shows that
    #: text, so no page is read again for it (and the field being typed in never reloads).
    MEETING_TEXT = auto()
    #: The helsefellesskap's name and logo and the Word template: used by the documents,
    #: shown on no page.
    SETTINGS = auto()
    #: Another database file: everything.
    ALL = REGISTER | MEETINGS | FOLLOW_UPS | MEETING_TEXT | SETTINGS


def show_error(parent: QWidget | None, message: str, title: str = "") -> None:
    """The one place a known error reaches the user."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Ops", "hfdesk"))
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor for the length of the block."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class Ops(QObject):
    """The open database as the screens see it, with the app-wide change signal."""

    #: Emitted after a successful write, and when another database is opened (Change.ALL),
    #: with what changed: a `Change`, never empty.
    data_changed = Signal(Change)
    #: Emitted when another database file has been opened.
    database_changed = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database

    @property
    def database(self) -> Database:
        return self._database

    def replace_database(self, database: Database) -> Database:
        """Switch to another open database; returns the previous one (the caller closes it)."""
        previous, self._database = self._database, database
        self.database_changed.emit()
        self.data_changed.emit(Change.ALL)
        return previous

    def read(
        self,
        fn: Callable[[Session], T],
        *,
        parent: QWidget | None = None,
        default: T | None = None,
        quiet: bool = False,
    ) -> T | None:
        """Run `fn` in a fresh read session; a known error is shown and `default` returned.
        `quiet`: a read the user did not ask for (a look at whether colleagues changed
        something) returns `default` without a message: the page's own reading says what is
        wrong, once."""
        try:
            with self._database.session() as session:
                return fn(session)
        except HfdeskError as exc:
            if not quiet:
                show_error(parent, str(exc))
            return default
        except (OSError, DBAPIError) as exc:
            message = known_situation(exc)
            if message is None:
                raise  # a bug: the report dialog and the log
            if not quiet:
                show_error(parent, message)
            return default

    def write(
        self,
        fn: Callable[[Session], T],
        *,
        changed: Change | None = Change.ALL,
        parent: QWidget | None = None,
        on_error: Callable[[str], None] | None = None,
        on_conflict: Callable[[ChangedByColleague], None] | None = None,
    ) -> T | None:
        """Run `fn` in one write transaction, then announce `changed` (what `fn` may have
        changed; everything unless told).

        Returns fn's result, or None when a known error was shown (nothing is saved then).
        A form passes `on_error` to show the message beside its fields instead of in a box.
        `changed=None` announces nothing (a dry run that rolls its own changes back).
        An editor passes `on_conflict` to handle a colleague's change itself (the conflict
        dialog: `dialogs/conflict.py`); without it the change is shown as a message. A row
        changed under the save at the same moment (the ORM's StaleDataError) is the same error.
        """
        try:
            try:
                result = self._database.write(fn)  # on a server, run again when a colleague's aborted it
            except StaleDataError as exc:
                raise stale_error() from exc
        except (HfdeskError, OSError, DBAPIError) as exc:
            if isinstance(exc, ChangedByColleague) and on_conflict is not None:
                on_conflict(exc)
                return None
            message = str(exc) if isinstance(exc, HfdeskError) else known_situation(exc)
            if message is None:
                raise  # a bug: the report dialog and the log; the transaction was rolled back
            if on_error is not None:
                on_error(message)
            else:
                show_error(parent, message)
            return None
        if changed is not None:
            self.data_changed.emit(changed)
        return result
