"""Save screenshots of every page of the main window, on the demo data.

    python scripts/screenshots.py                 # builds the demo database in a temporary folder
    python scripts/screenshots.py --db FILE.sqlite
    python scripts/screenshots.py --out screenshots --size 1440x900
    python scripts/screenshots.py --guide         # the user guide's pictures, to docs/bilder/

Runs offscreen unless QT_QPA_PLATFORM says otherwise. Pictures go to
screenshots/ (git-ignored). Uses the shipped bokmål translation.

--guide makes only the pictures docs/brukerveiledning.md shows (GUIDE_SHOTS), the window
at 1280x800, into docs/bilder/ (committed), and makes them smaller with pngquant when it
is installed (otherwise Qt's strongest PNG compression). The user guide's test checks that
the guide shows every one of them and nothing else.

The script never touches the settings of the user who runs it: it keeps its own in the
temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_FONTS = Path("/usr/share/fonts/truetype/dejavu")
if os.environ["QT_QPA_PLATFORM"] == "offscreen" and _FONTS.is_dir():
    os.environ.setdefault("QT_QPA_FONTDIR", str(_FONTS))


#: The screenshots the user guide (docs/brukerveiledning.md) shows, made by --guide.
GUIDE_SHOTS = (
    "register-organ",
    "register-sammensetning",
    "nytt-medlemskap",
    "import-kolonner",
    "moter-saksliste",
    "arsplan",
    "sak",
    "motemodus",
    "motemodus-avstemning",
    "oppfolging",
    "velkommen",
    "innstillinger",
)
GUIDE_DIR = ROOT / "docs" / "bilder"
GUIDE_SIZE = "1280x800"


def _grab(app, widget, out: Path, name: str) -> None:
    for _ in range(3):
        app.processEvents()
    target = out / f"{name}.png"
    widget.grab().save(str(target))
    print(target)


def _register_dialogs(app, window, out: Path, tmp: Path) -> None:
    """The register's composition panel, its forms, and each step of the import wizard."""
    import openpyxl

    from hfdesk.services import queries

    bodies = window.register_page.bodies
    tree = bodies.tree_model
    with window.database.session() as s:
        all_bodies = queries.list_bodies(s)
    by_short = {b.short_name: b.id for b in all_bodies}
    worst = max(all_bodies, key=lambda b: (tree.breach_count(b.id), b.member_count))
    bodies.select_body(worst.id)
    bodies.show_composition()
    _grab(app, window, out, "1b-register-sammensetning")
    bodies.body_tabs.setCurrentWidget(bodies.members_panel)

    ssu = by_short.get("SSU", worst.id)
    bodies.select_body(ssu)
    member = next(m for m in bodies.members_model.rows() if m.role.value == "member")
    dialog = bodies.add_member()
    dialog.picker.combo.lineEdit().setText("")
    _grab(app, dialog, out, "10-nytt-medlemskap")
    dialog.picker.new_button.setChecked(True)
    dialog.new_person.given_name.setText("Siri")
    dialog.new_person.family_name.setText("Bjørke")
    dialog.role.set_value(type(member.role)("deputy"))
    dialog.deputy_for.setCurrentIndex(1)
    dialog.adjustSize()
    _grab(app, dialog, out, "10b-nytt-medlemskap-ny-person-vara")
    dialog.reject()
    dialog = bodies.edit_member(member.membership_id)
    _grab(app, dialog, out, "11-rediger-medlemskap")
    dialog.reject()
    dialog = bodies.end_member(member.membership_id)
    dialog.end_date.set_value(member.term_from.replace(year=member.term_from.year - 1))
    dialog.save()
    _grab(app, dialog, out, "12-avslutt-periode-feil")
    dialog.reject()

    people = window.register_page.people
    window.register_page.tabs.setCurrentWidget(people)
    dialog = people.add_person()
    _grab(app, dialog, out, "13-ny-person")
    dialog.reject()
    dialog = people.move_person(member.person_id)
    _grab(app, dialog, out, "14-flytt-person")
    dialog.reject()
    dialog = people.edit_person(member.person_id)
    _grab(app, dialog, out, "13b-rediger-person")
    dialog.fields.email.setText("ikke en adresse")
    dialog.save()  # shows the inline message for the bad e-mail address
    _grab(app, dialog, out, "13c-rediger-person-feil")
    dialog.reject()
    organisations = window.register_page.organisations
    window.register_page.tabs.setCurrentWidget(organisations)
    dialog = organisations.add_organisation()
    dialog.save()  # shows the inline message for the missing name
    _grab(app, dialog, out, "15-ny-organisasjon-feil")
    dialog.reject()
    user_side = next((o for o in organisations.model.rows() if o.side.value == "user"), None)
    if user_side is not None:
        dialog = organisations.edit_organisation(user_side.id)
        _grab(app, dialog, out, "15b-rediger-organisasjon")
        dialog.reject()
    window.register_page.tabs.setCurrentWidget(bodies)
    bodies.select_body(ssu)
    bodies.show_composition()
    rule = bodies.composition.rules_model.rows()[0]
    dialog = bodies.composition.edit_rule(rule.id)
    _grab(app, dialog, out, "16-rediger-regel")
    dialog.reject()
    bodies.body_tabs.setCurrentWidget(bodies.members_panel)

    dialog = window.new_structure_from_template()
    _grab(app, dialog, out, "17-ny-struktur-fra-mal")
    dialog.reject()
    dialog = window.export_roster()
    _grab(app, dialog, out, "18-eksporter-medlemsliste")
    dialog.reject()

    workbook = tmp / "Medlemsliste arbeidsgruppe.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "MFU"
    ws.append(["Medlemsliste – Medisinskfagleg utval"])
    ws.append([])
    ws.append(["Namn", "Funksjon", "Representerer", "E-post", "Mobilnr", "Periode frå"])
    ws.append(["Siri Bjørke", "Medlem", "Bergen kommune", "siri.bjorke@example.no", "91234567", "01.01.2025"])
    ws.append(["Ola Nygård", "Observatør", "Helse Bergen HF", "ola.nygard@example.no", "55123456", "01.01.2025"])
    ws.append(["Kari Lie", "Sjef", "Ukjent forening", "kari(at)example.no", "", "i fjor"])
    wb.save(workbook)
    wizard = window.import_roster()
    wizard.file_page.path.setText(str(workbook))
    _grab(app, wizard, out, "20-import-1-fil")
    wizard.next()
    _grab(app, wizard, out, "20-import-2-forhandsvisning")
    wizard.preview_page.column_combos[5].setCurrentIndex(wizard.preview_page.column_combos[5].findData("phone"))
    _grab(app, wizard, out, "20-import-2b-kolonne-valgt")
    wizard.next()
    _grab(app, wizard, out, "20-import-3-organ")
    wizard.next()
    _grab(app, wizard, out, "20-import-4-provekjoring-feil")
    wizard.back()
    wizard.back()
    wizard.back()
    ws.delete_rows(6)
    wb.save(workbook)
    wizard.next()  # the column mapping chosen above is kept for the same file
    wizard.next()
    wizard.target_page.one_body.setChecked(True)
    wizard.target_page.body.set_value(by_short.get("MFU"))
    wizard.next()
    _grab(app, wizard, out, "20-import-4-provekjoring")
    wizard.next()
    _grab(app, wizard, out, "20-import-5-resultat")
    wizard.reject()
    bad = tmp / "ikke-en-arbeidsbok.xlsx"
    bad.write_text("Navn;Rolle\n", encoding="utf-8")
    wizard = window.import_roster()
    wizard.file_page.path.setText(str(bad))
    wizard.next()
    _grab(app, wizard, out, "20-import-1b-feil-fil")
    wizard.reject()
    app.processEvents()


