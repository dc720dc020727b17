"""The body map a person marks: click or tap a point, drag a mark, or use the keyboard.

Hit-testing uses the region shapes from `core.body_map`, never hand-typed rectangles. Left and
right are the person's own, and the map says so.

Keyboard: Tab into the map, arrows move to the neighbouring region (`core.region_neighbours`
says how neighbours are found), Enter or Space marks the region at its centre (or, while a mark
is being moved, puts it there), Escape stops a move. The region in focus is the widget's
accessible name and description, updated and announced on every step.

With `touch_targets` on (kiosk and touch screens) marks are drawn 44 px across, and a tap whose
fingertip (a 44 px disc) touches more than one region offers those regions as 44 px buttons
rather than guessing between them: so every region can be chosen with a 44 px target, even the
jaw or a temple, which are narrower than a fingertip at any size that fits a screen.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from prt_desktop.core.body_map import BodyMap, BodyRegion, BodyView
from prt_desktop.core.records import SensationMark
from prt_desktop.core.region_neighbours import Direction, neighbour
from prt_desktop.ui import theme, words
from prt_desktop.ui.accessibility import name_changed
from prt_desktop.ui.body_figure import VIEWS, BodyFigure, Placed

MARK_RADIUS = 11
TOUCH_TARGET = 44
DRAG_START_PX = 4
_ARROWS = {Qt.Key.Key_Left: Direction.LEFT, Qt.Key.Key_Right: Direction.RIGHT,
           Qt.Key.Key_Up: Direction.UP, Qt.Key.Key_Down: Direction.DOWN}


class BodyMapWidget(BodyFigure):
    point_chosen = Signal(str, str, float, float)
    """The person chose a point: view, region id, x and y as fractions of the view."""
    mark_moved = Signal(str, str, str, float, float)
    """A mark was dragged or moved by keyboard: mark id, view, region id, x, y."""
    mark_clicked = Signal(str)
    """A mark was clicked without being dragged: its id."""
    move_ended = Signal()
    """A move begun with `begin_move` ended (placed or given up)."""

    def __init__(self, body_map: BodyMap, parent: QWidget | None = None, *,
                 interactive: bool = True) -> None:
        super().__init__(body_map, parent)
        self.setObjectName("bodyMap")
        self.interactive = interactive
        self._marks: list[SensationMark] = []
        self._hover: BodyRegion | None = None
        self._selected: BodyRegion | None = None
        self._selected_mark: str | None = None
        self._moving: str | None = None  # a mark waiting for its new place (keyboard or button)
        self._press: tuple[str, QPointF] | None = None  # a mark pressed, perhaps to be dragged
        self._drag_to: QPointF | None = None
        self._touch_targets = False
        self.chooser: QFrame | None = None
        self._sprites: dict[tuple[int, bool, float, float], QPixmap] = {}
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

    # ---- large targets ----------------------------------------------------------------------
    @property
    def touch_targets(self) -> bool:
        return self._touch_targets

    @touch_targets.setter
    def touch_targets(self, on: bool) -> None:
        self._touch_targets = on
        self.update()

    @property
    def mark_font(self) -> QFont:
        """The number in a mark, grown with the person's text size (as the circle is)."""
        return self.scaled_font(14 if self._touch_targets else 9, QFont.Weight.Bold)

    @property
    def mark_radius(self) -> float:
        return (TOUCH_TARGET / 2 if self._touch_targets else MARK_RADIUS) * self.text_factor()

    # ---- data -------------------------------------------------------------------------------
    def set_marks(self, marks: list[SensationMark]) -> None:
        self._marks = list(marks)
        if self._selected_mark not in {m.id for m in self._marks}:
            self._selected_mark = None
        self.update()

    def add_mark(self, mark: SensationMark) -> None:
        self._marks.append(mark)
        # A mark on a region the drawing has since split (a retired id) selects nothing.
        self._selected = self.body_map.find(mark.region_id)
        self.update()

    def remove_mark(self, mark_id: str) -> None:
        self.set_marks([m for m in self._marks if m.id != mark_id])

    def select_mark(self, mark_id: str | None) -> None:
        self._selected_mark = mark_id
        self.update()

    @property
    def marks(self) -> list[SensationMark]:
        return list(self._marks)

    @property
    def selected_region(self) -> BodyRegion | None:
        return self._selected

    @property
    def moving(self) -> str | None:
        return self._moving

    def begin_move(self, mark_id: str) -> None:
        """The next point chosen (click, tap, or Enter on a region) becomes this mark's place."""
        self._moving = mark_id
        self._selected_mark = mark_id
        mark = next((m for m in self._marks if m.id == mark_id), None)
        region = self.body_map.find(mark.region_id) if mark is not None else None
        if region is not None:
            self._select_region(region)
        self.setFocus()
        self.update()

    def cancel_move(self) -> None:
        if self._moving is not None:
            self._moving = None
            self.move_ended.emit()
            self.update()

    def mark_at(self, point: QPointF) -> SensationMark | None:
        """The mark drawn under a widget point (the topmost, drawn last), or None."""
        radius = self.mark_radius
        for mark in reversed(self._marks):
            centre = self.widget_point(BodyView(mark.view), mark.x, mark.y)
            if math.hypot(centre.x() - point.x(), centre.y() - point.y()) <= radius:
                return mark
        return None

    def regions_under_fingertip(self, point: QPointF) -> list[BodyRegion]:
        """The regions a 44 px fingertip centred on `point` touches, the one under its centre
        first: sampled at the centre and on rings at half and full radius."""
        found: list[BodyRegion] = []
        radius = TOUCH_TARGET / 2
        samples = [point] + [
            QPointF(point.x() + r * math.cos(a), point.y() + r * math.sin(a))
            for r in (radius / 2, radius) for a in (i * math.pi / 8 for i in range(16))
        ]
        for sample in samples:
            located = self.locate(sample)
            if located is not None and located[3] is not None and located[3] not in found:
                found.append(located[3])
        return found

    # ---- painting ---------------------------------------------------------------------------
    def paint_overlay(self, painter: QPainter, placed: Placed) -> None:
        for region in (self._hover, self._selected):
            if region is not None and region.view == placed.view:
                path = self.region_path(region, placed.rect)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.HIGHLIGHT_FILL)
                painter.drawPath(path)
                if region is self._selected and self.hasFocus():
                    # Not colour alone: a thick outline and a hatch mark the region in focus.
                    painter.setBrush(QBrush(theme.FOCUS_OUTLINE, Qt.BrushStyle.BDiagPattern))
                    painter.setPen(QPen(theme.FOCUS_OUTLINE, 3))
                else:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(theme.ACCENT, 2))
                painter.drawPath(path)
        radius = self.mark_radius
        for mark in self._marks:
            if mark.view != placed.view:
                continue
            rect = placed.rect
            centre = QPointF(rect.left() + mark.x * rect.width(),
                             rect.top() + mark.y * rect.height())
            if self._drag_to is not None and self._press is not None \
                    and self._press[0] == mark.id:
                centre = self._drag_to
            sprite = self._sprite(mark.intensity, mark.id == self._selected_mark)
            painter.drawPixmap(QPointF(centre.x() - radius - 2, centre.y() - radius - 2), sprite)

    def _sprite(self, intensity: int, chosen: bool) -> QPixmap:
        """A mark drawn once per look and reused: 200 marks then cost 200 pixmap copies rather
        than 200 antialiased circles and text layouts (bodymap_paint_ms)."""
        ratio = self.devicePixelRatioF()
        key = (intensity, chosen, self.mark_radius, ratio)
        sprite = self._sprites.get(key)
        if sprite is None:
            radius = self.mark_radius
            side = radius * 2 + 4
            sprite = QPixmap(QSize(int(side * ratio) + 1, int(side * ratio) + 1))
            sprite.setDevicePixelRatio(ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            painter = QPainter(sprite)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            centre = QPointF(radius + 2, radius + 2)
            painter.setPen(QPen(theme.FOCUS_OUTLINE if chosen else theme.SURFACE,
                                4 if chosen else 2))
            painter.setBrush(theme.MARK_FILL)
            inner = radius - (1 if chosen else 0)  # the thicker ring stays inside the sprite
            painter.drawEllipse(centre, inner, inner)
            painter.setPen(theme.MARK_TEXT)
            painter.setFont(self.mark_font)
            painter.drawText(QRectF(2, 2, radius * 2, radius * 2), Qt.AlignmentFlag.AlignCenter,
                             str(intensity))
            painter.end()
            self._sprites[key] = sprite
        return sprite

    def paint_over_all(self, painter: QPainter) -> None:
        if self.hasFocus():
            # Thick and dashed, so it shows without relying on colour.
            painter.setPen(QPen(theme.FOCUS_OUTLINE, 3, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))

    # ---- mouse ------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.interactive:
            return
        point = event.position()
        if self._press is not None:
            start = self._press[1]
            if self._drag_to is not None or \
                    math.hypot(point.x() - start.x(), point.y() - start.y()) >= DRAG_START_PX:
                self._drag_to = point
                self.update()
            return
        found = self.locate(point)
        region = found[3] if found else None
        if region is not self._hover:
            self._hover = region
            self.setToolTip(words.region(region.label) if region else "")
            self.update()

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.interactive or event.button() != Qt.MouseButton.LeftButton:
            return
        self._close_chooser()
        mark = self.mark_at(event.position()) if self._moving is None else None
        if mark is not None:
            self._press = (mark.id, event.position())
            return
        found = self.locate(event.position())
        if found is None or found[3] is None:
            return
        _view, fx, fy, region = found
        if self._touch_targets:
            touched = self.regions_under_fingertip(event.position())
            if len(touched) > 1:
                self._offer_choice(touched, event.position())
                return
        self._choose(region, fx, fy)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        mark_id, _start = self._press
        dragged = self._drag_to is not None
        self._press = None
        self._drag_to = None
        self.update()
        if not dragged:
            self._selected_mark = mark_id
            self.mark_clicked.emit(mark_id)
            return
        found = self.locate(event.position())
        if found is not None and found[3] is not None:
            view, fx, fy, region = found
            self._select_region(region)
            self.mark_moved.emit(mark_id, view.value, region.id, fx, fy)

    # ---- choosing between regions under a fingertip ------------------------------------------
    def _offer_choice(self, regions: list[BodyRegion], at: QPointF) -> None:
        chooser = QFrame(self)
        chooser.setObjectName("regionChooser")
        chooser.setFrameShape(QFrame.Shape.StyledPanel)
        chooser.setAutoFillBackground(True)
        chooser.setAccessibleName(self.tr("Which area did you mean?"))
        layout = QVBoxLayout(chooser)
        for region in regions:
            button = QPushButton(words.region(region.label), chooser)
            button.setObjectName(f"choose_{region.id}")
            button.setMinimumHeight(TOUCH_TARGET)
            button.setMinimumWidth(TOUCH_TARGET * 4)
            x, y = region.centroid
            button.clicked.connect(lambda _=False, r=region, x=x, y=y: self._chosen_from(r, x, y))
            layout.addWidget(button)
        chooser.adjustSize()
        left = min(max(0.0, at.x() - chooser.width() / 2), self.width() - chooser.width())
        top = min(max(0.0, at.y() + TOUCH_TARGET / 2), self.height() - chooser.height())
        chooser.move(int(max(0.0, left)), int(max(0.0, top)))
        chooser.show()
        chooser.findChildren(QPushButton)[0].setFocus()
        self.chooser = chooser

    def _chosen_from(self, region: BodyRegion, x: float, y: float) -> None:
        self._close_chooser()
        self._choose(region, x, y)

    def _close_chooser(self) -> None:
        if self.chooser is not None:
            self.chooser.hide()
            self.chooser.deleteLater()
            self.chooser = None

    # ---- keyboard ---------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.interactive and self._selected is None:
            self._select_region(self.body_map.regions_in(VIEWS[0])[0])
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.interactive:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in _ARROWS:
            current = self._selected or self.body_map.regions_in(VIEWS[0])[0]
            found = neighbour(self.body_map, current, _ARROWS[Qt.Key(key)]) \
                if self._selected is not None else current
            if found is not None:
                self._select_region(found)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and self._selected is not None:
            x, y = self._selected.centroid
            self._choose(self._selected, x, y)
        elif key == Qt.Key.Key_Escape and self._moving is not None:
            self.cancel_move()
        else:
            super().keyPressEvent(event)

    def _select_region(self, region: BodyRegion) -> None:
        self._selected = region
        here = sum(1 for m in self._marks if m.region_id == region.id)
        side = self.tr("front") if region.view == BodyView.FRONT else self.tr("back")
        name = words.region(region.label)
        self.setAccessibleName(self.tr("Body map: {region}").format(region=name))
        if self._moving is not None:
            action = self.tr("Press Enter to move the mark here, Escape to leave it where it is.")
        else:
            action = self.tr("Press Enter to mark it.")
        marks_text = self.tr("No marks here yet.") if here == 0 else (
            self.tr("1 mark here.") if here == 1 else self.tr("{n} marks here.").format(n=here))
        self.setAccessibleDescription(self.tr("{region}, on the {side} view. {marks} {action}")
                                      .format(region=name, side=side, marks=marks_text,
                                              action=action))
        name_changed(self)
        description_changed(self)
        self.update()

    def _choose(self, region: BodyRegion, x: float, y: float) -> None:
        self._select_region(region)
        if self._moving is not None:
            mark_id, self._moving = self._moving, None
            self.mark_moved.emit(mark_id, region.view.value, region.id, x, y)
            self.move_ended.emit()
            return
        self.point_chosen.emit(region.view.value, region.id, x, y)


def description_changed(widget: QWidget) -> None:
    if QAccessible.isActive():
        QAccessible.updateAccessibility(
            QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
