"""Write resources/icons/hfdesk.ico from the app's own icon (hfdesk.ui.main_window.app_icon).

The window icon is drawn in code; Windows wants a file for the .exe, the installer and the
Start menu. This renders the same monogram at the sizes Windows uses and stores each as a
PNG inside one .ico (the PNG-in-ICO form Windows has read since Vista), with Qt alone: no
Pillow needed. Run it again only when app_icon() changes, and commit the result:

    QT_QPA_PLATFORM=offscreen python packaging/make_icon.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON = ROOT / "resources" / "icons" / "hfdesk.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def ico_bytes(frames: list[tuple[int, bytes]]) -> bytes:
    """An ICO file holding PNG frames: (size in pixels, PNG bytes), smallest first."""
    header = struct.pack("<HHH", 0, 1, len(frames))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(frames)
    directory, data = b"", b""
    for size, png in frames:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + directory + data


def render() -> list[tuple[int, bytes]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtWidgets import QApplication

    from hfdesk.ui.main_window import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - QPixmap needs it
    icon = app_icon()
    frames = []
    for size in SIZES:
        image = icon.pixmap(QSize(size, size)).toImage()
        if image.width() != size:
            image = image.scaled(size, size)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"could not encode the {size}px frame as PNG")
        buffer.close()
        frames.append((size, bytes(data.data())))
    return frames


def main() -> int:
    ICON.parent.mkdir(parents=True, exist_ok=True)
    ICON.write_bytes(ico_bytes(render()))
    print(f"wrote {ICON.relative_to(ROOT)} ({ICON.stat().st_size} bytes, sizes {', '.join(map(str, SIZES))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