def _meeting_shots(database, meetings, shot) -> None:
    """A meeting with an exempt item, one with a case raised under any other business, a cancelled one."""
    from hfdesk.services import queries

    wanted: dict[str, object] = {}
    with database.session() as s:
        for year in queries.meeting_years(s):
            for meeting in queries.list_meetings(s, year=year):
                agenda = queries.meeting_agenda(s, meeting.id)
                if any(a.exempt for a in agenda):
                    wanted.setdefault("5c-mote-unntatt-offentlighet", meeting)
                if any(a.not_on_agenda for a in agenda):
                    wanted.setdefault("5d-mote-ikke-pa-sakslisten", meeting)
                if meeting.status.value == "cancelled":
                    wanted.setdefault("5e-mote-avlyst", meeting)
    for name, meeting in sorted(wanted.items()):
        meetings.year.setCurrentIndex(meetings.year.findData(meeting.starts_at.year))
        meetings.select_meeting(meeting.id)
        shot(name)


def _plan_shots(app, meetings, out: Path, shot) -> None:
    """The year plan, the meeting plan's forms and the agenda builder's case editor."""
    rows = meetings.meetings_model.rows()
    planned = [m for m in rows if m.status.value in ("planned", "notice_sent")]
    held = [m for m in rows if m.status.value == "held"]
    meetings.show_view(1)
    shot("5i-arsplan")
    meetings.show_view(0)
    if planned:
        meetings.select_meeting(planned[0].id)
        shot("5j-saksliste-bygger")
    dialogs = [("5k-nytt-mote", meetings.new_meeting)]
    if planned:
        dialogs += [
            ("5l-motedetaljer", meetings.edit_meeting),
            ("5m-kopier-mote", meetings.copy_meeting),
            ("5n-avlys-mote", meetings.cancel_meeting),
            ("5o-ny-sak", meetings.agenda_panel.new_case),
        ]
    for name, open_form in dialogs:
        if name != "5k-nytt-mote" and planned:
            meetings.select_meeting(planned[0].id)
        if name == "5o-ny-sak":
            meetings.agenda.selectRow(1)
            _grab(app, meetings.agenda_panel.edit_case(), out, "5p-rediger-sak")
            app.activeModalWidget() and app.activeModalWidget().reject()
        dialog = open_form()
        if dialog is not None:
            _grab(app, dialog, out, name)
            dialog.reject()
    if held:
        meetings.select_meeting(held[-1].id)
        dialog = meetings.approve_minutes()
        if dialog is not None:
            _grab(app, dialog, out, "5q-godkjenn-referat")
            dialog.reject()
    app.processEvents()


