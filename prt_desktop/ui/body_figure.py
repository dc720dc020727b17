"""The front and back figure drawn from the one SVG, as every body-map view shows it.

`BodyFigure` paints the drawing (each view cut out with setViewBox), the "your left / your right"
headers and whatever a subclass adds in `paint_overlay`; it knows where each view sits in the
widget and which region lies under a point, using the region shapes from `core.body_map`.
The marking map, the start-and-end view and the heat map are all BodyFigures, so they stay
drawn alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from prt_desktop.core.body_map import BodyMap, BodyRegion, BodyView
from prt_desktop.ui import theme

VIEWS = (BodyView.FRONT, BodyView.BACK)
HEADER_HEIGHT = 46  # at 100% text; it grows with the text size (`BodyFigure.header_height`)
MARGIN = 12
BASE_POINTS = 12.0  # the stylesheet's text size at 100% (resources/theme.qss)


@dataclass(frozen=True)
class Placed:
    view: BodyView
    rect: QRectF


class BodyFigure(QWidget):
    def __init__(self, body_map: BodyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body_map = body_map
        self._renderer = QSvgRenderer(QByteArray(theme.figure_svg(body_map.source)), self)
        self._theme = theme.current
        # The drawing and the region outlines only change with the size: drawn once per size, so
        # a repaint (a hover, a dragged mark) costs the marks and not the whole SVG.
        self._backdrop: QPixmap | None = None
        self._paths: dict[tuple[str, float, float, float, float], QPainterPath] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 300)

    def sizeHint(self) -> QSize:
        return QSize(560, 640)

    # ---- text size --------------------------------------------------------------------------
    def text_factor(self) -> float:
        """How much larger than at 100% the person's text is: the stylesheet scales this
        widget's font with the text size, and painted text must follow it (never smaller)."""
        points = self.font().pointSizeF()
        return max(1.0, points / BASE_POINTS) if points > 0 else 1.0

    def scaled_font(self, points: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        """The widget's font at `points` (its size at 100% text), grown with the text size."""
        font = QFont(self.font())
        font.setPointSizeF(points * self.text_factor())
        font.setWeight(weight)
        return font

    @property
    def title_font(self) -> QFont:
        return self.scaled_font(12, QFont.Weight.DemiBold)

    @property
    def side_font(self) -> QFont:
        return self.scaled_font(9)

    def header_height(self) -> float:
        """The "Front"/"Back" titles and the sides below them, as tall as their text."""
        title = QFontMetricsF(self.title_font).height()
        side = QFontMetricsF(self.side_font).height()
        return max(float(HEADER_HEIGHT), title + side + 10)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._backdrop = None  # the headers are painted into it, at the old text size
            self._paths.clear()
            self.update()
        super().changeEvent(event)

    # ---- geometry ---------------------------------------------------------------------------
    def placements(self) -> list[Placed]:
        header = self.header_height()
        width = (self.width() - MARGIN * 3) / 2
        height = self.height() - header - MARGIN * 2
        placed = []
        for column, view in enumerate(VIEWS):
            aspect = self.body_map.aspect(view)
            w = max(1.0, min(width, height * aspect))
            h = w / aspect
            x = MARGIN + column * (width + MARGIN) + (width - w) / 2
            placed.append(Placed(view, QRectF(x, header + MARGIN, w, h)))
        return placed

    def view_rect(self, view: BodyView) -> QRectF:
        return next(p.rect for p in self.placements() if p.view == view)

    def widget_point(self, view: BodyView, x: float, y: float) -> QPointF:
        """Where a point given as fractions of a view lies in this widget."""
        rect = self.view_rect(view)
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())

    def locate(self, point: QPointF) -> tuple[BodyView, float, float, BodyRegion | None] | None:
        """The view under a widget point, the point as fractions of it, and the region there."""
        for placed in self.placements():
            if placed.rect.contains(point):
                fx = (point.x() - placed.rect.left()) / placed.rect.width()
                fy = (point.y() - placed.rect.top()) / placed.rect.height()
                return placed.view, fx, fy, self.body_map.region_at(placed.view, fx, fy)
        return None

    def region_path(self, region: BodyRegion, rect: QRectF) -> QPainterPath:
        key = (region.id, rect.left(), rect.top(), rect.width(), rect.height())
        path = self._paths.get(key)
        if path is None:
            path = QPainterPath()
            for polygon in region.polygons:
                path.addPolygon(QPolygonF([
                    QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())
                    for x, y in polygon
                ]))
                path.closeSubpath()
            self._paths[key] = path
        return path

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._backdrop = None
        self._paths.clear()
        super().resizeEvent(event)

    # ---- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self._theme != theme.current:  # the person chose another theme in Settings
            self._theme = theme.current
            self._renderer.load(QByteArray(theme.figure_svg(self.body_map.source)))
            self._backdrop = None
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._backdrop_pixmap())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for placed in self.placements():
            self.paint_overlay(painter, placed)
        self.paint_over_all(painter)
        painter.end()

    def _backdrop_pixmap(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        if self._backdrop is None or self._backdrop.devicePixelRatio() != ratio:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(theme.SURFACE)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for placed in self.placements():
                self._renderer.setViewBox(QRectF(*self.body_map.frames[placed.view]))
                # render() maps the view box onto the rectangle but does not clip: without the
                # clip the other view would be drawn beside this one.
                painter.save()
                painter.setClipRect(placed.rect)
                self._renderer.render(painter, placed.rect)
                painter.restore()
                self._paint_headers(painter, placed)
            painter.end()
            self._backdrop = pixmap
        return self._backdrop

    def paint_overlay(self, painter: QPainter, placed: Placed) -> None:
        """What a subclass draws over one view (highlights, marks, shading)."""

    def paint_over_all(self, painter: QPainter) -> None:
        """What a subclass draws last, over the whole widget (a focus outline)."""

    def _paint_headers(self, painter: QPainter, placed: Placed) -> None:
        rect = placed.rect
        painter.setPen(theme.TEXT)
        title_font = self.title_font
        title_height = QFontMetricsF(title_font).height()
        painter.setFont(title_font)
        title = self.tr("Front") if placed.view == BodyView.FRONT else self.tr("Back")
        painter.drawText(QRectF(rect.left(), 2, rect.width(), title_height + 2),
                         Qt.AlignmentFlag.AlignCenter, title)
        painter.setPen(theme.MUTED_TEXT)
        # On the front view the person's right side is on the viewer's left.
        left_text, right_text = ((self.tr("your right"), self.tr("your left"))
                                 if placed.view == BodyView.FRONT
                                 else (self.tr("your left"), self.tr("your right")))
        left_text, right_text = "\u2190 " + left_text, right_text + " \u2192"
        # Over the figure, a little wider when the figure is drawn narrow (at large text the
        # sides would otherwise shrink to a few points), but within the view's own column, so
        # the next view's arrows keep their distance too.
        side = QFontMetricsF(self.side_font)
        wanted = side.horizontalAdvance(left_text + right_text) + side.height() * 2
        column = min(max(rect.width(), wanted), max(rect.width(), (self.width() - MARGIN * 3) / 2))
        row = QRectF(rect.center().x() - column / 2, title_height + 4, column, side.height() + 2)
        painter.setFont(self._side_font_to_fit(left_text, right_text, row.width()))
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         left_text)
        painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         right_text)

    def _side_font_to_fit(self, left: str, right: str, width: float) -> QFont:
        """The side font, smaller if need be so that both sides fit apart on a narrow figure
        (a language with longer words, "tu izquierda", ran them into each other)."""
        font = QFont(self.side_font)
        while font.pointSizeF() > 6:
            metrics = QFontMetricsF(font)
            gap = metrics.horizontalAdvance("  ")
            if metrics.horizontalAdvance(left) + metrics.horizontalAdvance(right) + gap <= width:
                break
            font.setPointSizeF(font.pointSizeF() - 0.5)
        return font
