"""What every page shares: it is read when first shown, and again when shown if it is stale.

Every write announces what it changed as `Change` flags on `Ops.data_changed` (after
Anki's OpChanges). A page says which flags concern it (`stale_on`) and how it reads the
database (`reload`); this base does the rest, the same way for every page:

- the page reads the first time it is shown, or asked for (`load`: the main window builds
  a page when it is first shown or asked for, and reads it then, before its splitters are
  put back; the register's `people`); meeting mode only when shown (READ_WHEN_ASKED);
- a change that concerns it reads it again at once while it is shown, and only marks it
  stale while it is hidden: it reads again when it is shown (or asked for) next, once
  however many changes came in between;
- a page never read ignores changes (its first read sees them); a change that does not
  concern it is ignored.

F5 (`invalidate` of every page) reads the pages shown and marks the others stale.

A colleague's change (another hfdesk on the same shared database or file) announces nothing here:
when a page is shown again, and when the app becomes the active window again, the page shown
compares what it saw when it was read with what is there now, and reads again only when it
differs: on a shared database a fingerprint of the tables it shows (`services.versions.fingerprint`:
one statement), on a file the count of changes someone else made to it (`Database.outside_changes`:
the file's change counter, one read of its header whatever its size).
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QWidget

from ...services import versions
from ..ops import Change, Ops
from ..widgets import lay_out_before_paint

#: The tables whose rows each kind of change concerns (a page's fingerprint covers its `stale_on`).
TABLES: dict[Change, tuple[str, ...]] = {
    Change.REGISTER: ("areas", "organisations", "people", "bodies", "composition_rules", "memberships"),
    Change.MEETINGS: (
        "meetings", "cases", "agenda_items", "agenda_item_priority_groups", "attachments", "attendances",
        "attendance_guest_items", "disqualifications", "proposals", "conclusions", "protocol_entries",
        "vote_rounds", "votes", "minutes_signatures", "meeting_status_changes",
    ),
    Change.FOLLOW_UPS: ("follow_ups",),
}


def tables_for(changes: Change) -> tuple[str, ...]:
    return tuple(sorted({t for change, tables in TABLES.items() if changes & change for t in tables}))


class LazyPage(QWidget):
    """A page (or a tab of one) that reads the database when shown and follows `Change`s."""

    #: Read when asked for (built, or fetched through the main window's property), not only
    #: when shown. Meeting mode says no: its first read opens a meeting.
    READ_WHEN_ASKED: ClassVar[bool] = True

    def __init__(self, ops: Ops, stale_on: Change, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        #: The changes that make what the page shows out of date.
        self.stale_on = stale_on
        #: Read at least once (on this database).
        self.loaded = False
        #: Something the page shows changed while it was hidden.
        self.stale = False
        #: What the tables it shows held when it was read (a colleague's change shows in it).
        self.seen: tuple[int, ...] | None = None
        ops.data_changed.connect(self.notice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    def reload(self) -> None:
        """Read the database and show it (each page its own)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read now, shown or not."""
        self.loaded = True
        self.stale = False
        self.seen = self.fingerprint()
        self.reload()

    def load(self) -> None:
        """Read if never read, or if stale: when shown, or asked for."""
        if not self.loaded or self.stale:
            self.refresh()

    def fingerprint(self) -> tuple[int, ...] | None:
        """What tells a colleague's change: on a file, how often someone else changed the file
        (`Database.outside_changes`, one read of its header: the same on a file of any size); on a
        shared database, a fingerprint of the tables the page shows (one statement)."""
        tables = tables_for(self.stale_on)
        if not tables:
            return None
        outside = self._ops.database.outside_changes()
        if outside is not None:
            return (outside,)
        return self._ops.read(lambda s: versions.fingerprint(s, tables), parent=self, quiet=True)

    def check_for_colleagues(self) -> bool:
        """Read again if what the page shows changed in the database since it was read (a
        colleague's change); True when it did."""
        if not self.loaded or self.seen is None:
            return False
        now = self.fingerprint()
        if now is None or now == self.seen:
            return False
        self.refresh()
        return True

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        """The app is the active window again: the page shown catches up with colleagues."""
        if state == Qt.ApplicationState.ApplicationActive and self.isVisible():
            self.check_for_colleagues()

    def invalidate(self) -> None:
        """What the page shows may be out of date: read at once if it is shown, else when it is
        shown next. A page never read stays so."""
        if not self.loaded:
            return
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def notice(self, changes: Change) -> None:
        """Ops.data_changed: invalidate when the change concerns this page."""
        if changes & self.stale_on:
            self.invalidate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded or self.stale:
            self.load()
        else:
            self.check_for_colleagues()
        lay_out_before_paint(self)  # painted once, as it stays
