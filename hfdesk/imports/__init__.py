"""Reading data in from files the user chooses. Plain Python, no Qt.

Every file from outside is untrusted: `safety.check_xlsx` vets a workbook before any
XML in it is parsed, and every refusal is a `hfdesk.errors.BadFile`.
"""

from .roster import (
    FIELDS,
    ImportResult,
    Progress,
    ReadCancelled,
    RosterPreview,
    RosterRow,
    RowError,
    SheetNote,
    SheetPreview,
    import_roster,
    read_roster,
    remap_columns,
)
from .safety import check_xlsx

__all__ = [
    "FIELDS",
    "ImportResult",
    "Progress",
    "ReadCancelled",
    "RosterPreview",
    "RosterRow",
    "RowError",
    "SheetNote",
    "SheetPreview",
    "check_xlsx",
    "import_roster",
    "read_roster",
    "remap_columns",
]
