"""File ▸ Connect to Shared Database…: a shared hfdesk database on a PostgreSQL server (issue 22).

The form asks for the server, port, database, user and TLS mode (``sslmode``), never for a
password up front: libpq reads it from PostgreSQL's password file (pgpass). Only when the
server wants one and the file has none does a password field appear; what is typed there is
used for this connection and never written anywhere (`hfdesk.pgdb`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from ...db import Database, open_database
from ...errors import HfdeskError
from ..ops import Ops, busy
from .base import FormDialog

#: libpq's TLS modes, safest last; "prefer" is libpq's own default.
SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")
DEFAULT_PORT = 5432


def shared_url(host: str, port: int, database: str, user: str, sslmode: str) -> str:
    """The ``postgresql://`` URL for the form's values (no password, ever)."""
    import sqlalchemy as sa

    query = {"sslmode": sslmode} if sslmode and sslmode != "prefer" else {}
    url = sa.engine.URL.create(
        "postgresql", username=user or None, host=host or None, port=port or None, database=database or None,
        query=query,
    )
    return url.render_as_string(hide_password=False)


class SharedDatabaseDialog(FormDialog):
    """Where the shared database is; OK connects (and upgrades it if needed) or says why not."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, host: str = "", database: str = "hfdesk",
                 user: str = "") -> None:
        super().__init__(
            ops,
            self.tr("Connect to Shared Database"),
            parent,
            intro=self.tr(
                "A register shared by the secretariat, on a PostgreSQL server. The password is read from "
                "PostgreSQL's password file (pgpass); hfdesk never stores it."
            ),
            ok_text=self.tr("&Connect"),
        )
        self.database: Database | None = None
        self.host = QLineEdit(host, self)
        self.host.setPlaceholderText("db.kommune.no")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database_name = QLineEdit(database, self)
        self.user = QLineEdit(user, self)
        self.sslmode = QComboBox(self)
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(self.tr("&Server:"), self.host)
        self.add_row(self.tr("&Port:"), self.port)
        self.add_row(self.tr("&Database:"), self.database_name)
        self.add_row(self.tr("&User name:"), self.user)
        self.add_row(self.tr("&Encryption (sslmode):"), self.sslmode)
        self.add_row(self.tr("Pass&word (this session only):"), self.password)
        self._show_password(False)
        self.set_tab_order([self.host, self.port, self.database_name, self.user, self.sslmode, self.password])
        self.host.setFocus()

    @classmethod
    def for_url(cls, ops: Ops, url: str, parent: QWidget | None = None) -> SharedDatabaseDialog:
        """The form filled in from a URL (a recent shared database)."""
        from ...pgdb import parse_url

        parsed = parse_url(url)
        dialog = cls(ops, parent, host=parsed.host or "", database=parsed.database or "", user=parsed.username or "")
        dialog.port.setValue(parsed.port or DEFAULT_PORT)
        mode = parsed.query.get("sslmode", "prefer")
        index = dialog.sslmode.findData(mode if isinstance(mode, str) else "prefer")
        dialog.sslmode.setCurrentIndex(max(index, 0))
        return dialog

    def ask_password(self) -> None:
        """Show the password field (the server wants one the password file does not have)."""
        self._show_password(True)
        self.password.clear()
        self.password.setFocus()

    def _show_password(self, shown: bool) -> None:
        self.password.setVisible(shown)
        label = self.form.labelForField(self.password)
        if isinstance(label, QLabel):
            label.setVisible(shown)

    def url(self) -> str:
        return shared_url(
            self.host.text().strip(), self.port.value(), self.database_name.text().strip(), self.user.text().strip(),
            str(self.sslmode.currentData()),
        )

    def check(self) -> str:
        if not self.host.text().strip() or not self.database_name.text().strip():
            return self.tr("Give the server and the database.")
        return ""

    def save(self) -> bool:
        """Connect; a known error stays in the dialog (the password field appears when the server
        wants a password the password file does not have)."""
        self.error.show_message("")
        problem = self.check()
        if problem:
            self.error.show_message(problem)
            return False
        password = self.password.text() if self.password.isVisible() and self.password.text() else None
        try:
            with busy():
                database = open_database(self.url(), password=password)
        except HfdeskError as exc:
            if exc.code in ("database.server_password_needed", "database.server_password"):
                self.ask_password()
            self.error.show_message(str(exc))
            return False
        self.password.clear()  # kept by the open engine only, for as long as it is open
        self.database = database
        self.accept()
        return True
