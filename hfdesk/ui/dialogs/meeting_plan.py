"""The meeting plan's forms: a new or changed meeting, a copy, a cancellation, and the
minutes' approval and reopening. Each saves through one service call (ids in)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from ... import dates
from ...models import MeetingStatus, Role
from ...services import approval as approval_service
from ...services import meetings as meeting_service
from ...services import queries
from ...services.approval import Signing
from ...services.meetings import ApprovalChoice, MeetingDetail
from ...sorting import norwegian_key
from .. import labels
from ..i18n import current_language
from ..ops import Change, Ops
from .base import DateField, FormDialog, OptionalDateField, ValueCombo, type_over_all

TIME_FORMAT = "HH:mm"


class TimeField(QTimeEdit):
    """A clock time in HH:mm, in steps of five minutes from the keyboard's arrows; typed as well."""

    def __init__(self, value: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(TIME_FORMAT)
        self.set_value(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not type_over_all(self, event):  # Ctrl+A, then the digits: 1430 or 14:30
            super().keyPressEvent(event)

    def value(self) -> time:
        return self.time().toPython()  # type: ignore[return-value]

    def set_value(self, value: time) -> None:
        self.setTime(QTime(value.hour, value.minute))


def _people_items(ops: Ops, body_id: int, on: date, parent: QWidget) -> list[tuple[int, str]]:
    """The body's members, observers and secretaries on a date, as (person id, 'Name (role)')."""
    rows = ops.read(lambda s: queries.body_members(s, body_id, on), parent=parent, default=[]) or []
    seen: dict[int, str] = {}
    for row in rows:
        if row.role != Role.DEPUTY and row.person_id not in seen:
            seen[row.person_id] = f"{row.name} ({labels.role(row.role).lower()})"
    return sorted(seen.items(), key=lambda pair: norwegian_key(pair[1]))


class MeetingDialog(FormDialog):
    """A new meeting of a body, or the details of an existing one (time, place, people).

    A new time for an existing meeting goes through the move rules: after the notice the
    meeting can only move within its year, and the secretary is reminded to send a new one.
    """

    def __init__(
        self,
        ops: Ops,
        parent: QWidget | None = None,
        *,
        meeting_id: int | None = None,
        body_id: int | None = None,
        bodies: list[tuple[int, str]] = (),  # type: ignore[assignment]
        on: date | None = None,
    ) -> None:
        self.meeting_id = meeting_id
        self.detail: MeetingDetail | None = None
        if meeting_id is not None:
            self.detail = ops.read(lambda s: meeting_service.meeting_detail(s, meeting_id), parent=parent)
        editing = self.detail is not None
        super().__init__(
            ops,
            self.tr("Meeting Details") if editing else self.tr("New Meeting"),
            parent,
            ok_text=self.tr("Save") if editing else self.tr("Create Meeting"),
            changed=Change.MEETINGS,
        )
        detail = self.detail
        start = detail.starts_at if detail else datetime.combine(on or date.today(), time(9, 0))
        end = detail.ends_at if detail else None

        self.body = ValueCombo(list(bodies), parent=self)
        if detail is not None:
            self.body.set_items([(detail.body_id, detail.body_name)])
            self.body.setEnabled(False)
        elif body_id is not None:
            self.body.set_value(body_id)
        self.day = DateField(start.date(), self)
        self.starts = TimeField(start.time(), self)
        self.ends = TimeField((end or start).time(), self)
        self.place = QLineEdit(detail.place if detail else "", self)
        self.place.setPlaceholderText(self.tr("The body's usual place when left empty"))
        self.video_link = QLineEdit(detail.video_link if detail else "", self)
        self.video_link.setPlaceholderText(self.tr("https://…"))
        self.archive_reference = QLineEdit(detail.archive_reference if detail else "", self)
        self.archive_reference.setPlaceholderText(self.tr("e.g. 2026/1234 (optional, shown as “Vår ref.”)"))
        self.archive_reference.setMaxLength(100)
        self.title_field = QLineEdit(detail.title if detail else "", self)
        self.title_field.setPlaceholderText(self.tr("e.g. Partnerskapsmøte 2026 (optional)"))
        self.chair = ValueCombo(none_text=self.tr("(not chosen)"), parent=self)
        self.minute_taker = ValueCombo(none_text=self.tr("(not chosen)"), parent=self)
        self.standard_items = QCheckBox(self.tr("Add the body's standard items"), self)
        self.standard_items.setChecked(True)
        self.standard_items.setVisible(not editing)

        self.add_row(self.tr("&Body:"), self.body)
        self.add_row(self.tr("&Date:"), self.day)
        self.add_row(self.tr("&Starts at:"), self.starts)
        self.add_row(self.tr("E&nds at:"), self.ends)
        self.add_row(self.tr("&Place:"), self.place)
        self.add_row(self.tr("&Video link:"), self.video_link)
        self.add_row(self.tr("&Title:"), self.title_field)
        self.add_row(self.tr("&Archive reference:"), self.archive_reference)
        self.add_row(self.tr("&Chair:"), self.chair)
        self.add_row(self.tr("&Minute-taker:"), self.minute_taker)
        if not editing:
            self.form.addRow("", self.standard_items)
            self.standard_items.setAccessibleName(self.standard_items.text())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.form.addRow("", self.note)
        self.note.setVisible(False)
        if detail is not None and detail.status == MeetingStatus.NOTICE_SENT:
            self.note.setText(
                self.tr("The notice has been sent. If you change the time or place, send a new notice.")
            )
            self.note.setVisible(True)

        self._suggest_end = end is None
        self.body.currentIndexChanged.connect(self._load_people)
        self.starts.timeChanged.connect(self._keep_length)
        self._length = (end - start) if end is not None else None
        self._load_people()
        if detail is not None:
            self.chair.set_value(detail.chair_id)
            self.minute_taker.set_value(detail.minute_taker_id)
        self.set_tab_order(
            [self.body, self.day, self.starts, self.ends, self.place, self.video_link, self.title_field,
             self.archive_reference, self.chair, self.minute_taker, self.standard_items]
        )
        (self.day if editing else self.body).setFocus()
        self.conflict_widgets = {"starts_at": self.starts, "ends_at": self.ends, "title": self.title_field,
                                 "chair_id": self.chair, "minute_taker_id": self.minute_taker}
        if detail is not None:
            self.remember_loaded(detail.version)

    def _load_people(self) -> None:
        body_id = self.body.value()
        if body_id is None:
            return
        items = _people_items(self.ops, body_id, self.day.value(), self)
        self.chair.set_items(items)
        self.minute_taker.set_items(items)
        if self._suggest_end:
            length = self.ops.read(lambda s: queries.body_default_minutes(s, body_id), parent=self, default=120)
            self._length = timedelta(minutes=length or 120)
            self._keep_length()

    def _keep_length(self) -> None:
        """Moving the start keeps the meeting's length."""
        if self._length is not None:
            start = datetime.combine(self.day.value(), self.starts.value())
            self.ends.set_value((start + self._length).time())

    def times(self) -> tuple[datetime, datetime]:
        day = self.day.value()
        return datetime.combine(day, self.starts.value()), datetime.combine(day, self.ends.value())

    def check(self) -> str:
        if self.body.value() is None:
            return self.tr("Choose the body the meeting is for.")
        starts, ends = self.times()
        if ends <= starts:
            return self.tr("The meeting must end after it starts.")
        return ""

    def editable_values(self) -> dict[str, object]:
        """What update_meeting saves (its keyword names), for a colleague's change of the same meeting."""
        starts, ends = self.times()
        return {"starts_at": starts, "ends_at": ends, "place": self.place.text(), "video_link": self.video_link.text(),
                "title": self.title_field.text(), "chair_id": self.chair.value(),
                "minute_taker_id": self.minute_taker.value()}

    def show_values(self, values: Mapping[str, object]) -> None:
        starts, ends = values.get("starts_at"), values.get("ends_at")
        if isinstance(starts, datetime):
            self.day.set_value(starts.date())
            self.starts.set_value(starts.time())
        if isinstance(ends, datetime):
            self.ends.set_value(ends.time())
        super().show_values({k: v for k, v in values.items() if k not in ("starts_at", "ends_at")})

    def write(self, session: Session) -> int:
        starts, ends = self.times()
        if self.meeting_id is not None:
            meeting = meeting_service.update_meeting(
                session,
                self.meeting_id,
                starts_at=starts,
                ends_at=ends,
                place=self.place.text(),
                video_link=self.video_link.text(),
                title=self.title_field.text(),
                chair_id=self.chair.value(),
                minute_taker_id=self.minute_taker.value(),
                expected_version=self.loaded_version,
            )
        else:
            meeting = meeting_service.plan_meeting(
                session,
                self.body.value(),
                starts,
                ends_at=ends,
                place=self.place.text() or None,
                video_link=self.video_link.text(),
                title=self.title_field.text(),
                chair_id=self.chair.value(),
                minute_taker_id=self.minute_taker.value(),
                with_standard_items=self.standard_items.isChecked(),
            )
        if self.archive_reference.text().strip() != (self.detail.archive_reference if self.detail else ""):
            meeting_service.set_archive_reference(session, meeting.id, self.archive_reference.text())
        return meeting.id

    def moved_after_notice(self) -> bool:
        """Whether the saved change moved a meeting whose notice had gone out."""
        detail = self.detail
        return (
            detail is not None
            and detail.status == MeetingStatus.NOTICE_SENT
            and self.times() != (detail.starts_at, detail.ends_at)
        )


class CopyMeetingDialog(FormDialog):
    """A copy of a meeting at a new date, with its standard items and, if chosen, its cases."""

    def __init__(self, ops: Ops, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            ops,
            self.tr("Copy Meeting"),
            parent,
            intro=self.tr(
                "The copy gets the same body, place, video link, people and length, and the "
                "standard items. Cases are copied as new cases; what happened to them is not."
            ),
            ok_text=self.tr("Copy"),
            changed=Change.MEETINGS,
        )
        self.meeting_id = meeting_id
        detail = ops.read(lambda s: meeting_service.meeting_detail(s, meeting_id), parent=parent)
        start = detail.starts_at if detail else datetime.combine(date.today(), time(9))
        suggestion = _four_weeks_on(start)
        self.day = DateField(suggestion.date(), self)
        self.starts = TimeField(start.time(), self)
        self.with_items = QCheckBox(self.tr("Copy the cases as well"), self)
        self.with_items.setChecked(detail is not None and detail.status == MeetingStatus.CANCELLED)
        self.add_row(self.tr("&Date:"), self.day)
        self.add_row(self.tr("&Starts at:"), self.starts)
        self.form.addRow("", self.with_items)
        self.with_items.setAccessibleName(self.with_items.text())
        self.set_tab_order([self.day, self.starts, self.with_items])
        self.day.setFocus()

    def write(self, session: Session) -> int:
        starts = datetime.combine(self.day.value(), self.starts.value())
        return meeting_service.copy_meeting(
            session, self.meeting_id, starts, with_items=self.with_items.isChecked()
        ).id


def _four_weeks_on(start: datetime) -> datetime:
    """Four weeks on: the same weekday and time, the usual rhythm of a body's meetings."""
    return start + timedelta(weeks=4)


class ReasonDialog(FormDialog):
    """A reason, required, for a step that is recorded (cancel a meeting, reopen minutes)."""

    def __init__(
        self,
        ops: Ops,
        title: str,
        intro: str,
        label: str,
        ok_text: str,
        action,  # (session, reason) -> object with .id
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, title, parent, intro=intro, ok_text=ok_text, changed=Change.MEETINGS)
        self._action = action
        self.setMinimumWidth(440)
        self.reason = QLineEdit(self)
        self.add_row(label, self.reason)
        self.reason.setFocus()

    def check(self) -> str:
        return "" if self.reason.text().strip() else self.tr("Give a reason.")

    def write(self, session: Session) -> int:
        return int(self._action(session, self.reason.text()).id)


def cancel_dialog(ops: Ops, meeting_id: int, planned: bool, parent: QWidget | None = None) -> ReasonDialog:
    if planned:
        intro = QCoreApplication.translate(
            "ReasonDialog", "The meeting's cases go back to the cases waiting, ready for another meeting."
        )
    else:
        intro = QCoreApplication.translate(
            "ReasonDialog",
            "The notice has been sent: the cases keep their numbers and stay with the cancelled "
            "meeting. Copy the meeting with its cases to hold them on a new date.",
        )
    return ReasonDialog(
        ops,
        QCoreApplication.translate("ReasonDialog", "Cancel Meeting"),
        intro,
        QCoreApplication.translate("ReasonDialog", "&Reason:"),
        QCoreApplication.translate("ReasonDialog", "Cancel the Meeting"),
        lambda s, reason: meeting_service.cancel_meeting(s, meeting_id, reason),
        parent,
    )


def reopen_dialog(ops: Ops, meeting_id: int, parent: QWidget | None = None) -> ReasonDialog:
    return ReasonDialog(
        ops,
        QCoreApplication.translate("ReasonDialog", "Reopen Minutes"),
        QCoreApplication.translate(
            "ReasonDialog", "The approved minutes are locked. Reopening them is recorded with your reason."
        ),
        QCoreApplication.translate("ReasonDialog", "&Reason:"),
        QCoreApplication.translate("ReasonDialog", "Reopen"),
        lambda s, reason: meeting_service.reopen_minutes(s, meeting_id, reason),
        parent,
    )


class ApproveMinutesDialog(FormDialog):
    """Approve the minutes: in a meeting's 'Godkjenning av referat' (a later meeting's, or this
    meeting's own at its end), by the signatories the body names (justering), or by circulation.

    Signatories are chosen among the members and deputies present and each signing day is
    recorded; when the last of them has signed, the minutes are approved (services/approval.py)."""

    def __init__(self, ops: Ops, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            ops,
            self.tr("Approve Minutes"),
            parent,
            intro=self.tr("Approved minutes are locked; they can be reopened with a reason."),
            ok_text=self.tr("Approve"),
            changed=Change.MEETINGS,
        )
        self.meeting_id = meeting_id
        self._ok_approve = self.ok_button.text()
        choices: list[ApprovalChoice] = (
            ops.read(lambda s: meeting_service.approval_choices(s, meeting_id), parent=parent, default=[]) or []
        )
        self.signing: Signing | None = ops.read(lambda s: approval_service.signing(s, meeting_id), parent=parent)
        lang = current_language()
        self.in_item = QRadioButton(self.tr("In a meeting"), self)
        self.item = ValueCombo(
            [
                (
                    c.item_id,
                    self.tr("Item {number}, at the end of this meeting").format(number=c.number)
                    if c.own
                    else self.tr("Item {number}, {date}").format(
                        number=c.number, date=dates.long_date(c.starts_at, lang)
                    ),
                )
                for c in choices
            ],
            parent=self,
        )
        self.by_signatories = QRadioButton(self.tr("By signatories (justering)"), self)
        self.signatories: list[ValueCombo] = []
        self.signed_on: list[OptionalDateField] = []
        self.by_circulation = QRadioButton(self.tr("By circulation"), self)
        self.on = DateField(date.today(), self)
        self.add_row("", self.in_item, self.tr("In a meeting"))
        self.add_row(self.tr("&Item:"), self.item)
        required = self.signing.required if self.signing is not None else 0
        named = list(self.signing.signatories) if self.signing is not None else []
        if required:
            self.add_row("", self.by_signatories, self.tr("By signatories (justering)"))
            people = list(self.signing.choices) if self.signing is not None else []
            for n in range(max(required, len(named))):
                combo = ValueCombo(people, none_text=self.tr("(not chosen)"), parent=self)
                signed = OptionalDateField(self.tr("Signed on"), None, self)
                if n < len(named):
                    combo.set_value(named[n].person_id)
                    signed.set_value(named[n].signed_on)
                row = QWidget(self)
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(combo, 1)
                line.addWidget(signed)
                self.add_row(self.tr("Signatory &{n}:").format(n=n + 1), row)
                combo.setAccessibleName(self.tr("Signatory {n}").format(n=n + 1))
                signed.check.setAccessibleName(self.tr("Signatory {n} has signed").format(n=n + 1))
                signed.date.setAccessibleName(self.tr("Day signatory {n} signed").format(n=n + 1))
                row.setFocusProxy(combo)
                self.signatories.append(combo)
                self.signed_on.append(signed)
        self.by_signatories.setVisible(bool(required))
        self.add_row("", self.by_circulation, self.tr("By circulation"))
        self.add_row(self.tr("Approved &on:"), self.on)
        for radio in (self.in_item, self.by_signatories, self.by_circulation):
            radio.toggled.connect(self._update)
        first = self.by_signatories if required else self.in_item if choices else self.by_circulation
        first.setChecked(True)
        self.in_item.setEnabled(bool(choices))
        self._update()
        fields: list[QWidget] = [self.in_item, self.item, self.by_signatories]
        for combo, signed in zip(self.signatories, self.signed_on):
            fields += [combo, signed.check, signed.date]
        self.set_tab_order(fields + [self.by_circulation, self.on])
        first.setFocus()

    def _update(self) -> None:
        self.item.setEnabled(self.in_item.isChecked())
        self.on.setEnabled(self.by_circulation.isChecked())
        signing = self.by_signatories.isChecked()
        for combo, signed in zip(self.signatories, self.signed_on):
            combo.setEnabled(signing)
            signed.setEnabled(signing)
        # The signatories are saved as they are; the minutes are approved once every one has signed.
        self.ok_button.setText(self.tr("Save") if signing else self._ok_approve)
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))

    def check(self) -> str:
        if self.by_signatories.isChecked():
            for combo, signed in zip(self.signatories, self.signed_on):
                if combo.value() is None and signed.value() is not None:
                    return self.tr("Choose the signatory before the day they signed.")
        return ""

    def write(self, session: Session) -> int:
        if self.in_item.isChecked():
            meeting = meeting_service.approve_meeting_minutes(session, self.meeting_id, item_id=self.item.value())
        elif self.by_signatories.isChecked():
            chosen = [(c.value(), d.value()) for c, d in zip(self.signatories, self.signed_on) if c.value() is not None]
            approval_service.set_signatories(session, self.meeting_id, [person for person, _on in chosen])
            # Unsigned first, so the last signature (which may approve the minutes) comes last.
            for person, on in sorted(chosen, key=lambda pair: pair[1] is not None):
                approval_service.sign_minutes(session, self.meeting_id, person, on)
            return self.meeting_id
        else:
            meeting = meeting_service.approve_meeting_minutes(
                session, self.meeting_id, on=datetime.combine(self.on.value(), time(12))
            )
        return meeting.id
