"""One hfdesk per database file: a second start on the same file brings the running one to
the front, says so, and exits without touching the file.

The first thing a start does, before it builds a window or reads the file, is take the
file's lock (`claim_file`): a QLockFile in the user's temporary folder, named after the user
and the file's full path, held for as long as the file is open in this process. A second
start that cannot take it is told plainly and ends; two starts a moment apart cannot both
win. A lock left by a crash is stale (its process is gone) and is taken over by QLockFile.

The lock's holder also listens on a local socket of the same name (a named pipe on Windows,
a Unix socket elsewhere: never the network). A second start connects and says "show", and
the window comes forward. Only the lock's holder listens, so a socket it finds is one a
crash left, and removing it is safe.
"""

from __future__ import annotations

import atexit
import getpass
import hashlib
import tempfile
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

# QtNetwork (the local socket) is imported where it is used: the lock is taken before the first
# paint, the socket is needed only by a second start and by the window, after it.

_MESSAGE = b"show\n"


def server_name(db_path: Path) -> str:
    """A name unique to this user and this database file."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment: the path alone will do
        user = ""
    key = f"{user}\0{Path(db_path).resolve()}".casefold().encode("utf-8")
    return "hfdesk-" + hashlib.sha256(key).hexdigest()[:24]


def lock_path(db_path: Path) -> Path:
    """Where the lock of `db_path` lives: the user's temporary folder (never beside the file,
    which may be in a folder the user cannot write)."""
    return Path(tempfile.gettempdir()) / f"{server_name(db_path)}.lock"


_held: dict[str, QLockFile] = {}  # the locks this process holds, by server name


@atexit.register
def _release_all() -> None:
    """At exit every lock goes with its file (a crash leaves them: stale, and taken over)."""
    for lock in _held.values():
        lock.unlock()
    _held.clear()


def claim_file(db_path: Path) -> bool:
    """Take the lock of `db_path` for this process (again: True); False when another hfdesk
    holds it. A lock whose process is gone is taken over."""
    key = server_name(db_path)
    if key in _held:
        return True
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # held as long as the file is open; stale only when its process is gone
    if not lock.tryLock(100):
        return False
    _held[key] = lock
    return True


def release_file(db_path: Path) -> None:
    lock = _held.pop(server_name(db_path), None)
    if lock is not None:
        lock.unlock()


def notify_running(db_path: Path, timeout_ms: int = 1000) -> bool:
    """Ask an hfdesk already running on `db_path` to come to the front; True if one answered."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_MESSAGE)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceGuard(QObject):
    """Listens for later starts on the same file; `activated` asks the window to come forward."""

    activated = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._path: Path | None = None

    def listen(self, db_path: Path) -> bool:
        """Hold `db_path`'s lock and listen for it (again, after another file was opened: that
        file's lock is let go). False when another hfdesk holds the lock."""
        if not claim_file(db_path):
            return False
        if self._path is not None and server_name(self._path) != server_name(db_path):
            release_file(self._path)
        self._path = db_path
        self._server.close()
        name = server_name(db_path)
        if self._server.listen(name):
            return True
        self._server.removeServer(name)  # we hold the lock: a socket here was left by a crash
        return self._server.listen(name)

    def close(self) -> None:
        self._server.close()
        if self._path is not None:
            release_file(self._path)
            self._path = None

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                return
            if socket.bytesAvailable() or socket.waitForReadyRead(1000):
                message = bytes(socket.readAll().data())
                if message.startswith(_MESSAGE.strip()):
                    self.activated.emit()
            socket.disconnectFromServer()
            socket.deleteLater()
