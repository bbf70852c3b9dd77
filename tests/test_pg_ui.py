"""The app on a shared database (issue 22, point 6): File ▸ Connect to Shared Database… connects
to the test cluster through its form; the window names the server database and the file
backup actions are greyed out with the pg_dump sentence."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

pytestmark = pytest.mark.gui


def test_connecting_through_the_dialog_shows_the_shared_database(qtbot, window, pg_url, monkeypatch, request):
    from hfdesk.ui.dialogs.shared_database import SharedDatabaseDialog

    database = pg_url.rsplit("/", 1)[1]
    host_port = pg_url.split("@", 1)[1].split("/", 1)[0]
    host, port = host_port.split(":")
    user = pg_url.split("//", 1)[1].split("@", 1)[0]

    def fill_and_connect(dialog: SharedDatabaseDialog) -> int:
        dialog.host.setText(host)
        dialog.port.setValue(int(port))
        dialog.database_name.setText(database)
        dialog.user.setText(user)
        assert dialog.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SharedDatabaseDialog, "exec", fill_and_connect)
    assert window.connect_shared_database()
    request.addfinalizer(lambda: window.database.close())  # the window's database now, not demo_db
    assert window.database.is_shared and window.database.url == f"postgresql://{user}@{host}:{port}/{database}"
    assert database in window.windowTitle() and host in window.windowTitle()
    reliability = next(v for v in vars(window).values() if type(v).__name__ == "Reliability")
    assert not reliability.backup_action.isEnabled() and not reliability.restore_action.isEnabled()
    assert "pg_dump" in reliability.backup_action.statusTip()
    assert reliability.back_up_now() is None


def test_a_database_that_does_not_exist_is_said_in_the_dialog(qtbot, window, pg_cluster):
    from hfdesk.ui.dialogs.shared_database import SharedDatabaseDialog

    dialog = SharedDatabaseDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(pg_cluster.port)
    dialog.database_name.setText("finst_ikkje")
    dialog.user.setText("hfdesk_test")
    assert not dialog.save()
    assert "finst_ikkje" in dialog.error_text()
    assert dialog.database is None


def test_a_server_that_wants_a_password_gets_a_password_field_for_this_session(
    qtbot, window, pg_cluster, pg_url, tmp_path, monkeypatch
):
    from pg import PASSWORD_ROLE

    from hfdesk.ui.dialogs.shared_database import SharedDatabaseDialog

    database = pg_url.rsplit("/", 1)[1]
    pg_cluster.admin(
        f"DO $$ BEGIN CREATE ROLE {PASSWORD_ROLE} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        f"ALTER ROLE {PASSWORD_ROLE} PASSWORD 'riktig'",
    )
    pg_cluster.admin(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {PASSWORD_ROLE}",
                     database=database)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    dialog = SharedDatabaseDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(pg_cluster.port)
    dialog.database_name.setText(database)
    dialog.user.setText(PASSWORD_ROLE)
    assert not dialog.password.isVisible()
    assert not dialog.save()
    assert dialog.password.isVisible() and "pgpass" in dialog.error_text()
    dialog.password.setText("riktig")
    assert dialog.save()
    assert dialog.database is not None and dialog.password.text() == ""
    assert "riktig" not in (dialog.database.url or "")
    dialog.database.close()


def test_the_shared_database_is_kept_among_the_recent_ones_without_a_password(qtbot, window, pg_url, request):
    from hfdesk.db import open_database
    from hfdesk.services import user_settings

    password_url = pg_url.replace("://hfdesk_test@", "://hfdesk_test:hemmeleg@")
    assert window.use_shared_database(open_database(pg_url))
    request.addfinalizer(lambda: window.database.close())  # the window's database now, not demo_db
    user_settings.remember_shared_database(password_url)  # even if one came along, it is not kept
    assert user_settings.recent_shared_databases() == [pg_url]
    assert "hemmeleg" not in user_settings.user_settings_path().read_text(encoding="utf-8")
    window._fill_recent_menu()
    shared = [a for a in window.recent_menu.actions() if a.data() == pg_url]
    assert shared and shared[0].isChecked()
    window.ops.database.close()  # reconnects on its next use
    assert window.open_shared_url(pg_url)  # the same database: nothing to do


def test_the_app_opens_on_a_shared_database_named_on_the_command_line(qtbot, pg_url, nb):
    from PySide6.QtCore import QTimer

    from hfdesk.ui.app import run_gui
    from hfdesk.ui.settings import AppSettings

    seen = {}

    def ready(window) -> None:
        seen["title"] = window.windowTitle()
        seen["shared"] = window.database.is_shared
        QTimer.singleShot(0, window.close)

    assert run_gui(pg_url, on_ready=ready, settings=AppSettings()) == 0
    assert seen["shared"] and pg_url.rsplit("/", 1)[1] in seen["title"]
