"""The trend chart: pain and fear before and after practice, week by week (QPainter only).

Drawn with QPainter rather than QtCharts, which lives in the PySide6-Addons wheel and would add
about 12 MB to every installer for one chart. The same `paint_trend` draws the History tab's
widget and the PDF report. Nothing is told by colour alone: "before" is a dashed line, "after"
a solid one; pain has round points, fear square ones; and the legend says so in words. The
colours are the theme's, read at paint time (pain the marks' colour, fear the focus colour), so
both lines keep their contrast on a dark or high-contrast surface; the text follows the font
handed in, which the stylesheet grows with the person's text size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from prt_desktop.core.translatable import QT_TRANSLATE_NOOP
from prt_desktop.core.trends import WeekCheckIns
from prt_desktop.ui import theme


@dataclass(frozen=True)
class Series:
    measure: str
    label: str
    theme_colour: str
    """The name of the `theme` colour the line is drawn in (read at paint time)."""
    dashed: bool
    square: bool

    @property
    def color(self) -> QColor:
        return QColor(getattr(theme, self.theme_colour))


SERIES: tuple[Series, ...] = (
    Series("pain_before", QT_TRANSLATE_NOOP("TrendChart", "Pain before"), "MARK_FILL",
           dashed=True, square=False),
    Series("pain_after", QT_TRANSLATE_NOOP("TrendChart", "Pain after"), "MARK_FILL",
           dashed=False, square=False),
    Series("fear_before", QT_TRANSLATE_NOOP("TrendChart", "Fear before"), "FOCUS_OUTLINE",
           dashed=True, square=True),
    Series("fear_after", QT_TRANSLATE_NOOP("TrendChart", "Fear after"), "FOCUS_OUTLINE",
           dashed=False, square=True),
)


def _t(text: str) -> str:
    """One of SERIES' labels, translated (they are marked with QT_TRANSLATE_NOOP above)."""
    return QCoreApplication.translate("TrendChart", text)


def _day(day: date, form: str) -> str:
    """A date in the app's language ('3 March', '3 marzo')."""
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def describe_trend(weeks: Sequence[WeekCheckIns]) -> str:
    """The chart in words, for screen readers and the PDF's text."""
    if not weeks:
        return QCoreApplication.translate("TrendChart", "No check-ins yet.")
    parts = []
    for week in weeks:
        given = [f"{_t(s.label).lower()} {week.means[s.measure]:.1f}" for s in SERIES
                 if s.measure in week.means]
        figures = ", ".join(given) if given else QCoreApplication.translate(
            "TrendChart", "no check-ins")
        parts.append(QCoreApplication.translate("TrendChart", "Week of {day}: {figures}.").format(
            day=_day(week.monday, "dd MMMM"), figures=figures))
    return " ".join(parts)


