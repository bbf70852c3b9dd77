"""The one log of unexpected errors (bugs), shared by the command line and the app.

A user never sees a traceback; it goes here, in the data folder, for support.
"""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from . import __version__
from .paths import data_dir

BUG_LOG_NAME = "hfdesk-feil.log"


def write_bug_log(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *, where: str
) -> Path | None:
    """Append the traceback to hfdesk-feil.log in the data folder; None when that fails."""
    try:
        log = data_dir() / BUG_LOG_NAME
        log.parent.mkdir(parents=True, exist_ok=True)
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat()} hfdesk {__version__} ({where})\n{details}\n")
        return log
    except OSError:
        return None
