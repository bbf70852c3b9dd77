"""Settings: the interface language, what is kept on this computer (QSettings: window,
splitters, last file, language, and a reset), and what is kept in the database for
documents (the helsefellesskap's name and logo, the Word template), through File ▸ Settings.

No test touches the real user's settings: the conftest points $HFDESK_DATA_DIR at a
private folder, and hfdesk.ui.settings keeps its INI file there whenever that is set
(checked below); the user-scope path is pointed at a temporary folder as well.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from hfdesk.errors import InvalidInput
from hfdesk.services import settings as db_settings
from hfdesk.services.settings import user_settings_path
from hfdesk.ui import i18n
from hfdesk.ui.main_window import MainWindow
from hfdesk.ui.settings import (
    DEMO_FILENAME,
    KEY_GEOMETRY,
    KEY_LANGUAGE,
    KEY_LAST_DATABASE,
    SETTINGS_FILENAME,
    AppSettings,
    open_qsettings,
)

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _user_scope_in_tmp(tmp_path_factory):
    """Should anything reach for QSettings' user scope, it finds a temporary folder."""
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("user-scope"))
    )


@pytest.fixture
def app_settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def keep_language(qapp, monkeypatch):
    """Tests that switch the interface language leave bokmål behind them."""
    monkeypatch.setattr(i18n, "_current_language", i18n.current_language())
    yield
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))


def png(path: Path, colour: str = "#1d3a57") -> Path:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path


def read(window: MainWindow, fn):
    return window.ops.read(fn)


# --- the language ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locales", "expected"),
    [
        (["nn_NO", "nb-NO"], "nn"),  # a nynorsk user: Windows has bokmål menus, nynorsk formats
        (["nb_NO", "nb-NO", "nn-NO"], "nn"),  # nynorsk named anywhere wins
        (["nb_NO", "nb-NO"], "nb"),
        (["no_NO"], "nb"),
        (["en_NO", "en-US"], "nb"),  # English Windows, Norwegian region: a municipal laptop
        (["en_US", "nb-NO", "en-US"], "nb"),
        (["C"], "nb"),  # nothing said: the product's own language
        ([], "nb"),
        (["en_US", "en-US"], "en"),  # clearly not Norwegian
        (["sv_SE", "sv-SE", "en-US"], "en"),
        (["de-DE"], "en"),
    ],
)
def test_language_from_the_system_locales(locales, expected):
    assert i18n.language_for_locales(locales) == expected


def test_the_chosen_language_wins_over_the_system(monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert i18n.resolve_language("nn") == "nn"
    assert i18n.resolve_language("nb") == "nb"
    assert i18n.resolve_language("") == "en"
    assert i18n.resolve_language("klingon") == "en"


@pytest.mark.parametrize(
    ("lang", "file_menu", "settings", "locale"),
    [
        ("nb", "&Fil", "&Innstillinger…", QLocale.Language.NorwegianBokmal),
        ("nn", "&Fil", "&Innstillingar…", QLocale.Language.NorwegianNynorsk),
        ("en", "&File", "&Settings…", QLocale.Language.English),
    ],
)
def test_installing_a_language(qapp, keep_language, lang, file_menu, settings, locale):
    translators = i18n.install_translators(qapp, lang)
    try:
        assert translators
        assert i18n.current_language() == lang
        assert QCoreApplication.translate("MainWindow", "&File") == file_menu
        assert QCoreApplication.translate("MainWindow", "&Settings…") == settings
        assert QLocale().language() == locale
    finally:
        i18n.remove_translators(qapp, translators)
    assert QCoreApplication.translate("MainWindow", "&Settings…") == "&Settings…"


def test_main_window_in_nynorsk(qtbot, qapp, demo_db, keep_language, app_settings):
    translators = i18n.install_translators(qapp, "nn")
    try:
        window = MainWindow(demo_db, settings=app_settings)
        qtbot.addWidget(window)
        assert [a.text() for a in window.menuBar().actions()] == ["&Fil", "&Vis", "&Hjelp"]
        assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
            "Register",
            "Møte",
            "Oppfølging",
            "Møtemodus",
        ]
        assert window.open_action.text() == "&Opne database…"
        assert window.settings_action.text() == "&Innstillingar…"
    finally:
        i18n.remove_translators(qapp, translators)


# --- QSettings: where, what, and starting over ------------------------------------------------


