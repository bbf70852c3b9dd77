"""DataTableView.fit_columns: a cell's text measured in its own font, and columns set aside
(hidden) when a table is too narrow for them, shown again when there is room."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle

from hfdesk.ui.models.base import RowTableModel, bold_font
from hfdesk.ui.widgets import DataTableView

pytestmark = pytest.mark.gui

LONG = "Stemmerett i denne saka og i alle sakene etter ho"


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    role: str
    rights: str


class SeatsModel(RowTableModel):
    COL_NAME, COL_ROLE, COL_RIGHTS = 0, 1, 2

    def headers(self) -> list[str]:
        return ["Namn", "Rolle", "Rettar"]

    def display(self, row: Row, column: int) -> str:
        return (row.name, row.role, row.rights)[column]

    def font(self, row: Row, column: int) -> QFont | None:
        return bold_font() if column == self.COL_RIGHTS and row.rights == LONG else None


def _table(qtbot, width: int) -> tuple[DataTableView, SeatsModel]:
    model = SeatsModel()
    model.set_rows([Row(1, "Kari Nordmann", "Medlem", LONG), Row(2, "Ola Nordmann", "Observatør", "Tale")])
    view = DataTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def _fit(view: DataTableView) -> None:
    view.fit_columns(
        stretch=SeatsModel.COL_NAME,
        max_width=600,
        min_stretch=100,
        keep=(SeatsModel.COL_RIGHTS,),
        optional=(SeatsModel.COL_ROLE,),
    )
    for _ in range(5):
        QApplication.processEvents()


def test_a_bold_cell_is_measured_bold(qtbot):
    view, _model = _table(qtbot, 900)
    _fit(view)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    bold = QFontMetrics(bold_font()).horizontalAdvance(LONG) + 2 * margin
    assert QFontMetrics(view.font()).horizontalAdvance(LONG) + 2 * margin + 20 < bold  # (the test means it)
    assert view.columnWidth(SeatsModel.COL_RIGHTS) >= bold


def test_a_column_is_set_aside_when_narrow_and_comes_back(qtbot):
    view, model = _table(qtbot, 900)
    _fit(view)
    assert not view.isColumnHidden(SeatsModel.COL_ROLE)
    view.setCurrentIndex(model.index(1, SeatsModel.COL_ROLE))  # the secretary clicked a role
    view.resize(view.columnWidth(SeatsModel.COL_RIGHTS) + 160, 300)
    for _ in range(5):
        QApplication.processEvents()
    assert view.isColumnHidden(SeatsModel.COL_ROLE)
    assert not view.horizontalScrollBar().isVisible()
    assert view.horizontalHeader().length() <= view.viewport().width()
    # the arrow keys still move: the current cell is a shown one, on the same row
    assert view.currentIndex().row() == 1 and not view.isColumnHidden(view.currentIndex().column())
    view.resize(900, 300)
    for _ in range(5):
        QApplication.processEvents()
    assert not view.isColumnHidden(SeatsModel.COL_ROLE)
    assert view.columnWidth(SeatsModel.COL_ROLE) >= QFontMetrics(view.font()).horizontalAdvance("Observatør")
    _fit(view)  # fitted again while shown: still shown
    assert not view.isColumnHidden(SeatsModel.COL_ROLE)


def test_a_column_widened_by_hand_is_not_set_aside_under_the_mouse(qtbot):
    view, _model = _table(qtbot, 900)
    _fit(view)
    header = view.horizontalHeader()
    header.resizeSection(SeatsModel.COL_ROLE, 500)  # as a drag on the header does
    for _ in range(5):
        QApplication.processEvents()
    assert not view.isColumnHidden(SeatsModel.COL_ROLE)
    assert view.columnWidth(SeatsModel.COL_ROLE) == 500


def test_a_table_fitted_while_narrow_measures_the_column_it_had_set_aside(qtbot):
    view, _model = _table(qtbot, 900)
    _fit(view)
    wide = view.columnWidth(SeatsModel.COL_ROLE)
    view.resize(view.columnWidth(SeatsModel.COL_RIGHTS) + 160, 300)
    _fit(view)
    assert view.isColumnHidden(SeatsModel.COL_ROLE)
    view.resize(900, 300)
    for _ in range(5):
        QApplication.processEvents()
    assert not view.isColumnHidden(SeatsModel.COL_ROLE)
    assert view.columnWidth(SeatsModel.COL_ROLE) == wide


@dataclass(frozen=True)
class Hit:
    id: int
    texts: tuple[str, ...]


class HitsModel(RowTableModel):
    """Five columns that give way, and a stretch column, like the search's hits."""

    def headers(self) -> list[str]:
        return ["Sak", "Tittel", "Organ", "Møte", "Treff", "Også behandla i"]

    def display(self, row: Hit, column: int) -> str:
        return row.texts[column]


def test_columns_giving_way_never_leave_the_table_a_pixel_too_wide(qtbot):
    """Each column gave up its share rounded to the nearest pixel: three shares rounded down
    could leave the columns a pixel wider than the list (the search's hits at 1280×720
    scrolled sideways by one pixel)."""
    model = HitsModel()
    model.set_rows([
        Hit(1, ("Sak 12/26", "Felles retningslinje for tilvising til geriatrisk poliklinikk", "Medisinskfagleg utval",
                "tysdag 15. september 2026", "treff", "SSU 3/26, OU Voss 4/26, OU Bergen 7/26, PKT 2/26")),
    ])
    view = DataTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 200)
    view.show()
    qtbot.waitExposed(view)
    view.fit_columns(stretch=4, max_width=280, min_stretch=200)
    too_wide = []
    for width in range(640, 1000, 3):
        view.resize(width, 200)
        QApplication.processEvents()
        least = sum(view._floor[c] for c in (0, 1, 2, 3, 5)) + 200  # every column at its least
        if least <= view.viewport().width() < view.horizontalHeader().length():
            too_wide.append((width, view.horizontalHeader().length(), view.viewport().width()))
    assert not too_wide
