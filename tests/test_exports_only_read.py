"""Issue 16, point 4: exports never write the database; every setting is written in
services/settings.py. Checked in the source, where a write would be: a session's add, delete,
merge, flush or commit, or a setting set, in any module of hfdesk/exports."""

from __future__ import annotations

import ast
from pathlib import Path

EXPORTS = Path(__file__).resolve().parent.parent / "hfdesk" / "exports"
SETTING_WRITES = {"set_setting", "choose_template", "set_partnership_name", "set_partnership_logo"}
WRITES = {"add", "add_all", "delete", "merge", "flush", "commit"} | SETTING_WRITES
SESSIONS = {"session", "s"}  # how a session is named throughout hfdesk


def test_no_export_module_writes_to_the_database():
    found = []
    for module in sorted(EXPORTS.glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Attribute):
                receiver = func.value
                on_session = (isinstance(receiver, ast.Name) and receiver.id in SESSIONS) or (
                    isinstance(receiver, ast.Attribute) and receiver.attr in SESSIONS)
                if func.attr in WRITES and (on_session or func.attr in SETTING_WRITES):
                    found.append(f"{module.name}:{node.lineno} {func.attr}")
            elif isinstance(func, ast.Name) and func.id in SETTING_WRITES:
                found.append(f"{module.name}:{node.lineno} {func.id}")
    assert found == []


def test_the_template_choice_is_a_setting_of_the_settings_service():
    from hfdesk.exports import docx_common
    from hfdesk.services import settings

    assert callable(settings.choose_template) and not hasattr(docx_common, "choose_template")
