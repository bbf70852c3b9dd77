"""Bokmål, nynorsk and English are shipped complete: every text in the source is
translated in each catalogue (English for its plural forms), the compiled catalogues are
fresh, the JSON records in resources/translations/source/ fill a fresh catalogue again,
and nothing the main window shows falls back to the source (that nynorsk reads as
nynorsk: tests/test_language.py)."""

from __future__ import annotations

import ctypes
import importlib.util
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from hfdesk.ui import labels
from hfdesk.ui.i18n import load_translator, translation_file
from hfdesk.ui.main_window import PAGE_FOLLOW_UPS, PAGE_MEETINGS, PAGE_REGISTER, MainWindow

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nb", "nn", "en")
TS_FILE = TRANSLATIONS / "hfdesk_nb.ts"
QM_FILE = TRANSLATIONS / "hfdesk_nb.qm"


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"hfdesk_{lang}.ts"


def _load_script():
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: '' when finished
    forms: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    messages: dict[tuple[str, str, str], Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            msg = Message(
                context=name,
                source=message.findtext("source", ""),
                comment=message.findtext("comment", ""),
                numerus=numerus,
                kind=translation.get("type", ""),
                forms=forms,
            )
            messages[msg.key] = msg
    return messages


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str, str], Message]:
    """What pyside6-lupdate finds in the current source, in a fresh .ts file."""
    script = _load_script()
    target = tmp_path_factory.mktemp("lupdate") / "fresh_nb.ts"
    script.lupdate(target, "nb_NO", locations="none")
    messages = read_ts(target)
    assert len(messages) > 100, "lupdate found too few texts; is it scanning hfdesk/ui?"
    return messages


@pytest.fixture(scope="module")
def catalogues() -> dict[str, dict[tuple[str, str, str], Message]]:
    return {lang: read_ts(ts_file(lang)) for lang in LANGUAGES}


@pytest.fixture(params=LANGUAGES)
def lang(request) -> str:
    return request.param


@pytest.fixture
def shipped(catalogues, lang) -> dict[tuple[str, str, str], Message]:
    return catalogues[lang]


# --- (a) the shipped catalogues cover the source -------------------------------------------


def test_every_language_is_shipped():
    for lang in LANGUAGES:
        assert ts_file(lang).is_file() and ts_file(lang).with_suffix(".qm").is_file(), lang
    assert set(_load_script().LANGUAGES) == set(LANGUAGES)


def test_every_source_text_has_a_finished_translation(extracted, shipped, lang):
    missing = [key for key in extracted if key not in shipped]
    assert not missing, f"not in hfdesk_{lang}.ts; run scripts/update_translations.py: {missing}"
    unfinished = [
        key
        for key, msg in shipped.items()
        if key in extracted and (msg.kind or not all(f.strip() for f in msg.forms))
    ]
    assert not unfinished, f"untranslated in hfdesk_{lang}.ts: {unfinished}"


def test_catalogue_has_no_stale_texts(extracted, shipped):
    stale = [key for key in shipped if key not in extracted]
    assert not stale, f"texts no longer in the source; run scripts/update_translations.py: {stale}"


def test_plural_texts_have_both_forms(shipped, lang):
    for msg in shipped.values():
        if msg.numerus:
            assert len(msg.forms) == 2, msg.key
            # English may say "the selected attachment" for one; Norwegian keeps the number.
            forms = msg.forms[1:] if lang == "en" else msg.forms
            assert all("%n" in form for form in forms), msg.key


def test_english_plurals_differ_where_the_source_says_s(catalogues):
    """"%n member(s)" is "1 member" and "2 members", never "(s)"."""
    for msg in catalogues["en"].values():
        if msg.numerus and "(s)" in msg.source:
            assert msg.forms[0] != msg.forms[1], msg.key
        assert not any("(s)" in form for form in msg.forms), msg.key


_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def test_placeholders_and_mnemonics_survive_translation(shipped):
    for msg in shipped.values():
        wanted = sorted(set(_PLACEHOLDER.findall(msg.source)))
        for form in msg.forms:
            if msg.numerus and wanted == ["%n"]:
                continue  # a plural form may leave the number out
            assert sorted(set(_PLACEHOLDER.findall(form))) == wanted, (msg.key, form)
            # One keyboard mnemonic at most, and only where the source has one.
            mnemonics = len(re.findall(r"&(?!&)", form))
            assert mnemonics <= 1, (msg.key, form)
            assert (mnemonics == 1) == ("&" in msg.source and "&&" not in msg.source), (msg.key, form)


