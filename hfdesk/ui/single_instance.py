"""One hfdesk per database file: a second start on the same file brings the running one to
the front and exits without touching the file.

The running app listens on a local socket (a named pipe on Windows, a Unix socket
elsewhere: never the network) whose name comes from the user and the file's full path.
A second start connects, says "show", and quits; no answer means no one is running (a
socket left by a crash is removed and taken over).
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_MESSAGE = b"show\n"


def server_name(db_path: Path) -> str:
    """A name unique to this user and this database file."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment: the path alone will do
        user = ""
    key = f"{user}\0{Path(db_path).resolve()}".casefold().encode("utf-8")
    return "hfdesk-" + hashlib.sha256(key).hexdigest()[:24]


def notify_running(db_path: Path, timeout_ms: int = 1000) -> bool:
    """Ask an hfdesk already running on `db_path` to come to the front; True if one answered."""
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
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)

    def listen(self, db_path: Path) -> bool:
        """Listen for `db_path` (again, after another file was opened)."""
        self._server.close()
        name = server_name(db_path)
        if self._server.listen(name):
            return True
        QLocalServer.removeServer(name)  # a socket file left behind by a crash
        return self._server.listen(name)

    def close(self) -> None:
        self._server.close()

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
