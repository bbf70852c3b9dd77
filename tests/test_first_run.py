"""The first start: the welcome asks where the data lives (warning against network and
synced folders), whose documents these are (name, logo) and whether to look at the demo
first; run_gui makes the database there, keeps the name and logo in it, opens the demo
in its own file when asked, and remembers the real database for the next start."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from hfdesk.db import open_database
from hfdesk.services import queries
from hfdesk.services import settings as db_settings
from hfdesk.ui import app as app_module
from hfdesk.ui import i18n
from hfdesk.ui.dialogs import first_run
from hfdesk.ui.dialogs.first_run import FirstRunChoice, FirstRunDialog, local_location_warning
from hfdesk.ui.main_window import MainWindow
from hfdesk.ui.settings import AppSettings

pytestmark = pytest.mark.gui


@pytest.fixture
def logo(tmp_path) -> Path:
    image = QImage(90, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3d6d9c"))
    path = tmp_path / "logo.png"
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def dialog(qtbot, nb, _private_data_dir):
    d = FirstRunDialog()
    qtbot.addWidget(d)
    d.show()
    return d


@pytest.fixture(autouse=True)
def _no_window_left_behind(qapp):
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()
    QApplication.processEvents()


def close_main_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()


# --- the dialog -------------------------------------------------------------------------------


def test_suggests_the_per_user_data_folder(dialog, _private_data_dir):
    assert dialog.windowTitle() == "Velkommen til hfdesk"
    assert Path(dialog.folder.text()) == _private_data_dir
    assert dialog.database_path() == _private_data_dir / "hfdesk.sqlite"
    assert "«hfdesk.sqlite»" in dialog.file_note.text()
    assert dialog.warning.isHidden()
    assert not dialog.demo.isChecked()  # the user's own, empty database unless asked
    assert dialog.start_button.text() == "&Start hfdesk"
    assert dialog.language.isHidden()  # no translators handed over: no live switch


@pytest.mark.parametrize(
    "folder",
    [
        r"C:\Users\kari\OneDrive - Bergen kommune\Dokumenter\hfdesk",
        r"\\fil01\felles\sekretariat\hfdesk",
        "/home/kari/Dropbox/hfdesk",
    ],
)
def test_warns_against_network_and_synced_folders(qtbot, dialog, folder, tmp_path):
    dialog.folder.setText(folder)
    qtbot.waitUntil(dialog.warning.isVisible)  # checked once the typing stops
    assert dialog.warning.text().startswith("Advarsel: ")
    dialog.folder.setText(str(tmp_path / "hfdesk"))
    qtbot.waitUntil(lambda: not dialog.warning.isVisible())


def test_the_warning_comes_from_hfdesk_db_when_it_is_there():
    import hfdesk.db

    expected = getattr(hfdesk.db, "location_warning", None) or local_location_warning
    assert first_run.location_warning_function() is expected


@pytest.mark.parametrize(
    ("path", "warned"),
    [
        (r"\\server\share\hfdesk\hfdesk.sqlite", True),
        ("//server/share/hfdesk.sqlite", True),
        (r"C:\Users\kari\OneDrive - Helse Bergen\hfdesk.sqlite", True),
        ("/Users/kari/Library/Mobile Documents/com~apple~CloudDocs/hfdesk.sqlite", True),
        ("/home/kari/Google Drive/hfdesk.sqlite", True),
        (r"C:\Users\kari\AppData\Local\hfdesk\hfdesk.sqlite", False),
        ("/home/kari/.local/share/hfdesk/hfdesk.sqlite", False),
    ],
)
def test_local_location_warning(path, warned, monkeypatch):
    for variable in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        monkeypatch.delenv(variable, raising=False)
    assert (local_location_warning(path) is not None) == warned


def test_the_choice(dialog, tmp_path, logo):
    dialog.folder.setText(str(tmp_path / "mine data"))
    dialog.name.setText("  Helsefellesskapet i Testområdet ")
    assert dialog.logo.set_logo_file(logo)
    dialog.demo.setChecked(True)
    assert dialog.start()
    assert (tmp_path / "mine data").is_dir()  # made at once: the next step writes there
    choice = dialog.choice()
    assert choice == FirstRunChoice(
        database=tmp_path / "mine data" / "hfdesk.sqlite",
        existing=False,
        name="Helsefellesskapet i Testområdet",
        logo=logo.read_bytes(),
        logo_name="logo.png",
        demo=True,
        language="",
    )


def test_a_folder_that_cannot_be_made_is_refused_inline(dialog, tmp_path):
    blocker = tmp_path / "en fil"
    blocker.write_text("x", encoding="utf-8")
    dialog.folder.setText(str(blocker / "under"))
    assert dialog.start() is False
    assert dialog.isVisible()
    assert "kan ikke brukes" in dialog.error.text()
    dialog.folder.setText("")
    assert dialog.start() is False
    assert dialog.error.text() == "Velg en mappe til databasen."


def test_a_folder_with_a_database_opens_it(qtbot, dialog, tmp_path):
    open_database(tmp_path / "hfdesk.sqlite").close()
    dialog.folder.setText(str(tmp_path))
    qtbot.waitUntil(lambda: "blir åpnet" in dialog.file_note.text())
    assert not dialog.whose.isEnabled()
    assert dialog.start()
    assert dialog.choice().existing


def test_open_an_existing_database(dialog, tmp_path, monkeypatch):
    existing = tmp_path / "fra kollega.sqlite"
    open_database(existing).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(existing), "")))
    assert dialog.open_existing()
    assert dialog.result() == dialog.DialogCode.Accepted
    choice = dialog.choice()
    assert choice.existing and choice.database == existing


def test_switching_the_language_retranslates_at_once(qtbot, qapp, monkeypatch):
    monkeypatch.setattr(i18n, "_current_language", "nb")
    translators = i18n.install_translators(qapp, "nb")
    try:
        d = FirstRunDialog(translators=translators)
        qtbot.addWidget(d)
        d.show()
        assert d.language.isVisible()
        assert d.title.text() == "Velkommen til hfdesk"
        d.language.set_value("nn")
        assert d.title.text() == "Velkomen til hfdesk"
        assert d.where.title() == "Kvar dataa dine ligg"
        assert d.logo.choose_button.text() == "Vel &logo…"
        assert i18n.current_language() == "nn"
        d.language.set_value("en")
        assert d.title.text() == "Welcome to hfdesk"
        assert d.start()
        assert d.choice().language == "en"  # differs from where it started: kept
    finally:
        i18n.remove_translators(qapp, translators)  # the dialog swapped them in this same list
        QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))


# --- run_gui ---------------------------------------------------------------------------------


def _fill_in_and_start(folder: Path, *, name: str = "", logo: Path | None = None, demo: bool = False):
    def fake_exec(dialog: FirstRunDialog) -> int:
        dialog.folder.setText(str(folder))
        dialog.name.setText(name)
        if logo is not None:
            assert dialog.logo.set_logo_file(logo)
        dialog.demo.setChecked(demo)
        return int(dialog.start())

    return fake_exec


def test_first_start_with_demo(qapp, qtbot, monkeypatch, tmp_path, logo, _private_data_dir):
    folder = tmp_path / "hfdesk-data"
    monkeypatch.setattr(FirstRunDialog, "exec", _fill_in_and_start(folder, name="HF Test", logo=logo, demo=True))
    shown: list[str] = []

    def fake_exec() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[0]
        qtbot.waitUntil(lambda: window.database.path.name == "hfdesk-demo.sqlite", timeout=60000)
        shown.append(window.windowTitle())
        close_main_windows()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(None) == 0
    assert shown == ["hfdesk – hfdesk-demo.sqlite"]
    assert (folder / "hfdesk-demo.sqlite").exists()
    real = open_database(folder / "hfdesk.sqlite", create=False)
    try:
        with real.session() as s:
            assert db_settings.partnership_name(s) == "HF Test"
            assert db_settings.partnership_logo(s).data == logo.read_bytes()
            assert queries.list_bodies(s) == []  # the demo is not mixed in
    finally:
        real.close()
    # hfdesk starts on the real database next time, not on the demo.
    assert AppSettings().last_database() == (folder / "hfdesk.sqlite").absolute()


def test_first_start_without_demo_then_a_missing_file_asks_again(qapp, monkeypatch, tmp_path):
    folder = tmp_path / "data"
    monkeypatch.setattr(FirstRunDialog, "exec", _fill_in_and_start(folder))
    titles: list[str] = []

    def fake_exec() -> int:
        titles.extend(
            w.windowTitle() for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        close_main_windows()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(None) == 0
    assert titles == ["hfdesk – hfdesk.sqlite"]
    assert not (folder / "hfdesk-demo.sqlite").exists()

    # The file goes away (a USB stick, a tidy colleague): the welcome says so and asks again.
    (folder / "hfdesk.sqlite").unlink()
    seen: list[Path | None] = []
    monkeypatch.setattr(
        app_module, "ask_first_run", lambda missing=None, translators=None: seen.append(missing) or None
    )
    assert app_module.run_gui(None) == 0
    assert seen == [(folder / "hfdesk.sqlite").absolute()]


def test_a_language_chosen_in_the_welcome_is_kept(qapp, monkeypatch, tmp_path, _private_data_dir):
    monkeypatch.setattr(i18n, "_current_language", "nb")
    monkeypatch.setattr(
        app_module,
        "ask_first_run",
        lambda missing=None, translators=None: FirstRunChoice(database=tmp_path / "hfdesk.sqlite", language="nn"),
    )
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: close_main_windows() or 0))
    assert app_module.run_gui(None) == 0
    assert AppSettings().language() == "nn"
    # in the per-user settings file, where the command line reads it too (not in QSettings)
    kept = json.loads((_private_data_dir / "hfdesk-user.json").read_text(encoding="utf-8"))
    assert kept["language"] == "nn"


def test_the_window_welcome_keeps_name_and_logo(qtbot, tmp_path, nb, logo):
    """A new file named on the command line: the welcome (file given) keeps name and logo."""
    database = open_database(tmp_path / "ny.sqlite")
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()

    def answer():
        d = window.first_run_box
        assert d is not None and d.folder.text() == str(tmp_path / "ny.sqlite")
        assert d.file_note.text() == "Databasen er ny og tom."
        d.name.setText("HF Kommandolinje")
        d.logo.set_logo_file(logo)
        qtbot.mouseClick(d.start_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    assert window.offer_demo_on_first_run() is False
    with database.session() as s:
        assert db_settings.partnership_name(s) == "HF Kommandolinje"
        assert db_settings.partnership_logo(s).file_name == "logo.png"
    database.close()
