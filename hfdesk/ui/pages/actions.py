"""Small helpers the pages share: actions with shortcuts, their buttons, context menus, dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QMenu,
    QToolButton,
    QWidget,
)


def make_action(
    parent: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcuts: Sequence[str] = (),
    *,
    tip: str = "",
    widgets: Sequence[QWidget] = (),
) -> QAction:
    """An action whose shortcuts work while the focus is in one of `widgets` (or their children)."""
    action = QAction(text, parent)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    for widget in widgets:
        widget.addAction(action)
    return action


def action_button(action: QAction, parent: QWidget) -> QToolButton:
    """A push-button look-alike that follows its action (text, enabled, tool tip with the keys)."""
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAutoRaise(False)
    keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
    text = action.text().replace("&", "").rstrip("…")
    button.setToolTip(f"{text} ({keys})" if keys else text)
    button.setAccessibleName(text)
    button.setVisible(action.isVisible())
    return button


def open_dialog(dialog: QDialog) -> QDialog:
    """Show a form window-modally without blocking; it is deleted when closed."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def context_menu(view: QAbstractItemView, actions: Sequence[QAction | None]) -> None:
    def show(pos: QPoint) -> None:
        menu = QMenu(view)
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(show)
