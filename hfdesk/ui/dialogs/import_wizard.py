"""The roster import wizard: file → preview and columns → target body → dry run → import → result.

Reading the workbook (`read_roster`) writes nothing; the dry run imports in a transaction
that is rolled back; the import itself is all or nothing (`import_roster`). A file that is
not a roster (BadFile) is explained on the first page and the wizard goes no further.

Reading a big workbook takes seconds, so `read_roster` runs in a worker thread (it is
plain Python and touches no database; only the preview crosses back) while the first page
shows a progress bar and a button that cancels the reading. The page's `validatePage`
waits for the worker in a local event loop, so the window keeps painting and answering,
and `next()` still returns with the preview read (or the file refused, or the reading
cancelled). Mapping a column afterwards works on the rows already read (`remap_columns`):
the file is not read again.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...errors import HfdeskError
from ...imports.roster import (
    FIELDS,
    IGNORE,
    ImportResult,
    ReadCancelled,
    RoleWord,
    RosterPreview,
    SheetPreview,
    import_roster,
    read_roster,
    remap_columns,
    stored_role_words,
)
from ...models import Rights, Role, Side
from ...services import queries, settings
from .. import labels
from ..models import PreviewRowsModel, ProblemsModel, SortProxy
from ..models.bodies import tree_order
from ..ops import Change, Ops
from ..widgets import DataTableView, muted_label
from .base import ErrorLabel, ValueCombo, size_on_screen


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose the Workbook"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx) with one roster per sheet under a header row, or a CSV file "
                "saved from Excel; title rows above the header are fine. Nothing is imported before the last step."
            )
        )
        # Every header in both written standards: the subtitle has room for two lines only.
        self.headers_note = muted_label(
            self.tr(
                "Headers hfdesk recognises, in bokmål or nynorsk: Navn/Namn, Rolle, Rettigheter/Rettar, "
                "Representerer, Organisasjon, Part, Område, E-post, Telefon, Periode fra/Periode frå, "
                "Periode til, Vara for and Stilling. Role words such as Brukarrepresentant, Fastlege, "
                "Observatør (fastlege) and Vara for NAMN are understood; other columns and words can be "
                "assigned in the next step."
            ),
            self,
        )
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Workbook file"))
        self.path.setPlaceholderText(self.tr("C:\\Users\\…\\Medlemsliste.xlsx"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Browse for a workbook"))
        self.browse.clicked.connect(self.choose_file)
        self.error = ErrorLabel(self)
        self.error.setAccessibleName(self.tr("Error message"))
        # While the workbook is read: what is going on, how far it has come, and a way out.
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Reading status"))
        self.status.setVisible(False)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel &Reading"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel reading the workbook"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(wizard.cancel_reading)
        self.reading = False
        row = QHBoxLayout()
        label = QLabel(self.tr("&File:"), self)
        label.setBuddy(self.path)
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.headers_note)
        layout.addWidget(self.error)
        layout.addSpacing(12)
        layout.addWidget(self.status)
        layout.addLayout(progress_row)
        layout.addStretch(1)
        self.path.textChanged.connect(self.completeChanged)
        self.path.textChanged.connect(lambda _text: self.error.show_message(""))
        self.path.textChanged.connect(lambda _text: self.status.setVisible(self.reading))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import Roster"),
            str(self._wizard.start_folder),
            self.tr("Rosters (*.xlsx *.csv)") + ";;" + self.tr("All files (*)"),
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.reading

    def validatePage(self) -> bool:
        self.error.show_message("")
        return self._wizard.load(Path(self.path.text().strip()), on_error=self.error.show_message)

    def start_reading(self, path: Path) -> None:
        self.reading = True
        self.status.setText(self.tr("Reading «{name}»…").format(name=path.name))
        self.status.setVisible(True)
        self.progress.setRange(0, 0)  # busy until the sheets' sizes are known
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.path.setEnabled(False)
        self.browse.setEnabled(False)
        self.completeChanged.emit()
        self.cancel_button.setFocus()

    def show_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def stop_reading(self, *, cancelled: bool) -> None:
        self.reading = False
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.path.setEnabled(True)
        self.browse.setEnabled(True)
        if cancelled:
            self.status.setText(self.tr("Reading was cancelled. Nothing has been imported."))
        self.status.setVisible(cancelled)
        self.completeChanged.emit()
        if cancelled:
            self.path.setFocus()


class PreviewPage(QWizardPage):
    """Per sheet: the columns as recognised (a choice for each unknown one), the rows, the problems."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check What Was Read"))
        self.setSubTitle(
            self.tr(
                "Tell hfdesk what the columns it did not recognise hold, and look through the rows "
                "and the problems. Fix problems in the workbook and choose it again, or go on: "
                "nothing is imported while there are problems."
            )
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.sheet = QComboBox(self)
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.currentIndexChanged.connect(self._show_sheet)
        sheet_row = QHBoxLayout()
        sheet_label = QLabel(self.tr("&Sheet:"), self)
        sheet_label.setBuddy(self.sheet)
        sheet_row.addWidget(sheet_label)
        sheet_row.addWidget(self.sheet, 1)
        sheet_row.addWidget(self.summary, 3)

        self.columns_box = QGroupBox(self.tr("Columns"), self)
        self.columns_grid = QGridLayout()
        self.columns_grid.setColumnStretch(1, 1)
        self.columns_grid.setColumnStretch(3, 1)
        inner = QWidget(self.columns_box)
        inner.setLayout(self.columns_grid)
        scroll = QScrollArea(self.columns_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        box_layout = QVBoxLayout(self.columns_box)
        box_layout.setContentsMargins(6, 6, 6, 6)
        box_layout.addWidget(scroll)
        self.column_combos: dict[int, QComboBox] = {}

        # Role words hfdesk does not know, and one person written two ways: settled here.
        self.settle_box = QGroupBox(self.tr("Words and People to Settle"), self)
        self.settle_grid = QGridLayout(self.settle_box)
        self.settle_grid.setColumnStretch(1, 1)
        self.word_combos: dict[str, QComboBox] = {}
        self.same_boxes: dict[str, QCheckBox] = {}

        self.rows_model = PreviewRowsModel(self)
        rows_proxy = SortProxy(self)
        rows_proxy.setSourceModel(self.rows_model)
        self.rows = DataTableView(self, empty_text=self.tr("The sheet has no rows below its header."))
        self.rows.setModel(rows_proxy)
        self.rows.setAccessibleName(self.tr("Rows read"))
        self.rows.sortByColumn(PreviewRowsModel.COL_ROW, Qt.SortOrder.AscendingOrder)
        self.problems_model = ProblemsModel(self)
        self.problems = DataTableView(self, empty_text=self.tr("No problems found."), sortable=False)
        self.problems.setModel(self.problems_model)
        self.problems.setAccessibleName(self.tr("Problems"))

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.columns_box)
        splitter.addWidget(self.rows)
        problems = QWidget(self)
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        self.problems_title = QLabel(self)
        problems_layout.addWidget(self.problems_title)
        problems_layout.addWidget(self.problems, 1)
        splitter.addWidget(problems)
        splitter.setSizes([110, 260, 130])
        layout = QVBoxLayout(self)
        layout.addLayout(sheet_row)
        layout.addWidget(self.settle_box)
        layout.addWidget(splitter, 1)

    def initializePage(self) -> None:
        self.show_preview()

    def _show_settle(self, preview: RosterPreview) -> None:
        """A choice for each unknown role word (kept for next time when imported) and a
        "same person" box for each person written two ways."""
        while self.settle_grid.count():
            item = self.settle_grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.word_combos, self.same_boxes = {}, {}
        chosen = {text: meaning for text, meaning in preview.role_words.items()}
        line = 0
        words = list(preview.unknown_roles) + [t for t in self._wizard.taught if t not in preview.unknown_roles]
        for text in words:
            where = preview.unknown_roles.get(text, [])
            rows = ", ".join(str(row) for _sheet, row in where[:6]) + (" …" if len(where) > 6 else "")
            label = QLabel(
                self.tr("Role «{word}» (row {rows}) means:").format(word=text, rows=rows)
                if where else self.tr("Role «{word}» means:").format(word=text),
                self.settle_box,
            )
            combo = QComboBox(self.settle_box)
            combo.addItem(self.tr("(choose)"), -1)
            meanings = self._wizard.meanings()
            for number, (meaning_label, _meaning) in enumerate(meanings):
                combo.addItem(meaning_label, number)
            if text in chosen:
                known = [m for _label, m in meanings]
                if chosen[text] in known:
                    combo.setCurrentIndex(known.index(chosen[text]) + 1)
            combo.setAccessibleName(self.tr("Meaning of the role «{word}»").format(word=text))
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(
                lambda i, word=text: self._wizard.map_role_word(word, meanings[i - 1][1] if i > 0 else None)
            )
            self.settle_grid.addWidget(label, line, 0)
            self.settle_grid.addWidget(combo, line, 1)
            self.word_combos[text] = combo
            line += 1
        settled = [d for d in self._wizard.settled_duplicates if d not in {x.key for x in preview.duplicates}]
        for duplicate in preview.duplicates:
            first, second = duplicate.first, duplicate.second
            box = QCheckBox(
                self.tr("«{first}» (row {first_row}) and «{second}» (row {second_row}) are the same person").format(
                    first=first.name, first_row=first.row, second=second.name, second_row=second.row
                ),
                self.settle_box,
            )
            box.toggled.connect(lambda on, key=duplicate.key: self._wizard.same_person(key, on))
            self.settle_grid.addWidget(box, line, 0, 1, 2)
            self.same_boxes[duplicate.key] = box
            line += 1
        for key in settled:
            box = QCheckBox(self.tr("Same person: {key}").format(key=key), self.settle_box)
            box.setChecked(True)
            box.toggled.connect(lambda on, k=key: self._wizard.same_person(k, on))
            self.settle_grid.addWidget(box, line, 0, 1, 2)
            self.same_boxes[key] = box
            line += 1
        self.settle_box.setVisible(line > 0)

    def show_preview(self) -> None:
        preview = self._wizard.preview
        if preview is None:
            return
        keep = self.sheet.currentText()
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for sheet in preview.sheets:
            self.sheet.addItem(sheet.name)
        self.sheet.blockSignals(False)
        index = self.sheet.findText(keep)
        self.sheet.setCurrentIndex(max(index, 0))
        self._show_sheet()
        self._show_settle(preview)
        rows = len(preview.rows)
        text = self.tr("%n row(s) in {sheets} sheet(s).", "", rows).format(sheets=len(preview.sheets))
        if preview.skipped:
            text += " " + self.tr("Not rosters, left out: {names}.").format(
                names=", ".join(f"«{name}»" for name in preview.skipped)
            )
        if preview.hidden:
            text += " " + self.tr("Hidden in Excel, not read: {names}.").format(
                names=", ".join(f"«{name}»" for name in preview.hidden)
            )
        self.summary.setText(text)
        errors = preview.errors
        self.problems_model.set_rows(errors)
        self.problems_title.setText(
            self.tr("%n problem(s) found", "", len(errors)) if errors else self.tr("No problems found.")
        )
        self.problems.fit_columns(stretch=ProblemsModel.COL_MESSAGE, max_width=200)

    def current_sheet(self) -> SheetPreview | None:
        preview = self._wizard.preview
        if preview is None:
            return None
        return next((s for s in preview.sheets if s.name == self.sheet.currentText()), None)

    def _show_sheet(self, *_args: object) -> None:
        sheet = self.current_sheet()
        while self.columns_grid.count():
            item = self.columns_grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater() would leave it painted until the next loop
                widget.deleteLater()
        self.column_combos = {}
        if sheet is None:
            self.rows_model.set_rows([])
            return
        parent = self.columns_grid.parentWidget()
        for i, (column, header) in enumerate(sorted(sheet.headers.items())):
            letter = SheetPreview.column_letter(column)
            label = QLabel(self.tr("{column}: «{header}»").format(column=letter, header=header), parent)
            if column in sheet.unknown_columns:
                combo = QComboBox(parent)
                combo.addItem(self.tr("(leave out)"), IGNORE)
                for key, field_label in FIELDS.items():
                    combo.addItem(field_label, key)
                combo.setAccessibleName(self.tr("Field for column {column}").format(column=letter))
                combo.setCurrentIndex(max(0, combo.findData(sheet.mapping.get(column, IGNORE))))
                combo.currentIndexChanged.connect(
                    lambda _i, c=column, box=combo, name=sheet.name: self._wizard.map_column(name, c, box.currentData())
                )
                self.column_combos[column] = combo
                field_widget: QWidget = combo
                label.setBuddy(combo)
            else:
                key = sheet.mapping.get(column)
                field_widget = QLabel(FIELDS.get(key, "") if key else self.tr("(left out)"), parent)
                font = field_widget.font()
                font.setBold(True)
                field_widget.setFont(font)
            row, col = divmod(i, 2)
            self.columns_grid.addWidget(label, row, col * 2)
            self.columns_grid.addWidget(field_widget, row, col * 2 + 1)
        rows = (len(sheet.headers) + 1) // 2
        line = self.fontMetrics().height() + 14
        self.columns_box.setMinimumHeight(min(rows, 5) * line + 40)
        self.rows_model.set_rows(sheet.rows)
        # Only the columns this sheet fills in (role and rights take defaults when missing).
        # Hidden after sizing: a section hidden straight after a model reset keeps its width.
        for column in PreviewRowsModel.FIELD_COLUMNS:
            self.rows.setColumnHidden(column, False)
        self.rows.fit_columns(stretch=PreviewRowsModel.COL_PROBLEMS, max_width=200, min_stretch=200)
        mapped = set(sheet.mapping.values())
        for column, key in PreviewRowsModel.FIELD_COLUMNS.items():
            filled = key in ("role", "rights") or any(getattr(r, key, None) for r in sheet.rows)
            self.rows.setColumnHidden(column, key not in mapped and not filled)  # "Vara for …" in the role cell
        self.rows.setColumnHidden(PreviewRowsModel.COL_SEAT, not any(r.appointed_by for r in sheet.rows))
        self.rows.fit_columns(stretch=PreviewRowsModel.COL_PROBLEMS, max_width=200, min_stretch=200)


class TargetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard, ops: Ops) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose Where the Members Go"))
        self.setSubTitle(
            self.tr(
                "Each sheet can go to the body its name or the file's name gives (name or short name, "
                "in bokmål or nynorsk, a period such as 2024-2025 left out), or every sheet to one body."
            )
        )
        bodies = ops.read(queries.list_bodies, parent=self, default=[]) or []
        self.by_sheet = QRadioButton(self.tr("Each sheet to the body its &name or the file's name gives"), self)
        self.one_body = QRadioButton(self.tr("Every sheet to &one body:"), self)
        group = QButtonGroup(self)
        group.addButton(self.by_sheet)
        group.addButton(self.one_body)
        self.body = ValueCombo(
            [(b.id, "    " * depth + b.name) for depth, b in tree_order(bodies)], parent=self
        )
        self.body.setAccessibleName(self.tr("Body"))
        for button in (self.by_sheet, self.one_body):
            button.setAccessibleName(button.text().replace("&", "").rstrip(":"))
        self.one_body.toggled.connect(self.body.setEnabled)
        self.by_sheet.setChecked(True)
        self.body.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.by_sheet)
        row = QHBoxLayout()
        row.addWidget(self.one_body)
        row.addWidget(self.body, 1)
        form.addRow(row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def body_id(self) -> int | None:
        return self.body.value() if self.one_body.isChecked() else None


class DryRunPage(QWizardPage):
    """What the import would do, computed in a transaction that is rolled back."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Trial Run"))
        self.setSubTitle(self.tr("This is what the import would do. Nothing has been saved yet."))
        self.setCommitPage(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)
        self.problems_model = ProblemsModel(self)
        self.problems = DataTableView(self, empty_text=self.tr("No problems found."), sortable=False)
        self.problems.setModel(self.problems_model)
        self.problems.setAccessibleName(self.tr("Problems"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 100)
        layout.addStretch(1)  # keeps the summary at the top when there is no table
        self.result: ImportResult | None = None

    def initializePage(self) -> None:
        self.result = self._wizard.run(dry_run=True)
        result = self.result
        if result is None:
            self.summary.setText(self.tr("The trial run could not be made."))
            self.problems_model.set_rows([])
        elif result.errors:
            self.summary.setText(
                self.tr(
                    "%n problem(s) stop the import. Nothing will be imported until they are fixed: "
                    "correct the workbook, or go back and map the columns or choose another body.",
                    "",
                    len(result.errors),
                )
            )
            self.problems_model.set_rows(result.errors)
        else:
            self.summary.setText(self._wizard.describe(result, done=False))
            self.problems_model.set_rows([])
        self.problems.setVisible(bool(result and result.errors))
        self.problems.fit_columns(stretch=ProblemsModel.COL_MESSAGE, max_width=200)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None and not self.result.errors


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Result"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)
        self.problems_model = ProblemsModel(self)
        self.problems = DataTableView(self, empty_text="", sortable=False)
        self.problems.setModel(self.problems_model)
        self.problems.setAccessibleName(self.tr("Problems"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 100)
        layout.addStretch(1)  # keeps the summary at the top when there is no table
        self.result: ImportResult | None = None

    def initializePage(self) -> None:
        self.result = self._wizard.run(dry_run=False)
        result = self.result
        if result is None or result.errors:
            self.setSubTitle(self.tr("Nothing was imported."))
            self.summary.setText(self.tr("The import stopped; the register is as it was."))
            self.problems_model.set_rows(result.errors if result else [])
        else:
            self.setSubTitle(self.tr("The roster has been imported."))
            self.summary.setText(self._wizard.describe(result, done=True))
            self.problems_model.set_rows([])
        self.problems.setVisible(bool(result and result.errors))
        self.problems.fit_columns(stretch=ProblemsModel.COL_MESSAGE, max_width=200)


@dataclass
class _Outcome:
    """How a reading ended: a preview, a known error's line, a cancel, or a bug to raise."""

    preview: RosterPreview | None = None
    error: str = ""
    cancelled: bool = False
    bug: BaseException | None = None


class _ReadJob(QObject):
    """One reading of a workbook in a worker thread. Lives in the GUI thread; its signals,
    emitted from the worker, reach the wizard queued. Nothing in it touches the database."""

    progress = Signal(object, int, int)  # the job, rows read, rows in all
    finished = Signal(object, object)  # the job, its _Outcome

    def __init__(self, path: Path, role_words: dict[str, RoleWord] | None = None) -> None:
        super().__init__()
        self.path = path
        self.role_words = role_words or {}
        self.cancel = threading.Event()

    def run(self) -> None:  # in the worker thread
        def progress(done: int, total: int) -> None:
            if self.cancel.is_set():
                raise ReadCancelled
            self.progress.emit(self, done, total)

        try:
            outcome = _Outcome(preview=read_roster(self.path, progress=progress, role_words=self.role_words))
        except ReadCancelled:
            outcome = _Outcome(cancelled=True)
        except HfdeskError as exc:
            outcome = _Outcome(error=str(exc))
        except BaseException as exc:  # noqa: BLE001 - a bug: raised again in the GUI thread
            outcome = _Outcome(bug=exc)
        self.finished.emit(self, outcome)


class ImportWizard(QWizard):
    """Import a roster from Excel, step by step. Open it with `open()`; tests call `next()`."""

    PAGE_FILE, PAGE_PREVIEW, PAGE_TARGET, PAGE_DRY_RUN, PAGE_RESULT = range(5)

    #: Emitted in the GUI thread each time the reading's progress is shown:
    #: rows read, rows in all (0 while not known).
    reading_progress = Signal(int, int)

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, start_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.start_folder = start_folder or Path.home()
        self.preview: RosterPreview | None = None
        self.path: Path | None = None
        self.column_map: dict[str, dict[int, str]] = {}
        self.taught: dict[str, RoleWord] = {}  # role words mapped in this wizard (kept when imported)
        self.settled_duplicates: set[str] = set()  # `Duplicate.key`s said to be one person
        # One reader at a time: a cancelled reading still stopping holds back the next one.
        self.reader_pool = QThreadPool(self)
        self.reader_pool.setMaxThreadCount(1)
        self._job: _ReadJob | None = None
        self._outcome: _Outcome | None = None
        self._loop: QEventLoop | None = None
        self.setWindowTitle(self.tr("Import Roster from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.target_page = TargetPage(self, ops)
        self.dry_run_page = DryRunPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in enumerate(
            (self.file_page, self.preview_page, self.target_page, self.dry_run_page, self.result_page)
        ):
            self.setPage(page_id, page)
        size_on_screen(self, 980, 680)

    # --- reading ---------------------------------------------------------------------
    def load(self, path: Path, on_error=None) -> bool:
        """Read the workbook in a worker thread, with progress and Cancel on the file page,
        and wait for it without blocking the window. Nothing is written. True with the
        preview read; a bad file's message goes to `on_error`; False when cancelled."""
        if self._job is not None:
            return False  # already reading (Next pressed again)
        stored = self.ops.read(settings.roster_role_words, parent=self, default={}) or {}
        job = _ReadJob(path, {**stored_role_words(stored), **self.taught})
        job.progress.connect(self._on_read_progress)
        job.finished.connect(self._on_read_finished)
        self._job, self._outcome = job, None
        self.file_page.start_reading(path)
        self.reader_pool.start(job.run)
        if self._outcome is None:
            self._loop = QEventLoop(self)
            self._loop.exec()
            self._loop = None
        outcome, self._outcome, self._job = self._outcome, None, None
        if outcome is None:  # the loop ended without us (the application is quitting)
            job.cancel.set()
            outcome = _Outcome(cancelled=True)
        self.file_page.stop_reading(cancelled=outcome.cancelled)
        if outcome.bug is not None:
            raise outcome.bug
        if outcome.preview is None:
            if outcome.error and on_error is not None:
                on_error(outcome.error)
            return False
        column_map = self.column_map if self.path == path else {}
        if self.path != path:
            self.settled_duplicates = set()
        preview = outcome.preview
        if column_map or self.settled_duplicates:
            try:
                preview = remap_columns(preview, column_map, same_people=self.settled_duplicates)
            except HfdeskError:
                column_map = {}
        self.path, self.preview, self.column_map = path, preview, column_map
        return True

    def cancel_reading(self) -> None:
        """Stop the reading: the wizard is usable at once; the worker stops at its next row."""
        job = self._job
        if job is None:
            return
        job.cancel.set()
        self._finish_reading(_Outcome(cancelled=True))

    def _on_read_progress(self, job: _ReadJob, done: int, total: int) -> None:
        if job is self._job and self._outcome is None:
            self.file_page.show_progress(done, total)
            self.reading_progress.emit(done, total)

    def _on_read_finished(self, job: _ReadJob, outcome: _Outcome) -> None:
        if job is self._job and self._outcome is None:
            self._finish_reading(outcome)

    def _finish_reading(self, outcome: _Outcome) -> None:
        self._outcome = outcome
        if self._loop is not None:
            self._loop.quit()

    def done(self, result: int) -> None:
        self.cancel_reading()  # closing the wizard stops a reading first
        super().done(result)

    def wait_for_readers(self, msecs: int = 30_000) -> bool:
        """Wait until no reading runs in the background (a cancelled one stopping; tests)."""
        return self.reader_pool.waitForDone(msecs)

    def map_column(self, sheet: str, column: int, key: str) -> None:
        """The user says what an unknown column holds; the rows already read are mapped again."""
        self.column_map.setdefault(sheet, {})[column] = key
        if self.preview is None:
            return
        try:
            self.preview = remap_columns(self.preview, self.column_map)
        except HfdeskError as exc:
            self._show_read_error(str(exc))
            return
        self.preview_page.show_preview()

    def meanings(self) -> list[tuple[str, RoleWord]]:
        """What an unknown role word can be mapped to, as the user reads it."""
        plain = [
            RoleWord(Role.LEADER), RoleWord(Role.DEPUTY_LEADER), RoleWord(Role.MEMBER), RoleWord(Role.DEPUTY),
            RoleWord(Role.OBSERVER, Rights.SPEAK_PROPOSE), RoleWord(Role.OBSERVER, Rights.SPEAK),
            RoleWord(Role.SECRETARY),
        ]  # fmt: skip
        seats = [
            RoleWord(Role.MEMBER, None, side)
            for side in (Side.USER, Side.GP, Side.MUNICIPAL, Side.HOSPITAL, Side.KS, Side.UNION)
        ] + [RoleWord(Role.OBSERVER, Rights.SPEAK_PROPOSE, side) for side in (Side.GP, Side.KS, Side.USER)]
        result = []
        for meaning in plain + seats:
            text = labels.role(meaning.role)
            if meaning.rights is not None and meaning.role == Role.OBSERVER:
                text = self.tr("{role} with {rights}").format(role=text, rights=labels.rights(meaning.rights).lower())
            if meaning.side is not None:
                text = self.tr("{role} for {side}").format(role=text, side=labels.side(meaning.side))
            result.append((text, meaning))
        return result

    def map_role_word(self, word: str, meaning: RoleWord | None) -> None:
        """The user says what a role word means; kept in the database when the import is made."""
        words = dict(self.preview.role_words) if self.preview is not None else {}
        if meaning is None:
            self.taught.pop(word, None)
            words.pop(word, None)
        else:
            self.taught[word] = words[word] = meaning
        self._reread(role_words=words)

    def same_person(self, key: str, same: bool) -> None:
        """The user says two rows written two ways are one person (or takes that back)."""
        if same:
            self.settled_duplicates.add(key)
        else:
            self.settled_duplicates.discard(key)
        self._reread(same_people=self.settled_duplicates)

    def _reread(self, **changes: Any) -> None:
        if self.preview is None:
            return
        try:
            self.preview = remap_columns(self.preview, **changes)
        except HfdeskError as exc:
            self._show_read_error(str(exc))
            return
        self.preview_page.show_preview()

    def _show_read_error(self, message: str) -> None:
        self.preview_page.problems_title.setText(message)

    # --- importing -------------------------------------------------------------------
    def run(self, *, dry_run: bool) -> ImportResult | None:
        preview, body_id = self.preview, self.target_page.body_id()
        if preview is None:
            return None
        return self.ops.write(
            lambda s: import_roster(s, preview, body_id=body_id, dry_run=dry_run),
            changed=None if dry_run else Change.REGISTER,
            parent=self,
        )

    def describe(self, result: ImportResult, *, done: bool) -> str:
        if done:
            text = self.tr("Added {members} membership(s) and {added} new person(s); {matched} person(s) were already in the register.")
        else:
            text = self.tr("The import will add {members} membership(s) and {added} new person(s); {matched} person(s) are already in the register.")
        text = text.format(
            members=result.memberships_added, added=result.people_added, matched=result.people_matched
        )
        if self.taught:
            words = ", ".join(f"«{word}»" for word in self.taught)
            if done:
                text += " " + self.tr("hfdesk remembers the role words {words} for next time.").format(words=words)
            else:
                text += " " + self.tr("The role words {words} will be remembered for next time.").format(words=words)
        return text


def open_import_wizard(ops: Ops, parent: QWidget | None = None, *, start_folder: Path | None = None) -> ImportWizard:
    wizard = ImportWizard(ops, parent, start_folder=start_folder)
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard
