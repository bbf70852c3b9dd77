"""Bokmål is shipped complete: every text in the source is translated, and nothing the
main window shows falls back to English."""

from __future__ import annotations

import ctypes
import importlib.util
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
TS_FILE = ROOT / "resources" / "translations" / "hfdesk_nb.ts"
QM_FILE = ROOT / "resources" / "translations" / "hfdesk_nb.qm"


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
def shipped() -> dict[tuple[str, str, str], Message]:
    return read_ts(TS_FILE)


# --- (a) the shipped catalogue covers the source -------------------------------------------


def test_every_source_text_has_a_finished_translation(extracted, shipped):
    missing = [key for key in extracted if key not in shipped]
    assert not missing, f"not in {TS_FILE.name}; run scripts/update_translations.py: {missing}"
    unfinished = [
        key
        for key, msg in shipped.items()
        if key in extracted and (msg.kind or not all(f.strip() for f in msg.forms))
    ]
    assert not unfinished, f"untranslated in {TS_FILE.name}: {unfinished}"


def test_catalogue_has_no_stale_texts(extracted, shipped):
    stale = [key for key in shipped if key not in extracted]
    assert not stale, f"texts no longer in the source; run scripts/update_translations.py: {stale}"


def test_plural_texts_have_both_bokmaal_forms(shipped):
    for msg in shipped.values():
        if msg.numerus:
            assert len(msg.forms) == 2, msg.key
            assert all("%n" in form for form in msg.forms), msg.key


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


def test_compiled_catalogue_matches_the_ts(tmp_path):
    script = _load_script()
    fresh = tmp_path / "hfdesk_nb.qm"
    script.lrelease(TS_FILE, fresh)
    assert QM_FILE.read_bytes() == fresh.read_bytes(), (
        "hfdesk_nb.qm is stale; run scripts/update_translations.py"
    )
    assert translation_file("nb") == QM_FILE


def test_qt_standard_buttons_are_in_bokmaal(qapp):
    translator = load_translator("nb")
    assert translator is not None
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        assert QCoreApplication.translate("QLineEdit", "Select All") == "Merk alt"
    finally:
        qapp.removeTranslator(translator)


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
def recorder(qapp):
    real = load_translator("nb")
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
    assert not misses, f"shown without a bokmål translation: {sorted(misses)}"


def test_recorder_notices_a_missing_translation(qapp, recorder):
    """The recorder itself works: an unknown text in an hfdesk context is a miss."""
    assert QCoreApplication.translate("MainWindow", "No such text in the catalogue") == (
        "No such text in the catalogue"
    )
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fil"
    assert recorder.finish() == {("MainWindow", "No such text in the catalogue")}
