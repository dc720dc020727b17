"""The practice's timeline: a slider you can drag, click and step, and its time labels."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent
from PySide6.QtWidgets import QAbstractSlider, QSlider, QStyle, QStyleOptionSlider, QWidget

from prt_desktop.playback.player import STEP_SECONDS

UNKNOWN_TIME = "-:--"  # the length, until the timeline is known


def volume_gain(value: int) -> float:
    """The slider's 0-100 as a gain: squared, so the lower half of the slider is usable."""
    return (max(0, min(100, value)) / 100) ** 2


def format_time(seconds: float) -> str:
    """m:ss (h:mm:ss from an hour on)."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class TimelineSlider(QSlider):
    """A slider in milliseconds whose arrow keys step 10 s and whose groove jumps where clicked.

    Its value follows the practice 20 times a second, but it is drawn again only when the handle
    moves by a pixel: on a long practice that is a few times a second, which keeps the CPU of a
    playing practice low.
    """

    step_requested = Signal(float)
    """Move by this many seconds (the arrow keys)."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._drawn_at = -1  # the handle's pixel when last painted

    def _pixel(self) -> int:
        # The widget's width is at least the handle's travel, so this never misses a move.
        return QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), self.value(),
                                              max(1, self.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        self._drawn_at = self._pixel()
        super().paintEvent(event)

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        if change == QAbstractSlider.SliderChange.SliderValueChange \
                and self._pixel() == self._drawn_at:
            return  # nothing on screen would change
        super().sliderChange(change)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.step_requested.emit(-STEP_SECONDS)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.step_requested.emit(STEP_SECONDS)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            style = self.style()
            handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                          QStyle.SubControl.SC_SliderHandle, self)
            if not handle.contains(event.position().toPoint()):
                groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                              QStyle.SubControl.SC_SliderGroove, self)
                span = max(1, groove.width() - handle.width())
                x = int(event.position().x()) - groove.x() - handle.width() // 2
                self.setValue(QStyle.sliderValueFromPosition(
                    self.minimum(), self.maximum(), max(0, min(x, span)), span))
        super().mousePressEvent(event)  # the handle is now under the pointer: a drag can follow
