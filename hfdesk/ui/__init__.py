"""The Qt desktop interface. Only this package imports Qt."""

from __future__ import annotations

import sys


def keep_none_alive() -> None:
    """Work around PySide 6.12 on Python 3.11: every call of a Qt method that returns nothing
    hands Python a None without taking a reference to it, so None's reference count falls by
    one per call (20,000 calls of QLabel.setText are enough) and Python aborts ("deallocating
    None"). A meeting screen refreshed a few hundred times would take the app down with it.
    Python 3.12 made None immortal, which is what this does by hand: the count is raised so
    far that it cannot reach zero. Harmless, idempotent, and nothing on 3.12+. Called when this
    package is first imported, before any window exists."""
    if sys.version_info >= (3, 12):
        return
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < 1 << 40:
        count.value += 1 << 40


keep_none_alive()
