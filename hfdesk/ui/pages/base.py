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
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ..ops import Change, Ops


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
        ops.data_changed.connect(self.notice)

    def reload(self) -> None:
        """Read the database and show it (each page its own)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read now, shown or not."""
        self.loaded = True
        self.stale = False
        self.reload()

    def load(self) -> None:
        """Read if never read, or if stale: when shown, or asked for."""
        if not self.loaded or self.stale:
            self.refresh()

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
        self.load()