def test_compiled_catalogue_matches_the_ts(tmp_path, lang):
    script = _load_script()
    source = ts_file(lang)
    compiled = source.with_suffix(".qm")
    fresh = tmp_path / compiled.name
    script.lrelease(source, fresh)
    assert compiled.read_bytes() == fresh.read_bytes(), (
        f"{compiled.name} is stale; run scripts/update_translations.py"
    )
    assert translation_file(lang) == compiled


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nb", {"&Yes": "&Ja", "Cancel": "Avbryt", "Open": "Åpne", "Select All": "Merk alt"}),
        ("nn", {"&Yes": "&Ja", "Cancel": "Avbryt", "Open": "Opne", "Select All": "Merk alt"}),
        ("en", {"&Yes": "&Yes", "Cancel": "Cancel", "Open": "Open", "Select All": "Select All"}),
    ],
)
def test_qt_standard_buttons_are_translated(qapp, lang, words):
    translator = load_translator(lang)
    assert translator is not None
    qapp.installTranslator(translator)
    try:
        for source, wanted in words.items():
            context = "QLineEdit" if source == "Select All" else "QPlatformTheme"
            assert QCoreApplication.translate(context, source) == wanted
    finally:
        qapp.removeTranslator(translator)


def test_english_plurals_are_used(qapp):
    translator = load_translator("en")
    assert translator is not None
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("BodyTreeModel", "%n member(s)", "", 1) == "1 member"
        assert QCoreApplication.translate("BodyTreeModel", "%n member(s)", "", 12) == "12 members"
        assert QCoreApplication.translate("PeopleTab", "%n person(s)", "", 2) == "2 people"
    finally:
        qapp.removeTranslator(translator)


def test_english_meeting_mode_says_apologies_not_forfall(qapp):
    """The button's source text is the Norwegian term; an English interface says it in English."""
    translator = load_translator("en")
    assert translator is not None
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("LiveMeetingPage", "Forfall") == "Apologies"
    finally:
        qapp.removeTranslator(translator)


# --- (b) the JSON records fill a fresh catalogue, in every format the script reads -----------


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_json_sources_fill_a_fresh_catalogue(tmp_path, lang):
    """resources/translations/source/<lang>.json (English: plus the source texts) translates
    everything lupdate finds, so the translations survive a catalogue made anew."""
    script = _load_script()
    fresh = tmp_path / f"hfdesk_{lang}.ts"
    script.lupdate(fresh, script.LANGUAGES[lang], locations="none")
    missing = script.fill(fresh, script.load_fills([])[lang], lang=lang)
    assert not missing, f"not in resources/translations/source/{lang}.json: {missing}"
    filled = read_ts(fresh)
    shipped = read_ts(ts_file(lang))
    assert {k: m.forms for k, m in filled.items()} == {k: shipped[k].forms for k in filled}


def _one_message_ts(path: Path, lang: str) -> None:
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{lang}" sourcelanguage="en">\n'
        "<context><name>MainWindow</name>"
        '<message><source>&amp;File</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n meeting(s)</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )


def test_fill_reads_the_bokmaal_format_and_the_language_keyed_format(tmp_path):
    script = _load_script()
    legacy = tmp_path / "lead.json"  # the format the team has always used: bokmål
    legacy.write_text(json.dumps({"MainWindow": {"&File": "&Fil"}}), encoding="utf-8")
    keyed = tmp_path / "all.json"
    keyed.write_text(
        json.dumps(
            {
                "nn": {"MainWindow": {"&File": "&Fil", "%n meeting(s)": ["%n møte", "%n møte"]}},
                "en": {"MainWindow": {"%n meeting(s)": ["%n meeting", "%n meetings"]}},
            }
        ),
        encoding="utf-8",
    )
    plain_nn = tmp_path / "nn-only.json"
    plain_nn.write_text(json.dumps({"MainWindow": {"&File": "F&il"}}), encoding="utf-8")

    assert script.read_fill(legacy) == {"nb": {("MainWindow", "&File"): "&Fil"}}
    assert set(script.read_fill(keyed)) == {"nn", "en"}
    assert script.read_fill(f"nn={plain_nn}") == {"nn": {("MainWindow", "&File"): "F&il"}}

    fills = script.load_fills([legacy, keyed], with_sources=False)
    nb, nn, en = (tmp_path / f"{lang}.ts" for lang in ("nb", "nn", "en"))
    for lang, path in (("nb", nb), ("nn", nn), ("en", en)):
        _one_message_ts(path, lang)
    assert script.fill(nb, fills["nb"], lang="nb") == ["MainWindow: %n meeting(s)"]
    assert script.fill(nn, fills["nn"], lang="nn") == []
    assert script.fill(en, fills["en"], lang="en") == []  # "&File" is its own English
    assert read_ts(nn)[("MainWindow", "%n meeting(s)", "")].forms == ["%n møte", "%n møte"]
    assert read_ts(en)[("MainWindow", "&File", "")].forms == ["&File"]
    assert read_ts(en)[("MainWindow", "%n meeting(s)", "")].forms == ["%n meeting", "%n meetings"]