def paint_trend(painter: QPainter, area: QRectF, weeks: Sequence[WeekCheckIns],
                font: QFont) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    # Measured on the painter's own device: a 300 dpi PDF page has other pixels than a screen.
    metrics = QFontMetricsF(font, painter.device())
    line = metrics.height()
    stroke = line * 0.14
    left = metrics.horizontalAdvance("10") + line
    legend_height = line * 1.6 * len(_legend_rows(metrics, area.width() - left))
    plot = QRectF(area.left() + left, area.top() + line * 0.6,
                  area.width() - left - line, area.height() - line * 2.6 - legend_height)
    painter.setPen(QPen(theme.MUTED_TEXT, stroke * 0.3))
    for value in (0, 2, 4, 6, 8, 10):
        y = plot.bottom() - plot.height() * value / 10
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.drawText(QRectF(area.left(), y - line / 2, left - line * 0.4, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
    if not weeks:
        painter.setPen(theme.TEXT)
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate(
                             "TrendChart", "No check-ins yet: they appear here week by week."))
        painter.restore()
        return
    step = plot.width() / max(1, len(weeks) - 1) if len(weeks) > 1 else 0.0

    def x_of(index: int) -> float:
        return plot.center().x() if len(weeks) == 1 else plot.left() + step * index

    label_every = max(1, int(len(weeks) * metrics.horizontalAdvance("00 Mmm ") / plot.width()) + 1)
    painter.setPen(theme.TEXT)
    for index, week in enumerate(weeks):
        if index % label_every == 0:
            text = _day(week.monday, "dd MMM")
            width = metrics.horizontalAdvance(text)
            # Centred under its point, but kept inside the chart at both ends. (Its own name:
            # `left`, the axis labels' width, places the legend below.)
            label_left = min(max(x_of(index) - width / 2, area.left()), area.right() - width)
            painter.drawText(QPointF(label_left, plot.bottom() + line * 1.2), text)
    for series in SERIES:
        points = [QPointF(x_of(i), plot.bottom() - plot.height() * w.means[series.measure] / 10)
                  for i, w in enumerate(weeks) if series.measure in w.means]
        pen = QPen(series.color, stroke)
        pen.setStyle(Qt.PenStyle.DashLine if series.dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        if len(points) > 1:
            painter.drawPolyline(QPolygonF(points))
        painter.setPen(QPen(series.color, stroke * 0.7))
        painter.setBrush(series.color if not series.dashed else theme.SURFACE)
        for point in points:
            _marker(painter, point, series.square, line * 0.28)
    _legend(painter, QRectF(area.left() + left, area.bottom() - legend_height,
                            area.width() - left, legend_height), metrics, stroke)
    painter.restore()


def _marker(painter: QPainter, at: QPointF, square: bool, radius: float) -> None:
    box = QRectF(at.x() - radius, at.y() - radius, radius * 2, radius * 2)
    if square:
        painter.drawRect(box)
    else:
        painter.drawEllipse(box)


def _legend_rows(metrics: QFontMetricsF, width: float) -> list[list[Series]]:
    """The legend's entries, as many to a row as fit in `width` (at 200% text, or in a longer
    language, all four in one row are wider than the chart)."""
    rows: list[list[Series]] = [[]]
    used = 0.0
    for series in SERIES:
        need = metrics.height() * 2.9 + metrics.horizontalAdvance(_t(series.label))
        if rows[-1] and used + need > width:
            rows.append([])
            used = 0.0
        rows[-1].append(series)
        used += need
    return rows


def _legend(painter: QPainter, area: QRectF, metrics: QFontMetricsF, stroke: float) -> None:
    rows = _legend_rows(metrics, area.width())
    row_height = area.height() / len(rows)
    for number, row in enumerate(rows):
        _legend_row(painter, row, area.left(), area.top() + row_height * (number + 0.5),
                    metrics, stroke)


def _legend_row(painter: QPainter, row: list[Series], x: float, y: float,
                metrics: QFontMetricsF, stroke: float) -> None:
    swatch = metrics.height() * 1.6
    for series in row:
        pen = QPen(series.color, stroke)
        pen.setStyle(Qt.PenStyle.DashLine if series.dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y), QPointF(x + swatch, y))
        painter.setPen(QPen(series.color, stroke * 0.7))
        painter.setBrush(series.color if not series.dashed else theme.SURFACE)
        _marker(painter, QPointF(x + swatch / 2, y), series.square, metrics.height() * 0.25)
        painter.setPen(theme.TEXT)
        text_x = x + swatch + metrics.height() * 0.3
        label = _t(series.label)
        painter.drawText(QPointF(text_x, y + metrics.ascent() / 2 - 1), label)
        x = text_x + metrics.horizontalAdvance(label) + metrics.height()


class TrendChart(QWidget):
    """The chart as a widget; its accessible description reads the figures out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setAccessibleName(self.tr("Pain and fear before and after practice, by week"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._weeks: list[WeekCheckIns] = []
        self.set_weeks([])

    def minimumSizeHint(self) -> QSize:
        # About fourteen lines of text: the scale, the dates and the legend keep the plot
        # readable at any text size.
        return QSize(320, max(220, self.fontMetrics().height() * 14))

    def sizeHint(self) -> QSize:
        return QSize(640, max(320, self.fontMetrics().height() * 18))

    def set_weeks(self, weeks: Sequence[WeekCheckIns]) -> None:
        self._weeks = list(weeks)
        self.setAccessibleDescription(describe_trend(self._weeks))
        self.update()

    @property
    def weeks(self) -> list[WeekCheckIns]:
        return list(self._weeks)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.SURFACE)
        paint_trend(painter, QRectF(self.rect()).adjusted(8, 8, -8, -8), self._weeks, self.font())
        painter.end()
