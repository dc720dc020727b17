"""History: every sensation the person has marked, newest first, and where on the body; the
practices on a calendar with the trend of the check-ins; one area's history; a heat map over a
range of days; a practice's start beside its end; and what the person wrote."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.core.body_map import BodyMap
from prt_desktop.core.records import PracticeSession, Reflection, SensationMark
from prt_desktop.ui.body_map_widget import BodyMapWidget
from prt_desktop.ui.heat_map import HeatMapView
from prt_desktop.ui.history_marks_model import MarksTableModel
from prt_desktop.ui.history_practices import PracticesView
from prt_desktop.ui.history_region import RegionHistoryView
from prt_desktop.ui.history_text import when_text
from prt_desktop.ui.start_end_view import StartEndView

if TYPE_CHECKING:
    from prt_desktop.storage import Journal

__all__ = ["HistoryPage", "when_text"]

FIGURE_MARKS = 200  # more markers than this on one small figure read as a blur
WIDTH_SAMPLE_ROWS = 50
FIGURE_WIDTH = 340  # px at 100% text, at most: the table needs the room
MAX_COLUMN_WIDTH = 320  # px: a long note is read in its tooltip, not across the screen


class ScrollingTabs(QTabWidget):
    """Tabs whose pages scroll: at 200% text the tallest page needs more height than a
    1280x800 window has. Each page sits in a scroll area; `widget`, `currentWidget`,
    `indexOf` and `setCurrentWidget` speak of the pages themselves, not their scroll areas."""

    def add_page(self, page: QWidget, title: str) -> int:
        scroll = QScrollArea()
        scroll.setObjectName(f"historyTab{self.count()}Scroll")
        scroll.setAccessibleName(title)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The page's own controls take the focus; the scroll area follows them there.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The page in the window's colour (a QWidget subclass paints no stylesheet background
        # unless asked), not the scroll area's paler one behind its labels.
        page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        scroll.setWidget(page)
        return self.addTab(scroll, title)

    def widget(self, index: int) -> QWidget | None:  # type: ignore[override]
        outer = super().widget(index)
        return outer.widget() if isinstance(outer, QScrollArea) else outer

    def currentWidget(self) -> QWidget | None:  # type: ignore[override]
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:  # type: ignore[override]
        for index in range(self.count()):
            if self.widget(index) is page:
                return index
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:  # type: ignore[override]
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)


class HistoryPage(QWidget):
    """What the person has noticed (marks on the body map) and written (answers to questions)."""

    export_requested = Signal()
    """The person wants to export their records for their therapist."""
    loaded = Signal()
    """`load` has shown what the journal holds."""
    load_failed = Signal()
    """`load` could not read the journal."""

    def __init__(self, body_map: BodyMap, titles: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.body_map = body_map
        self.titles = titles or {}
        self._load_request = 0
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<h2>Your history</h2>")), 1)
        self.export_button = QPushButton(self.tr("Export for my therapist…"))
        self.export_button.setObjectName("exportButtonHistory")
        self.export_button.setMinimumHeight(44)
        self.export_button.clicked.connect(self.export_requested)
        top.addWidget(self.export_button)
        outer.addLayout(top)
        self.tabs = ScrollingTabs()
        self.tabs.setObjectName("historyTabs")
        self.tabs.setAccessibleName(self.tr("Parts of your history"))
        # At 200% text the six tabs are wider than the window and Qt adds two arrows to
        # scroll them, 16 px wide by default (too narrow for their arrows, and for a finger).
        # TODO(theme.qss): the lead may move this rule into the stylesheet.
        self.tabs.setStyleSheet("QTabBar::scroller { width: 64px; }")
        outer.addWidget(self.tabs, 1)
        marks_tab = QWidget()
        layout = QVBoxLayout(marks_tab)
        self.tabs.add_page(marks_tab, self.tr("What you noticed"))
        self.practices = PracticesView(self.titles)
        self.tabs.add_page(self.practices, self.tr("Practices"))
        self.region_history = RegionHistoryView(body_map)
        self.tabs.add_page(self.region_history, self.tr("One area"))
        self.heat_map = HeatMapView(body_map)
        self.tabs.add_page(self.heat_map, self.tr("Heat map"))
        self.start_end = StartEndView(body_map)
        self.tabs.add_page(self.start_end, self.tr("Start and end"))
        self.notes_tab = self._build_notes()
        self.tabs.add_page(self.notes_tab, self.tr("What you wrote"))
        self.marks: list[SensationMark] = []
        # Tabs not yet filled with the latest records, and how to fill each: a tab is filled when
        # it is shown, so opening History costs only the tab in front.
        self._stale: dict[QWidget, Callable[[], None]] = {}
        self.tabs.currentChanged.connect(self._fill_tab)
        row = QHBoxLayout()
        self.model = MarksTableModel(body_map, self)
        # A table view, not a tree view: a tree lays out every row (20,000 calls into the model
        # before its first paint), a table only the rows on screen.
        self.tree = QTableView()
        self.tree.setObjectName("historyView")
        self.tree.setAccessibleName(self.tr("History of marked sensations"))
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setShowGrid(False)
        self.tree.setWordWrap(False)
        self.tree.verticalHeader().setVisible(False)
        self.tree.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.tree.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.tree.horizontalHeader().setStretchLastSection(True)
        self.tree.horizontalHeader().setHighlightSections(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        # Column widths from the first rows only: measuring 20,000 would take longer than the
        # rest of opening History together.
        row.addWidget(self.tree, 3)
        figure = QVBoxLayout()
        self.map = BodyMapWidget(body_map, interactive=False)
        self.map.setObjectName("historyMap")
        self.map.setMinimumWidth(260)
        self.map.setMaximumWidth(FIGURE_WIDTH)
        figure.addWidget(self.map, 1)
        self.map_note = QLabel()
        self.map_note.setObjectName("historyMapNote")
        self.map_note.setWordWrap(True)
        self.map_note.setMaximumWidth(FIGURE_WIDTH)
        figure.addWidget(self.map_note)
        row.addLayout(figure, 2)
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
        self._later(self.notes_tab, lambda: self._fill_notes(reflections))

    def _fill_notes(self, reflections: list[Reflection]) -> None:
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) \
                and hasattr(self, "map_note"):  # not while the page is being built
            # The figure beside the table widens with the text size, so that its headers and
            # mark numbers (which grow too) keep room.
            widest = round(FIGURE_WIDTH * self.map.text_factor())
            self.map.setMaximumWidth(widest)
            self.map_note.setMaximumWidth(widest)
        super().changeEvent(event)

    def load(self, journal: Journal) -> None:
        """Read the marks, reflections and sessions off the GUI thread and show them; a newer
        load wins over an older one still on its way."""
        from prt_desktop.ui.tasks import run_in_background

        self._load_request += 1
        request = self._load_request

        def shown(found: object) -> None:
            if request != self._load_request:
                return
            marks, reflections, sessions = found  # type: ignore[misc]
            self.show_marks(marks)
            self.show_notes(reflections)
            self.show_practices(sessions)
            self.loaded.emit()

        run_in_background(lambda: (journal.marks(), journal.reflections(), journal.sessions()),
                          shown, lambda _error: self.load_failed.emit())

    def show_marks(self, marks: list[SensationMark]) -> None:
        """The table and figure at once; the other views when their tab is first shown."""
        self.marks = marks
        self.model.set_marks(marks)
        header = self.tree.horizontalHeader()
        self.tree.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fit_columns()
        latest = self.model.marks[:FIGURE_MARKS]  # newest first, whatever the table's order
        if header.sortIndicatorSection() != 0 or \
                header.sortIndicatorOrder() != Qt.SortOrder.DescendingOrder:
            latest = sorted(marks, key=lambda m: m.timestamp, reverse=True)[:FIGURE_MARKS]
        self.map.set_marks(latest)
        self.map_note.setText(self.tr(
            "The figure shows your latest {count} marks; the table lists all {total}.").format(
            count=FIGURE_MARKS, total=len(marks)) if len(marks) > FIGURE_MARKS else "")
        self.empty_label.setVisible(not marks)
        for view in (self.heat_map, self.region_history, self.start_end):
            self._later(view, lambda view=view: view.set_marks(marks))

    def show_practices(self, sessions: list[PracticeSession]) -> None:
        self._later(self.practices, lambda: self.practices.show_practices(sessions))

    def _later(self, tab: QWidget, fill: Callable[[], None]) -> None:
        self._stale[tab] = fill
        if self.tabs.currentWidget() is tab:
            self._fill_tab(self.tabs.currentIndex())

    def _fill_tab(self, index: int) -> None:
        fill = self._stale.pop(self.tabs.widget(index), None)
        if fill is not None:
            fill()

    def _fit_columns(self) -> None:
        """Widths from the header and the first rows: asking the view to measure every row
        took longer than the rest of opening History with 20,000 marks."""
        metrics = self.tree.fontMetrics()
        rows = min(self.model.rowCount(), WIDTH_SAMPLE_ROWS)
        padding = metrics.horizontalAdvance("MM")
        # The cap grows with the text size: at 200% 320 px cut even the date short.
        cap = max(MAX_COLUMN_WIDTH, metrics.averageCharWidth() * 30)
        for column in range(self.model.columnCount() - 1):  # the last one takes the rest
            texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal))]
            texts += [str(self.model.index(row, column).data() or "") for row in range(rows)]
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            self.tree.setColumnWidth(column, min(widest + padding, cap))
