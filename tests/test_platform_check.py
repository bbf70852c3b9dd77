"""When Qt cannot open a window (no display, a system library missing), `hfdesk` says so in
one line and exits 2, instead of Qt aborting the process with a paragraph (exit 134)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hfdesk.ui.platform_check import DEBIAN_PACKAGES, platform_problem

X11 = {"DISPLAY": ":0"}


@pytest.fixture
def plugins(tmp_path: Path) -> Path:
    folder = tmp_path / "platforms"
    folder.mkdir()
    (folder / "libqxcb.so").write_bytes(b"not a library")
    return folder


def _missing(*names: str):
    def load(plugin: Path) -> None:
        raise OSError(f"{names[0]}: cannot open shared object file: No such file or directory")

    return load


def test_the_missing_libraries_and_their_packages_are_named(plugins):
    problem = platform_problem(
        X11, platform="linux", plugin_folder=plugins, load=_missing("libxcb-cursor.so.0"),
        list_missing=lambda plugin: ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"],
    )
    assert problem is not None and "\n" not in problem
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1" in problem
    assert problem.endswith("sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")


def test_without_ldd_the_loader_s_own_message_names_the_first(plugins):
    problem = platform_problem(
        X11, platform="linux", plugin_folder=plugins, load=_missing("libxcb-icccm.so.4"), list_missing=lambda p: []
    )
    assert problem is not None and "libxcb-icccm.so.4" in problem and "apt install libxcb-icccm4" in problem


def test_a_plugin_that_is_no_library_is_reported_with_the_loader_s_reason(plugins):
    """The real loader on a damaged plugin file: named, with the reason, not mistaken for a missing library."""
    problem = platform_problem(X11, platform="linux", plugin_folder=plugins)
    assert problem is not None and "libqxcb.so" in problem and "apt install" not in problem


def test_nothing_is_reported_where_qt_will_manage(plugins):
    loads: list[Path] = []
    assert platform_problem(X11, platform="linux", plugin_folder=plugins, load=loads.append) is None
    assert loads == [plugins / "libqxcb.so"]
    for environ in ({"QT_QPA_PLATFORM": "offscreen"}, {"QT_QPA_PLATFORM": "wayland"},
                    {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}):
        assert platform_problem(environ, platform="linux", plugin_folder=plugins, load=_missing("x.so.1")) is None
    assert platform_problem({}, platform="win32") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin exists on Linux only")
def test_every_library_of_the_real_xcb_plugin_has_its_package():
    """The table covers what Qt's xcb plugin (as installed with PySide6) and its Qt library
    link against beyond glibc and Qt itself, so a missing one is never named without its package."""
    from PySide6.QtCore import QLibraryInfo

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    qpa = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath)) / "libQt6XcbQpa.so.6"
    names = set()
    for library in (plugin, qpa):
        dump = subprocess.run(["objdump", "-p", str(library)], capture_output=True, text=True, check=True).stdout
        names |= {line.split()[1] for line in dump.splitlines() if line.strip().startswith("NEEDED")}
    runtime = ("libQt6", "libc.", "libm.", "libstdc++", "libgcc_s", "libpthread", "libdl.", "librt.")
    system = sorted(name for name in names if not name.startswith(runtime))
    assert "libxcb-cursor.so.0" in system
    assert [name for name in system if name not in DEBIAN_PACKAGES] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Windows and macOS always have a display")
def test_hfdesk_without_a_display_exits_2_with_one_line_and_writes_nothing(tmp_path):
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    environ["LANGUAGE"] = "nn"
    environ["LC_ALL"] = "nn_NO.UTF-8"
    target = tmp_path / "ny.sqlite"
    done = subprocess.run([sys.executable, "-m", "hfdesk", "--db", str(target)], capture_output=True, text=True,
                          env=environ, timeout=120, check=False)
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith("hfdesk kan ikkje opne vindauget sitt: det finst ingen skjerm")
    assert not target.exists()