# (c) nynorsk is nynorsk and bokmål is bokmål: tests/test_language.py scans these catalogues
# with the core's messages and the documents' words.


# --- (b) nothing the window shows falls back to English --------------------------------------


class _Probe(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):
        return source_text


def _none_refs_lost_per_call(app) -> int:
    """PySide 6.12 hands a null disambiguation to a Python translate() override as None
    without taking a reference, so every such call steals one reference to None, and
    Python aborts ("deallocating None") after enough lookups. Measure it, so the
    recorder can give the reference back only where the bug exists."""
    probe = _Probe()
    app.installTranslator(probe)
    try:
        before = sys.getrefcount(None)
        for _ in range(100):
            QCoreApplication.translate("Probe", "text")
        lost = before - sys.getrefcount(None)
    finally:
        app.removeTranslator(probe)
    if lost > 0:
        ctypes.pythonapi.Py_IncRef.argtypes = [ctypes.py_object]
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(None)
    return round(lost / 100)


class RecordingTranslator(QTranslator):
    """Sits in front of the real catalogue and notes every lookup it cannot answer.

    It answers from the real catalogue itself, so the window looks exactly as it does
    with the real one alone.

    PySide's tr() tries the class and then its base classes, one lookup each, until
    one gives a text different from the source (so a translation identical to the
    source, "Status", walks on); consecutive lookups of the same text are one tr()
    call, which misses only when all of them miss. Qt's own texts (contexts 'Q…') are not counted:
    Qt ships no bokmål catalogue and hfdesk translates only those it shows.
    """

    def __init__(self, real: QTranslator, none_refs_lost_per_call: int = 0) -> None:
        super().__init__()
        self._real = real
        self._give_back = none_refs_lost_per_call
        self._current: tuple[str, str | None, int] | None = None
        self._current_context = ""
        self._current_found = True
        self.lookups = 0
        self.misses: set[tuple[str, str]] = set()

    def _close_run(self) -> None:
        if (
            self._current is not None
            and not self._current_found
            and not self._current_context.startswith("Q")
        ):
            self.misses.add((self._current_context, self._current[0]))

    def finish(self) -> set[tuple[str, str]]:
        self._close_run()
        self._current = None
        return self.misses

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if disambiguation is None:
            for _ in range(self._give_back):
                ctypes.pythonapi.Py_IncRef(None)
        context = context.decode() if isinstance(context, bytes) else str(context)
        key = (source_text, disambiguation or None, n)
        if key != self._current:
            self._close_run()
            self._current, self._current_context, self._current_found = key, context, False
        self.lookups += 1
        found = self._real.translate(context, source_text, disambiguation, n)
        if found:
            self._current_found = True
            return found
        # The source text, as Qt would fall back to: returning None from this override
        # corrupts None's reference count in PySide 6.12 and crashes after many calls.
        return source_text


@pytest.fixture
def recorder(qapp, request):
    real = load_translator(getattr(request, "param", "nb"))
    assert real is not None
    qapp.installTranslator(real)
    rec = RecordingTranslator(real, _none_refs_lost_per_call(qapp))
    qapp.installTranslator(rec)  # installed last: asked first
    yield rec
    qapp.removeTranslator(rec)
    qapp.removeTranslator(real)


