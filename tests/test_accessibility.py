"""hfdesk works with a keyboard and a screen reader (issue 8, point 3).

* Every visible control of every page and of every dialog reachable from the pages and
  the menus has a name a screen reader can announce. The name is what Qt's accessibility
  layer exposes (``QAccessible.queryAccessibleInterface(w).text(Name)``): an accessible
  name, a button's text, or a QLabel buddy that Qt picks up. Tabs are checked one by one.
* Tab walks a dialog's controls in order: from the first field, top to bottom, every
  control that takes focus once, then back to the start; no control is skipped, visited
  twice or keeps the Tab key (a table that moves between its cells on Tab does).
* Text follows the system font size: no fixed point or pixel sizes in hfdesk/ui, and a
  larger system font makes every text larger.
* The colours hfdesk picks itself (hfdesk/ui/models/base.py and the widgets) keep a
  contrast of at least 4.5:1 (WCAG 2.1, 1.4.3) against the background they are drawn on,
  in a light and in a dark palette.

The dialogs are opened by the functions the app itself calls (the page and menu
handlers); they open with ``open()``, and the few that ``exec()`` are caught before they
block. Nothing is expected to fail: every page and dialog passes every check.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAccessible, QBrush, QColor, QFont, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

from hfdesk.models import AttendanceStatus, Capacity, ConclusionKind, MeetingStatus
from hfdesk.services import queries
from hfdesk.ui.main_window import PAGE_FOLLOW_UPS, PAGE_MEETINGS, PAGE_REGISTER, MainWindow

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "hfdesk" / "ui"

#: What a screen reader must be able to name (QCheckBox and QRadioButton are QAbstractButtons;
#: the tabs of a QTabBar are checked one by one).
CONTROL_TYPES = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QSlider,
)

#: Tab presses one control may take before the focus moves on: a date or time field takes
#: one per section (day, month, year; hours, minutes), as Qt's QDateTimeEdit does.
TABS_INSIDE_ONE_CONTROL = 5


# --- names -------------------------------------------------------------------------------------


def accessible_name(widget: QWidget) -> str:
    """The name Qt hands a screen reader."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return ""
    return (iface.text(QAccessible.Text.Name) or "").strip()


def is_part_of_another_control(widget: QWidget) -> bool:
    """Qt's own parts of a control, announced through the control itself."""
    parent = widget.parentWidget()
    return (
        isinstance(widget, QHeaderView)  # a view's header: read from the model's header data
        # a combo box's or spin box's editor, a line edit's clear button, a tab bar's arrows
        or isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar))
    )