def test_settings_file_follows_the_private_data_folder(_private_data_dir, monkeypatch, tmp_path):
    assert Path(AppSettings().file_name()) == _private_data_dir / SETTINGS_FILENAME
    # Without the override it is the user's own INI file (here pointed at a temporary folder).
    user_scope = tmp_path / "scope"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(user_scope))
    monkeypatch.delenv("HFDESK_DATA_DIR")
    settings = open_qsettings()
    assert settings.format() == QSettings.Format.IniFormat
    assert Path(settings.fileName()).is_relative_to(user_scope)
    assert Path(settings.fileName()).name == "hfdesk.ini"


def test_language_and_last_database_are_kept(app_settings, tmp_path):
    assert app_settings.language() == ""
    app_settings.set_language("nn")
    assert AppSettings(QSettings(app_settings.file_name(), QSettings.Format.IniFormat)).language() == "nn"
    app_settings.set_language("")
    assert app_settings.language() == ""

    assert app_settings.last_database() is None
    app_settings.remember_database(tmp_path / "hfdesk.sqlite")
    assert app_settings.last_database() == tmp_path / "hfdesk.sqlite"
    app_settings.remember_database(tmp_path / DEMO_FILENAME)  # the demo is only looked at
    assert app_settings.last_database() == tmp_path / "hfdesk.sqlite"


