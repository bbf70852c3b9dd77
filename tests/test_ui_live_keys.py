"""Meeting mode's keys (issue 19, point 4): with meeting mode shown, no two controls of the main
window share a mnemonic (the &-letter Alt jumps to) and no key is bound twice where both would
answer; the attendance letters and the conclusions' Alt+digits included."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenuBar, QTabBar, QWidget

from hfdesk.models import ConclusionKind, MeetingStatus
from hfdesk.services import queries

pytestmark = pytest.mark.gui

MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture
def meeting_id(demo_db) -> int:
    with demo_db.session() as s:
        rows = [r for r in queries.list_meetings(s) if r.status == MeetingStatus.NOTICE_SENT and r.body_short_name == "SSU"]
    return rows[0].id


def _mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Every mnemonic a user can reach in the window now: visible labels with a buddy, visible
    buttons, visible tabs and the menu bar's menus; letter → the texts that carry it."""
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        letter = _mnemonic(text)
        if letter:
            found.setdefault(letter, []).append(text)

    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            add(label.text())
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            add(button.text())
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            for i in range(bar.count()):
                if bar.isTabVisible(i):
                    add(bar.tabText(i))
    for menubar in window.findChildren(QMenuBar):
        for action in menubar.actions():
            if action.isVisible():
                add(action.text())
    return found


def _scopes(action: QAction | QShortcut, window: QWidget) -> list[QWidget]:
    context = action.shortcutContext() if isinstance(action, QAction) else action.context()
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return [window]
    if isinstance(action, QShortcut):
        parent = action.parent()
        return [parent] if isinstance(parent, QWidget) else []
    return [w for w in action.associatedObjects() if isinstance(w, QWidget) and w.window() is window
            and not w.inherits("QMenu") and not w.inherits("QMenuBar")] or (
        [window] if any(w.inherits("QMenu") or w.inherits("QMenuBar") for w in action.associatedObjects()) else [])


def _overlap(a: QWidget, b: QWidget) -> bool:
    return a is b or a.isAncestorOf(b) or b.isAncestorOf(a)


def repeated_keys(window: QWidget) -> list[str]:
    """Two enabled bindings of one key whose reach overlaps (one would swallow the other)."""
    bindings: list[tuple[str, str, list[QWidget]]] = []
    for action in window.findChildren(QAction):
        if not action.isEnabled() and not action.isVisible():
            continue
        scopes = [w for w in _scopes(action, window) if w.isVisible()]
        for key in action.shortcuts():
            if not key.isEmpty() and scopes:
                bindings.append((key.toString(QKeySequence.SequenceFormat.PortableText), action.text(), scopes))
    for shortcut in window.findChildren(QShortcut):
        scopes = [w for w in _scopes(shortcut, window) if w.isVisible()]
        if shortcut.isEnabled() and scopes and not shortcut.key().isEmpty():
            bindings.append((shortcut.key().toString(QKeySequence.SequenceFormat.PortableText), "(shortcut)", scopes))
    problems = []
    for i, (key, text, scopes) in enumerate(bindings):
        for other_key, other_text, other_scopes in bindings[i + 1:]:
            if key == other_key and any(_overlap(a, b) for a in scopes for b in other_scopes):
                problems.append(f"{key}: {text!r} and {other_text!r}")
    return problems


def _show_every_part(window, meeting_id):
    """Meeting mode with each conclusion kind, so every panel has been on screen."""
    window.open_meeting_mode(meeting_id)
    page = window.live_page
    for kind in (ConclusionKind.VOTE, ConclusionKind.CONSENSUS_WITH_PROTOCOL, ConclusionKind.NO_CONSENSUS):
        page.clear_conclusion()
        page.conclude_as(kind)
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.close()
        QApplication.processEvents()
        yield kind


@pytest.fixture(params=["nb", "nn", "en"])
def any_language_window(request, qtbot, qapp, demo_db, monkeypatch):
    """The main window in each interface language (the catalogues carry the &-letters)."""
    from PySide6.QtCore import QLocale

    from hfdesk.ui import i18n
    from hfdesk.ui.main_window import MainWindow

    monkeypatch.setattr(i18n, "_current_language", i18n.current_language())  # put back afterwards
    locale = QLocale()
    translators = i18n.install_translators(qapp, request.param)
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    i18n.remove_translators(qapp, translators)
    QLocale.setDefault(locale)


def test_no_mnemonic_or_key_is_used_twice_in_meeting_mode(qtbot, any_language_window, meeting_id):
    window = any_language_window
    problems = []
    for kind in _show_every_part(window, meeting_id):
        for letter, texts in mnemonics(window).items():
            if len(texts) > 1:
                problems.append(f"{kind.value}: &{letter} on {texts}")
        problems += [f"{kind.value}: {p}" for p in repeated_keys(window)]
        window.live_page.show_attendance()
        for letter, texts in mnemonics(window).items():
            if len(texts) > 1:
                problems.append(f"{kind.value}, attendance shown: &{letter} on {texts}")
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


def test_the_test_finds_a_repeated_mnemonic_and_a_repeated_key(qtbot, window, meeting_id):
    """The checks above can fail: a second '&Meeting' label and a second Ctrl+N are found."""
    list(_show_every_part(window, meeting_id))
    page = window.live_page
    extra = QLabel("&Møte igjen", page)
    extra.setBuddy(page.notes)
    extra.show()
    twin = QAction("Twin", page)
    twin.setShortcut(QKeySequence("Ctrl+N"))
    twin.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    page.addAction(twin)
    assert any(len(texts) > 1 for texts in mnemonics(window).values())
    assert any("Ctrl+N" in p for p in repeated_keys(window))