def controls(root: QWidget) -> Iterator[QWidget]:
    """The interactive controls of `root` a user can see now."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, CONTROL_TYPES) and widget.isVisible() and not is_part_of_another_control(widget):
            yield widget


def where(widget: QWidget) -> str:
    """Where a control is, for a failure message: the attribute that holds it and its owner."""
    owner: QWidget | None = widget.parentWidget()
    while owner is not None:
        for name, value in vars(owner).items():
            if value is widget or (isinstance(value, dict) and any(v is widget for v in value.values())):
                return f"{type(owner).__name__}.{name} ({type(widget).__name__})"
        owner = owner.parentWidget()
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    parent = widget.parentWidget()
    return f"{type(widget).__name__} {text!r} in {type(parent).__name__ if parent else '-'}"


def unnamed(root: QWidget) -> list[str]:
    """Every visible control of `root`, and every visible tab, that a screen reader cannot name."""
    found = [where(widget) for widget in controls(root) if not accessible_name(widget)]
    for bar in root.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        iface = QAccessible.queryAccessibleInterface(bar)
        for i in range(bar.count()):
            tab = iface.child(i) if iface is not None else None
            name = (tab.text(QAccessible.Text.Name) or "").strip() if tab is not None else ""
            if bar.isTabVisible(i) and not name:
                found.append(f"tab {i} of {where(bar)}")
    return found


# --- Tab order ---------------------------------------------------------------------------------


def radio_group(widget: QWidget) -> object | None:
    """The radio buttons that exclude each other, as one key: Tab reaches one of them (Qt takes
    Tab focus from the others once one has had the focus) and the arrow keys the rest."""
    if not isinstance(widget, QRadioButton):
        return None
    group = widget.group()
    if group is not None and group.exclusive():
        return group
    return widget.parentWidget() if widget.autoExclusive() else None


def tab_stops(root: QWidget) -> list[QWidget]:
    """The controls Tab should reach, top to bottom: visible, enabled, focusable by Tab.

    Of radio buttons that exclude each other Qt keeps one in the Tab chain (the one last
    focused; the arrow keys move between them) by taking Tab focus from the others.
    """
    stops = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROL_TYPES) or is_part_of_another_control(widget):
            continue
        if not widget.isVisibleTo(root) or not widget.isEnabled() or widget.focusProxy() is not None:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        stops.append(widget)
    return sorted(stops, key=lambda w: _position(w, root))


def _position(widget: QWidget, root: QWidget) -> tuple[int, int]:
    point = widget.mapTo(root, QPoint(0, 0))
    return point.y(), point.x()


def walk_tab_chain(root: QWidget, start: QWidget, stops: list[QWidget]) -> tuple[list[QWidget], list[str]]:
    """Press Tab from `start` until the focus is back there: the controls visited, in order,
    and what went wrong on the way."""
    visited = [start]
    current = start
    inside = 0
    for _ in range(400):
        QTest.keyClick(current, Qt.Key.Key_Tab)
        following = root.focusWidget()
        if following is None or not following.isVisibleTo(root):
            return visited, [f"Tab from {where(current)} leaves the dialog's controls"]
        if following is start and stops == [start]:
            return visited, []  # the one control there is
        if following is current:
            inside += 1
            if inside > TABS_INSIDE_ONE_CONTROL:
                return visited, [f"Tab stays in {where(current)} (it moves inside the control)"]
            continue
        inside = 0
        if following is start:
            return visited, []
        if following in visited:
            loop = f"Tab goes from {where(current)} back to {where(following)}"
            return visited, [f"{loop} and never reaches {where(start)} again"]
        visited.append(following)
        current = following
    return visited, ["Tab never comes back to where it started"]


def tab_order_problems(root: QWidget, *, starts_at_first_field: bool = True) -> list[str]:
    """Whether Tab is sensible in a dialog: it starts at the first field (when a form asks
    for it), visits every control once, top to bottom, and comes back to the start."""
    QApplication.processEvents()
    stops = tab_stops(root)
    assert stops, f"{type(root).__name__} has no control to Tab to"
    problems = []
    focus = root.focusWidget()
    if focus is not None and focus.focusProxy() is not None:
        focus = focus.focusProxy()
    if starts_at_first_field and focus is not stops[0]:
        shown = where(focus) if focus is not None else "nothing"
        problems.append(f"the focus starts on {shown}, not on the first field, {where(stops[0])}")
    start = focus if focus in stops else stops[0]
    visited, walk_problems = walk_tab_chain(root, start, stops)
    problems += walk_problems
    reached = {radio_group(w) for w in visited} - {None}
    missing = [where(w) for w in stops if w not in visited and radio_group(w) not in reached]
    if missing and not walk_problems:
        problems.append(f"Tab never reaches {', '.join(missing)}")
    # Top to bottom: from the top-most control on, no step goes back up (a row of buttons is one line).
    first = visited.index(stops[0]) if stops[0] in visited else 0
    in_order = visited[first:] + visited[:first]
    for before, after in pairwise(in_order):
        if _position(after, root)[0] + after.height() // 2 < _position(before, root)[0]:
            problems.append(f"Tab goes up from {where(before)} to {where(after)}")
    return problems


# --- the app's dialogs, opened as the app opens them -------------------------------------------


@pytest.fixture
def quiet(monkeypatch):
    """No message box or file dialog may block a test: questions are answered No."""
    no = QMessageBox.StandardButton.No
    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: no))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))


@dataclass
class Context:
    window: MainWindow
    monkeypatch: pytest.MonkeyPatch
    tmp_path: Path


def _bodies(window: MainWindow, short_name: str = "SSU"):
    window.show_page(PAGE_REGISTER)
    register = window.register_page
    register.tabs.setCurrentWidget(register.bodies)
    bodies = register.bodies
    body = next((b for b in bodies.tree_model.bodies() if b.short_name == short_name), None)
    if body is not None:
        bodies.select_body(body.id)
    return bodies


def _member(window: MainWindow):
    return next(m for m in _bodies(window).members_model.rows() if m.current and m.role.value == "member")


def _people(window: MainWindow):
    window.show_page(PAGE_REGISTER)
    register = window.register_page
    register.tabs.setCurrentWidget(register.people)
    return register.people


def _organisations(window: MainWindow):
    window.show_page(PAGE_REGISTER)
    register = window.register_page
    register.tabs.setCurrentWidget(register.organisations)
    return register.organisations


def _all_meetings(window: MainWindow) -> list[queries.MeetingRow]:
    with window.database.session() as s:
        return [m for year in queries.meeting_years(s) for m in queries.list_meetings(s, year=year)]


def _meetings_page(window: MainWindow, status: MeetingStatus | None = None):
    """The Meetings page with a meeting in `status` selected (the year and body it is in)."""
    window.show_page(PAGE_MEETINGS)
    page = window.meetings_page
    if status is not None:
        meeting = next(m for m in _all_meetings(window) if m.status == status and m.item_count > 2)
        page.year.setCurrentIndex(page.year.findData(meeting.starts_at.year))
        page.body.setCurrentIndex(0)
        assert page.select_meeting(meeting.id)
    return page


def _taken_over(c: Context):
    """Overta møtet…: the reason form for a meeting a colleague has taken along."""
    from hfdesk.services import checkout

    page = _meetings_page(c.window, MeetingStatus.HELD)
    checkout.take_meeting(c.window.ops.database, page.selected_meeting_id(), c.tmp_path / "med.sqlite")
    page.reload()
    return page.take_over()


def _copy_differences(c: Context):
    """A copy that can no longer be handed back: its differences from the shared meeting."""
    from hfdesk.services.checkout import Difference
    from hfdesk.ui.dialogs.checkout import DifferencesDialog

    dialog = DifferencesDialog("Møtet vart teke over.", [Difference("Møtet", "title", "Nytt", "Gamalt")], c.window)
    dialog.show()
    return dialog


def _agenda_row(page, *, standard: bool) -> int:
    rows = page.agenda_model.rows()
    return next(i for i, r in enumerate(rows) if (r.standard is not None) == standard)


def _edit_case(window: MainWindow, status: MeetingStatus, *, standard: bool = False):
    page = _meetings_page(window, status)
    page.agenda.selectRow(_agenda_row(page, standard=standard))
    return page.agenda_panel.edit_case()


def _send_case(window: MainWindow):
    page = _meetings_page(window, MeetingStatus.NOTICE_SENT)
    page.agenda.selectRow(_agenda_row(page, standard=False))
    return page.agenda_panel.send_case()


def _live(window: MainWindow):
    """Meeting mode on the SSU's next meeting (notice sent), at its first case."""
    meeting = next(
        m
        for m in _all_meetings(window)
        if m.status == MeetingStatus.NOTICE_SENT and m.body_short_name == "SSU"
    )
    window.open_meeting_mode(meeting.id)
    page = window.live_page
    view = page.view()
    assert view is not None and view.editable
    case = next(i for i in view.items if i.standard is None)
    page.go_to_item(case.id)
    return page