def _settle(app, ms: int = 0) -> None:
    """Let queued work run (layouts, a form's check a moment after typing)."""
    from PySide6.QtTest import QTest

    for _ in range(3):
        app.processEvents()
    if ms:
        QTest.qWait(ms)


def _roster_workbook(path: Path) -> Path:
    """A roster as a secretary gets it: a title row, Nynorsk headers, a column hfdesk does not
    know (Mobilnr) and one bad row."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "MFU"
    ws.append(["Medlemsliste – Medisinskfagleg utval"])
    ws.append([])
    ws.append(["Namn", "Funksjon", "Representerer", "E-post", "Mobilnr", "Periode frå"])
    ws.append(["Siri Bjørke", "Medlem", "Bergen kommune", "siri.bjorke@example.no", "91234567", "01.01.2025"])
    ws.append(["Ola Nygård", "Observatør", "Helse Bergen HF", "ola.nygard@example.no", "55123456", "01.01.2025"])
    ws.append(["Kari Lie", "Sjef", "Ukjent forening", "kari(at)example.no", "", "i fjor"])
    wb.save(path)
    return path


def _guide_shots(app, window, out: Path, tmp: Path) -> list[Path]:
    """The user guide's pictures (GUIDE_SHOTS), in the order the guide tells the year."""
    from datetime import timedelta

    from hfdesk.models import (
        AttendanceStatus,
        Capacity,
        CaseType,
        ConclusionKind,
        MeetingStatus,
        Role,
        VoteChoice,
    )
    from hfdesk.services import queries
    from hfdesk.ui.dialogs.first_run import FirstRunDialog
    from hfdesk.ui.main_window import PAGE_FOLLOW_UPS, PAGE_MEETINGS, PAGE_REGISTER

    written: list[Path] = []

    def save(widget, name: str) -> None:
        assert name in GUIDE_SHOTS, name
        _settle(app)
        target = out / f"{name}.png"
        widget.grab().toImage().save(str(target), "PNG", 0)  # quality 0: Qt's strongest PNG compression
        written.append(target)
        print(target)

    database = window.database
    with database.session() as s:
        all_bodies = queries.list_bodies(s)
        meetings = [m for year in queries.meeting_years(s) for m in queries.list_meetings(s, year=year)]
        people = queries.search_people(s)
    by_short = {b.short_name: b.id for b in all_bodies}
    ssu = by_short["SSU"]
    upcoming = next(m for m in meetings if m.status == MeetingStatus.NOTICE_SENT and m.body_short_name == "SSU")

    # The register: a body and its members; a body's composition check; a deputy's seat.
    window.show_page(PAGE_REGISTER)
    register = window.register_page
    bodies = register.bodies
    register.tabs.setCurrentWidget(bodies)
    bodies.select_body(ssu)
    bodies.body_tabs.setCurrentWidget(bodies.members_panel)
    save(window, "register-organ")
    worst = max(all_bodies, key=lambda b: (bodies.tree_model.breach_count(b.id), b.member_count))
    bodies.select_body(worst.id)
    bodies.show_composition()
    save(window, "register-sammensetning")
    bodies.body_tabs.setCurrentWidget(bodies.members_panel)
    bodies.select_body(ssu)
    seated = {m.person_id for m in bodies.members_model.rows()}
    newcomer = next(p for p in people if p.id not in seated and p.organisation)
    dialog = bodies.add_member()
    dialog.picker.set_person(newcomer.id)
    dialog.role.set_value(Role.DEPUTY)
    same_side = [i for i in range(1, dialog.deputy_for.count()) if newcomer.organisation in dialog.deputy_for.itemText(i)]
    dialog.deputy_for.setCurrentIndex(same_side[0] if same_side else 1)
    dialog.adjustSize()
    save(dialog, "nytt-medlemskap")
    dialog.reject()

    # Import from Excel: the preview, with a column hfdesk asked about.
    wizard = window.import_roster()
    wizard.file_page.path.setText(str(_roster_workbook(tmp / "Medlemsliste MFU.xlsx")))
    wizard.next()  # the preview: column E («Mobilnr») waits for the user to say what it holds
    save(wizard, "import-kolonner")
    wizard.reject()

    # The meeting plan with the next meeting's agenda; the year plan; a case.
    window.show_page(PAGE_MEETINGS)
    page = window.meetings_page
    page.year.setCurrentIndex(page.year.findData(upcoming.starts_at.year))
    page.body.setCurrentIndex(0)
    page.select_meeting(upcoming.id)
    rows = page.agenda_model.rows()
    cases = [i for i, r in enumerate(rows) if r.standard is None]
    page.agenda.selectRow(cases[0])
    save(window, "moter-saksliste")
    page.show_view(1)
    save(window, "arsplan")
    page.show_view(0)
    page.select_meeting(upcoming.id)
    for row in cases:
        page.agenda.selectRow(row)
        dialog = page.agenda_panel.edit_case()
        if dialog.attachments_model.rowCount() and any(c.isChecked() for c in dialog.group_checks.values()):
            break
        dialog.reject()
    save(dialog, "sak")
    dialog.reject()

    # Meeting mode: attendance, a deputy, notes, a conclusion, a follow-up; then a vote.
    window.open_meeting_mode(upcoming.id)
    live = window.live_page
    members = [a for a in live.attendance_model.rows() if a.capacity == Capacity.MEMBER]
    for attendee in live.attendance_model.rows():
        live.select_person(attendee.person_id)
        absent = attendee.capacity == Capacity.DEPUTY or (members and attendee.person_id == members[1].person_id)
        live.mark(AttendanceStatus.REPORTED_ABSENT if absent else AttendanceStatus.PRESENT)
    if len(members) > 1:
        live.select_person(members[1].person_id)
        deputy = live.deputy_steps_in()
        if deputy is not None and deputy.ok_button.isEnabled():
            deputy.save()
        elif deputy is not None:
            deputy.reject()
    view = live.view()
    case_items = [i for i in view.items if i.standard is None]
    discussed = next((i for i in case_items if i.case_type == CaseType.DISCUSSION), case_items[0])
    decided = next((i for i in case_items if i.case_type == CaseType.DECISION and i is not discussed), case_items[-1])
    live.go_to_item(discussed.id)
    live.notes.setPlainText(
        "Kommunene la fram tall for bruken av KAD-plassene. SSU drøftet felles kriterier for innlegging "
        "og ba om at erfaringene legges fram i neste møte."
    )
    live.notes.flush()
    live.conclude_as(ConclusionKind.CONSENSUS)
    follow_up = live.add_follow_up()
    follow_up.what.setText("Legge fram erfaringene for SSU")
    follow_up.party.setText("Sekretariatet")
    follow_up.due.set_value(upcoming.starts_at.date() + timedelta(days=90))
    follow_up.save()
    live.select_person(members[0].person_id)
    save(window, "motemodus")
    live.go_to_item(decided.id)
    live.conclude_as(ConclusionKind.VOTE)
    live.set_all_votes(VoteChoice.FOR)
    if live.votes_model.rowCount() > 1:
        live.votes.setCurrentIndex(live.votes_model.index(1, 0))
        live.set_vote(VoteChoice.AGAINST)
    save(window, "motemodus-avstemning")

    # Follow-ups from every body.
    window.show_page(PAGE_FOLLOW_UPS)
    window.follow_ups_page.set_filter("all")
    save(window, "oppfolging")

    # The welcome on the first start, and the settings.
    welcome = FirstRunDialog(translators=[])
    welcome.folder.setText("C:\\Users\\kari.nordmann\\AppData\\Local\\hfdesk")
    welcome.name.setText("Helsefellesskapet i Bergensområdet")
    welcome.show()
    _settle(app, 600)
    save(welcome, "velkommen")
    welcome.close()
    settings = window.show_settings()
    save(settings, "innstillinger")
    settings.reject()
    _settle(app)
    return written


