"""Every marked sensation as a table model: a view asks only for the rows it shows, so History
opens as fast with twenty thousand marks as with twenty."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from prt_desktop.core.body_map import BodyMap
from prt_desktop.core.records import SensationMark
from prt_desktop.core.vocabulary import QUALITIES, Valence
from prt_desktop.ui import words
from prt_desktop.ui.history_text import when_text

Index = QModelIndex | QPersistentModelIndex


class MarksTableModel(QAbstractTableModel):
    def __init__(self, body_map: BodyMap, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.body_map = body_map
        self.marks: list[SensationMark] = []
        self.headers = [self.tr("When"), self.tr("Where"), self.tr("What it was like"),
                        self.tr("Intensity"), self.tr("Threat"), self.tr("Felt"),
                        self.tr("Note"), self.tr("Also noticed")]
        self.valence_text = {Valence.UNPLEASANT: self.tr("unpleasant"),
                             Valence.NEUTRAL: self.tr("neutral"),
                             Valence.PLEASANT: self.tr("pleasant")}
        self.quality_text = {q.id: words.quality(q.id) for q in QUALITIES}
        self.also_text = {"steady": self.tr("steady"), "changing": self.tr("changing"),
                          "surface": self.tr("on the surface"), "deep": self.tr("deep"),
                          "small": self.tr("small"), "spread": self.tr("spread out")}
        self._labels: dict[str, str] = {}
        self._columns: list[Callable[[SensationMark], str]] = [
            lambda m: when_text(m.timestamp),
            lambda m: self.where(m.region_id),
            self.qualities,
            lambda m: str(m.intensity),
            lambda m: str(m.threat),
            lambda m: self.valence_text[m.valence],
            lambda m: m.note,
            lambda m: ", ".join(self.also_text[v.value] for v in (m.change, m.depth, m.extent)
                                if v is not None),
        ]
        self._sort_keys: list[Callable[[SensationMark], Any]] = [
            lambda m: m.timestamp, lambda m: self.where(m.region_id), self.qualities,
            lambda m: m.intensity, lambda m: m.threat, lambda m: m.valence.value,
            lambda m: m.note.lower(), self._columns[7],
        ]

    def where(self, region_id: str) -> str:
        label = self._labels.get(region_id)
        if label is None:
            label = words.region(self.body_map.label(region_id))
            self._labels[region_id] = label
        return label

    def qualities(self, mark: SensationMark) -> str:
        words = [self.quality_text.get(q, q) for q in mark.qualities] + list(mark.own_words)
        return ", ".join(words) or "-"

    def set_marks(self, marks: list[SensationMark]) -> None:
        """Newest first."""
        self.beginResetModel()
        self.marks = sorted(marks, key=lambda m: m.timestamp, reverse=True)
        self.endResetModel()

    def mark_at(self, row: int) -> SensationMark:
        return self.marks[row]

    # ---- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.marks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        mark = self.marks[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()](mark)
        if role == Qt.ItemDataRole.UserRole:
            return mark.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # A reset rather than a layout change: no row stays selected under another mark.
        self.beginResetModel()
        self.marks.sort(key=self._sort_keys[column],
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()
