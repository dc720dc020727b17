"""Noticing that a visitor has gone: the kiosk's one application-wide event filter, and the
full-screen "Are you still there?" with its countdown.

The filter sees every event of the application, so it does as little as it can: a set lookup
of the event's type, then one timer restart. It also keeps context menus and Alt+F4 from the
visitor, and notices the staff gesture (a press held on the screen's top-left corner).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QSinglePointEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from prt_desktop.ui import words

ACTIVITY = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.KeyPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
})
PRESS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin})
RELEASE = frozenset({QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd,
                     QEvent.Type.TouchCancel})
STAFF_CORNER_PX = 80  # the top-left square of the screen that staff press and hold
STAFF_HOLD_MS = 3000


class KioskEventFilter(QObject):
    """Installed once on the QApplication (`app.installEventFilter`)."""

    activity = Signal()
    """The visitor touched, clicked, scrolled or typed."""
    staff_gesture = Signal()
    """Someone held the top-left corner for STAFF_HOLD_MS: ask for the staff PIN."""

    def __init__(self, window: QWidget, hold_ms: int = STAFF_HOLD_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(hold_ms)
        self._hold.timeout.connect(self.staff_gesture)
        self._last_activity_stamp = -1  # one event reaches several objects: count it once

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True  # no context menus on a kiosk: nothing to copy, nothing to explore
        if kind not in ACTIVITY:
            return False
        if kind == QEvent.Type.KeyPress and _is_alt_f4(event):  # type: ignore[arg-type]
            return True  # a window manager might close the window on it
        stamp = getattr(event, "timestamp", lambda: 0)()
        if stamp != self._last_activity_stamp or stamp == 0:
            self._last_activity_stamp = stamp
            self.activity.emit()
        if kind in PRESS and isinstance(event, QSinglePointEvent):
            if self._in_staff_corner(event):
                self._hold.start()
            else:
                self._hold.stop()
        elif kind in RELEASE:
            self._hold.stop()
        return False

    def _in_staff_corner(self, event: QSinglePointEvent) -> bool:
        point = event.globalPosition().toPoint()
        corner = QRect(self.window.mapToGlobal(QPoint(0, 0)),
                       self.window.mapToGlobal(QPoint(STAFF_CORNER_PX, STAFF_CORNER_PX)))
        return corner.contains(point)


def _is_alt_f4(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_F4 and bool(
        event.modifiers() & Qt.KeyboardModifier.AltModifier)


PROMPT_STYLE = """
QLabel#idleTitle { font-size: 40pt; font-weight: 600; }
QLabel#idleCountdown { font-size: 20pt; color: #5f574f; }
QPushButton#stillHereButton { background: #3f6b5e; color: #ffffff; font-size: 26pt;
                              font-weight: 600; border-radius: 14px; padding: 12px 40px; }
"""


class IdlePrompt(QWidget):
    """A full-screen window over everything: "Are you still there?", a countdown and a big
    "I'm still here". A touch anywhere on it counts as still here."""

    still_here = Signal()
    """The visitor answered: keep their visit."""
    timed_out = Signal()
    """Nobody answered: wipe the visit."""

    def __init__(self, seconds: int, tick_ms: int = 1000, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("idlePrompt")
        self.setStyleSheet(PROMPT_STYLE)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.seconds = seconds
        self.left = seconds
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("Are you still there?"))
        title.setObjectName("idleTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.count_label = QLabel()
        self.count_label.setObjectName("idleCountdown")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        layout.addSpacing(24)
        self.button = QPushButton(self.tr("I\u2019m still here"))
        self.button.setObjectName("stillHereButton")
        self.button.setMinimumSize(420, 96)
        self.button.clicked.connect(self.answer)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._count_down)

    def ask(self, geometry: QRect) -> None:
        self.left = self.seconds
        self._show_left()
        self.setGeometry(geometry)
        self.show()
        self.raise_()
        self.activateWindow()
        self.button.setFocus()
        self._tick.start()

    @property
    def asking(self) -> bool:
        return self._tick.isActive()

    def answer(self) -> None:
        self.dismiss()
        self.still_here.emit()

    def dismiss(self) -> None:
        self._tick.stop()
        self.hide()

    def _count_down(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.dismiss()
            self.timed_out.emit()
        else:
            self._show_left()

    def _show_left(self) -> None:
        seconds = words.count(self.left, self.tr("1 second"), self.tr("{n} seconds"))
        self.count_label.setText(self.tr(
            "For the next person\u2019s privacy, this practice will be cleared in {time}."
        ).format(time=seconds))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.answer()
