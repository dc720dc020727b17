"""The body map: the front and back figure, where a person places what they notice.

Drawn from the one SVG in resources/ (each view cut out with setViewBox) and hit-tested with the
region shapes from `core.body_map`, never with hand-typed rectangles. Left and right are the
person's own, and the map says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from prt_desktop.core.body_map import BodyMap, BodyRegion, BodyView
from prt_desktop.core.records import SensationMark
from prt_desktop.ui import theme
from prt_desktop.ui.accessibility import name_changed

VIEWS = (BodyView.FRONT, BodyView.BACK)
HEADER_HEIGHT = 46
MARGIN = 12
MARK_RADIUS = 11


@dataclass(frozen=True)
class _Placed:
    view: BodyView
    rect: QRectF


class BodyMapWidget(QWidget):
    point_chosen = Signal(str, str, float, float)
    """The person chose a point: view, region id, x and y as fractions of the view."""

    def __init__(self, body_map: BodyMap, parent: QWidget | None = None, *,
                 interactive: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("bodyMap")
        self.body_map = body_map
        self.interactive = interactive
        self._renderer = QSvgRenderer(str(body_map.source), self)
        self._marks: list[SensationMark] = []
        self._hover: BodyRegion | None = None
        self._selected: BodyRegion | None = None
        self._keyboard_order = [r for v in VIEWS for r in body_map.regions_in(v)]
        self._keyboard_index = -1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 300)
        self.setAccessibleName(self.tr("Body map"))
        if interactive:
            self.setMouseTracking(True)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setAccessibleDescription(self.tr(
                "Front and back of a body. Click or tap where you notice a sensation. With the "
                "keyboard, use the arrow keys to move between areas and Enter to mark one."))
        else:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.setAccessibleDescription(self.tr(
                "Front and back of a body, showing the marks listed beside it."))

    def sizeHint(self) -> QSize:
        return QSize(560, 640)

    # ---- data -------------------------------------------------------------------------------
    def set_marks(self, marks: list[SensationMark]) -> None:
        self._marks = list(marks)
        self.update()

    def add_mark(self, mark: SensationMark) -> None:
        self._marks.append(mark)
        self._selected = self.body_map.region(mark.region_id)
        self.update()

    def remove_mark(self, mark_id: str) -> None:
        self._marks = [m for m in self._marks if m.id != mark_id]
        self.update()

    @property
    def marks(self) -> list[SensationMark]:
        return list(self._marks)

    @property
    def selected_region(self) -> BodyRegion | None:
        return self._selected

    # ---- geometry ---------------------------------------------------------------------------
    def _placements(self) -> list[_Placed]:
        width = (self.width() - MARGIN * 3) / 2
        height = self.height() - HEADER_HEIGHT - MARGIN * 2
        placed = []
        for column, view in enumerate(VIEWS):
            aspect = self.body_map.aspect(view)
            w = min(width, height * aspect)
            h = w / aspect
            x = MARGIN + column * (width + MARGIN) + (width - w) / 2
            placed.append(_Placed(view, QRectF(x, HEADER_HEIGHT + MARGIN, w, h)))
        return placed

    def widget_point(self, view: BodyView, x: float, y: float) -> QPointF:
        """Where a point given as fractions of a view lies in this widget."""
        rect = next(p.rect for p in self._placements() if p.view == view)
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())

    def locate(self, point: QPointF) -> tuple[BodyView, float, float, BodyRegion | None] | None:
        for placed in self._placements():
            if placed.rect.contains(point):
                fx = (point.x() - placed.rect.left()) / placed.rect.width()
                fy = (point.y() - placed.rect.top()) / placed.rect.height()
                return placed.view, fx, fy, self.body_map.region_at(placed.view, fx, fy)
        return None

    def _region_path(self, region: BodyRegion, rect: QRectF) -> QPainterPath:
        path = QPainterPath()
        for polygon in region.polygons:
            path.addPolygon(QPolygonF([
                QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())
                for x, y in polygon
            ]))
            path.closeSubpath()
        return path

    # ---- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.SURFACE)
        for placed in self._placements():
            self._paint_view(painter, placed)
        if self.hasFocus():
            pen = QPen(theme.FOCUS_OUTLINE, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)  # not the last region's highlight
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def _paint_view(self, painter: QPainter, placed: _Placed) -> None:
        frame = self.body_map.frames[placed.view]
        self._renderer.setViewBox(QRectF(*frame))
        # render() maps the view box onto the rectangle but does not clip: without the clip the
        # other view would be drawn beside this one.
        painter.save()
        painter.setClipRect(placed.rect)
        self._renderer.render(painter, placed.rect)
        painter.restore()
        self._paint_headers(painter, placed)
        for region, fill in ((self._hover, theme.HIGHLIGHT_FILL),
                             (self._selected, theme.HIGHLIGHT_FILL)):
            if region is not None and region.view == placed.view:
                painter.setPen(QPen(theme.ACCENT, 2))
                painter.setBrush(fill)
                painter.drawPath(self._region_path(region, placed.rect))
        painter.setFont(QFont(self.font().family(), 9, QFont.Weight.Bold))
        for mark in self._marks:
            if mark.view != placed.view:
                continue
            centre = QPointF(placed.rect.left() + mark.x * placed.rect.width(),
                             placed.rect.top() + mark.y * placed.rect.height())
            painter.setPen(QPen(theme.SURFACE, 2))
            painter.setBrush(theme.MARK_FILL)
            painter.drawEllipse(centre, MARK_RADIUS, MARK_RADIUS)
            painter.setPen(theme.MARK_TEXT)
            box = QRectF(centre.x() - MARK_RADIUS, centre.y() - MARK_RADIUS,
                         MARK_RADIUS * 2, MARK_RADIUS * 2)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(mark.intensity))

    def _paint_headers(self, painter: QPainter, placed: _Placed) -> None:
        rect = placed.rect
        painter.setPen(theme.TEXT)
        painter.setFont(QFont(self.font().family(), 12, QFont.Weight.DemiBold))
        title = self.tr("Front") if placed.view == BodyView.FRONT else self.tr("Back")
        painter.drawText(QRectF(rect.left(), 2, rect.width(), 22), Qt.AlignmentFlag.AlignCenter,
                         title)
        painter.setFont(QFont(self.font().family(), 9))
        painter.setPen(theme.MUTED_TEXT)
        # On the front view the person's right side is on the viewer's left.
        left_text, right_text = ((self.tr("your right"), self.tr("your left"))
                                 if placed.view == BodyView.FRONT
                                 else (self.tr("your left"), self.tr("your right")))
        row = QRectF(rect.left(), 24, rect.width(), 18)
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         "\u2190 " + left_text)
        painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         right_text + " \u2192")

    # ---- mouse and keyboard -----------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.interactive:
            return
        found = self.locate(event.position())
        region = found[3] if found else None
        if region is not self._hover:
            self._hover = region
            self.setToolTip(region.label if region else "")
            self.update()

    def leaveEvent(self, event: object) -> None:
        self._hover = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.interactive or event.button() != Qt.MouseButton.LeftButton:
            return
        found = self.locate(event.position())
        if found is None or found[3] is None:
            return
        _view, fx, fy, region = found
        self._choose(region, fx, fy)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.interactive:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._step(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and self._selected is not None:
            x, y = self._selected.centroid
            self._choose(self._selected, x, y)
        else:
            super().keyPressEvent(event)

    def _step(self, delta: int) -> None:
        if not self._keyboard_order:
            return
        self._keyboard_index = (self._keyboard_index + delta) % len(self._keyboard_order)
        self._selected = self._keyboard_order[self._keyboard_index]
        self.setAccessibleName(self.tr("Body map: {region}").format(region=self._selected.label))
        name_changed(self)
        self.update()

    def _choose(self, region: BodyRegion, x: float, y: float) -> None:
        self._selected = region
        self.update()
        self.point_chosen.emit(region.view.value, region.id, x, y)
