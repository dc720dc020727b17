"""History of one region: every time it was marked, oldest to newest, with how strong and how
threatening it felt and what it was like."""

from __future__ import annotations

from collections import Counter
from statistics import fmean

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.core.body_map import BodyMap
from prt_desktop.core.records import SensationMark
from prt_desktop.ui import words
from prt_desktop.ui.history_marks_model import MarksTableModel
from prt_desktop.ui.history_text import when_text

HIDDEN_COLUMNS = (1, 5, 7)  # where (the chosen area), felt, also noticed


class RegionHistoryView(QWidget):
    def __init__(self, body_map: BodyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionHistory")
        self.body_map = body_map
        self.marks: list[SensationMark] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("Area of the body:"))
        self.choice = QComboBox()
        self.choice.setObjectName("regionChoice")
        self.choice.setAccessibleName(self.tr("Area of the body to show"))
        self.choice.setMinimumHeight(44)
        label.setBuddy(self.choice)
        row.addWidget(label)
        row.addWidget(self.choice, 1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("regionSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # The same model as History's table (only the rows on screen are asked for), without
        # the columns that say the same for every row here.
        self.model = MarksTableModel(body_map, self)
        self.table = QTableView()
        self.table.setObjectName("regionMarks")
        self.table.setAccessibleName(self.tr("Every time this area was marked"))
        self.table.setModel(self.model)
        for column in HIDDEN_COLUMNS:
            self.table.setColumnHidden(column, True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # oldest first: how it went
        layout.addWidget(self.table, 1)
        self.choice.currentIndexChanged.connect(lambda _i: self._show_region())

    def _marked(self, count: int) -> str:
        return words.count(count, self.tr("marked once"), self.tr("marked {n} times"))

    def label(self, region_id: str) -> str:
        return words.region(self.body_map.label(region_id))

    def set_marks(self, marks: list[SensationMark]) -> None:
        chosen = self.choice.currentData()
        self.marks = sorted(marks, key=lambda m: m.timestamp)
        counts = Counter(m.region_id for m in self.marks)
        self.choice.blockSignals(True)
        self.choice.clear()
        for region_id, count in sorted(counts.items(), key=lambda rc: (-rc[1], rc[0])):
            self.choice.addItem(self.tr("{region} ({marked})").format(
                region=self.label(region_id), marked=self._marked(count)), region_id)
        index = self.choice.findData(chosen) if chosen is not None else -1
        self.choice.setCurrentIndex(max(0, index) if counts else -1)
        self.choice.blockSignals(False)
        self._show_region()

    def show_region(self, region_id: str) -> None:
        index = self.choice.findData(region_id)
        if index >= 0:
            self.choice.setCurrentIndex(index)

    def _show_region(self) -> None:
        region_id = self.choice.currentData()
        marks = [m for m in self.marks if m.region_id == region_id] if region_id else []
        self.model.set_marks(marks)
        header = self.table.horizontalHeader()
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        for column in (0, 2, 3, 4):
            self.table.resizeColumnToContents(column)
        if region_id is None:
            self.summary.setText(self.tr(
                "Nothing here yet. Once you mark an area on the body map, you can follow it "
                "here over time."))
            return
        self.summary.setText(self.tr(
            "{region}: {marked}, from {first} to {last}. On average intensity "
            "{intensity:.1f} and threat {threat:.1f} out of 10.").format(
            region=self.label(region_id), marked=self._marked(len(marks)),
            first=when_text(marks[0].timestamp), last=when_text(marks[-1].timestamp),
            intensity=fmean(m.intensity for m in marks), threat=fmean(m.threat for m in marks)))