def test_window_size_and_splitters_come_back(qtbot, demo_db, app_settings):
    first = MainWindow(demo_db, settings=app_settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(960, 640)  # offscreen: an 800×800 screen; by default the window is 720 high
    splitter = first.register_page.findChildren(type(first.live_page.split))[0]
    total = sum(splitter.sizes())
    splitter.setSizes([total - 300, 300])
    wanted = splitter.sizes()
    first.close()
    assert app_settings.qsettings.value(KEY_GEOMETRY) is not None

    second = MainWindow(demo_db, settings=app_settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (960, 640)
    again = second.register_page.findChildren(type(second.live_page.split))[0]
    assert again.sizes() == wanted
    second.close()


def test_opened_files_are_remembered(qtbot, demo_db, db, app_settings):
    window = MainWindow(demo_db, settings=app_settings)
    qtbot.addWidget(window)
    assert app_settings.last_database() == demo_db.path.absolute()
    assert window.open_database_file(db.path)
    assert app_settings.last_database() == db.path.absolute()
    window.database.close()


def test_reset_forgets_everything_and_the_window_does_not_write_it_back(
    qtbot, demo_db, app_settings, monkeypatch, nb
):
    app_settings.set_language("en")
    window = MainWindow(demo_db, settings=app_settings)
    qtbot.addWidget(window)
    window.show()
    assert app_settings.language() == "en" and user_settings_path().is_file()
    dialog = window.show_settings()
    asked: list[str] = []

    def yes(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert dialog.reset_settings() is True
    assert "Word-malen" in asked[0] and "tilbakestille" in asked[0]
    assert app_settings.keys() == []
    assert not user_settings_path().exists()  # the language and the last database are forgotten too
    assert dialog.language.value() == ""
    assert not dialog.reset_button.isEnabled()
    dialog.reject()
    window.close()
    assert app_settings.keys() == []  # not even the window's size


def test_reset_asks_first(qtbot, demo_db, app_settings, monkeypatch):
    app_settings.set_language("nn")
    window = MainWindow(demo_db, settings=app_settings)
    qtbot.addWidget(window)
    dialog = window.show_settings()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert dialog.reset_settings() is False
    assert app_settings.language() == "nn"
    dialog.reject()


# --- File ▸ Settings ---------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, demo_db, nb, app_settings):
    win = MainWindow(demo_db, settings=app_settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_settings_dialog_shows_what_is_kept(window):
    dialog = window.show_settings()
    assert dialog.windowTitle() == "Innstillinger"
    assert dialog.partnership.text() == read(window, db_settings.partnership_name) != ""
    assert dialog.language.value() == ""  # follows the system until the user chooses
    assert dialog.language.itemText(0).startswith("Som systemet: ")
    assert [dialog.language.itemText(i) for i in range(1, 4)] == [
        "Norsk (bokmål)",
        "Norsk (nynorsk)",
        "English",
    ]
    assert dialog.template.name.text() == "Standardmalen i hfdesk"
    assert not dialog.template.default_button.isEnabled()
    assert dialog.logo.preview.text() == "Ingen logo"
    assert "neste gang hfdesk starter" in dialog.language_note.text()
    dialog.reject()


def test_settings_saves_language_name_logo_and_template(qtbot, window, app_settings, tmp_path):
    template = tmp_path / "mal.docx"
    docx.Document().save(str(template))
    dialog = window.show_settings()
    dialog.language.set_value("nn")
    dialog.partnership.setText("Helsefellesskapet i Testområdet")
    assert dialog.logo.set_logo_file(png(tmp_path / "logo.png"))
    assert not dialog.logo.preview.pixmap().isNull()
    dialog.template.set_template(template)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert app_settings.language() == "nn"
    assert "startes" in window.statusBar().currentMessage()
    assert read(window, db_settings.partnership_name) == "Helsefellesskapet i Testområdet"
    logo = read(window, db_settings.partnership_logo)
    assert logo is not None and logo.kind == "png" and logo.file_name == "logo.png"
    assert logo.data == (tmp_path / "logo.png").read_bytes()
    assert read(window, db_settings.template_setting) == template.resolve()

    # Back to the standard template, and no logo.
    dialog = window.show_settings()
    assert dialog.template.name.text() == "mal.docx"
    assert dialog.logo.remove_button.isEnabled()
    dialog.template.use_default()
    dialog.logo.remove()
    assert dialog.save()
    assert read(window, db_settings.template_setting) is None
    assert read(window, db_settings.partnership_logo) is None
    assert read(window, db_settings.partnership_name) == "Helsefellesskapet i Testområdet"


def test_settings_sets_the_helsefellesskaps_written_standard(qtbot, window, tmp_path):
    """Beside the name and the logo: nynorsk until changed; choosing bokmål in the combo box
    and pressing OK keeps it, and the roster's overview is then written in bokmål."""
    from hfdesk.exports.roster import export_roster

    dialog = window.show_settings()
    combo = dialog.written_standard
    assert [combo.itemText(i) for i in range(combo.count())] == ["Nynorsk", "Bokmål"]
    assert combo.value() == "nn" and read(window, db_settings.partnership_language) == "nn"
    assert "Oversiktsarkene" in dialog.written_standard_note.text()
    label = dialog.form.labelForField(combo)
    assert label.text() == "Målfo&rm:" and label.buddy() is combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # as the user picks it
    assert combo.value() == "nb"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert read(window, db_settings.partnership_language) == "nb"
    assert read(window, db_settings.partnership_name) != ""  # the rest as it was

    dialog = window.show_settings()
    assert dialog.written_standard.value() == "nb"  # shown as kept
    dialog.reject()
    window.ops.read(lambda s: export_roster(s, tmp_path / "liste.xlsx"))
    import openpyxl

    overview = openpyxl.load_workbook(tmp_path / "liste.xlsx")["Oversikt"]
    assert overview["A2"].value.startswith("Organer per ")


def test_partnership_written_standard_is_nynorsk_until_set(db):
    with db.session() as s:
        assert db_settings.partnership_language(s) == "nn"
    with db.transaction() as s:
        db_settings.set_partnership_language(s, "nb")
    with db.session() as s:
        assert db_settings.partnership_language(s) == "nb"
    with pytest.raises(InvalidInput, match="Ukjent målform «de»"), db.transaction() as s:
        db_settings.set_partnership_language(s, "de")
    with db.session() as s:
        assert db_settings.partnership_language(s) == "nb"


def test_picking_the_same_template_again_keeps_its_edits(window, tmp_path):
    """The copy kept in the database (used when the file is gone) follows the file when the
    secretary picks it again after editing it in Word."""
    template = tmp_path / "mal.docx"
    first = docx.Document()
    first.sections[0].header.paragraphs[0].text = "Brevhode januar"
    first.save(str(template))
    dialog = window.show_settings()
    dialog.template.set_template(template)
    assert dialog.save()
    edited = docx.Document(str(template))
    edited.sections[0].header.paragraphs[0].text = "Brevhode februar"
    edited.save(str(template))
    dialog = window.show_settings()
    dialog.template.set_template(template)  # the same file, picked again
    assert dialog.save()
    stored = read(window, db_settings.stored_template)
    assert stored is not None and stored.data == template.read_bytes()


def test_a_bad_template_is_refused_in_the_dialog_and_nothing_is_saved(window, tmp_path):
    before = read(window, db_settings.partnership_name)
    fake = tmp_path / "ikke-word.docx"
    fake.write_text("dette er ikke en Word-fil", encoding="utf-8")
    dialog = window.show_settings()
    dialog.partnership.setText("Nytt navn")
    dialog.template.set_template(fake)
    assert dialog.save() is False
    assert dialog.isVisible()
    assert "ikke-word.docx" in dialog.error_text()
    assert read(window, db_settings.partnership_name) == before  # one transaction: nothing kept
    assert read(window, db_settings.template_setting) is None
    dialog.reject()


def test_a_bad_logo_is_refused_with_a_reason(window, tmp_path):
    not_image = tmp_path / "logo.png"
    not_image.write_bytes(b"GIF89a, not a png")
    dialog = window.show_settings()
    assert dialog.logo.set_logo_file(not_image) is False
    assert "logo.png" in dialog.error_text()
    assert dialog.logo.data is None
    dialog.reject()


def test_cancel_keeps_everything(window, app_settings):
    before = read(window, db_settings.partnership_name)
    dialog = window.show_settings()
    dialog.language.set_value("en")
    dialog.partnership.setText("Noe annet")
    dialog.reject()
    assert app_settings.language() == ""
    assert read(window, db_settings.partnership_name) == before


def test_settings_menu_item_opens_the_dialog(qtbot, window):
    from hfdesk.ui.dialogs.settings import SettingsDialog

    window.settings_action.trigger()
    dialogs = window.findChildren(SettingsDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].reject()


# --- the name and logo in the database (Qt-free services) ---------------------------------------


def image_bytes(kind: str, width: int = 120, height: int = 40) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d3a57"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind)
    return bytes(buffer.data())


def test_partnership_name_and_logo_round_trip(db, qapp):
    JPEG_BYTES, PNG_BYTES = image_bytes("JPEG"), image_bytes("PNG")
    with db.session() as s:
        assert db_settings.partnership_name(s) == ""
        assert db_settings.partnership_logo(s) is None
    with db.transaction() as s:
        db_settings.set_partnership_name(s, "  Helsefellesskapet i Bergensområdet  ")
        db_settings.set_partnership_logo(s, JPEG_BYTES, r"C:\Users\sek\logo.jpg")
    with db.session() as s:
        assert db_settings.partnership_name(s) == "Helsefellesskapet i Bergensområdet"
        logo = db_settings.partnership_logo(s)
        assert logo is not None and logo.kind == "jpeg" and logo.data == JPEG_BYTES
    with db.transaction() as s:
        db_settings.set_partnership_logo(s, PNG_BYTES, "logo.png")
    with db.session() as s:
        assert db_settings.partnership_logo(s).kind == "png"
    with db.transaction() as s:
        db_settings.clear_partnership_logo(s)
    with db.session() as s:
        assert db_settings.partnership_logo(s) is None


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "tom"),
        (b"GIF89a....", "PNG- eller JPEG"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "PNG- eller JPEG"),  # the signature, then nothing
        (b"\xff\xd8\xff\xe0" + b"\x00" * 32, "PNG- eller JPEG"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * (db_settings.MAX_LOGO_BYTES + 1), "2 MB"),
    ],
)
def test_a_logo_that_cannot_be_used_is_refused(db, data, words):
    with pytest.raises(InvalidInput, match=words), db.transaction() as s:
        db_settings.set_partnership_logo(s, data, "logo.png")
    with db.session() as s:
        assert db_settings.partnership_logo(s) is None


def test_a_cut_off_logo_is_refused(db, qapp):
    """A logo half-copied from a network drive would stop every notice and minutes."""
    whole = image_bytes("JPEG", 400, 200)
    with pytest.raises(InvalidInput, match="PNG- eller JPEG"), db.transaction() as s:
        db_settings.set_partnership_logo(s, whole[: len(whole) // 2], "logo.jpg")


def test_read_logo_file(tmp_path, qapp):
    PNG_BYTES = image_bytes("PNG")
    path = tmp_path / "logo.png"
    path.write_bytes(PNG_BYTES)
    assert db_settings.read_logo_file(path) == PNG_BYTES
    with pytest.raises(InvalidInput, match="finnes.*|kan ikke leses"):
        db_settings.read_logo_file(tmp_path / "borte.png")


# --- run_gui starts in the chosen language, else the system's --------------------------------


@pytest.mark.parametrize(
    ("chosen", "system", "menu"),
    [
        ("", "nn", "&Innstillingar…"),
        ("", "en", "&Settings…"),
        ("en", "nn", "&Settings…"),
        ("nb", "en", "&Innstillinger…"),
    ],
)
def test_run_gui_starts_in_the_chosen_or_the_system_language(
    qapp, demo_copy, monkeypatch, keep_language, chosen, system, menu
):
    from PySide6.QtWidgets import QApplication

    from hfdesk.ui import app as app_module

    AppSettings().set_language(chosen)
    monkeypatch.setattr(i18n, "system_language", lambda: system)
    seen: list[str] = []

    def fake_exec() -> int:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.settings_action.text())
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    before = i18n.current_language()
    assert app_module.run_gui(demo_copy) == 0
    assert seen == [menu]
    assert i18n.current_language() == before  # the caller's language is put back


# --- the per-user settings file (services.settings), shared with the command line -------------


def test_the_language_is_kept_in_the_per_user_file_not_in_qsettings(app_settings, _private_data_dir):
    app_settings.set_language("nn")
    assert db_settings.user_settings_path() == _private_data_dir / "hfdesk-user.json"
    assert json.loads(db_settings.user_settings_path().read_text(encoding="utf-8")) == {"language": "nn"}
    assert db_settings.user_language() == "nn" == db_settings.message_language()
    assert KEY_LANGUAGE not in app_settings.keys()
    app_settings.remember_database(Path("/srv/hfdesk.sqlite"))
    assert db_settings.last_database() == Path("/srv/hfdesk.sqlite").absolute()
    assert app_settings.keys() == []  # QSettings keeps the window's state only


def test_without_the_override_the_per_user_file_is_in_the_users_config_folder(monkeypatch, tmp_path):
    import platformdirs

    monkeypatch.delenv("HFDESK_DATA_DIR")
    monkeypatch.setattr(platformdirs, "user_config_dir", lambda *a, **k: str(tmp_path / "config" / "hfdesk"))
    assert db_settings.user_settings_path() == tmp_path / "config" / "hfdesk" / "hfdesk.json"


def test_a_language_kept_in_qsettings_by_an_older_hfdesk_moves_to_the_file_once(tmp_path):
    ini = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    ini.setValue(KEY_LANGUAGE, "en")
    ini.setValue(KEY_LAST_DATABASE, str(tmp_path / "hfdesk.sqlite"))
    ini.sync()
    settings = AppSettings(QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat))
    assert settings.language() == "en" and settings.last_database() == tmp_path / "hfdesk.sqlite"
    assert settings.keys() == []
    settings.set_language("nn")
    assert AppSettings(QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)).language() == "nn"


