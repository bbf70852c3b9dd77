"""The layering the interface relies on, checked on the source text."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "hfdesk"
UI = PACKAGE / "ui"


def _sources(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def test_only_the_ui_package_imports_qt():
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in _sources(PACKAGE)
        if UI not in p.parents and re.search(r"^\s*(from|import)\s+PySide6", p.read_text(), re.MULTILINE)
    ]
    assert not offenders


def test_widgets_never_open_sessions_build_sql_or_commit():
    forbidden = re.compile(
        r"Session\(|sessionmaker|\.commit\(\)|\bsa\.select\b|from sqlalchemy import\b|\.execute\("
    )
    offenders = {
        str(p.relative_to(PACKAGE)): forbidden.findall(p.read_text())
        for p in _sources(UI)
        if forbidden.search(p.read_text())
    }
    assert not offenders


def test_sessions_are_opened_only_in_ops():
    opened = [
        str(p.relative_to(PACKAGE))
        for p in _sources(UI)
        if re.search(r"\.(session|transaction)\(\)", p.read_text())
    ]
    assert opened == ["ui/ops.py"]


def test_starting_the_app_imports_no_document_or_migration_library():
    """Startup speed (issue 9): python-docx, openpyxl, icalendar and alembic load only when a
    file is written or a schema upgraded, not to show the window on a current database."""
    import subprocess
    import sys

    code = (
        "import sys, hfdesk.ui.app, hfdesk.ui.main_window; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'docx', 'openpyxl', 'icalendar', 'alembic'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
