"""Where hfdesk keeps its data and finds its resources."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path, PureWindowsPath

import platformdirs

from . import APP_NAME

DATABASE_FILENAME = "hfdesk.sqlite"


def data_dir() -> Path:
    """The per-user data folder (on Windows %LOCALAPPDATA%\\hfdesk), or $HFDESK_DATA_DIR."""
    override = os.environ.get("HFDESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILENAME


def backup_dir_for(database: Path) -> Path:
    """Backups live in a folder beside the database they copy."""
    return database.parent / "backups"


def resource_dir() -> Path:
    """`resources/`: inside the installed package, or at the root of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("hfdesk resources folder not found")


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


# --- where a database should not live ------------------------------------------------------
#
# A SQLite file is only as safe as the file system's locks and the order its writes reach
# the disk. A network share (SMB/NFS) gets both wrong often enough that SQLite's own
# documentation warns against it, and a folder synced by OneDrive, Dropbox, Google Drive or
# iCloud copies the file (or a stale journal) while it is being written and makes conflict
# copies. location_warning() says so before the user keeps meetings there; it is a warning,
# not a refusal: the file opens if the user goes on.

# Folder names the sync clients create, matched case-insensitively on a whole path part
# (OneDrive also as a prefix: "OneDrive - Helse Bergen", "OneDrive – Personal").
_CLOUD_FOLDERS = {
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "min disk": "Google Drive",
    "icloud drive": "iCloud",
    "iclouddrive": "iCloud",
    "com~apple~clouddocs": "iCloud",
    "mobile documents": "iCloud",
    "box": "Box",
    "box sync": "Box",
}
# Environment variables Windows sets to the OneDrive folders.
_ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
# File systems on the other side of a network (Linux /proc/self/mounts).
_NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "davfs", "fuse.davfs", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse",
})
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive

MSG_NETWORK = (
    "«{folder}» ligger på en nettverksstasjon. Over nettverket kan ikke databasen låses sikkert, så et "
    "brudd i forbindelsen eller to som skriver samtidig kan skade den. Legg databasen i en lokal mappe "
    "(for eksempel standardmappen); sikkerhetskopier kan gjerne kopieres til nettverket."
)
MSG_CLOUD = (
    "«{folder}» synkroniseres med {service}. Synkroniseringen kan kopiere databasen mens den skrives til, "
    "og gi konfliktkopier eller en skadet fil. Legg databasen i en lokal mappe (for eksempel "
    "standardmappen); sikkerhetskopier kan gjerne synkroniseres."
)


def _drive_type(root: str) -> int | None:
    """Windows' GetDriveTypeW for a drive root such as 'N:\\\\'; None on other systems."""
    if sys.platform != "win32":
        return None
    import ctypes

    try:
        return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))  # type: ignore[attr-defined]
    except (AttributeError, OSError):  # pragma: no cover - kernel32 is always there on Windows
        return None


def _mounts() -> list[tuple[str, str]]:
    """(mount point, file system type) from /proc/self/mounts; empty where there is none."""
    try:
        text = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            # Spaces and tabs in mount points are written as octal escapes.
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
            mounts.append((point, fields[2]))
    return mounts


def _is_unc(text: str) -> bool:
    r"""\\server\share\..., //server/share/... and \\?\UNC\server\share\... (not \\?\C:\ or \\.\)."""
    unified = text.replace("/", "\\")
    if unified.upper().startswith("\\\\?\\UNC\\"):
        return True
    if unified.startswith(("\\\\?\\", "\\\\.\\")):
        return False
    return unified.startswith("\\\\") and len(unified) > 2 and unified[2] != "\\"


def _network_mount(path: Path) -> bool:
    best: tuple[int, str] | None = None
    text = str(path)
    for point, fstype in _mounts():
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fstype)
    return best is not None and best[1].lower() in _NETWORK_FILESYSTEMS


def _cloud_service(path: Path) -> str | None:
    text = str(path)
    for variable in _ONEDRIVE_VARIABLES:
        root = os.environ.get(variable)
        if root and (text == root or text.lower().startswith(root.rstrip("\\/").lower() + os.sep)):
            return "OneDrive"
    parts = PureWindowsPath(text).parts if "\\" in text else path.parts
    for part in parts[:-1]:  # the folders, not the file's own name
        name = part.strip().lower()
        if name.startswith("onedrive"):
            return "OneDrive"
        if name in _CLOUD_FOLDERS:
            return _CLOUD_FOLDERS[name]
    return None


def location_warning(path: Path | str) -> str | None:
    """Why `path` is a risky place for the database (a network share or a cloud-synced
    folder), in one Norwegian paragraph; None for an ordinary local folder."""
    text = str(path)
    folder = PureWindowsPath(text).parent if "\\" in text else Path(text).parent
    if _is_unc(text):
        return MSG_NETWORK.format(folder=folder)
    drive = PureWindowsPath(text).drive
    if len(drive) == 2 and drive[1] == ":" and _drive_type(drive + "\\") == DRIVE_REMOTE:
        return MSG_NETWORK.format(folder=folder)
    local = Path(text)
    try:
        resolved = local.resolve()
    except (OSError, RuntimeError):
        resolved = local.absolute()
    if str(resolved) != text and _is_unc(str(resolved)):  # Windows resolves a mapped drive to its share
        return MSG_NETWORK.format(folder=folder)
    if os.name == "posix" and _network_mount(resolved):
        return MSG_NETWORK.format(folder=folder)
    service = _cloud_service(local) or _cloud_service(resolved)
    if service is not None:
        return MSG_CLOUD.format(folder=folder, service=service)
    return None