def test_an_unreadable_per_user_file_is_no_settings(_private_data_dir):
    (_private_data_dir / "hfdesk-user.json").write_text("[1, 2", encoding="utf-8")
    assert db_settings.user_language() == "" and db_settings.last_database() is None
    db_settings.set_user_language("en")  # written afresh
    assert db_settings.user_language() == "en"


def test_the_language_chosen_in_the_dialog_is_the_command_lines(qtbot, window, capsys, demo_file):
    from hfdesk.__main__ import main

    dialog = window.show_settings()
    dialog.language.set_value("nn")
    assert dialog.save()
    assert main(["export", "ics", "--db", str(demo_file), "--meeting", "31337", "--out", "x.ics"]) == 2
    assert capsys.readouterr().err.strip() == "hfdesk: Møtet med id 31337 finst ikkje."


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nb", "Møtet med id 4242 finnes ikke."),
        ("nn", "Møtet med id 4242 finst ikkje."),
        ("en", "The meeting with id 4242 does not exist."),
    ],
)
def test_the_app_shows_a_core_error_in_its_language(qtbot, qapp, demo_db, keep_language, monkeypatch, lang, line):
    """A known error from the core reaches the screen in the interface language."""
    from hfdesk.services.meetings import cancel_meeting
    from hfdesk.ui import ops as ops_module

    shown: list[str] = []
    monkeypatch.setattr(ops_module, "show_error", lambda parent, message, title="": shown.append(message))
    translators = i18n.install_translators(qapp, lang)
    try:
        win = MainWindow(demo_db)
        qtbot.addWidget(win)
        assert win.ops.write(lambda s: cancel_meeting(s, 4242, "")) is None
        assert shown == [line]
    finally:
        i18n.remove_translators(qapp, translators)