def _optimise(paths: list[Path]) -> None:
    """pngquant when it is installed (lossy, about a third of the size); Qt's compression otherwise."""
    pngquant = shutil.which("pngquant")
    if pngquant is None:
        print("pngquant not found: the pictures keep Qt's PNG compression")
        return
    import subprocess

    for path in paths:
        subprocess.run(
            [pngquant, "--force", "--skip-if-larger", "--strip", "--quality=70-95", "--output", str(path), str(path)],
            check=False,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, help="database to show (a copy is used); default: fresh demo data")
    parser.add_argument("--out", type=Path, help="folder for the pictures; default: screenshots/ (docs/bilder/ with --guide)")
    parser.add_argument("--size", help=f"window size, WIDTHxHEIGHT; default: 1440x900 ({GUIDE_SIZE} with --guide)")
    parser.add_argument(
        "--guide", action="store_true", help="only the pictures the user guide shows (GUIDE_SHOTS), to docs/bilder/"
    )
    args = parser.parse_args(argv)
    args.out = args.out or (GUIDE_DIR if args.guide else ROOT / "screenshots")
    args.size = args.size or (GUIDE_SIZE if args.guide else "1440x900")
    width, height = (int(v) for v in args.size.lower().split("x"))

    from PySide6.QtWidgets import QApplication

    from hfdesk.db import open_database
    from hfdesk.ui.i18n import install_translators
    from hfdesk.ui.main_window import PAGE_FOLLOW_UPS, PAGE_MEETINGS, PAGE_REGISTER, MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("hfdesk")
    app.setOrganizationName("hfdesk")
    install_translators(app, "nb")

    window: MainWindow | None = None

    def shot(name: str) -> None:
        assert window is not None
        for _ in range(3):
            app.processEvents()
        target = args.out / f"{name}.png"
        window.grab().save(str(target))
        print(target)

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hfdesk-shots-") as tmp:
        # Settings (the last database, the window's size) go to the temporary folder, not to
        # the settings of the user running the script.
        os.environ["HFDESK_DATA_DIR"] = str(Path(tmp) / "data")
        path = Path(tmp) / "hfdesk-demo.sqlite"
        if args.db:
            shutil.copy(args.db, path)
        else:
            from hfdesk.demo import build_demo

            build_demo(path)
        database = open_database(path, create=False)
        if args.guide:
            try:
                window = MainWindow(database)
                window.resize(width, height)
                window.show()
                written = _guide_shots(app, window, args.out, Path(tmp))
                window.close()
                window.deleteLater()
                app.processEvents()
            finally:
                database.close()
            missing = [name for name in GUIDE_SHOTS if args.out / f"{name}.png" not in written]
            assert not missing, f"not made: {missing}"
            _optimise(written)
            total = sum(p.stat().st_size for p in written)
            print(f"{len(written)} pictures, {total / 1e6:.1f} MB in {args.out}")
            return 0
        try:
            window = MainWindow(database)
            window.resize(width, height)
            window.show()

            window.show_page(PAGE_REGISTER)
            register = window.register_page
            register.tabs.setCurrentWidget(register.bodies)
            shot("1-register-organ")
            from hfdesk.services import queries

            with database.session() as s:
                top = next((b for b in queries.list_bodies(s) if b.level == 1), None)
            if top is not None:
                register.bodies.select_body(top.id)
                shot("1c-register-partnarskapsmote")
            register.tabs.setCurrentWidget(register.people)
            shot("2-register-personer")
            register.people.search.setText("kommune")
            shot("3-register-personer-sok")
            register.people.search.clear()
            register.tabs.setCurrentWidget(register.organisations)
            shot("4-register-organisasjoner")
            register.tabs.setCurrentWidget(register.bodies)
            _register_dialogs(app, window, args.out, Path(tmp))
            window.show_page(PAGE_MEETINGS)
            shot("5-moter")
            meetings = window.meetings_page
            rows = meetings.meetings_model.rows()
            held = [m for m in rows if m.status.value in ("held", "minutes_approved")]
            if held:
                meetings.select_meeting(max(held, key=lambda m: (m.item_count, m.starts_at)).id)
                shot("5b-mote-gjennomfort")
            _meeting_shots(database, meetings, shot)
            meetings.search.setText("utskriv")
            shot("5f-mote-sok")
            meetings._open_current_hit()
            meetings.search.clear()
            shot("5g-mote-sok-apnet")
            planned = [m for m in meetings.meetings_model.rows() if m.status.value == "planned"]
            if planned:
                meetings.select_meeting(planned[0].id)
                shot("5h-mote-saker-som-venter")
            _plan_shots(app, meetings, args.out, shot)
            window.show_page(PAGE_FOLLOW_UPS)
            shot("6-oppfolging")
            window.follow_ups_page.set_filter("all")
            shot("7-oppfolging-alle")
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            database.close()

        empty = open_database(Path(tmp) / "tom.sqlite")
        try:
            window = MainWindow(empty)
            window.resize(width, height)
            window.show()
            shot("8-tom-database-organ")
            window.show_page(PAGE_MEETINGS)
            shot("9-tom-database-moter")
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            empty.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
