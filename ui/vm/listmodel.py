"""A small read-only list model of dicts whose keys are its roles; reset wholesale with `replace`.

Used for pages of results, category tiles and filter choices: at most a few hundred rows, so a
model reset per change is cheaper than any proxy-model bookkeeping.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

Index = QModelIndex | QPersistentModelIndex


class DictListModel(QAbstractListModel):
    """Rows are dicts with the same keys, declared once as `roles`."""

    countChanged = Signal()

    def __init__(self, roles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roles = list(roles)
        self._role_ids = {Qt.ItemDataRole.UserRole + 1 + n: name for n, name in enumerate(roles)}
        self._rows: list[dict[str, Any]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.get(self._roles[0])
        name = self._role_ids.get(role)
        return None if name is None else row.get(name)

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name.encode()) for role, name in self._role_ids.items()}

    def replace(self, rows: list[dict[str, Any]]) -> None:
        """Swap in `rows` (a model reset; views keep nothing of the old rows)."""
        old = len(self._rows)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        if old != len(rows):
            self.countChanged.emit()

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    @Slot(int, result="QVariantMap")
    def get(self, row: int) -> dict[str, Any]:
        return dict(self._rows[row]) if 0 <= row < len(self._rows) else {}

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)
