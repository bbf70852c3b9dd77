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