def _deputy(window: MainWindow):
    """A member reports absence; the form for the deputy who steps in."""
    page = _live(window)
    for attendee in list(page.attendance_model.rows()):
        if attendee.capacity != Capacity.MEMBER:
            continue
        page.select_person(attendee.person_id)
        page.mark(AttendanceStatus.REPORTED_ABSENT)
        page.select_person(attendee.person_id)
        dialog = page.deputy_steps_in()
        if dialog is not None and dialog.ok_button.isEnabled():
            return dialog
        if dialog is not None:
            dialog.reject()
    raise AssertionError("no member with a deputy to stand in")


def _conflict(window: MainWindow):
    """A colleague saved the same case while it was open: the conflict dialog on saving it."""
    from hfdesk.services import agenda

    editor = _edit_case(window, MeetingStatus.NOTICE_SENT)
    editor.background.setPlainText("Min tekst")
    with window.database.transaction() as s:
        agenda.update_item(s, editor.item_id, background="Kollegaen sin tekst")
    editor.save()
    return editor.conflict_dialog


def _corrected_proposal(window: MainWindow):
    page = _live(window)
    assert page.proposals_model.rowCount(), "the case has no proposal to correct"
    page.proposals.setCurrentIndex(page.proposals_model.index(0, 0))
    return page.edit_proposal()


def _workbook(ctx: Context) -> Path:
    from hfdesk.exports.roster import export_roster

    bodies = _bodies(ctx.window)
    path = ctx.tmp_path / "medlemsliste.xlsx"
    with ctx.window.database.session() as s:
        export_roster(s, path, body_id=bodies.selected_body_id())
    return path


def _wizard_at(ctx: Context, step: int):
    """The import wizard at `step` (1: the file … 5: the result), on a roster exported from the demo."""
    wizard = ctx.window.import_roster()
    wizard.file_page.path.setText(str(_workbook(ctx)))
    for _ in range(step - 1):
        wizard.next()
    assert wizard.currentId() == step - 1
    return wizard


def _wizard_bad_file(ctx: Context):
    wizard = ctx.window.import_roster()
    wizard.file_page.path.setText(str(ctx.tmp_path / "finnes-ikke.xlsx"))
    wizard.next()  # the inline message for a file that is not there
    assert wizard.file_page.error.isVisible()
    return wizard


def _catch_exec(ctx: Context, dialog_class) -> list[QDialog]:
    """`dialog_class.exec()` shows the dialog and returns Rejected at once, so a test can
    look at it; the dialogs opened that way."""
    caught: list[QDialog] = []

    def exec_(self) -> int:
        caught.append(self)
        self.show()
        QApplication.processEvents()
        return int(QDialog.DialogCode.Rejected)

    ctx.monkeypatch.setattr(dialog_class, "exec", exec_)
    return caught


def _welcome_first_start(ctx: Context):
    """The welcome run_gui shows before any database exists (hfdesk.ui.app.ask_first_run)."""
    from hfdesk.ui import app as app_module
    from hfdesk.ui.dialogs.first_run import FirstRunDialog

    caught = _catch_exec(ctx, FirstRunDialog)
    assert app_module.ask_first_run(None, []) is None
    return caught[0]


