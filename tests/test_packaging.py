"""The packaging files agree with the package: cheap checks, no PyInstaller build.

The full build and its smoke test are `python packaging/build.py` (see packaging/README.md).
"""

from __future__ import annotations

import ast
import re
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import hfdesk

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "hfdesk.spec"
ISS = PACKAGING / "hfdesk.iss"
ICON = ROOT / "resources" / "icons" / "hfdesk.ico"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def spec_constant(name: str) -> object:
    """A literal assigned at the top level of the spec (which only PyInstaller can run)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {SPEC.name}")


def iss_text() -> str:
    return ISS.read_text(encoding="utf-8")


def iss_setup(directive: str) -> list[str]:
    """The values of a [Setup] directive (all of them, also inside #if blocks)."""
    return re.findall(rf"^{directive}=(.*)$", iss_text(), re.M | re.I)


def test_spec_ships_every_resource_folder() -> None:
    folders = spec_constant("RESOURCE_FOLDERS")
    assert isinstance(folders, dict)
    on_disk = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()}
    assert set(folders) == on_disk
    for folder, patterns in folders.items():
        found = [f for pattern in patterns for f in (ROOT / "resources" / folder).glob(pattern)]
        assert found, f"resources/{folder}: nothing matches {patterns}"


def test_spec_puts_resources_where_the_wheel_does() -> None:
    # hfdesk.paths.resource_dir() looks beside the package; the wheel and the bundle agree.
    wheel = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert spec_constant("RESOURCE_DEST") == wheel["resources"] == "hfdesk/resources"


def test_spec_keeps_the_babel_locales_hfdesk_formats_dates_in() -> None:
    from hfdesk.dates import LANGUAGES

    kept = spec_constant("BABEL_LANGUAGES")
    assert set(LANGUAGES) <= kept
    assert {"root", "no"} <= kept  # nb and nn inherit from these in CLDR


def test_entry_script_survives_a_windowed_start_without_console_streams() -> None:
    # A windowed Windows exe starts with sys.stdout and sys.stderr set to None.
    probe = (
        "import runpy, sys\n"
        "sys.stdout = sys.stderr = None\n"
        "sys.argv = ['hfdesk', '--version']\n"
        "try:\n"
        f"    runpy.run_path({str(PACKAGING / 'hfdesk_entry.py')!r}, run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "sys.stdout.write('more output')\n"
        "sys.__stdout__.write(f'exit={code} stdout={type(sys.stdout).__name__}')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], check=False, capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "exit=0 stdout=TextIOWrapper"


def test_installer_is_per_user_without_admin_rights() -> None:
    assert iss_setup("PrivilegesRequired") == ["lowest"]
    assert iss_setup("PrivilegesRequiredOverridesAllowed") == []  # no "install for all users"
    assert iss_setup("DefaultDirName") == [r"{userpf}\{#AppName}"]  # %LOCALAPPDATA%\Programs\hfdesk
    text = iss_text()
    # nothing that needs admin rights: machine-wide places, HKLM, file associations
    for forbidden in (
        "{commonpf",
        "{autopf",
        "{commonprograms",
        "{commondesktop",
        "HKLM",
        "ChangesAssociations",
    ):
        assert forbidden not in text, forbidden
    assert re.search(r"^\[Icons\]\s*\nName: \"\{userprograms\}", text, re.M)
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", iss_setup("AppId")[0])


def test_installer_speaks_norwegian_and_english() -> None:
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"', iss_text(), re.M)
    assert languages == [("nb", r"compiler:Languages\Norwegian.isl"), ("en", "compiler:Default.isl")]


def test_versions_agree() -> None:
    default = re.search(r'#ifndef AppVersion\s+#define AppVersion "([^"]+)"', iss_text())
    assert default is not None
    assert default.group(1) == hfdesk.__version__ == PYPROJECT["project"]["version"]


def test_icon_is_a_windows_icon_with_the_usual_sizes() -> None:
    data = ICON.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count > 0
    sizes = set()
    for i in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert offset + length <= len(data)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        sizes.add((width or 256, height or 256))
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
    # the spec and the installer use this file
    assert 'ROOT / "resources" / "icons" / "hfdesk.ico"' in SPEC.read_text(encoding="utf-8")
    assert iss_setup("SetupIconFile") == [r"..\resources\icons\hfdesk.ico"]


def test_package_extra_installs_pyinstaller() -> None:
    assert PYPROJECT["project"]["optional-dependencies"]["package"] == ["pyinstaller>=6"]
