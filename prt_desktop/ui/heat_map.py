"""The heat map: over a range of days, how often each region was marked, or how strong or how
threatening it felt on average; and the figure, legend and table that show it.

`HeatMapView(body_map)` is self-contained: hand it marks with `set_marks` and it offers the date
range and the measure itself, so History and, later, exports can place it where they need it.
Nothing is told by colour alone: each shaded region carries its number, the legend gives the
steps in numbers, and the table beside lists every region marked.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.core.body_map import BodyMap
from prt_desktop.core.mark_summary import (
    Measure,
    RegionSummary,
    highest,
    mark_day,
    marks_between,
    summarise,
)
from prt_desktop.core.records import SensationMark
from prt_desktop.ui import theme, words
from prt_desktop.ui.body_figure import BodyFigure, Placed
from prt_desktop.ui.text_fit import hold_text_height

#: Light to deep, readable under dark text at the light end and white text at the deep end.
STEPS = (QColor("#f3dfc9"), QColor("#e8b98f"), QColor("#d98f62"), QColor("#bf6844"),
         QColor("#8f4a35"))


def step_of(value: float, top: float) -> int:
    """Which of the five colour steps a value falls in (0 lightest); values above 0 only."""
    if top <= 0:
        return 0
    return min(len(STEPS) - 1, int(value / top * len(STEPS) - 1e-9))


def value_text(summary: RegionSummary, measure: Measure) -> str:
    if measure == Measure.COUNT:
        return f"{summary.count}\u00d7"
    return f"{summary.value(measure):.1f}"


class HeatFigure(BodyFigure):
    def __init__(self, body_map: BodyMap, parent: QWidget | None = None) -> None:
        super().__init__(body_map, parent)
        self.setObjectName("heatMapFigure")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summaries: dict[str, RegionSummary] = {}
        self.measure = Measure.COUNT

    @property
    def label_font(self) -> QFont:
        return self.scaled_font(8, QFont.Weight.Bold)

    def show_summaries(self, summaries: dict[str, RegionSummary], measure: Measure) -> None:
        self.summaries = summaries
        self.measure = measure
        self.update()

    def paint_overlay(self, painter: QPainter, placed: Placed) -> None:
        top = highest(self.summaries, self.measure)
        labels: list[tuple[QPointF, str, int]] = []
        for region in self.body_map.regions_in(placed.view):
            summary = self.summaries.get(region.id)
            if summary is None:
                continue
            value = summary.value(self.measure)
            step = step_of(value, top) if value > 0 else 0
            painter.setPen(QPen(theme.TEXT, 1))
            painter.setBrush(STEPS[step])
            painter.drawPath(self.region_path(region, placed.rect))
            x, y = region.centroid
            centre = QPointF(placed.rect.left() + x * placed.rect.width(),
                             placed.rect.top() + y * placed.rect.height())
            labels.append((centre, value_text(summary, self.measure), step))
        # Numbers last, on a small plate, so a neighbour's outline never runs through them.
        painter.setFont(self.label_font)
        metrics = painter.fontMetrics()
        height = metrics.height() + 2
        for centre, text, _step in labels:
            width = metrics.horizontalAdvance(text) + 6
            box = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.SURFACE)
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(theme.TEXT)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class HeatLegend(QWidget):
    """The five steps with the numbers each stands for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMapLegend")
        self.top = 0.0
        self.measure = Measure.COUNT
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _line(self) -> int:
        """One line of the legend's text, at the person's text size."""
        return self.fontMetrics().height() + 2

    def sizeHint(self) -> QSize:
        return QSize(420, max(44, self._line() * 2 + 6))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()  # taller with a larger text size
        super().changeEvent(event)

    def show_scale(self, top: float, measure: Measure) -> None:
        self.top = top
        self.measure = measure
        self.setAccessibleDescription(" ".join(self.ranges()))
        self.update()

    def ranges(self) -> list[str]:
        if self.top <= 0:
            return []
        size = self.top / len(STEPS)
        if self.measure == Measure.COUNT:
            texts = []
            for i in range(len(STEPS)):
                low = int(i * size) + 1
                high = int((i + 1) * size + 1e-9)
                if high >= low:
                    texts.append(f"{low}" if low == high else f"{low}\u2013{high}")
                else:
                    texts.append("")
            return texts
        return [f"{i * size:.0f}\u2013{(i + 1) * size:.0f}" for i in range(len(STEPS))]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ranges = self.ranges()
        if not ranges:
            painter.end()
            return
        line = self._line()
        widest = max(self.fontMetrics().horizontalAdvance(text) for text in ranges) + 12
        width = min(max(80.0, float(widest)), (self.width() - 8) / len(STEPS))
        for i, (colour, text) in enumerate(zip(STEPS, ranges, strict=True)):
            box = QRectF(4 + i * width, 2, width - 4, line)
            painter.setPen(QPen(theme.TEXT, 1))
            painter.setBrush(colour)
            painter.drawRect(box)
            painter.setPen(theme.TEXT)
            painter.drawText(QRectF(box.left(), line + 4, box.width(), line),
                             Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class HeatMapView(QWidget):
    """Date range, measure, the shaded figure with its legend, and the same numbers as a table."""

    def __init__(self, body_map: BodyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMapView")
        self.body_map = body_map
        self._marks: list[SensationMark] = []
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.first = self._date_edit("heatFrom", self.tr("From"))
        self.last = self._date_edit("heatTo", self.tr("To"))
        for text, edit in ((self.tr("From"), self.first), (self.tr("to"), self.last)):
            label = QLabel(text)
            label.setBuddy(edit)
            controls.addWidget(label)
            controls.addWidget(edit)
        controls.addStretch(1)
        layout.addLayout(controls)
        # The quick ranges on a row of their own: beside the dates they needed 1,328 px at
        # 200% text, more than a 1280 px window.
        controls = QHBoxLayout()
        for name, text, days in (("heatWeek", self.tr("Last 7 days"), 7),
                                 ("heatMonth", self.tr("Last 30 days"), 30),
                                 ("heatAll", self.tr("Everything"), None)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, d=days: self.show_last(d))
            controls.addWidget(button)
        controls.addStretch(1)
        layout.addLayout(controls)
        # The shading on a row of its own: in one row with the dates the tab needed 1,080 px.
        controls = QHBoxLayout()
        shade = QLabel(self.tr("Shade by"))
        self.measure_choice = QComboBox()
        self.measure_choice.setObjectName("heatMeasure")
        self.measure_choice.setAccessibleName(self.tr("Shade by"))
        self.measure_choice.setAccessibleDescription(self.tr(
            "What the shading of each area shows: how often it was marked, or how strong or how "
            "threatening it felt on average"))
        for measure, text in ((Measure.COUNT, self.tr("How often marked")),
                              (Measure.INTENSITY, self.tr("Average intensity (0-10)")),
                              (Measure.THREAT, self.tr("Average threat (0-10)"))):
            self.measure_choice.addItem(text, measure)
        shade.setBuddy(self.measure_choice)
        controls.addWidget(shade)
        controls.addWidget(self.measure_choice)
        controls.addStretch(1)
        layout.addLayout(controls)
        row = QHBoxLayout()
        column = QVBoxLayout()
        self.figure = HeatFigure(body_map)
        column.addWidget(self.figure, 1)
        self.legend = HeatLegend()
        column.addWidget(self.legend)
        row.addLayout(column, 3)
        self.table = QTreeWidget()
        self.table.setObjectName("heatMapTable")
        self.table.setAccessibleName(self.tr("Areas marked in these days"))
        self.table.setHeaderLabels([self.tr("Where"), self.tr("Times"), self.tr("Intensity"),
                                    self.tr("Threat")])
        self.table.setRootIsDecorated(False)
        row.addWidget(self.table, 2)
        layout.addLayout(row, 1)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("heatMapSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.first.dateChanged.connect(self.refresh)
        self.last.dateChanged.connect(self.refresh)
        self.measure_choice.currentIndexChanged.connect(self.refresh)

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(accessible)
        edit.setDate(QDate.currentDate())
        hold_text_height(edit)  # its own size hint is kept from before the text size grew
        return edit

    @property
    def measure(self) -> Measure:
        return Measure(self.measure_choice.currentData())

    def set_marks(self, marks: list[SensationMark]) -> None:
        """Every mark the person has made; the range starts at the first, ends today."""
        self._marks = list(marks)
        self.show_last(None)

    def show_last(self, days: int | None) -> None:
        today = date.today()
        if days is not None:
            first = today - timedelta(days=days - 1)
        else:
            days_marked = [d for d in (mark_day(m) for m in self._marks) if d is not None]
            first = min(days_marked, default=today)
            today = max([today, *days_marked])
        self.set_range(first, today)

    def set_range(self, first: date, last: date) -> None:
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    def range(self) -> tuple[date, date]:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        return (first, last) if first <= last else (last, first)  # type: ignore[return-value]

    def refresh(self) -> None:
        first, last = self.range()
        chosen = marks_between(self._marks, first, last)
        summaries = summarise(chosen)
        measure = self.measure
        self.figure.show_summaries(summaries, measure)
        self.legend.show_scale(highest(summaries, measure), measure)
        self.table.clear()
        for summary in sorted(summaries.values(), key=lambda s: -s.value(measure)):
            label = words.region(self.body_map.label(summary.region_id))
            item = QTreeWidgetItem([label, str(summary.count), f"{summary.mean_intensity:.1f}",
                                    f"{summary.mean_threat:.1f}"])
            self.table.addTopLevelItem(item)
        for column in range(self.table.columnCount()):  # the headings whole at any text size
            self.table.resizeColumnToContents(column)
        if chosen:
            marks = words.count(len(chosen), self.tr("1 mark"), self.tr("{n} marks"))
            areas = words.count(len(summaries), self.tr("1 area"), self.tr("{n} areas"))
            self.summary_label.setText(self.tr(
                "{marks} in {areas}. Each area shows its number; the table lists them all.")
                .format(marks=marks, areas=areas))
        else:
            self.summary_label.setText(self.tr("No marks in these days."))
