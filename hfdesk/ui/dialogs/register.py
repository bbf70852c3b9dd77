"""The register's forms: bodies (new ones, and every setting of one), people, organisations,
memberships, ending a term, composition rules."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from ...models import DEFAULT_RIGHTS, Language, MajorityRule, MinutesKind, QuorumRule, Rights, Role, Side
from ...services import approval as approval_service
from ...services import case_numbers, queries
from ...services import register as register_service
from ...services.rights import may_have_deputy
from .. import commands, labels
from ..ops import Change, Ops
from .base import DateField, FormDialog, OptionalDateField, ValueCombo, enum_items, size_on_screen



def _organisation_items(rows: list[queries.OrganisationRow]) -> list[tuple[int, str]]:
    return [(row.id, row.name) for row in rows]


def _area_items(rows: list[queries.AreaRow]) -> list[tuple[int, str]]:
    return [(row.id, row.name) for row in rows]


class _Options:
    """What the forms offer to choose from, read in one short session."""

    def __init__(self, ops: Ops, parent: QWidget) -> None:
        def read(session: Session) -> tuple[list, list]:
            return queries.list_organisations(session), queries.list_areas(session)

        organisations, areas = ops.read(read, parent=parent, default=([], [])) or ([], [])
        self.organisations: list[queries.OrganisationRow] = organisations
        self.areas: list[queries.AreaRow] = areas


# --- bodies ----------------------------------------------------------------------------


class BodyDialog(FormDialog):
    """A body's settings, for a new body or one in the register, in three parts on one form:

    * the body: name, short name, level, the body it lies under (not itself, nor a body under
      it), the area (for an områdeutval);
    * meetings and decisions: quorum (with the number when it is fixed), majority, the default
      place and length of a meeting, the standard items every new meeting gets, the term;
    * documents: written standard, referat or protokoll, how it writes its case numbers (a
      choice of examples, "12/25", "2025/12", "01-25"; services.case_numbers; a new format
      rewrites every number the body shows; the numbers stay), how many named signatories
      approve its minutes (justering; services.approval), and a description.

    A new body (``body_id`` None) starts under ``parent_body_id`` one level below it, in
    nynorsk, with a referat and «at least half» as quorum; it is saved with the national
    composition rules (commands.create_body). The services check everything; a refusal is
    shown in the form's error line.
    """

    def __init__(
        self,
        ops: Ops,
        body_id: int | None = None,
        parent: QWidget | None = None,
        *,
        parent_body_id: int | None = None,
    ) -> None:
        self.body_id = body_id
        super().__init__(
            ops, self.tr("Edit Body") if body_id is not None else self.tr("New Body"), parent,
            changed=Change.REGISTER | Change.MEETINGS,
        )

        def read(session: Session):
            detail = queries.body_detail(session, body_id) if body_id is not None else None
            return detail, queries.list_bodies(session), queries.list_areas(session)

        detail, bodies, areas = ops.read(read, parent=self, default=(None, [], [])) or (None, [], [])
        self._levels = {b.id: b.level for b in bodies}
        self._parents = {b.id: b.parent_id for b in bodies}
        year = date.today().year

        # The body.
        self.name = QLineEdit(self)
        self.short_name = QLineEdit(self)
        self.short_name.setPlaceholderText(self.tr("e.g. SSU"))
        self.level = QSpinBox(self)
        self.level.setRange(1, 4)
        self.level.setToolTip(
            self.tr("1 partnarskapsmøte, 2 strategisk samarbeidsutval, 3 områdeutval, 4 fagleg samarbeidsutval")
        )
        below = detail.below_ids if detail is not None else frozenset()
        self.parent_body = ValueCombo(
            [
                (b.id, self.tr("{name} (level {level})").format(name=b.name, level=b.level))
                for b in bodies if b.id != body_id and b.id not in below
            ],
            none_text=self.tr("(none: a body at the top)"),
            parent=self,
        )
        self.area = ValueCombo(_area_items(areas), none_text=self.tr("(none)"), parent=self)
        self.area.setToolTip(self.tr("The area an områdeutval serves"))

        # Meetings and decisions.
        self.quorum_rule = ValueCombo(enum_items(QuorumRule, labels.quorum_rule), parent=self)
        self.quorum_count = QSpinBox(self)
        self.quorum_count.setRange(1, register_service.MAX_QUORUM_COUNT)
        self.quorum_count.setValue(1)
        self.quorum_count.setPrefix(self.tr("at least "))
        self.majority_rule = ValueCombo(enum_items(MajorityRule, labels.majority_rule), parent=self)
        self.default_place = QLineEdit(self)
        self.default_place.setPlaceholderText(self.tr("e.g. Bergen rådhus, møterom 1"))
        self.default_duration = QSpinBox(self)
        self.default_duration.setRange(15, register_service.MAX_DURATION_MINUTES)
        self.default_duration.setSingleStep(15)
        self.default_duration.setSuffix(self.tr(" minutes"))
        self.std_approve_notice = QCheckBox(self.tr("Approval of the notice and agenda"), self)
        self.std_approve_minutes = QCheckBox(self.tr("Approval of the minutes"), self)
        self.std_other_business = QCheckBox(self.tr("Any other business"), self)
        self.term_years = QSpinBox(self)
        self.term_years.setRange(1, register_service.MAX_TERM_YEARS)
        self.term_years.setSuffix(self.tr(" years"))

        # Documents.
        self.language = ValueCombo(enum_items(Language, labels.language), parent=self)
        self.minutes_kind = ValueCombo(enum_items(MinutesKind, labels.minutes_kind), parent=self)
        current = detail.case_number_pattern if detail is not None else case_numbers.DEFAULT_PATTERN
        offered = case_numbers.offered_patterns(year)
        if all(p != current for p, _example in offered):  # a format no longer offered stays as it is
            offered.append((current, case_numbers.example(current, year)))
        self.case_numbers = ValueCombo(offered, parent=self)
        self.case_numbers.setToolTip(self.tr("How the body writes case 3 and case 12 of this year"))
        self.signatories = QSpinBox(self)
        self.signatories.setRange(0, approval_service.MAX_SIGNATORIES)
        self.signatories.setSpecialValueText(self.tr("None (approved in a meeting or by circulation)"))
        self.signatories.setToolTip(
            self.tr("Members or deputies present at the meeting sign the minutes; they are approved when all have signed.")
        )
        self.minutes_speakers = QCheckBox(self.tr("Who spoke"), self)
        self.minutes_speakers.setToolTip(
            self.tr("Each item's handling names who had the floor, from the speakers list in meeting mode")
        )
        self.minutes_times = QCheckBox(self.tr("When each item was treated"), self)
        self.minutes_times.setToolTip(self.tr("Each item says when it was treated, from the clock in meeting mode"))
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        quorum_row = QWidget(self)
        quorum_layout = QHBoxLayout(quorum_row)
        quorum_layout.setContentsMargins(0, 0, 0, 0)
        quorum_layout.addWidget(self.quorum_rule, 1)
        quorum_layout.addWidget(self.quorum_count)
        quorum_row.setFocusProxy(self.quorum_rule)
        items_row = QWidget(self)
        items_layout = QHBoxLayout(items_row)
        items_layout.setContentsMargins(0, 0, 0, 0)
        for box in (self.std_approve_notice, self.std_approve_minutes, self.std_other_business):
            items_layout.addWidget(box)
        items_layout.addStretch(1)
        items_row.setFocusProxy(self.std_approve_notice)
        room_row = QWidget(self)
        room_layout = QHBoxLayout(room_row)
        room_layout.setContentsMargins(0, 0, 0, 0)
        for box in (self.minutes_speakers, self.minutes_times):
            room_layout.addWidget(box)
        room_layout.addStretch(1)
        room_row.setFocusProxy(self.minutes_speakers)

        self._heading(self.tr("Body"))
        self.add_row(self.tr("&Name:"), self.name)
        self.add_row(self.tr("&Short name:"), self.short_name)
        self.add_row(self.tr("&Level:"), self.level)
        self.add_row(self.tr("&Under:"), self.parent_body, self.tr("Under (the body above)"))
        self.add_row(self.tr("&Area:"), self.area)
        self._heading(self.tr("Meetings and decisions"))
        self.add_row(self.tr("&Quorum:"), quorum_row, self.tr("Quorum"))
        self.quorum_rule.setAccessibleName(self.tr("Quorum"))
        self.quorum_count.setAccessibleName(self.tr("Quorum, number of members"))
        self.add_row(self.tr("&Majority:"), self.majority_rule)
        self.add_row(self.tr("Default &place:"), self.default_place)
        self.add_row(self.tr("Default &duration:"), self.default_duration)
        self.add_row(self.tr("Standard &items:"), items_row, self.tr("Standard items"))
        for box in (self.std_approve_notice, self.std_approve_minutes, self.std_other_business):
            box.setAccessibleName(box.text())
        self.add_row(self.tr("&Term:"), self.term_years)
        self._heading(self.tr("Documents"))
        self.add_row(self.tr("&Written standard:"), self.language)
        self.add_row(self.tr("Minutes &kind:"), self.minutes_kind)
        self.add_row(self.tr("&Case numbers:"), self.case_numbers)
        self.add_row(self.tr("Number of si&gnatories (justering):"), self.signatories)
        self.add_row(self.tr("The minutes say:"), room_row, self.tr("The minutes say"))
        for box in (self.minutes_speakers, self.minutes_times):
            box.setAccessibleName(box.text())
        self.add_row(self.tr("Desc&ription:"), self.description)

        self.quorum_rule.currentIndexChanged.connect(self._on_quorum_rule)
        self.parent_body.currentIndexChanged.connect(self._on_parent)
        if detail is not None:
            self._show(detail)
        else:
            self._show_new(parent_body_id)
        self.case_numbers.set_value(current)
        self._on_quorum_rule()
        self.set_tab_order([
            self.name, self.short_name, self.level, self.parent_body, self.area,
            self.quorum_rule, self.quorum_count, self.majority_rule, self.default_place, self.default_duration,
            self.std_approve_notice, self.std_approve_minutes, self.std_other_business, self.term_years,
            self.language, self.minutes_kind, self.case_numbers, self.signatories,
            self.minutes_speakers, self.minutes_times, self.description,
        ])
        for spin in (self.level, self.default_duration, self.term_years):
            spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("0" * 16))
        self.name.setFocus()
        size_on_screen(self, max(self.sizeHint().width(), 640), self.sizeHint().height())
        self.conflict_widgets = {
            "parent_id": self.parent_body, "default_duration_minutes": self.default_duration,
            "case_number_pattern": self.case_numbers, "minutes_signatories": self.signatories,
        }
        if detail is not None:
            self.remember_loaded(detail.version)

    def _heading(self, text: str) -> None:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 6, 0, 0)
        self.form.addRow(label)

    def _show(self, d: queries.BodyDetail) -> None:
        self.name.setText(d.name)
        self.short_name.setText(d.short_name)
        self.level.setValue(d.level)
        self.parent_body.set_value(d.parent_id)
        self.level.setValue(d.level)  # after the parent, which may have moved it
        self.area.set_value(d.area_id)
        self.quorum_rule.set_value(d.quorum_rule)
        if d.quorum_count is not None:
            self.quorum_count.setValue(d.quorum_count)
        self.majority_rule.set_value(d.majority_rule)
        self.default_place.setText(d.default_place)
        self.default_duration.setValue(d.default_duration_minutes)
        self.std_approve_notice.setChecked(d.std_approve_notice)
        self.std_approve_minutes.setChecked(d.std_approve_minutes)
        self.std_other_business.setChecked(d.std_other_business)
        self.term_years.setValue(d.term_years)
        self.language.set_value(d.language)
        self.minutes_kind.set_value(d.minutes_kind)
        self.signatories.setValue(d.minutes_signatories)
        self.minutes_speakers.setChecked(d.minutes_list_speakers)
        self.minutes_times.setChecked(d.minutes_item_times)
        self.description.setPlainText(d.description)

    def _show_new(self, parent_body_id: int | None) -> None:
        """Under the selected body, one level below it (beside it when it is at level 4)."""
        level = self._levels.get(parent_body_id) if parent_body_id is not None else None
        if level is not None and level >= 4:
            parent_body_id = self._parents.get(parent_body_id)
            level = self._levels.get(parent_body_id) if parent_body_id is not None else None
        self.parent_body.set_value(parent_body_id if level is not None else None)
        self.level.setValue(level + 1 if level is not None else 1)
        self.quorum_rule.set_value(QuorumRule.HALF)
        self.majority_rule.set_value(MajorityRule.SIMPLE)
        self.default_duration.setValue(180)
        for box in (self.std_approve_notice, self.std_approve_minutes, self.std_other_business):
            box.setChecked(True)
        self.term_years.setValue(4)
        self.language.set_value(Language.NYNORSK)
        self.minutes_kind.set_value(MinutesKind.REFERAT)
        self.signatories.setValue(0)

    def _on_quorum_rule(self, *_args: object) -> None:
        self.quorum_count.setEnabled(self.quorum_rule.value() == QuorumRule.FIXED)

    def _on_parent(self, *_args: object) -> None:
        """A body lies below the body above it: choosing one moves the level down when needed."""
        above = self._levels.get(self.parent_body.value())
        if above is not None and self.level.value() <= above:
            self.level.setValue(min(above + 1, 4))

    def form_value(self) -> commands.BodyForm:
        fixed = self.quorum_rule.value() == QuorumRule.FIXED
        return commands.BodyForm(
            name=self.name.text(),
            short_name=self.short_name.text(),
            level=self.level.value(),
            parent_id=self.parent_body.value(),
            area_id=self.area.value(),
            quorum_rule=self.quorum_rule.value(),
            quorum_count=self.quorum_count.value() if fixed else None,
            majority_rule=self.majority_rule.value(),
            default_place=self.default_place.text(),
            default_duration_minutes=self.default_duration.value(),
            std_approve_notice=self.std_approve_notice.isChecked(),
            std_approve_minutes=self.std_approve_minutes.isChecked(),
            std_other_business=self.std_other_business.isChecked(),
            term_years=self.term_years.value(),
            language=self.language.value(),
            minutes_kind=self.minutes_kind.value(),
            case_number_pattern=self.case_numbers.value(),
            minutes_signatories=self.signatories.value(),
            description=self.description.toPlainText(),
            minutes_list_speakers=self.minutes_speakers.isChecked(),
            minutes_item_times=self.minutes_times.isChecked(),
        )

    def write(self, session: Session) -> int:
        form = self.form_value()
        if self.body_id is None:
            return commands.create_body(session, form)
        return commands.update_body(session, self.body_id, form, expected_version=self.loaded_version)


# --- people ----------------------------------------------------------------------------


class PersonFields(QObject):
    """Name, job title, e-mail, phone and organisation, as rows of `form` on `host`: in the
    person form, and inline in the membership form for a person not yet in the register."""

    def __init__(self, host: QWidget, form: QFormLayout, options: _Options) -> None:
        super().__init__(host)
        self.given_name = QLineEdit(host)
        self.family_name = QLineEdit(host)
        self.title = QLineEdit(host)
        self.title.setPlaceholderText(self.tr("e.g. kommunedirektør"))
        self.email = QLineEdit(host)
        self.email.setPlaceholderText(self.tr("name@example.no"))
        self.phone = QLineEdit(host)
        self.organisation = ValueCombo(
            _organisation_items(options.organisations), none_text=self.tr("(none)"), parent=host
        )
        layout = form
        rows = (
            (self.tr("&Given name:"), self.given_name),
            (self.tr("&Family name:"), self.family_name),
            (self.tr("&Job title:"), self.title),
            (self.tr("&E-mail:"), self.email),
            (self.tr("P&hone:"), self.phone),
            (self.tr("&Organisation:"), self.organisation),
        )
        for label, field in rows:
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            layout.addRow(label, field)
            buddy = layout.labelForField(field)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(field)

    def widgets(self) -> list[QWidget]:
        return [self.given_name, self.family_name, self.title, self.email, self.phone, self.organisation]

    def value(self) -> commands.PersonForm:
        return commands.PersonForm(
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            title=self.title.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            organisation_id=self.organisation.value(),
        )

    def set_value(self, person: queries.PersonDetail) -> None:
        self.given_name.setText(person.given_name)
        self.family_name.setText(person.family_name)
        self.title.setText(person.title)
        self.email.setText(person.email)
        self.phone.setText(person.phone)
        self.organisation.set_value(person.organisation_id)


class PersonDialog(FormDialog):
    """Add a person to the register, or edit one."""

    def __init__(self, ops: Ops, person_id: int | None = None, parent: QWidget | None = None) -> None:
        self.person_id = person_id
        super().__init__(
            ops, self.tr("Edit Person") if person_id is not None else self.tr("New Person"), parent
        )
        options = _Options(ops, self)
        self.fields = PersonFields(self, self.form, options)
        if person_id is not None:
            detail = ops.read(lambda s: queries.person_detail(s, person_id), parent=self)
            if detail is not None:
                self.fields.set_value(detail)
        self.conflict_widgets = dict(zip(
            ("given_name", "family_name", "title", "email", "phone", "organisation_id"), self.fields.widgets(),
            strict=True))
        if person_id is not None and detail is not None:
            self.remember_loaded(detail.version)
        self.set_tab_order(self.fields.widgets())
        self.fields.given_name.setFocus()
        size_on_screen(self, max(self.sizeHint().width(), 460), self.sizeHint().height())

    def editable_values(self) -> dict[str, object]:
        return asdict(self.fields.value())

    def write(self, session: Session) -> int:
        form = self.fields.value()
        if self.person_id is None:
            return commands.create_person(session, form)
        return commands.update_person(session, self.person_id, form, expected_version=self.loaded_version)


class MovePersonDialog(FormDialog):
    """A person changes employer; the seats they hold keep what they represented."""

    def __init__(self, ops: Ops, person_id: int, parent: QWidget | None = None) -> None:
        self.person_id = person_id
        detail = ops.read(lambda s: queries.person_detail(s, person_id), parent=parent)
        name = detail.name if detail is not None else ""
        super().__init__(
            ops,
            self.tr("Move to Another Organisation"),
            parent,
            intro=self.tr(
                "Move {name} from {organisation} to another organisation. The seats {name} holds "
                "keep the organisation they represent; change a seat itself to change that."
            ).format(
                name=name,
                organisation=(detail.organisation if detail and detail.organisation else self.tr("no organisation")),
            ),
            ok_text=self.tr("&Move"),
        )
        options = _Options(ops, self)
        self.organisation = ValueCombo(
            _organisation_items(options.organisations), none_text=self.tr("(none)"), parent=self
        )
        self.add_row(self.tr("&New organisation:"), self.organisation)
        if detail is not None:
            self.organisation.set_value(detail.organisation_id)
        self.organisation.setFocus()
        size_on_screen(self, max(self.sizeHint().width(), 480), self.sizeHint().height())

    def write(self, session: Session) -> int:
        return commands.move_person(session, self.person_id, self.organisation.value())


# --- organisations ---------------------------------------------------------------------


class OrganisationDialog(FormDialog):
    def __init__(
        self, ops: Ops, organisation_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        self.organisation_id = organisation_id
        super().__init__(
            ops,
            self.tr("Edit Organisation") if organisation_id is not None else self.tr("New Organisation"),
            parent,
        )
        options = _Options(ops, self)
        self.name = QLineEdit(self)
        self.short_name = QLineEdit(self)
        self.short_name.setPlaceholderText(self.tr("e.g. Helse Bergen"))
        self.side = ValueCombo(enum_items(Side, labels.side), parent=self)
        self.area = ValueCombo(_area_items(options.areas), none_text=self.tr("(none)"), parent=self)
        self.add_row(self.tr("&Name:"), self.name)
        self.add_row(self.tr("&Short name:"), self.short_name)
        self.add_row(self.tr("S&ide:"), self.side)
        self.add_row(self.tr("&Area:"), self.area)
        if organisation_id is not None:
            row = next((o for o in options.organisations if o.id == organisation_id), None)
            if row is not None:
                self.name.setText(row.name)
                self.short_name.setText(row.short_name)
                self.side.set_value(row.side)
                self.area.set_value(row.area_id)
                self.remember_loaded(row.version)
        self.set_tab_order([self.name, self.short_name, self.side, self.area])
        self.name.setFocus()
        size_on_screen(self, max(self.sizeHint().width(), 460), self.sizeHint().height())

    def form_value(self) -> commands.OrganisationForm:
        return commands.OrganisationForm(
            name=self.name.text(),
            side=self.side.value(),
            short_name=self.short_name.text(),
            area_id=self.area.value(),
        )

    def write(self, session: Session) -> int:
        form = self.form_value()
        if self.organisation_id is None:
            return commands.create_organisation(session, form)
        return commands.update_organisation(session, self.organisation_id, form, expected_version=self.loaded_version)


# --- memberships -----------------------------------------------------------------------


class PersonPicker(QWidget):
    """Find a person by typing part of the name, organisation or e-mail, or make a new one."""

    def __init__(self, people: list[queries.PersonRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        self.combo.lineEdit().setPlaceholderText(self.tr("Type part of a name, organisation or e-mail"))
        self._people = {row.id: row for row in people}
        for row in people:
            text = f"{row.name} – {row.organisation}" if row.organisation else row.name
            self.combo.addItem(text, row.id)
            self.combo.setItemData(self.combo.count() - 1, row.email or None, Qt.ItemDataRole.ToolTipRole)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.combo.setCompleter(completer)
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText("")
        self.new_button = QPushButton(self.tr("&New person…"), self)
        self.new_button.setCheckable(True)
        self.new_button.setToolTip(self.tr("The person is not in the register yet: enter them here"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.new_button)
        self.setFocusProxy(self.combo)
        self.new_button.toggled.connect(self.combo.setDisabled)

    def person_id(self) -> int | None:
        """The chosen person: the text must be one of the list's entries."""
        text = self.combo.currentText().strip()
        if not text:
            return None
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.combo.itemData(index) if index >= 0 else None

    def person(self) -> queries.PersonRow | None:
        person_id = self.person_id()
        return self._people.get(person_id) if person_id is not None else None

    def set_person(self, person_id: int) -> None:
        index = self.combo.findData(person_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)


