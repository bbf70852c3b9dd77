"""Help and the File menu in the user's language (issue 19, point 12).

* Help ▸ User Guide (F1) shows the guide offline, inside hfdesk, in the interface language:
  nynorsk (docs/brukarrettleiing.md, real nynorsk), bokmål, English; it is in the wheel and
  the bundle.
* Qt's own dialogs speak the user's language: the message box buttons and the file dialog
  hfdesk opens where the platform has no native one (Linux), in bokmål and in nynorsk.
* File ▸ Recent Databases: the files opened last, a missing one shown disabled.
* An export whose "Open it now?" finds no program says so, and where the file is.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImageReader
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QTreeView

from hfdesk.services import user_settings
from hfdesk.ui import i18n

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GUIDE_NB = DOCS / "brukerveiledning.md"
GUIDE_NN = DOCS / "brukarrettleiing.md"
GUIDE_EN = DOCS / "user-guide-en.md"



@pytest.fixture
def language(qapp, monkeypatch):
    """Install the catalogues of a language (as the app does at start); bokmål again after."""
    monkeypatch.setattr(i18n, "_current_language", i18n.current_language())
    installed: list = []

    def install(lang: str) -> None:
        i18n.remove_translators(qapp, installed)
        installed[:] = i18n.install_translators(qapp, lang)

    yield install
    i18n.remove_translators(qapp, installed)
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))


def _window(qtbot, database):
    from hfdesk.ui.main_window import MainWindow

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# --- the user guide --------------------------------------------------------------------------


def _without_quotes(text: str) -> str:
    """What the guide says itself: not the words it quotes from documents, files and Windows
    («Navn», `hfdesk-demo.sqlite`), which keep their own spelling."""
    return re.sub(r"`[^`]*`", "", re.sub(r"«[^»]*»", "", text))


def test_the_nynorsk_guide_is_nynorsk():
    from test_language import BOKMAAL_ONLY, NOT_IN_NYNORSK, _offending

    text = GUIDE_NN.read_text(encoding="utf-8")
    assert text.startswith("# Brukarrettleiing for hfdesk")
    offenders = {
        number: (found, line)
        for number, line in enumerate(_without_quotes(text).splitlines(), start=1)
        if (found := _offending(line, "nn", BOKMAAL_ONLY + NOT_IN_NYNORSK))
    }
    assert not offenders, offenders
    lowered = text.lower()
    assert "partnarskapsmøte" in lowered and "partnerskapsmøte" not in lowered
    assert "barn og unge" in lowered and "andre ledd" in lowered
    for word in ("ikkje", "kva", "vert", "medlemer", "saklista", "røysterett"):
        assert re.search(rf"(?<![\w-]){word}(?![\w-])", lowered), word


def test_the_nynorsk_guide_covers_what_the_bokmaal_guide_does():
    from test_user_guide import images

    def headings(path: Path) -> list[str]:
        return re.findall(r"^(#{1,3}) ", path.read_text(encoding="utf-8"), re.MULTILINE)

    assert headings(GUIDE_NN) == headings(GUIDE_NB)  # the same sections, in the same order
    assert [p for _alt, p in images(GUIDE_NN)] == [p for _alt, p in images(GUIDE_NB)]
    # the same tables, row for row (the shortcut table among them)
    rows = [len(re.findall(r"^\|", g.read_text(encoding="utf-8"), re.MULTILINE)) for g in (GUIDE_NN, GUIDE_NB)]
    assert rows[0] == rows[1]


def test_the_nynorsk_guide_lists_every_keyboard_shortcut():
    from test_user_guide import _guide_keys, shortcuts_in_code

    text = GUIDE_NN.read_text(encoding="utf-8").replace("## Hurtigtastar", "## Hurtigtaster")
    listed = _guide_keys(text.replace("| tastar", "| taster"))
    missing = sorted(k for k in shortcuts_in_code() if k not in listed)
    assert not missing, f"shortcuts the nynorsk guide's table does not list: {missing}"
    assert "F1" in listed


@pytest.mark.gui
def test_every_menu_entry_the_nynorsk_guide_names_is_there(qtbot, demo_db, language):
    from test_user_guide import _menu_paths_not_found

    language("nn")
    window = _window(qtbot, demo_db)
    missing = _menu_paths_not_found(GUIDE_NN, window)
    assert not missing, f"menu entries in the nynorsk guide that the window does not have: {missing}"


def test_the_guide_is_shipped_with_the_package():
    from hfdesk.ui.guide import GUIDE_FILES

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    for name in GUIDE_FILES.values():
        assert shipped[f"docs/{name}"] == f"hfdesk/resources/guide/{name}"
    assert shipped["docs/bilder"] == "hfdesk/resources/guide/bilder"
    spec = (ROOT / "packaging" / "hfdesk.spec").read_text(encoding="utf-8")
    assert all(f'"{name}"' in spec for name in GUIDE_FILES.values())


def test_an_installed_guide_is_found_beside_the_resources(tmp_path, monkeypatch):
    from hfdesk.ui import guide

    resources = tmp_path / "hfdesk" / "resources"
    (resources / "guide").mkdir(parents=True)
    for name in guide.GUIDE_FILES.values():
        (resources / "guide" / name).write_text(f"# {name}\n", encoding="utf-8")
    monkeypatch.setattr(guide, "resource_dir", lambda: resources)
    assert guide.guide_file("nn") == resources / "guide" / "brukarrettleiing.md"
    # no English guide installed: the bokmål one
    (resources / "guide" / "user-guide-en.md").unlink()
    assert guide.guide_file("en") == resources / "guide" / "brukerveiledning.md"


@pytest.mark.gui
@pytest.mark.qt_log_ignore("This plugin does not support")  # raise() offscreen
@pytest.mark.parametrize(
    ("lang", "file_name", "title", "menu_entry"),
    [
        ("nb", "brukerveiledning.md", "Brukerveiledning for hfdesk", "&Brukerveiledning"),
        ("nn", "brukarrettleiing.md", "Brukarrettleiing for hfdesk", "&Brukarrettleiing"),
        ("en", "user-guide-en.md", "hfdesk user guide (English summary)", "&User Guide"),
    ],
)
def test_f1_opens_the_guide_in_the_interface_language(qtbot, demo_db, language, lang, file_name, title, menu_entry):
    from hfdesk.ui.guide import GuideWindow

    language(lang)
    window = _window(qtbot, demo_db)
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.guide_action in help_menu.actions()
    assert window.guide_action.text() == menu_entry
    assert window.guide_action.shortcut().toString() == "F1"
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    assert guide.path is not None and guide.path.name == file_name
    assert guide.browser.document().firstBlock().text() == title
    assert guide.browser.document().toPlainText().count("\n") > 40  # the whole guide, rendered
    # F1 again shows the same window, not a second one
    window.activateWindow()
    window.show_guide()
    assert len(window.findChildren(GuideWindow)) == 1
    guide.close()


@pytest.mark.gui
def test_the_guide_window_follows_its_links_and_shows_its_pictures(qtbot, demo_db, language):
    from hfdesk.ui.guide import MAX_PICTURE_WIDTH, GuideWindow

    language("nn")
    guide = GuideWindow(None)
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    assert guide.windowTitle() == "hfdesk – Brukarrettleiing"
    assert guide.contents_button.text() == "&Innhald"
    # the contents link to the headings (Qt's Markdown gives them no anchors of their own)
    assert {"hurtigtastar", "kvar-dataa-ligg", "første-gong-du-startar"} <= set(guide.headings())
    guide.follow(QUrl("#hurtigtastar"))
    scrollbar = guide.browser.verticalScrollBar()
    assert scrollbar.value() > 0
    assert guide.browser.textCursor().block().text() == "Hurtigtastar"
    # to the English guide and back
    guide.follow(QUrl("user-guide-en.md"))
    assert guide.path is not None and guide.path.name == "user-guide-en.md"
    assert guide.back_button.isEnabled()
    guide.go_back()
    assert guide.path.name == "brukarrettleiing.md" and scrollbar.value() > 0
    # a link to what is not installed with the app leads nowhere, quietly
    guide.follow(QUrl("../README.md#command-line"))
    assert guide.path.name == "brukarrettleiing.md"
    # the screenshots are there, made small enough for the window
    pictures = []
    block = guide.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                pictures.append(fmt.toImageFormat())
            it += 1
        block = block.next()
    assert len(pictures) == 12
    for picture in pictures:  # a width of 0 is the picture's own width
        own = QImageReader(str(guide.path.parent / picture.name())).size().width()
        assert own > 0, picture.name()
        assert 0 < (picture.width() or own) <= MAX_PICTURE_WIDTH, picture.name()
    assert any(picture.width() == MAX_PICTURE_WIDTH for picture in pictures)
    resource = guide.browser.document().resource(2, QUrl(pictures[0].name()))  # ImageResource
    assert resource is not None and not resource.isNull()


# --- Qt's own dialogs -----------------------------------------------------------------------

DIALOG_WORDS = {
    "nb": {
        "buttons": ["&Ja", "&Nei", "Avbryt", "Lagre", "Åpne", "Lukk", "Forkast", "Bruk", "OK"],
        "labels": ["&Søk i:", "Fil&navn:", "Fil&type:"],
        "save": "&Lagre",
        "open": "&Åpne",
        "columns": ["Navn", "Størrelse", "Type", "Endret"],
    },
    "nn": {
        "buttons": ["&Ja", "&Nei", "Avbryt", "Lagre", "Opne", "Lukk", "Forkast", "Bruk", "OK"],
        "labels": ["&Leit i:", "Fil&namn:", "Fil&type:"],
        "save": "&Lagre",
        "open": "&Opne",
        "columns": ["Namn", "Storleik", "Type", "Endra"],
    },
}


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_a_message_box_speaks_norwegian(qtbot, language, lang):
    language(lang)
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "hfdesk",
        "?",
        buttons.Yes | buttons.No | buttons.Cancel | buttons.Save | buttons.Open | buttons.Close
        | buttons.Discard | buttons.Apply | buttons.Ok,
    )
    qtbot.addWidget(box)
    texts = sorted(b.text() for b in box.buttons())
    assert texts == sorted(DIALOG_WORDS[lang]["buttons"])
    yes_no_cancel = QMessageBox(QMessageBox.Icon.Question, "hfdesk", "?", buttons.Yes | buttons.No | buttons.Cancel)
    qtbot.addWidget(yes_no_cancel)
    assert {b.text() for b in yes_no_cancel.buttons()} == {"&Ja", "&Nei", "Avbryt"}


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_the_file_dialog_speaks_norwegian(qtbot, language, tmp_path, lang):
    language(lang)
    (tmp_path / "hfdesk.sqlite").write_bytes(b"")
    words = DIALOG_WORDS[lang]
    dialog = QFileDialog(None, "hfdesk", str(tmp_path), "hfdesk (*.sqlite)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # as on Linux, where Qt draws its own
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels == words["labels"]
    box = dialog.findChild(QDialogButtonBox)
    assert sorted(b.text() for b in box.buttons()) == sorted([words["save"], "Avbryt"])
    tree = dialog.findChild(QTreeView)
    model = tree.model()
    header = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert header == words["columns"]
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    assert sorted(b.text() for b in box.buttons()) == sorted([words["open"], "Avbryt"])
    # nothing on the dialog is left in English
    english = {"&Look in:", "File &name:", "Files of &type:", "&Save", "&Open", "Cancel", "Back", "Forward"}
    shown = set(labels) | {b.text() for b in box.buttons()} | {b.toolTip() for b in dialog.findChildren(type(box.buttons()[0]))}
    assert not shown & english
    dialog.close()


@pytest.mark.gui
def test_qt_s_own_nynorsk_catalogue_is_loaded_under_hfdesk_s(qapp, language):
    assert i18n.load_qt_translator("nn") is not None
    assert i18n.load_qt_translator("nb") is None  # Qt ships none: hfdesk's catalogue carries them
    language("nn")
    assert QCoreApplication.translate("QFileDialog", "Sidebar") == "Sidestolpe"  # from Qt's
    assert QCoreApplication.translate("QFileDialog", "&Open") == "&Opne"  # hfdesk's wins


# --- File ▸ Recent Databases -------------------------------------------------------------------


def test_the_recent_databases_are_kept_newest_first(tmp_path):
    paths = [tmp_path / f"db{i}.sqlite" for i in range(10)]
    for path in paths:
        user_settings.remember_recent_database(path)
    user_settings.remember_recent_database(paths[3])  # opened again: first, not twice
    recent = user_settings.recent_databases()
    assert recent[0] == paths[3]
    assert len(recent) == user_settings.MAX_RECENT_DATABASES == 8
    assert recent[1:] == [paths[9], paths[8], paths[7], paths[6], paths[5], paths[4], paths[2]]
    user_settings.forget_recent_database(paths[9])
    assert paths[9] not in user_settings.recent_databases()
    assert user_settings.last_database() is None  # the start file is a setting of its own


def _new_database(path: Path) -> Path:
    from hfdesk.db import open_database

    open_database(path).close()
    return path


@pytest.mark.gui
def test_file_menu_has_the_recent_databases(qtbot, demo_db, nb, tmp_path, monkeypatch):
    from hfdesk.ui import main_window

    first = _new_database(tmp_path / "styremøter.sqlite")
    gone = _new_database(tmp_path / "gammel.sqlite")
    window = _window(qtbot, demo_db)
    assert window.open_database_file(gone)
    assert window.open_database_file(first)
    gone.unlink()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.recent_menu.menuAction() in file_menu.actions()
    assert window.recent_menu.title() == "&Nylig brukte databaser"
    window.recent_menu.aboutToShow.emit()
    actions = [a for a in window.recent_menu.actions() if not a.isSeparator()]
    texts = [a.text() for a in actions]
    assert texts == ["&1 styremøter.sqlite", "gammel.sqlite (finnes ikke)", "&3 demo.sqlite", "Fjern filer som ikke finnes"]
    assert actions[0].isChecked()  # the file open now
    assert not actions[1].isEnabled() and actions[1].toolTip() == str(gone)
    assert actions[2].isEnabled() and not actions[2].isChecked()

    actions[2].trigger()  # works as File ▸ Open Database
    assert window.database.path == demo_db.path
    window.recent_menu.aboutToShow.emit()
    assert window.recent_menu.actions()[0].text() == "&1 demo.sqlite"

    actions = [a for a in window.recent_menu.actions() if a.text() == "Fjern filer som ikke finnes"]
    actions[0].trigger()
    assert gone not in window.app_settings.recent_databases()
    assert "Fjern filer som ikke finnes" not in [a.text() for a in window.recent_menu.actions()]

    # a file gone since the menu was filled: said so, and taken off the list
    errors: list[str] = []
    monkeypatch.setattr(main_window, "show_error", lambda parent, message, title="": errors.append(message))
    first.unlink()
    assert not window.open_recent_database(first)
    assert errors == [
        f"«styremøter.sqlite» ligger ikke lenger i {tmp_path}, og er tatt bort fra listen over nylig brukte databaser."
    ]
    assert first not in window.app_settings.recent_databases()
    assert window.database.path == demo_db.path


@pytest.mark.gui
def test_no_recent_databases_yet(qtbot, demo_db, nb, monkeypatch):
    from hfdesk.ui.settings import AppSettings

    monkeypatch.setattr(AppSettings, "recent_databases", lambda self: [])
    window = _window(qtbot, demo_db)
    window.recent_menu.aboutToShow.emit()
    (only,) = window.recent_menu.actions()
    assert only.text() == "Ingen databaser er åpnet ennå" and not only.isEnabled()


# --- "Open it now?" with no program to open it ------------------------------------------------


@pytest.mark.gui
@pytest.mark.parametrize(
    ("lang", "message", "title"),
    [
        ("nb", "Ingen program på denne datamaskinen kunne åpne «liste.xlsx». Filen er lagret i {folder}.", "Filen ble ikke åpnet"),
        ("nn", "Ingen program på denne datamaskina kunne opne «liste.xlsx». Fila er lagra i {folder}.", "Fila vart ikkje opna"),
        ("en", "No program on this computer could open «liste.xlsx». The file is saved in {folder}.", "The File Was Not Opened"),
    ],
)
def test_no_program_to_open_the_export_is_said(qapp, language, monkeypatch, tmp_path, lang, message, title):
    from hfdesk.ui import opening

    language(lang)
    path = tmp_path / "liste.xlsx"
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(opening, "show_error", lambda parent, text, heading="": shown.append((text, heading)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    assert not opening.offer_to_open(None, "Eksportert", path, "Åpne nå?")
    assert shown == [(message.format(folder=tmp_path), title)]

    shown.clear()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert opening.offer_to_open(None, "Eksportert", path, "Åpne nå?")
    assert opened == [str(path)] and shown == []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not opening.offer_to_open(None, "Eksportert", path, "Åpne nå?")
    assert opened == [str(path)] and shown == []


@pytest.mark.gui
def test_the_roster_export_says_when_nothing_could_open_it(qtbot, window, tmp_path, monkeypatch):
    from hfdesk.ui import opening

    target = tmp_path / "alle.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    shown: list[str] = []
    monkeypatch.setattr(opening, "show_error", lambda parent, text, heading="": shown.append(text))
    dialog = window.export_roster()
    dialog.whole.setChecked(True)
    assert dialog.export() == target and target.is_file()
    assert shown == [f"Ingen program på denne datamaskinen kunne åpne «alle.xlsx». Filen er lagret i {tmp_path}."]


def test_every_export_that_offers_to_open_goes_through_the_helper():
    """Every "Open it now?" after an export uses opening.offer_to_open (which says when no
    program could open the file), never QDesktopServices.openUrl on its own."""
    ui = ROOT / "hfdesk" / "ui"
    offering = [p for p in ui.rglob("*.py") if "Open it now?" in p.read_text(encoding="utf-8")]
    assert len(offering) >= 3
    for source in offering:
        text = source.read_text(encoding="utf-8")
        if source.name in ("main_window.py", "opening.py"):  # the demo database: opened in hfdesk itself
            continue
        assert "offer_to_open(" in text, source
        assert "QDesktopServices" not in text, source
