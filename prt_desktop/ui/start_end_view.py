"""A practice's marks at its first body-map question beside those at its last, to see what
changed while practising."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from prt_desktop.core.body_map import BodyMap
from prt_desktop.core.mark_summary import PracticeMarks, by_practice, start_and_end
from prt_desktop.core.records import SensationMark
from prt_desktop.ui import words
from prt_desktop.ui.body_map_widget import BodyMapWidget
from prt_desktop.ui.history_text import when_text


class StartEndView(QWidget):
    def __init__(self, body_map: BodyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startEndView")
        self._practices: list[PracticeMarks] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("Practice"))
        self.choice = QComboBox()
        self.choice.setObjectName("startEndPractice")
        self.choice.setAccessibleName(self.tr("Practice to compare"))
        self.choice.setAccessibleDescription(self.tr(
            "Choose a practice to see its marks at the start and at the end side by side"))
        label.setBuddy(self.choice)
        row.addWidget(label)
        row.addWidget(self.choice, 1)
        layout.addLayout(row)
        figures = QHBoxLayout()
        self.start_map = BodyMapWidget(body_map, interactive=False)
        self.start_map.setObjectName("startMap")
        self.end_map = BodyMapWidget(body_map, interactive=False)
        self.end_map.setObjectName("endMap")
        self.start_text = QLabel()
        self.end_text = QLabel()
        for title, figure, text in ((self.tr("<b>At the start</b>"), self.start_map,
                                     self.start_text),
                                    (self.tr("<b>At the end</b>"), self.end_map, self.end_text)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(figure, 1)
            text.setWordWrap(True)
            column.addWidget(text)
            figures.addLayout(column, 1)
        layout.addLayout(figures, 1)
        self.choice.currentIndexChanged.connect(self._show)

    def set_marks(self, marks: list[SensationMark]) -> None:
        self._practices = by_practice(marks)
        self.choice.blockSignals(True)
        self.choice.clear()
        for practice in self._practices:
            count = len(practice.marks)
            self.choice.addItem(self.tr("{when}: {marks}").format(
                when=when_text(practice.first_timestamp), marks=self._marks(count)))
        self.choice.blockSignals(False)
        self._show(0)

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self._practices):
            start: list[SensationMark] = []
            end: list[SensationMark] = []
        else:
            start, end = start_and_end(self._practices[index].marks)
        self.start_map.set_marks(start)
        self.end_map.set_marks(end)
        self.start_text.setText(self._describe(start))
        self.end_text.setText(self._describe(end) if end else self.tr(
            "The body map was opened at one point only in this practice, so there is no end "
            "to compare yet."))

    def _describe(self, marks: list[SensationMark]) -> str:
        if not marks:
            return self.tr("No marks.")
        mean = sum(m.intensity for m in marks) / len(marks)
        threat = sum(m.threat for m in marks) / len(marks)
        return self.tr("{marks}; average intensity {i:.1f}, average threat {t:.1f}.").format(
            marks=self._marks(len(marks)), i=mean, t=threat)

    def _marks(self, count: int) -> str:
        return words.count(count, self.tr("1 mark"), self.tr("{n} marks"))
