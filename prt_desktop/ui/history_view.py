"""History: every sensation the person has marked, newest first, and where on the body; the
practices on a calendar with the trend of the check-ins; one area's history; a heat map over a
range of days; a practice's start beside its end; and what the person wrote."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.core.body_map import BodyMap
from prt_desktop.core.records import PracticeSession, Reflection, SensationMark
from prt_desktop.core.vocabulary import QUALITIES, Valence
from prt_desktop.ui.body_map_widget import BodyMapWidget
from prt_desktop.ui.heat_map import HeatMapView
from prt_desktop.ui.history_practices import PracticesView
from prt_desktop.ui.history_region import RegionHistoryView
from prt_desktop.ui.history_text import when_text
from prt_desktop.ui.start_end_view import StartEndView

__all__ = ["HistoryPage", "when_text"]


class HistoryPage(QWidget):
    """What the person has noticed (marks on the body map) and written (answers to questions)."""

    export_requested = Signal()
    """The person wants to export their records for their therapist."""

    def __init__(self, body_map: BodyMap, titles: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.body_map = body_map
        self.titles = titles or {}
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<h2>Your history</h2>")), 1)
        self.export_button = QPushButton(self.tr("Export for my therapist…"))
        self.export_button.setObjectName("exportButtonHistory")
        self.export_button.setMinimumHeight(44)
        self.export_button.clicked.connect(self.export_requested)
        top.addWidget(self.export_button)
        outer.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("historyTabs")
        outer.addWidget(self.tabs, 1)
        marks_tab = QWidget()
        layout = QVBoxLayout(marks_tab)
        self.tabs.addTab(marks_tab, self.tr("What you noticed"))
        self.practices = PracticesView(self.titles)
        self.tabs.addTab(self.practices, self.tr("Practices"))
        self.region_history = RegionHistoryView(body_map)
        self.tabs.addTab(self.region_history, self.tr("One area"))
        self.heat_map = HeatMapView(body_map)
        self.tabs.addTab(self.heat_map, self.tr("Heat map"))
        self.start_end = StartEndView(body_map)
        self.tabs.addTab(self.start_end, self.tr("Start and end"))
        self.tabs.addTab(self._build_notes(), self.tr("What you wrote"))
        row = QHBoxLayout()
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyView")
        self.tree.setAccessibleName(self.tr("History of marked sensations"))
        self.columns = [self.tr("When"), self.tr("Where"), self.tr("What it was like"),
                        self.tr("Intensity"), self.tr("Threat"), self.tr("Felt"),
                        self.tr("Note"), self.tr("Also noticed")]
        self.tree.setHeaderLabels(self.columns)
        self.valence_text = {Valence.UNPLEASANT: self.tr("unpleasant"),
                             Valence.NEUTRAL: self.tr("neutral"),
                             Valence.PLEASANT: self.tr("pleasant")}
        self.quality_text = {q.id: q.label.lower() for q in QUALITIES}
        self.also_text = {"steady": self.tr("steady"), "changing": self.tr("changing"),
                          "surface": self.tr("on the surface"), "deep": self.tr("deep"),
                          "small": self.tr("small"), "spread": self.tr("spread out")}
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        row.addWidget(self.tree, 3)
        self.map = BodyMapWidget(body_map, interactive=False)
        self.map.setObjectName("historyMap")
        self.map.setMinimumWidth(260)
        self.map.setMaximumWidth(340)  # the table needs the room; the figure stays readable
        row.addWidget(self.map, 2)
        layout.addLayout(row, 1)
        self.empty_label = QLabel(self.tr(
            "Nothing here yet. Marks you place on the body map during a practice appear here."))
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

    def _build_notes(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.notes = QTreeWidget()
        self.notes.setObjectName("notesView")
        self.notes.setAccessibleName(self.tr("What you wrote during practices"))
        self.notes.setHeaderLabels([self.tr("When"), self.tr("Practice"), self.tr("Question"),
                                    self.tr("What you wrote")])
        self.notes.setRootIsDecorated(False)
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes, 1)
        self.notes_empty = QLabel(self.tr(
            "Nothing here yet. Some practices ask a question you can answer in writing; "
            "what you write is kept here, privately, on this computer."))
        self.notes_empty.setWordWrap(True)
        layout.addWidget(self.notes_empty)
        return tab

    def show_notes(self, reflections: list[Reflection]) -> None:
        self.notes.clear()
        for entry in sorted(reflections, key=lambda r: r.timestamp, reverse=True):
            item = QTreeWidgetItem([when_text(entry.timestamp),
                                    self.titles.get(entry.exercise_id, entry.exercise_id),
                                    entry.prompt, entry.text])
            item.setToolTip(3, entry.text)
            self.notes.addTopLevelItem(item)
        for column in range(3):
            self.notes.resizeColumnToContents(column)
        self.notes_empty.setVisible(not reflections)

    def show_marks(self, marks: list[SensationMark]) -> None:
        self.tree.clear()
        for mark in sorted(marks, key=lambda m: m.timestamp, reverse=True):
            try:
                where = self.body_map.region(mark.region_id).label
            except KeyError:
                where = mark.region_id
            qualities = ", ".join([self.quality_text.get(q, q) for q in mark.qualities]
                                  + list(mark.own_words))
            item = QTreeWidgetItem([
                when_text(mark.timestamp), where, qualities or "-",
                str(mark.intensity), str(mark.threat), self.valence_text[mark.valence], mark.note,
                ", ".join(self.also_text[v.value] for v in (mark.change, mark.depth, mark.extent)
                          if v is not None),
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, mark.id)
            self.tree.addTopLevelItem(item)
        for column in range(len(self.columns) - 1):
            self.tree.resizeColumnToContents(column)
        self.map.set_marks(marks)
        self.heat_map.set_marks(marks)
        self.region_history.set_marks(marks)
        self.start_end.set_marks(marks)
        self.empty_label.setVisible(not marks)

    def show_practices(self, sessions: list[PracticeSession]) -> None:
        self.practices.show_practices(sessions)
