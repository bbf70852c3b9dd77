"""Send a case on to other bodies ("send til områdeutvala"), from a meeting's agenda.

The active bodies are listed as check boxes, grouped by level; a level with several bodies (the
områdeutval) can be chosen at once. Each body chosen gets a treatment of the same case waiting
for an agenda, with the case's text, priority groups, exemption and papers
(`services.agenda.send_to_bodies`, one transaction). A body where the case already waits is shown
but cannot be chosen; the service refuses it too, naming it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ...services import agenda, queries
from ...services.queries import BodyRow
from ..ops import Change, Ops
from .base import FormDialog, size_on_screen


class SendCaseDialog(FormDialog):
    """Choose the bodies a case goes on to; OK sends it to all of them at once."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, item_id: int) -> None:
        super().__init__(ops, self.tr("Send to Other Bodies"), parent, changed=Change.MEETINGS,
                         ok_text=self.tr("Send"))
        self.item_id = item_id

        def read(s: Session) -> tuple[str, int, set[int], list[BodyRow]]:
            detail = agenda.case_detail(s, item_id)
            waiting = {step.body_id for step in detail.path if step.meeting_id is None and not step.current}
            bodies = [b for b in queries.list_bodies(s) if b.dissolved_on is None]
            return detail.title, detail.place.body_id, waiting, bodies

        title, own, waiting, bodies = ops.read(read, parent=self, default=("", 0, set(), [])) or (
            "", 0, set(), [])
        self.intro.setText(
            self.tr("Send “{title}” on: each body you choose gets the case waiting for an agenda, "
                    "with its text, priority groups, public access and attachments.").format(title=title)
        )
        self.intro.setVisible(True)

        self.checks: dict[int, QCheckBox] = {}
        self.level_buttons: dict[int, QPushButton] = {}
        levels: dict[int, list[BodyRow]] = {}
        for body in bodies:
            if body.id != own:
                levels.setdefault(body.level, []).append(body)
        column = QVBoxLayout()
        order: list[QWidget] = []
        for level, rows in sorted(levels.items()):
            box = QGroupBox(self.tr("Level {level}").format(level=level), self)
            box_layout = QVBoxLayout(box)
            for body in rows:
                name = body.name if not body.short_name else f"{body.name} ({body.short_name})"
                check = QCheckBox(name, box)
                check.setAccessibleName(body.name)
                if body.id in waiting:
                    check.setText(self.tr("{body} – the case is already waiting there").format(body=name))
                    check.setEnabled(False)
                self.checks[body.id] = check
                box_layout.addWidget(check)
                order.append(check)
            selectable = [self.checks[b.id] for b in rows if b.id not in waiting]
            if len(selectable) > 1:
                button = QPushButton(self.tr("Choose All at This Level"), box)
                button.setAccessibleName(self.tr("Choose all at level {level}").format(level=level))
                button.clicked.connect(lambda _checked=False, cs=selectable: self._choose_all(cs))
                row = QHBoxLayout()
                row.addWidget(button)
                row.addStretch(1)
                box_layout.addLayout(row)
                self.level_buttons[level] = button
                order.append(button)
            column.addWidget(box)
        self.form.addRow(column)
        self.set_tab_order(order)
        first = next((w for w in order if w.isEnabled()), None)
        if first is not None:
            first.setFocus()
        size_on_screen(self, max(self.sizeHint().width(), 520), self.sizeHint().height())

    @staticmethod
    def _choose_all(checks: list[QCheckBox]) -> None:
        on = not all(c.isChecked() for c in checks)  # pressed again: none of them
        for check in checks:
            check.setChecked(on)

    def chosen(self) -> list[int]:
        return [body_id for body_id, check in self.checks.items() if check.isChecked() and check.isEnabled()]

    def write(self, session: Session) -> int:
        agenda.send_to_bodies(session, self.item_id, self.chosen())
        return self.item_id
