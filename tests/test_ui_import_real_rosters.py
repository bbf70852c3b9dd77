"""The import wizard on real rosters (issue 18): an unknown role word mapped once and kept
in the database, one person written two ways settled as one, the preview's position and
seat columns, and all or nothing."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from hfdesk.imports.roster import RoleWord
from hfdesk.models import Membership, Person, Rights, Role, Side
from hfdesk.services import register, settings
from hfdesk.ui.dialogs.import_wizard import ImportWizard
from hfdesk.ui.main_window import MainWindow
from hfdesk.ui.models import PreviewRowsModel

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_welcome_question")]

ROSTERS = Path(__file__).parent / "fixtures" / "rosters"
SHOTS = os.environ.get("HFDESK_SCREENSHOTS")  # a folder: the pages are saved there to be looked at


def shot(widget, tmp_path: Path, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # widgets added to a shown page appear on the next round of events
    widget.grab().save(str(Path(SHOTS or tmp_path) / f"{name}.png"))


@pytest.fixture
def window(qtbot, db, nb):
    with db.transaction() as s:
        psm = register.create_body(s, "Partnarskapsmøte", 1, short_name="PSM")
        register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU", parent_id=psm.id)
        register.create_body(s, "Områdeutval Nordhordland", 3, short_name="OU Nordhordland", parent_id=psm.id)
        register.create_organisation(s, "Alver kommune", Side.MUNICIPAL)
        register.create_organisation(s, "FUNKIS", Side.USER)
        register.create_organisation(s, "KS", Side.KS)
        register.create_organisation(s, "Haraldsplass Diakonale Sykehus", Side.HOSPITAL)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def write_xlsx(path: Path, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Medlemar"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def counts(db) -> tuple[int, int]:
    with db.session() as s:
        return (
            s.scalar(sa.select(sa.func.count()).select_from(Person)),
            s.scalar(sa.select(sa.func.count()).select_from(Membership)),
        )


def texts(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(r, column).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def open_file(window, qtbot, path: Path) -> ImportWizard:
    wizard = window.import_roster()
    qtbot.keyClicks(wizard.file_page.path, str(path))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ImportWizard.PAGE_PREVIEW, wizard.file_page.error.text()
    return wizard


def test_an_unknown_word_is_mapped_once_and_a_person_twice_settled(qtbot, window, db, tmp_path):
    path = write_xlsx(tmp_path / "SSU 2024-2025.xlsx", [
        ["Strategisk samarbeidsutval – medlemar"],
        [],
        ["Namn", "Rolle", "Stilling", "Representerer", "E-post", "Kommentar"],
        ["Siri Ådnanes", "Leiar", "Kommunedirektør", "Alver kommune", "siri@alver.kommune.no", None],
        ["Per Lid", "Vara for Siri Ådnanes", "Kommunalsjef", "Alver kommune", "per@alver.kommune.no", "ny"],
        ["Gunnar Ås", "Brukarrepresentant", None, "FUNKIS", "gunnar.aas@funkis.no", None],
        ["Kari Vik", "Fagrådgjevar", "Rådgjevar", "KS", "kari@ks.no", None],
        ["Gunnar Aas", "Brukarrepresentant", None, "FUNKIS", "gunnar.aas@funkis.no", "same?"],
    ])  # fmt: skip
    before = counts(db)
    wizard = open_file(window, qtbot, path)
    page = wizard.preview_page
    assert page.settle_box.isVisible()
    assert list(page.word_combos) == ["Fagrådgjevar"] and list(page.same_boxes) == ["gunnar.aas@funkis.no"]
    assert page.problems_model.rowCount() == 2
    assert "Gunnar Ås" in page.same_boxes["gunnar.aas@funkis.no"].text()
    # The preview: the position, and the seat's side the role word gives.
    assert texts(page.rows, PreviewRowsModel.COL_TITLE)[:2] == ["Kommunedirektør", "Kommunalsjef"]
    assert texts(page.rows, PreviewRowsModel.COL_SEAT)[2] == "Brukere"
    assert texts(page.rows, PreviewRowsModel.COL_DEPUTY_FOR)[1] == "Siri Ådnanes"
    assert not page.rows.isColumnHidden(PreviewRowsModel.COL_SEAT)
    assert not page.rows.isColumnHidden(PreviewRowsModel.COL_DEPUTY_FOR)  # from the role cell
    wizard.resize(1100, 760)
    shot(wizard, tmp_path, "import-preview-settle")

    # A trial run with the problems left imports nothing and says why.
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_DRY_RUN
    assert len(wizard.dry_run_page.result.errors) == 2
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.back()
    wizard.back()
    assert wizard.currentId() == ImportWizard.PAGE_PREVIEW

    combo = page.word_combos["Fagrådgjevar"]
    labels = [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(labels.index("Observatør med talerett"))
    page.same_boxes["gunnar.aas@funkis.no"].setChecked(True)
    assert page.problems_model.rowCount() == 0 and page.problems_title.text() == "Ingen problemer funnet."
    assert "Fagrådgjevar" in page.word_combos  # still shown, to be changed
    shot(wizard, tmp_path, "import-preview-settled")

    wizard.next()
    assert wizard.target_page.by_sheet.isChecked()  # the sheet "SSU 2024-2025" names the body
    shot(wizard, tmp_path, "import-target")
    wizard.next()
    dry = wizard.dry_run_page
    assert dry.result is not None and not dry.result.errors, dry.result.errors
    assert (dry.result.people_added, dry.result.memberships_added) == (4, 4)
    assert "«Fagrådgjevar» blir husket til neste gang" in dry.summary.text()
    with db.session() as s:
        assert settings.roster_role_words(s) == {}  # nothing kept by a trial run
    assert counts(db) == before
    shot(wizard, tmp_path, "import-dry-run")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert wizard.result_page.result is not None and wizard.result_page.result.ok
    assert counts(db) == (before[0] + 4, before[1] + 4)
    with db.session() as s:
        assert settings.roster_role_words(s) == {"Fagrådgjevar": RoleWord(Role.OBSERVER, Rights.SPEAK).as_json()}
        kari = s.scalar(sa.select(Membership).join(Membership.person).where(Person.given_name == "Kari"))
        assert (kari.role, kari.rights, kari.person.title) == (Role.OBSERVER, Rights.SPEAK, "Rådgjevar")
    wizard.button(QWizard.WizardButton.FinishButton).click()

    # Next time the word is known: no question, no problem.
    path2 = write_xlsx(tmp_path / "SSU 2026.xlsx", [
        ["Namn", "Rolle", "Representerer", "E-post"],
        ["Ola Nes", "Fagrådgjevar", "KS", "ola@ks.no"],
    ])  # fmt: skip
    wizard = open_file(window, qtbot, path2)
    assert wizard.preview_page.word_combos == {} and not wizard.preview_page.settle_box.isVisible()
    assert wizard.preview.errors == []
    wizard.next()
    wizard.next()
    assert wizard.dry_run_page.result.ok and wizard.dry_run_page.result.memberships_added == 1


def test_two_sheets_of_a_file_named_in_the_other_written_standard(qtbot, window, db, tmp_path):
    wizard = open_file(window, qtbot, ROSTERS / "Områdeutvalg Nordhordland.xlsx")
    page = wizard.preview_page
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == ["Medlemar", "Observatørar"]
    assert not page.settle_box.isVisible() and page.problems_model.rowCount() == 0
    page.sheet.setCurrentIndex(1)
    assert texts(page.rows, PreviewRowsModel.COL_ROLE) == ["Observatør", "Observatør"]
    shot(wizard, tmp_path, "import-preview-observers")
    wizard.next()
    wizard.next()
    assert wizard.dry_run_page.result.ok, wizard.dry_run_page.result.errors
    assert wizard.dry_run_page.result.memberships_added == 6