def _touch_every_cell(view) -> None:
    model = view.model()
    columns = model.columnCount()
    for column in range(columns):
        model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)

    def walk(parent) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                index.data(Qt.ItemDataRole.DisplayRole)
                index.data(Qt.ItemDataRole.ToolTipRole)
            walk(model.index(row, 0, parent))

    walk(view.rootIndex())


@pytest.mark.parametrize("recorder", LANGUAGES, indirect=True)
def test_main_window_shows_no_untranslated_text(qtbot, demo_db, recorder, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    register = window.register_page
    window.show_page(PAGE_REGISTER)
    bodies = register.bodies
    for body in bodies.tree_model.bodies():
        bodies.select_body(body.id)
        _touch_every_cell(bodies.members)
        _touch_every_cell(bodies.composition.breaches)
        _touch_every_cell(bodies.composition.rules)
    # The forms translate their labels, placeholders and buttons as they are built.
    member = bodies.members_model.rows()[0]
    rule = bodies.composition.rules_model.rows()[0]
    person = register.people.model.rows()[0]
    forms = [
        bodies.add_member(),
        bodies.edit_member(member.membership_id),
        bodies.end_member(member.membership_id),
        register.people.add_person(),
        register.people.move_person(person.id),
        register.organisations.add_organisation(),
        bodies.composition.add_rule(),
        bodies.composition.edit_rule(rule.id),
    ]
    forms[0].save()  # the inline message for a missing person
    for form in forms:
        form.reject()
    # The File menu's register dialogs and every step of the import wizard.
    window.new_structure_from_template().reject()
    window.export_roster().reject()
    from hfdesk.exports.roster import export_roster

    workbook = tmp_path / "roster.xlsx"
    with demo_db.session() as session:
        export_roster(session, workbook, body_id=bodies.selected_body_id())
    wizard = window.import_roster()
    wizard.file_page.path.setText(str(tmp_path / "missing.xlsx"))
    wizard.next()  # the inline message for a file that is not there
    wizard.file_page.path.setText(str(workbook))
    for _step in range(4):
        wizard.next()
    wizard.reject()
    bodies.show_ended.setChecked(True)
    _touch_every_cell(bodies.tree)
    _touch_every_cell(bodies.members)
    register.tabs.setCurrentWidget(register.people)
    qtbot.keyClicks(register.people.search, "a")
    qtbot.keyClicks(register.people.search, "zzzz")
    register.people.search.clear()
    _touch_every_cell(register.people.table)
    register.tabs.setCurrentWidget(register.organisations)
    _touch_every_cell(register.organisations.table)

    window.show_page(PAGE_MEETINGS)
    meetings = window.meetings_page
    for i in range(meetings.body.count()):
        meetings.body.setCurrentIndex(i)
    meetings.body.setCurrentIndex(0)
    _touch_every_cell(meetings.meetings)
    for row in range(meetings.meetings.model().rowCount()):
        meetings.meetings.selectRow(row)
        _touch_every_cell(meetings.agenda)
        _touch_every_cell(meetings.backlog)
    for word in ("a", "sak", "zzzz"):  # the case search, as the user types
        meetings.search.setText(word)
        _touch_every_cell(meetings.hits)
    meetings.search.clear()

    window.show_page(PAGE_FOLLOW_UPS)
    follow_ups = window.follow_ups_page
    for key in ("open", "overdue", "done", "all"):
        follow_ups.set_filter(key)
        _touch_every_cell(follow_ups.table)

    # The settings dialog.
    window.show_settings().reject()

    # Texts built on demand: menus, tool tips, the about box, enum labels.
    for action in window.findChildren(type(window.open_action)):
        action.text()
    monkeypatch.setattr(QMessageBox, "about", lambda *a, **k: None)
    window.show_about()
    for enum_cls, fn in labels.LABELLED_ENUMS:
        for value in enum_cls:
            fn(value)

    misses = recorder.finish()
    assert recorder.lookups > 100
    assert not misses, f"shown without a translation: {sorted(misses)}"


def test_recorder_notices_a_missing_translation(qapp, recorder):
    """The recorder itself works: an unknown text in an hfdesk context is a miss."""
    assert QCoreApplication.translate("MainWindow", "No such text in the catalogue") == (
        "No such text in the catalogue"
    )
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fil"
    assert recorder.finish() == {("MainWindow", "No such text in the catalogue")}