class MembershipDialog(FormDialog):
    """Add a seat to a body, or edit one: person, role, rights, whom it represents, term, deputy for."""

    def __init__(
        self,
        ops: Ops,
        body_id: int,
        membership_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        self.body_id = body_id
        self.membership_id = membership_id
        editing = membership_id is not None
        super().__init__(ops, self.tr("Edit Membership") if editing else self.tr("New Membership"), parent)
        options = _Options(ops, self)

        def read(session: Session):
            detail = queries.membership_detail(session, membership_id) if editing else None
            members = queries.body_members(session, body_id, include_ended=True)
            people = [] if editing else queries.search_people(session)
            bodies = {b.id: b for b in queries.list_bodies(session)}
            return detail, members, people, bodies.get(body_id)

        detail, members, people, body = ops.read(read, parent=self, default=(None, [], [], None)) or (
            None,
            [],
            [],
            None,
        )
        self.detail: queries.MembershipDetail | None = detail
        on = today or date.today()
        body_name = body.name if body is not None else ""
        self.intro.setText(
            self.tr("Seat of {name} in {body}").format(name=detail.person_name, body=body_name)
            if detail is not None
            else self.tr("A new seat in {body}").format(body=body_name)
        )
        self.intro.setVisible(True)

        # Person: an existing one (search as you type) or a new one entered here.
        self.picker: PersonPicker | None = None
        self.new_person_box: QGroupBox | None = None
        self.new_person: PersonFields | None = None
        if not editing:
            self.picker = PersonPicker(people, self)
            self.add_row(self.tr("&Person:"), self.picker, self.tr("Person"))
            self.picker.combo.setAccessibleName(self.tr("Person"))
            self.picker.new_button.setAccessibleName(self.tr("New person"))
            self.new_person_box = QGroupBox(self.tr("New person"), self)
            box_form = QFormLayout(self.new_person_box)
            box_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.new_person = PersonFields(self.new_person_box, box_form, options)
            self.new_person_box.setVisible(False)
            self.form.addRow(self.new_person_box)
            self.picker.new_button.toggled.connect(self._on_new_person)
            self.new_person.organisation.currentIndexChanged.connect(self._on_new_person_organisation)
            self.picker.combo.currentIndexChanged.connect(self._on_person_chosen)

        self.role = ValueCombo(enum_items(Role, labels.role), parent=self)
        self.rights = ValueCombo(enum_items(Rights, labels.rights), parent=self)
        self.organisation = ValueCombo(
            _organisation_items(options.organisations), none_text=self.tr("(none)"), parent=self
        )
        self.represents_text = QLineEdit(self)
        self.represents_text.setPlaceholderText(self.tr("Only when it differs from the organisation"))
        self.area = ValueCombo(_area_items(options.areas), none_text=self.tr("(none)"), parent=self)
        self.appointed_by = ValueCombo(enum_items(Side, labels.side), none_text=self.tr("(not given)"), parent=self)
        self.term_from = DateField(on, self)
        self.term_to = OptionalDateField(self.tr("Ends"), None, self)
        self.term_to.date.setAccessibleName(self.tr("Term to, date"))
        self.term_to.check.setAccessibleName(self.tr("The term has an end date"))
        self.deputy_for = ValueCombo([], none_text=self.tr("(nobody)"), parent=self)

        self.add_row(self.tr("&Role:"), self.role)
        self.add_row(self.tr("R&ights:"), self.rights)
        self.add_row(self.tr("Represen&ts:"), self.organisation, self.tr("Represents organisation"))
        self.add_row(self.tr("Represents (te&xt):"), self.represents_text)
        self.add_row(self.tr("&Area:"), self.area)
        self.add_row(self.tr("Appointed &by:"), self.appointed_by)
        self.add_row(self.tr("Term &from:"), self.term_from)
        self.add_row(self.tr("Term &to:"), self.term_to)
        self.add_row(self.tr("&Deputy for:"), self.deputy_for)

        # The body's voting members, for a deputy to stand for.
        own = membership_id
        current_voting = [
            m for m in members if may_have_deputy(m.role) and m.membership_id != own and m.current
        ]
        items = [(m.membership_id, self._member_text(m)) for m in current_voting]
        if detail is not None and detail.deputy_for_id is not None and detail.deputy_for_id not in dict(items):
            former = next((m for m in members if m.membership_id == detail.deputy_for_id), None)
            if former is not None:
                items.append((former.membership_id, self._member_text(former)))
        self.deputy_for.set_items(items)

        self.role.currentIndexChanged.connect(self._on_role_changed)
        if detail is not None:
            self.role.set_value(detail.role)
            self.rights.set_value(detail.rights)
            self.organisation.set_value(detail.organisation_id)
            self.represents_text.setText(detail.represents_text)
            self.area.set_value(detail.area_id)
            self.appointed_by.set_value(detail.appointed_by)
            self.term_from.set_value(detail.term_from)
            self.term_to.set_value(detail.term_to)
            self.deputy_for.set_value(detail.deputy_for_id)
        else:
            self.role.set_value(Role.MEMBER)
        self._on_role_changed(keep_rights=detail is not None)

        order: list[QWidget] = []
        if self.picker is not None and self.new_person is not None:
            order += [self.picker.combo, self.picker.new_button, *self.new_person.widgets()]
        order += [
            self.role,
            self.rights,
            self.organisation,
            self.represents_text,
            self.area,
            self.appointed_by,
            self.term_from,
            self.term_to.check,
            self.term_to.date,
            self.deputy_for,
        ]
        self.set_tab_order(order)
        (self.picker.combo if self.picker is not None else self.role).setFocus()
        size_on_screen(self, max(self.sizeHint().width(), 560), self.sizeHint().height())
        if detail is not None:
            self.remember_loaded(detail.version)

    def _member_text(self, m: queries.MemberRow) -> str:
        parts = [labels.role(m.role)]
        if m.represents:
            parts.append(m.represents)
        return f"{m.name} ({', '.join(parts)})"

    # --- reactions -----------------------------------------------------------------------
    def _on_role_changed(self, *_args, keep_rights: bool = False) -> None:
        role = self.role.value()
        if role is not None and not keep_rights:
            self.rights.set_value(DEFAULT_RIGHTS[role])
        is_deputy = role == Role.DEPUTY
        self.deputy_for.setEnabled(is_deputy)
        if not is_deputy:
            self.deputy_for.set_value(None)

    def _on_person_chosen(self, *_args) -> None:
        if self.picker is None:
            return
        person = self.picker.person()
        if person is not None and person.organisation_id is not None:
            self.organisation.set_value(person.organisation_id)

    def _on_new_person_organisation(self, *_args) -> None:
        if self.new_person is not None and self.new_person.organisation.value() is not None:
            self.organisation.set_value(self.new_person.organisation.value())

    def _on_new_person(self, on: bool) -> None:
        assert self.new_person is not None and self.new_person_box is not None
        self.new_person_box.setVisible(on)
        if on:
            self.new_person.given_name.setFocus()
        self.adjustSize()

    # --- saving ------------------------------------------------------------------------
    def form_value(self) -> commands.MembershipForm:
        return commands.MembershipForm(
            role=self.role.value(),
            rights=self.rights.value(),
            term_from=self.term_from.value(),
            term_to=self.term_to.value(),
            organisation_id=self.organisation.value(),
            area_id=self.area.value(),
            appointed_by=self.appointed_by.value(),
            represents_text=self.represents_text.text(),
            deputy_for_id=self.deputy_for.value() if self.deputy_for.isEnabled() else None,
        )

    def check(self) -> str:
        if self.picker is not None and not self.picker.new_button.isChecked() and self.picker.person_id() is None:
            return self.tr("Choose a person from the list, or enter a new person.")
        return ""

    def write(self, session: Session) -> int:
        form = self.form_value()
        if self.membership_id is not None:
            return commands.update_membership(session, self.membership_id, form, expected_version=self.loaded_version)
        assert self.picker is not None and self.new_person is not None
        if self.picker.new_button.isChecked():
            return commands.add_membership(session, self.body_id, form, new_person=self.new_person.value())
        return commands.add_membership(session, self.body_id, form, person_id=self.picker.person_id())


class EndMembershipDialog(FormDialog):
    """End a term on a given day; the membership stays in the register as history."""

    def __init__(
        self, ops: Ops, membership_id: int, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        self.membership_id = membership_id
        detail = ops.read(lambda s: queries.membership_detail(s, membership_id), parent=parent)
        super().__init__(
            ops,
            self.tr("End Term"),
            parent,
            intro=self.tr(
                "End the term of {name} in {body}. The seat stays in the register as history "
                "and is shown under «Show former members»."
            ).format(
                name=detail.person_name if detail else "", body=detail.body_name if detail else ""
            ),
            ok_text=self.tr("&End Term"),
        )
        self.end_date = DateField(today or date.today(), self)
        self.add_row(self.tr("&Last day of the term:"), self.end_date)
        self.end_date.setFocus()
        size_on_screen(self, max(self.sizeHint().width(), 460), self.sizeHint().height())

    def write(self, session: Session) -> int:
        return commands.end_membership(session, self.membership_id, self.end_date.value())


# --- composition rules -------------------------------------------------------------------


class RuleDialog(FormDialog):
    """A composition rule: between min and max seats matching the filters; empty filters match all."""

    NO_LIMIT = -1

    def __init__(
        self, ops: Ops, body_id: int, rule_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        self.body_id = body_id
        self.rule_id = rule_id
        super().__init__(
            ops,
            self.tr("Edit Composition Rule") if rule_id is not None else self.tr("New Composition Rule"),
            parent,
            intro=self.tr(
                "A rule counts the current seats that match every filter you set (an empty filter "
                "matches all). Without a role it counts the voting seats."
            ),
        )
        options = _Options(ops, self)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("e.g. Brukarrepresentant frå kommunane"))
        self.side = ValueCombo(enum_items(Side, labels.side), none_text=self.tr("(any)"), parent=self)
        self.appointed_by = ValueCombo(enum_items(Side, labels.side), none_text=self.tr("(any)"), parent=self)
        self.organisation = ValueCombo(
            _organisation_items(options.organisations), none_text=self.tr("(any)"), parent=self
        )
        self.area = ValueCombo(_area_items(options.areas), none_text=self.tr("(any)"), parent=self)
        self.role = ValueCombo(enum_items(Role, labels.role), none_text=self.tr("(voting seats)"), parent=self)
        self.min_count = QSpinBox(self)
        self.min_count.setRange(0, 99)
        self.max_count = QSpinBox(self)
        self.max_count.setRange(self.NO_LIMIT, 99)
        self.max_count.setSpecialValueText(self.tr("no limit"))
        self.max_count.setValue(self.NO_LIMIT)
        self.position = QLineEdit(self)
        self.position.setMaxLength(120)
        self.position.setPlaceholderText(self.tr("e.g. kommunedirektør"))
        self.position.setToolTip(
            self.tr("Counts only holders whose position (title) contains this text, in any case")
        )
        self.outside_caps = QCheckBox(self.tr("Not &counted against other rules' maximum"), self)
        self.outside_caps.setToolTip(
            self.tr(
                "The seats this rule counts are left out when another rule's maximum is checked "
                "(e.g. the kommuneoverlege beside Bergen's cap of six) and out of matching representation"
            )
        )
        self.add_row(self.tr("&Label:"), self.label)
        self.add_row(self.tr("&Side:"), self.side)
        self.add_row(self.tr("Appointed &by:"), self.appointed_by)
        self.add_row(self.tr("&Organisation:"), self.organisation)
        self.add_row(self.tr("&Area:"), self.area)
        self.add_row(self.tr("&Role:"), self.role)
        self.add_row(self.tr("&Position:"), self.position)
        self.add_row(self.tr("At &least:"), self.min_count, self.tr("At least"))
        self.add_row(self.tr("At &most:"), self.max_count, self.tr("At most"))
        self.add_row("", self.outside_caps, self.tr("Not counted against other rules' maximum"))
        if rule_id is not None:
            rules = ops.read(lambda s: queries.composition_rules(s, body_id), parent=self, default=[]) or []
            rule = next((r for r in rules if r.id == rule_id), None)
            if rule is not None:
                self.label.setText(rule.label)
                self.side.set_value(rule.side)
                self.appointed_by.set_value(rule.appointed_by)
                self.organisation.set_value(rule.organisation_id)
                self.area.set_value(rule.area_id)
                self.role.set_value(rule.role)
                self.min_count.setValue(rule.min_count)
                self.max_count.setValue(rule.max_count if rule.max_count is not None else self.NO_LIMIT)
                self.position.setText(rule.position)
                self.outside_caps.setChecked(rule.outside_caps)
                self.remember_loaded(rule.version)
        self.set_tab_order(
            [self.label, self.side, self.appointed_by, self.organisation, self.area, self.role, self.position,
             self.min_count, self.max_count, self.outside_caps]
        )
        self.label.setFocus()
        size_on_screen(self, max(self.sizeHint().width(), 520), self.sizeHint().height())

    def form_value(self) -> commands.RuleForm:
        maximum = self.max_count.value()
        return commands.RuleForm(
            label=self.label.text(),
            min_count=self.min_count.value(),
            max_count=None if maximum == self.NO_LIMIT else maximum,
            side=self.side.value(),
            appointed_by=self.appointed_by.value(),
            organisation_id=self.organisation.value(),
            area_id=self.area.value(),
            role=self.role.value(),
            position=self.position.text(),
            outside_caps=self.outside_caps.isChecked(),
        )

    def write(self, session: Session) -> int:
        form = self.form_value()
        if self.rule_id is None:
            return commands.add_rule(session, self.body_id, form)
        return commands.update_rule(session, self.rule_id, form, expected_version=self.loaded_version)
