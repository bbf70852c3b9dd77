"""The bodies as a tree: each body under the body above it (Partnarskapsmøte → SSU → OU …)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from ...services.queries import BodyRow
from .. import labels
from .base import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    OVERDUE_COLOUR,
    ROOT,
    AnyIndex,
    BreachCountRole,
    IdRole,
    ObjectRole,
    SortRole,
    bold_font,
    muted_colour,
)


class _Node:
    __slots__ = ("body", "children", "parent", "row")

    def __init__(self, body: BodyRow, parent: _Node | None, row: int) -> None:
        self.body = body
        self.parent = parent
        self.children: list[_Node] = []
        self.row = row


class BodyTreeModel(QAbstractItemModel):
    COL_NAME = 0
    COL_MEMBERS = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[_Node] = []
        self._by_id: dict[int, _Node] = {}
        self._breaches: dict[int, int] = {}
        self._badges: dict[tuple[int, int], QPixmap] = {}

    def headers(self) -> list[str]:
        return [self.tr("Body"), self.tr("Count")]

    def set_rows(self, rows: Sequence[BodyRow]) -> None:
        """Build the tree from rows in display order; a body whose parent is missing becomes a root."""
        self.beginResetModel()
        self._roots = []
        self._by_id = {}
        known = {row.id for row in rows}
        pending = list(rows)
        # Parents first, whatever the order of the rows (levels only go down).
        pending.sort(key=lambda r: r.level)
        placed: dict[int, _Node] = {}
        for body in pending:
            parent = placed.get(body.parent_id) if body.parent_id in known else None
            siblings = parent.children if parent is not None else self._roots
            node = _Node(body, parent, len(siblings))
            siblings.append(node)
            placed[body.id] = node
        self._by_id = placed
        self.endResetModel()

    def set_breach_counts(self, counts: dict[int, int]) -> None:
        """How many composition breaches each body has; shown as a red badge by its name."""
        if counts == self._breaches:
            return
        self._breaches = dict(counts)
        for node in self._by_id.values():
            index = self.createIndex(node.row, self.COL_NAME, node)
            self.dataChanged.emit(
                index, index, [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, BreachCountRole]
            )

    def breach_count(self, body_id: int) -> int:
        return self._breaches.get(body_id, 0)

    def _badge(self, count: int) -> QPixmap:
        """A red rounded badge with the number; an empty one of the same size keeps names aligned."""
        height = QFontMetrics(QApplication.font()).height() + 2
        key = (count, height)
        if key not in self._badges:
            width = height + 6
            pixmap = QPixmap(width, height)
            pixmap.fill(Qt.GlobalColor.transparent)
            if count:
                painter = QPainter(pixmap)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(OVERDUE_COLOUR)
                painter.drawRoundedRect(0, 1, width, height - 2, (height - 2) / 2, (height - 2) / 2)
                font = QFont(QApplication.font())
                font.setBold(True)
                font.setPixelSize(max(8, int(height * 0.6)))
                painter.setFont(font)
                painter.setPen(QColor("#ffffff"))
                painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
                painter.end()
            self._badges[key] = pixmap
        return self._badges[key]

    def body(self, body_id: int) -> BodyRow | None:
        node = self._by_id.get(body_id)
        return node.body if node else None

    def bodies(self) -> list[BodyRow]:
        """Every body, depth first in display order."""
        out: list[BodyRow] = []

        def walk(nodes: list[_Node]) -> None:
            for node in nodes:
                out.append(node.body)
                walk(node.children)

        walk(self._roots)
        return out

    def index_of_id(self, body_id: int, column: int = 0) -> QModelIndex:
        node = self._by_id.get(body_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    # --- QAbstractItemModel -------------------------------------------------------
    def _node(self, index: AnyIndex) -> _Node | None:
        return index.internalPointer() if index.isValid() else None

    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        parent_node = self._node(parent)
        children = parent_node.children if parent_node is not None else self._roots
        return self.createIndex(row, column, children[row])

    def parent(self, child: AnyIndex | None = None) -> Any:  # type: ignore[override]
        if child is None:  # QObject.parent()
            return super().parent()
        node = self._node(child)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node is not None else len(self._roots)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 <= section < 2:
            return ALIGN_RIGHT if section == self.COL_MEMBERS else ALIGN_LEFT
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_MEMBERS:
            return self.tr("Members in the current term")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def seat_counts(self, body: BodyRow) -> str:
        """What member_count is made of, e.g. '43 medlemmer, 12 observatører, 0 varamedlemmer'."""
        return ", ".join((
            self.tr("%n member(s)", "", body.voting_count),
            self.tr("%n observer(s)", "", body.observer_count),
            self.tr("%n deputy member(s)", "", body.deputy_count),
        ))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        body, column = node.body, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return body.name if column == self.COL_NAME else str(body.member_count)
        if role == SortRole:
            return body.name if column == self.COL_NAME else body.member_count
        if role == IdRole:
            return body.id
        if role == ObjectRole:
            return body
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [body.name]
            if body.short_name and body.short_name != body.name:
                parts[0] += f" ({body.short_name})"
            parts.append(self.tr("Level {level}").format(level=body.level))
            parts.append(self.seat_counts(body))
            parts.append(
                self.tr("Written standard: {language}").format(language=labels.language(body.language))
            )
            breaches = self._breaches.get(body.id, 0)
            if breaches:
                parts.append(self.tr("%n breach(es) of the composition rules", "", breaches))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_NAME and self._breaches:
            return self._badge(self._breaches.get(body.id, 0))
        if role == BreachCountRole:
            return self._breaches.get(body.id, 0)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if column == self.COL_MEMBERS else ALIGN_LEFT
        if role == Qt.ItemDataRole.FontRole and body.level == 1 and column == self.COL_NAME:
            return bold_font()
        if role == Qt.ItemDataRole.ForegroundRole and body.dissolved_on is not None:
            return muted_colour()
        return None


def tree_order(rows: Sequence[BodyRow]) -> list[tuple[int, BodyRow]]:
    """(depth, body) depth first, each body after the body above it; for indented pickers."""
    known = {row.id for row in rows}
    children: dict[int | None, list[BodyRow]] = {}
    for row in rows:
        parent = row.parent_id if row.parent_id in known else None
        children.setdefault(parent, []).append(row)
    out: list[tuple[int, BodyRow]] = []
    seen: set[int] = set()

    def walk(parent: int | None, depth: int) -> None:
        for row in children.get(parent, []):
            if row.id in seen:  # a cycle in bad data must not hang the picker
                continue
            seen.add(row.id)
            out.append((depth, row))
            walk(row.id, depth + 1)

    walk(None, 0)
    return out
