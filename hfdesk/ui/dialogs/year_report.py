"""File → Year Report…: the year in review (årsmelding) to Word or Excel, and the attendance per
person for a period (the basis for meeting fees) to Excel. Year or period, every body or one,
then a file name, then the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...services import queries
from ..models.bodies import tree_order
from ..opening import offer_to_open
from ..ops import Ops
from .base import DateField, ValueCombo, size_on_screen

YEAR_WORD = "year_docx"
YEAR_EXCEL = "year_xlsx"
PERSON_ATTENDANCE = "attendance_person"


class YearReportDialog(QDialog):
    """Which report (the year report in Word or Excel, attendance per person), for which year or
    period and which body; Save… asks for the file, writes it and offers to open it."""

    def __init__(
        self, ops: Ops, parent: QWidget | None = None, *, start_folder: Path | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.start_folder = start_folder or Path.home()
        self.written: Path | None = None
        today = today or date.today()
        self.setWindowTitle(self.tr("Year Report"))
        intro = QLabel(
            self.tr(
                "The year report for the yearly evaluation: meetings, attendance per side, cases per "
                "priority group and type, conclusions, cases in several bodies and follow-ups, with "
                "charts. Or who attended which meetings in a period, the basis for meeting fees."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.kind = ValueCombo(
            [
                (YEAR_WORD, self.tr("Year report (Word)")),
                (YEAR_EXCEL, self.tr("Year report (Excel)")),
                (PERSON_ATTENDANCE, self.tr("Attendance per person (Excel)")),
            ],
            parent=self,
        )
        years = sorted(self.ops.read(queries.meeting_years, parent=self, default=[]) or [], reverse=True)
        # Late in a year, that year; early in a year, the year before; else the newest one before it.
        last_year = today.year if today.month >= 7 else today.year - 1
        if years and last_year not in years:
            last_year = next((y for y in years if y <= last_year), years[-1])
        self.year = ValueCombo([(y, str(y)) for y in years] or [(last_year, str(last_year))], parent=self)
        self.year.set_value(last_year)
        half = date(today.year, 1, 1) if today.month > 6 else date(today.year - 1, 7, 1)
        self.start = DateField(half, self)
        self.end = DateField(date(half.year, 6, 30) if half.month == 1 else date(half.year, 12, 31), self)
        bodies = self.ops.read(queries.list_bodies, parent=self, default=[]) or []
        self.body = ValueCombo(
            [(None, self.tr("All bodies")), *((b.id, "    " * depth + b.name) for depth, b in tree_order(bodies))],
            parent=self,
        )
        form = QFormLayout()
        form.addRow(self.tr("&Report:"), self.kind)
        self.year_label = QLabel(self.tr("&Year:"), self)
        self.year_label.setBuddy(self.year)
        form.addRow(self.year_label, self.year)
        self.start_label = QLabel(self.tr("&From:"), self)
        self.start_label.setBuddy(self.start)
        form.addRow(self.start_label, self.start)
        self.end_label = QLabel(self.tr("&To:"), self)
        self.end_label.setBuddy(self.end)
        form.addRow(self.end_label, self.end)
        form.addRow(self.tr("&Body:"), self.body)
        for widget, name in (
            (self.kind, self.tr("Report")),
            (self.year, self.tr("Year")),
            (self.start, self.tr("From")),
            (self.end, self.tr("To")),
            (self.body, self.tr("Body")),
        ):
            widget.setAccessibleName(name)
        self.kind.currentIndexChanged.connect(self._kind_changed)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save…"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._kind_changed()
        size_on_screen(self, max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _kind_changed(self, *_args: object) -> None:
        period = self.kind.value() == PERSON_ATTENDANCE
        for widget in (self.year_label, self.year):
            widget.setVisible(not period)
        for widget in (self.start_label, self.start, self.end_label, self.end):
            widget.setVisible(period)

    def suggested_path(self) -> Path:
        kind = self.kind.value()
        if kind == PERSON_ATTENDANCE:
            name = self.tr("attendance per person {start} to {end}").format(
                start=self.start.value().isoformat(), end=self.end.value().isoformat()
            )
            return self.start_folder / f"{name}.xlsx"
        name = self.tr("year report {year}").format(year=self.year.value())
        if self.body.value() is not None:
            name += f"-{self.body.value()}"
        return self.start_folder / (name + (".docx" if kind == YEAR_WORD else ".xlsx"))

    def export(self) -> Path | None:
        """Ask for the file, write it, offer to open it. A known error is shown; the dialog stays open."""
        suggested = self.suggested_path()
        word = suggested.suffix == ".docx"
        file_filter = self.tr("Word documents (*.docx)") if word else self.tr("Excel workbooks (*.xlsx)")
        if word:  # the Word report can also go out as PDF/A (LibreOffice or Word on this machine)
            file_filter += ";;" + self.tr("PDF/A (*.pdf)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Year Report") if self.kind.value() != PERSON_ATTENDANCE else self.tr("Save Attendance"),
            str(suggested),
            file_filter,
        )
        if not name:
            return None
        path = Path(name)
        as_pdf = word and (path.suffix.lower() == ".pdf" or chosen.startswith("PDF"))
        if as_pdf:
            path = path.with_suffix(".pdf")
        elif path.suffix.lower() != suggested.suffix:
            path = path.with_suffix(suggested.suffix)
        kind, year, body_id = self.kind.value(), self.year.value(), self.body.value()
        first, last = self.start.value(), self.end.value()

        def write(session: Session) -> Path:
            if kind == PERSON_ATTENDANCE:
                from ...exports.attendance_person import export_attendance_person

                export_attendance_person(session, first, last, path, body_id=body_id)
            else:
                from ...exports.year import export_year  # matplotlib is loaded here, not at start

                export_year(session, year, path, body_id=body_id)
            return path

        if as_pdf:
            from .meeting_files import save_pdf

            written = save_pdf(
                self.ops, self.parentWidget(), self.tr("Report Saved"), path,
                lambda session, docx: export_year_to(session, year, docx, body_id),
            )
            if written is not None:
                self.written = written
                self.accept()
            return written
        if self.ops.read(write, parent=self) is None:
            return None
        self.written = path
        self.accept()
        offer_to_open(
            self.parentWidget(),
            self.tr("Report Saved"),
            path,
            self.tr("The file was saved as «{file}». Open it now?").format(file=str(path)),
        )
        return path


def export_year_to(session: Session, year: int, path: Path, body_id: int | None) -> Path:
    """The year report written to `path` (.docx or .xlsx by its suffix)."""
    from ...exports.year import export_year  # matplotlib is loaded here, not at start

    export_year(session, year, path, body_id=body_id)
    return path


def open_year_report(ops: Ops, parent: QWidget | None, start_folder: Path | None = None) -> YearReportDialog:
    """Show the dialog (window-modal); the caller's one menu action."""
    dialog = YearReportDialog(ops, parent, start_folder=start_folder)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