def _welcome_new_file(ctx: Context):
    """The welcome for a new file named on the command line (MainWindow.offer_demo_on_first_run)."""
    from hfdesk.ui.dialogs.first_run import FirstRunDialog

    caught = _catch_exec(ctx, FirstRunDialog)
    assert ctx.window.offer_demo_on_first_run() is False
    return caught[0]


def _restore(ctx: Context):
    """The backups of the open file (hfdesk.ui.backups.RestoreDialog), with one backup in the list."""
    from hfdesk.backup import make_backup
    from hfdesk.ui.backups import RestoreDialog

    make_backup(ctx.window.database.path, reason="manuell")
    # File › Restore from Backup… (hfdesk/ui/reliability.py), once the window has it.
    reliability = next((v for v in vars(ctx.window).values() if type(v).__name__ == "Reliability"), None)
    if reliability is not None:
        return reliability.open_restore()
    dialog = RestoreDialog(ctx.window.database.path, ctx.window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


@dataclass(frozen=True)
class Case:
    open: Callable[[Context], QWidget]
    form: bool = True  # a form: the focus starts at its first field


def _has_settings() -> bool:
    return (UI / "dialogs" / "settings.py").is_file() and hasattr(MainWindow, "show_settings")


def _has_first_run() -> bool:
    return (UI / "dialogs" / "first_run.py").is_file()


def _mail_options(window):
    from hfdesk.ui.dialogs.meeting_files import MailOptionsDialog

    dialog = MailOptionsDialog(window)
    dialog.show()
    return dialog


def _shared_database(window):
    """File ▸ Connect to Shared Database… (hfdesk/ui/dialogs/shared_database.py)."""
    from hfdesk.ui.dialogs.shared_database import SharedDatabaseDialog

    dialog = SharedDatabaseDialog(window.ops, window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.show()
    return dialog


def _year_report(window):
    from hfdesk.ui.dialogs.year_report import open_year_report

    return open_year_report(window.ops, window)


DIALOGS: dict[str, Case] = {
    # The register (Register page; Ins, F2, Ctrl+E, Ctrl+M and the buttons).
    "body": Case(lambda c: _bodies(c.window).edit_body()),
    "new membership": Case(lambda c: _bodies(c.window).add_member()),
    "new membership, new person": Case(
        lambda c: (d := _bodies(c.window).add_member(), d.picker.new_button.setChecked(True), d)[-1],
        form=False,  # the focus goes to the new person's given name, as it should
    ),
    "membership": Case(lambda c: _bodies(c.window).edit_member(_member(c.window).membership_id)),
    "end of term": Case(lambda c: _bodies(c.window).end_member(_member(c.window).membership_id)),
    "new composition rule": Case(lambda c: _bodies(c.window).composition.add_rule()),
    "composition rule": Case(
        lambda c: (b := _bodies(c.window)).composition.edit_rule(b.composition.rules_model.rows()[0].id)
    ),
    "new person": Case(lambda c: _people(c.window).add_person()),
    "person": Case(lambda c: _people(c.window).edit_person(_member(c.window).person_id)),
    "move person": Case(lambda c: _people(c.window).move_person(_member(c.window).person_id)),
    "new organisation": Case(lambda c: _organisations(c.window).add_organisation()),
    "organisation": Case(
        lambda c: (o := _organisations(c.window)).edit_organisation(o.model.rows()[0].id)
    ),
    # The File menu.
    "structure from template": Case(lambda c: c.window.new_structure_from_template()),
    "roster to Excel": Case(lambda c: c.window.export_roster()),
    "import 1: file": Case(lambda c: _wizard_at(c, 1), form=False),
    "import 1: file that is not there": Case(_wizard_bad_file, form=False),
    "import 2: preview": Case(lambda c: _wizard_at(c, 2), form=False),
    "import 3: body": Case(lambda c: _wizard_at(c, 3), form=False),
    "import 4: trial run": Case(lambda c: _wizard_at(c, 4), form=False),
    "import 5: result": Case(lambda c: _wizard_at(c, 5), form=False),
    "restore from backup": Case(_restore, form=False),
    "year report": Case(lambda c: _year_report(c.window)),
    "shared database": Case(lambda c: _shared_database(c.window)),
    # The Meetings page.
    "new meeting": Case(lambda c: _meetings_page(c.window).new_meeting()),
    "meeting details": Case(lambda c: _meetings_page(c.window, MeetingStatus.NOTICE_SENT).edit_meeting()),
    "copy meeting": Case(lambda c: _meetings_page(c.window, MeetingStatus.NOTICE_SENT).copy_meeting()),
    "cancel meeting": Case(lambda c: _meetings_page(c.window, MeetingStatus.NOTICE_SENT).cancel_meeting()),
    "report absence": Case(lambda c: _meetings_page(c.window, MeetingStatus.NOTICE_SENT).report_absence()),
    "approve minutes": Case(lambda c: _meetings_page(c.window, MeetingStatus.HELD).approve_minutes()),
    "reopen minutes": Case(
        lambda c: _meetings_page(c.window, MeetingStatus.MINUTES_APPROVED).reopen_minutes()
    ),
    "new case": Case(lambda c: _meetings_page(c.window, MeetingStatus.NOTICE_SENT).agenda_panel.new_case()),
    "case": Case(lambda c: _edit_case(c.window, MeetingStatus.NOTICE_SENT)),
    "standard item": Case(lambda c: _edit_case(c.window, MeetingStatus.NOTICE_SENT, standard=True)),
    "send case to other bodies": Case(lambda c: _send_case(c.window)),
    "take meeting over": Case(_taken_over),
    "differences of a copy taken over": Case(_copy_differences, form=False),
    # A colleague saved the same case meanwhile: the focus starts on Cancel (Enter loses nothing).
    "changed by a colleague": Case(lambda c: _conflict(c.window), form=False),
    # Read-only: the focus starts on Close, the one thing to do.
    "case on approved minutes": Case(lambda c: _edit_case(c.window, MeetingStatus.MINUTES_APPROVED), form=False),
    # Meeting mode (hfdesk/ui/pages/live/).
    "proposal": Case(lambda c: _live(c.window).add_proposal()),
    "proposal correction": Case(lambda c: _corrected_proposal(c.window)),
    "protocol entry": Case(lambda c: _live(c.window).add_protocol_entry()),
    "follow-up": Case(lambda c: _live(c.window).add_follow_up()),
    "disqualification": Case(lambda c: _live(c.window).disqualify()),
    "deputy steps in": Case(lambda c: _deputy(c.window)),
    "guest": Case(lambda c: _live(c.window).add_guest()),
    "case under any other business": Case(lambda c: _live(c.window).add_other_business_case()),
    "new vote round": Case(lambda c: _live(c.window).new_round()),
    "speaker": Case(lambda c: _live(c.window).add_speaker()),
    # Who changed what (issue 22): read-only, the focus starts on Close.
    "meeting history": Case(lambda c: _meetings_page(c.window, MeetingStatus.NOTICE_SENT).show_history(), form=False),
    "body history": Case(lambda c: _bodies(c.window).show_history(), form=False),
    # More Files ▸ E-mail with the notice: whether exempt papers go with it (a question, not a form).
    "exempt papers in the e-mail": Case(lambda c: _mail_options(c.window), form=False),
}
if _has_settings():
    DIALOGS["settings"] = Case(lambda c: c.window.show_settings())
if _has_first_run():
    DIALOGS["welcome, first start"] = Case(_welcome_first_start)
    DIALOGS["welcome, new file"] = Case(_welcome_new_file)


@pytest.fixture
def open_dialog(window, monkeypatch, tmp_path, quiet, qtbot):
    """Open a dialog of DIALOGS by its name; it is closed again after the test."""
    opened: list[QWidget] = []

    def open_(name: str) -> QWidget:
        dialog = DIALOGS[name].open(Context(window, monkeypatch, tmp_path))
        assert dialog is not None, f"{name}: nothing was opened"
        opened.append(dialog)
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        return dialog

    yield open_
    for dialog in opened:
        try:
            dialog.hide()
            dialog.deleteLater()
        except RuntimeError:  # already deleted by Qt
            pass
    QApplication.processEvents()


@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog_controls_have_names(open_dialog, name):
    dialog = open_dialog(name)
    assert not unnamed(dialog), f"{name}: no accessible name for {unnamed(dialog)}"


@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog_tab_order(open_dialog, name):
    dialog = open_dialog(name)
    problems = tab_order_problems(dialog, starts_at_first_field=DIALOGS[name].form)
    assert not problems, f"{name}: " + "; ".join(problems)


def test_every_dialog_a_page_or_menu_opens_is_checked():
    """A new form in hfdesk/ui/dialogs or meeting mode is added to DIALOGS, or this test says so."""
    checked = {
        "ApproveMinutesDialog", "BodyDialog", "CaseDialog", "CopyMeetingDialog", "DeputyDialog", "DisqualificationDialog",
        "EndMembershipDialog", "ExportDialog", "FollowUpDialog", "GuestDialog", "ImportWizard", "MeetingDialog",
        "MembershipDialog", "MovePersonDialog", "OrganisationDialog", "OtherBusinessDialog", "PersonDialog",
        "ProposalDialog", "ProtocolEntryDialog", "ReasonDialog", "RestoreDialog", "RuleDialog", "TemplateDialog",
        "SettingsDialog", "FirstRunDialog", "AbsenceDialog", "YearReportDialog", "SendCaseDialog",
        "MailOptionsDialog", "RoundDialog", "DifferencesDialog", "SpeakerPickerDialog", "HistoryDialog",
        "ConflictDialog", "SharedDatabaseDialog",
    }
    sources = [*(UI / "dialogs").glob("*.py"), *(UI / "pages" / "live").glob("*.py"), UI / "backups.py"]
    defined = set()
    for source in sources:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                getattr(b, "id", getattr(b, "attr", "")) in ("QDialog", "QWizard", "FormDialog", "_LiveForm")
                for b in node.bases
            ):
                defined.add(node.name)
    defined -= {"FormDialog", "_LiveForm"}
    assert defined <= checked, f"dialogs not in DIALOGS: {sorted(defined - checked)}"


# --- the pages ---------------------------------------------------------------------------------


def _page_states(window: MainWindow) -> Iterator[str]:
    """Show every page and the parts of it that come and go; yield what is shown."""
    register = window.register_page
    window.show_page(PAGE_REGISTER)
    bodies = _bodies(window)
    for tab in (bodies.members_panel, bodies.composition):
        bodies.body_tabs.setCurrentWidget(tab)
        yield f"Register › Bodies › {bodies.body_tabs.tabText(bodies.body_tabs.currentIndex())}"
    worst = max(bodies.tree_model.bodies(), key=lambda b: bodies.tree_model.breach_count(b.id))
    bodies.select_body(worst.id)
    bodies.show_ended.setChecked(True)
    yield "Register › Bodies, a body with composition breaches and former members"
    register.tabs.setCurrentWidget(register.people)
    register.people.search.setText("kommune")
    yield "Register › People, searching"
    register.people.search.clear()
    register.tabs.setCurrentWidget(register.organisations)
    yield "Register › Organisations"

    meetings = _meetings_page(window, MeetingStatus.NOTICE_SENT)
    yield "Meetings › a meeting with its agenda"
    meetings.show_view(1)
    yield "Meetings › Year plan"
    meetings.show_view(0)
    meetings.search.setText("sak")
    yield "Meetings › searching cases"
    meetings.search.clear()

    window.show_page(PAGE_FOLLOW_UPS)
    for key in ("open", "overdue", "done", "all"):
        window.follow_ups_page.set_filter(key)
        yield f"Follow-ups › {key}"

    live = _live(window)
    yield "Meeting mode"
    for kind in (ConclusionKind.VOTE, ConclusionKind.NO_CONSENSUS, ConclusionKind.CONSENSUS_WITH_PROTOCOL):
        live.conclude_as(kind)
        for dialog in live.findChildren(QDialog):  # the protocol entry form opens by itself
            if dialog.isVisible():
                dialog.reject()
        yield f"Meeting mode › concluded: {kind.value}"


def test_every_page_names_its_controls(window, quiet):
    found = {}
    for state in _page_states(window):
        QApplication.processEvents()
        missing = unnamed(window)
        if missing:
            found[state] = missing
    assert window.sidebar.count() == window.pages.count()
    assert not found, f"controls without an accessible name: {found}"


def test_tab_leaves_every_list_of_a_page(window, quiet):
    trapped = []
    for state in _page_states(window):
        QApplication.processEvents()
        for view in window.pages.currentWidget().findChildren(QAbstractItemView):
            if isinstance(view, QHeaderView) or not view.isVisible() or not view.isEnabled():
                continue
            if view.model() is None or view.model().rowCount(QModelIndex()) < 2:
                continue
            view.setFocus(Qt.FocusReason.TabFocusReason)
            view.setCurrentIndex(view.model().index(0, 0))
            QTest.keyClick(view, Qt.Key.Key_Tab)
            if window.focusWidget() is view:
                trapped.append(f"{state}: {where(view)}")
    assert not trapped, f"Tab moves inside these lists instead of on: {sorted(set(trapped))}"


# --- the system font size ----------------------------------------------------------------------

_SIZE_SETTERS = {"setPointSize", "setPointSizeF", "setPixelSize"}


def _size_calls() -> Iterator[tuple[str, int, str, ast.Call, ast.FunctionDef | None]]:
    for source in sorted(UI.rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _SIZE_SETTERS:
                inside = [f for f in functions if f.lineno <= node.lineno <= (f.end_lineno or f.lineno)]
                function = max(inside, key=lambda f: f.lineno) if inside else None
                yield str(source.relative_to(ROOT)), node.lineno, node.func.attr, node, function


def test_font_sizes_in_code_are_relative_to_the_system_font():
    """A point size is the font's own size times a factor; a pixel size only for text painted
    into a pixmap whose size comes from the system font or the icon size."""
    fixed = []
    for path, line, setter, call, function in _size_calls():
        argument = ast.unparse(call.args[0]) if call.args else ""
        if setter in ("setPointSize", "setPointSizeF"):
            if not re.search(r"\.pointSizeF?\(\)", argument):
                fixed.append(f"{path}:{line} {setter}({argument})")
        else:
            body = ast.unparse(function) if function is not None else ""
            if "QPixmap(" not in body or isinstance(call.args[0], ast.Constant):
                fixed.append(f"{path}:{line} {setter}({argument})")
    assert not fixed, f"fixed font sizes: {fixed}"


_FONT_IN_STYLE = re.compile(r"font(-size)?\s*:[^;\"'}]*?\d+(\.\d+)?\s*(px|pt)\b", re.IGNORECASE)


def test_style_sheets_set_no_fixed_font_size():
    fixed = []
    for source in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _FONT_IN_STYLE.search(node.value):
                fixed.append(f"{source.relative_to(ROOT)}:{node.lineno}: {_FONT_IN_STYLE.search(node.value).group(0)}")
    assert not fixed, f"style sheets with a fixed font size: {fixed}"


@pytest.fixture
def large_system_font(qapp):
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(17)
    qapp.setFont(font)
    yield 17.0
    qapp.setFont(before)


def test_a_larger_system_font_makes_every_text_larger(qtbot, demo_db, nb, quiet, large_system_font):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    smaller = []
    for state in _page_states(window):
        for widget in window.findChildren(QWidget):
            if not widget.isVisible():
                continue
            font = widget.font()
            if font.pixelSize() != -1 or font.pointSizeF() < large_system_font - 0.01:
                smaller.append(f"{state}: {where(widget)} at {font.pointSizeF()} pt / {font.pixelSize()} px")
    assert not smaller, f"text smaller than the system font: {sorted(set(smaller))[:20]}"
    assert window.meetings_page.findChild(QLabel, "PageTitle").font().pointSizeF() > large_system_font


# --- colours on a light and a dark palette -----------------------------------------------------


def dark_palette() -> QPalette:
    """Qt Fusion's dark palette (what Qt 6 uses when the system asks for dark mode)."""
    text, window, base = QColor(240, 240, 240), QColor(50, 50, 50), QColor(36, 36, 36)
    palette = QPalette(text, window, window.lighter(150), window.darker(150), window.darker(130), text, base)
    palette.setColor(QPalette.ColorRole.AlternateBase, base.lighter(120))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(48, 140, 198))
    palette.setColor(QPalette.ColorRole.HighlightedText, text)
    placeholder = QColor(text)
    placeholder.setAlpha(128)
    palette.setColor(QPalette.ColorRole.PlaceholderText, placeholder)
    palette.setColor(QPalette.ColorRole.ToolTipBase, window)
    palette.setColor(QPalette.ColorRole.ToolTipText, text)
    return palette


def contrast(foreground: QColor, background: QColor) -> float:
    """The WCAG 2.1 contrast ratio; a translucent foreground is blended over the background first."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    a = foreground.alphaF()
    shown = QColor.fromRgbF(
        foreground.redF() * a + background.redF() * (1 - a),
        foreground.greenF() * a + background.greenF() * (1 - a),
        foreground.blueF() * a + background.blueF() * (1 - a),
    )
    light, dark = sorted((luminance(shown), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_the_wcag_ratio():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{6}|white|black)")


def _in_sidebar(widget: QWidget) -> bool:
    while widget is not None:
        if widget.objectName() == "Sidebar":
            return True
        widget = widget.parentWidget()
    return False


def shown_colours(root: QWidget, state: str) -> Iterator[tuple[str, QColor, QColor]]:
    """(where, text colour, background) for every text colour hfdesk chose itself."""
    for view in root.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or not view.isVisible() or view.model() is None:
            continue
        palette, model = view.palette(), view.model()
        backgrounds = [palette.color(QPalette.ColorRole.Base)]
        if view.alternatingRowColors():
            backgrounds.append(palette.color(QPalette.ColorRole.AlternateBase))
        seen: set[str] = set()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a QListWidget's model keeps it private: one column
            columns = 1
        for row in range(min(model.rowCount(QModelIndex()), 300)):
            for column in range(columns):
                value = model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
                colour = value.color() if isinstance(value, QBrush) else value
                if isinstance(colour, QColor) and colour.name(QColor.NameFormat.HexArgb) not in seen:
                    seen.add(colour.name(QColor.NameFormat.HexArgb))
                    for background in backgrounds:
                        yield f"{state}: {where(view)}", colour, background
    default_text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or _in_sidebar(label):
            continue  # the sidebar's colours are its style sheet's: fixed_style_pairs
        background = label.palette().color(label.backgroundRole())
        colours = [QColor(c) for c in _COLOUR.findall(label.text() + " " + label.styleSheet())]
        own = label.palette().color(label.foregroundRole())
        if own != default_text and label.foregroundRole() == QPalette.ColorRole.WindowText:
            colours.append(own)
        for colour in colours:
            yield f"{state}: {where(label)} «{label.text()[:40]}»", colour, background


def _colour_states(window: MainWindow, tmp_path: Path, monkeypatch) -> Iterator[tuple[str, QWidget]]:
    for state in _page_states(window):
        yield state, window
    live = window.live_page
    members = [a for a in live.attendance_model.rows() if a.capacity == Capacity.MEMBER]
    for attendee, status in zip(
        members, (AttendanceStatus.PRESENT, AttendanceStatus.REPORTED_ABSENT, AttendanceStatus.ABSENT)
    ):
        live.select_person(attendee.person_id)
        live.mark(status)
    yield "Meeting mode, attendance registered", window
    live._saved(False, "")  # "Not saved", as after a failed save
    yield "Meeting mode, not saved", window
    ctx = Context(window, monkeypatch, tmp_path)
    form = _organisations(window).add_organisation()
    form.save()  # the inline message for the missing name
    yield "a form's error message", form
    form.reject()
    if _has_first_run():
        from hfdesk.ui.dialogs.first_run import FirstRunDialog

        caught = _catch_exec(ctx, FirstRunDialog)
        from hfdesk.ui import app as app_module

        app_module.ask_first_run(None, None)
        welcome = caught[0]
        welcome.folder.setText(str(tmp_path / "OneDrive - Bergen kommune" / "hfdesk"))
        for _ in range(40):  # the folder is checked a moment after typing stops
            if welcome.warning.isVisible():
                break
            QTest.qWait(50)
        assert welcome.warning.isVisible(), "no warning for a folder synchronised by OneDrive"
        yield "the welcome's warning", welcome
        welcome.hide()


def fixed_style_pairs(window: MainWindow) -> Iterator[tuple[str, QColor, QColor]]:
    """Text on a background both set in a style sheet: the sidebar and the breach badge."""
    from PySide6.QtWidgets import QFrame

    style = window.findChild(QFrame, "Sidebar").styleSheet()
    background = re.search(r"#Sidebar\s*\{[^}]*background:\s*(#[0-9a-fA-F]{6})", style)
    assert background, "the sidebar's background is no longer in the sidebar's style sheet"
    sidebar = QColor(background.group(1))
    for selector in ("#SidebarTitle", "#SidebarSubtitle", r"#SidebarList"):
        found = re.search(selector + r"\s*\{[^}]*?(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", style)
        assert found, f"{selector} has no colour in the sidebar's style sheet"
        yield f"sidebar {selector}", QColor(found.group(1)), sidebar
    selected = re.search(r"::item:selected\s*\{([^}]*)\}", style)
    if selected:
        bg = re.search(r"background:\s*(#[0-9a-fA-F]{6})", selected.group(1))
        fg = _COLOUR.search(selected.group(1))
        if bg and fg:
            yield "sidebar, the selected page", QColor(fg.group(1)), QColor(bg.group(1))
    badge = window.register_page.bodies.breach_badge.styleSheet()
    bg, fg = re.search(r"background:\s*(#[0-9a-fA-F]{6})", badge), _COLOUR.search(badge)
    assert bg and fg, "the breach badge's colours are no longer in its style sheet"
    yield "the breach badge", QColor(fg.group(1)), QColor(bg.group(1))


def _contrast_failures(window, tmp_path, monkeypatch) -> list[str]:
    """Each colour on each background below 4.5:1, with up to three places it is shown."""
    pairs: dict[tuple[str, str], tuple[float, list[str]]] = {}

    def note(place: str, colour: QColor, background: QColor) -> None:
        ratio = contrast(colour, background)
        if ratio < 4.5:
            key = (colour.name(QColor.NameFormat.HexArgb), background.name())
            places = pairs.setdefault(key, (ratio, []))[1]
            if len(places) < 3 and place not in places:
                places.append(place)

    for state, root in _colour_states(window, tmp_path, monkeypatch):
        QApplication.processEvents()
        for place, colour, background in shown_colours(root, state):
            note(place, colour, background)
    for place, colour, background in fixed_style_pairs(window):
        note(place, colour, background)
    return [
        f"{fg} on {bg}: {ratio:.2f}:1 ({' | '.join(places)})"
        for (fg, bg), (ratio, places) in sorted(pairs.items())
    ]


@pytest.fixture
def palette(request, qapp):
    before = QPalette(qapp.palette())
    chosen = dark_palette() if request.param == "dark" else qapp.style().standardPalette()
    qapp.setPalette(chosen)
    yield chosen
    qapp.setPalette(before)


@pytest.mark.parametrize(
    "palette",
    [
        "light",
        "dark",
    ],
    indirect=True,
)
def test_custom_colours_are_readable(qtbot, demo_db, nb, quiet, palette, tmp_path, monkeypatch):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.palette().color(QPalette.ColorRole.Base) == palette.color(QPalette.ColorRole.Base)
    failures = _contrast_failures(window, tmp_path, monkeypatch)
    assert not failures, "contrast below 4.5:1: " + "; ".join(failures)


def test_contrast_check_finds_colours(window, quiet, tmp_path, monkeypatch):
    """The check above sees the colours it is about (so it cannot pass by seeing nothing)."""
    from hfdesk.ui.models.base import DONE_COLOUR, OVERDUE_COLOUR

    seen = set()
    for state, root in _colour_states(window, tmp_path, monkeypatch):
        for _place, colour, _background in shown_colours(root, state):
            seen.add(colour.name())
    assert {OVERDUE_COLOUR.name(), DONE_COLOUR.name()} <= seen
    assert len(list(fixed_style_pairs(window))) >= 4
