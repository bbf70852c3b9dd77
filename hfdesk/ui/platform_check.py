"""Can Qt open a window here? Asked before the QApplication is made.

When Qt's platform plugin cannot be loaded, Qt prints a paragraph and aborts the process
(exit 134): no Python code runs after it. On Linux that happens on a machine without a
display, and on one that lacks a system library Qt's X11 plugin (xcb) links against, as a
fresh Debian does (libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, ...). `platform_problem`
finds both before Qt tries, by loading the plugin the way Qt would, and says in one line,
in the user's language, what is missing and which packages bring it.

Windows and macOS ship everything the plugin needs with Qt: nothing is checked there.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo

from .i18n import load_translator, resolve_language

CONTEXT = "PlatformCheck"
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "PlatformCheck",
    "hfdesk cannot open its window: there is no display (DISPLAY is not set). "
    "Start hfdesk from the desktop, or use the subcommands (hfdesk --help).",
)
MISSING_LIBRARIES = QT_TRANSLATE_NOOP(
    "PlatformCheck",
    "hfdesk cannot open its window: Qt needs the system libraries {libraries}. "
    "On Debian or Ubuntu: sudo apt install {packages}",
)
PLUGIN_BROKEN = QT_TRANSLATE_NOOP(
    "PlatformCheck", "hfdesk cannot open its window: Qt's display plugin «{plugin}» cannot be loaded ({reason})."
)

# The shared libraries Qt 6's xcb plugin links against that a minimal Debian or Ubuntu may
# lack, and the package of each (Qt for X11 Requirements; checked with ldd on libqxcb.so).
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}

_SONAME = re.compile(r"(lib[\w.+-]+?\.so(?:\.\d+)*)")

Loader = Callable[[Path], None]
Lister = Callable[[Path], list[str]]


def platform_problem(
    environ: Mapping[str, str] | None = None,
    *,
    platform: str | None = None,
    plugin_folder: Path | None = None,
    load: Loader | None = None,
    list_missing: Lister | None = None,
) -> str | None:
    """One line, in the user's language, saying why Qt cannot open a window here; None
    when nothing stands in its way as far as can be told without starting Qt."""
    environ = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return None
    wanted = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if not wanted and environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return None  # Qt tries Wayland first there and falls back to X11 by itself
    if wanted not in ("", "xcb"):
        return None  # offscreen, wayland, vnc ...: the user chose; Qt's own message stands
    if not environ.get("DISPLAY"):
        return _say(NO_DISPLAY)
    folder = plugin_folder or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    plugin = folder / "libqxcb.so"
    if not plugin.is_file():
        return None  # a Qt built another way: let it speak for itself
    try:
        (load or _dlopen)(plugin)
    except OSError as error:
        named = [name for name in _SONAME.findall(str(error)) if name != plugin.name]
        missing = (list_missing or _ldd_missing)(plugin) or named[:1]
        if not missing:
            return _say(PLUGIN_BROKEN, plugin=plugin.name, reason=str(error).strip())
        packages = sorted({DEBIAN_PACKAGES.get(name, name.split(".so")[0]) for name in missing})
        return _say(MISSING_LIBRARIES, libraries=", ".join(missing), packages=" ".join(packages))
    return None


def _say(text: str, **values: str) -> str:
    """`text` in the user's language (no QApplication yet: the catalogue is asked directly)."""
    from .settings import AppSettings

    try:
        language = resolve_language(AppSettings().language())
    except Exception:  # noqa: BLE001 - an unreadable settings file must not hide the real problem
        language = resolve_language(None)
    translator = load_translator(language)
    translated = translator.translate(CONTEXT, text) if translator is not None else ""
    return (translated or text).format(**values)


def _dlopen(plugin: Path) -> None:
    """Load the plugin as Qt would (its Qt libraries are found through its own RPATH)."""
    ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)


def _ldd_missing(plugin: Path) -> list[str]:
    """Every library the plugin needs that the system lacks (dlopen names only the first)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    missing = []
    for line in done.stdout.splitlines():
        name, _, where = line.strip().partition(" => ")
        if where.strip() == "not found" and name not in missing:
            missing.append(name)
    return missing
