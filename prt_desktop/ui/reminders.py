"""The optional daily reminder, while the app (or its tray icon) is running.

Nothing reminds anyone when the app is not running: there is no background service, by design
(docs/reminders.md says how to have the computer open the app at login instead).

Times are local wall-clock times held as naive datetimes, so "18:00" stays 18:00 across a change
to or from summer time. The timer never waits longer than `MAX_WAIT` before looking at the clock
again: Qt's timers count time the computer is awake, so after a night asleep (or a changed clock)
a single day-long timer would fire hours late. A reminder missed by more than `LATE_LIMIT` (the
computer was asleep or off at the time) is skipped rather than shown late, and there is at most
one reminder a day.

Imported after the journal is open (never on the first-paint path).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QSystemTrayIcon,
    QWidget,
)

from prt_desktop import APP_DISPLAY_NAME, paths
from prt_desktop.ui import preferences as prefs
from prt_desktop.ui.preferences import REMINDER_ON, REMINDER_TIME, Preferences

log = logging.getLogger(__name__)

#: Look at the clock at least this often (after sleep, the timer counts only awake time).
MAX_WAIT = timedelta(minutes=5)
#: A reminder this late or later (asleep, switched off) is skipped, never shown in a pile.
LATE_LIMIT = timedelta(hours=1)
MESSAGE_SHOWN_MS = 15_000
TARGET_HEIGHT = 44

KEEP_IN_TRAY = prefs.KEEP_IN_TRAY


def parse_time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def next_reminder(after: datetime, at: time) -> datetime:
    """The first local wall-clock moment strictly after `after` whose time of day is `at`.
    Date arithmetic, not elapsed time, so a day of 23 or 25 hours changes nothing."""
    today = datetime.combine(after.date(), at)
    return today if today > after else datetime.combine(after.date() + timedelta(days=1), at)


def app_icon(window: QWidget | None = None) -> QIcon:
    """The app's icon for the tray: resources/ first, then the icon the .deb installs in the
    desktop's theme, then the window's, and as a last resort a plain circle with a wave drawn
    like packaging/prt-desktop.svg (a tray icon must never be blank)."""
    for name in ("prt-desktop.svg", "prt-desktop.png"):
        path = paths.resource(name)
        if path.is_file():
            icon = QIcon(str(path))
            if not icon.isNull():
                return icon
    themed = QIcon.fromTheme("prt-desktop")
    if not themed.isNull():
        return themed
    if window is not None and not window.windowIcon().isNull():
        return window.windowIcon()
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#3f6f73"))
    painter.drawRoundedRect(QRectF(2, 2, 60, 60), 14, 14)
    painter.setBrush(QColor("#e9f1ef"))
    painter.drawEllipse(QPointF(32, 32), 20, 20)
    wave = QPainterPath(QPointF(16, 35))
    wave.cubicTo(23, 26, 28, 26, 32, 32)
    wave.cubicTo(36, 38, 42, 38, 48, 29)
    painter.setPen(QPen(QColor("#3f6f73"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(wave)
    painter.end()
    return QIcon(pixmap)


class Reminders(QObject):
    """The daily reminder, the tray icon and its menu, and keeping the app in the tray.

    `practised_today()` and `busy()` (a practice is open) are asked at the moment a reminder is
    due: either one true means no reminder. `leave_practice()` is called before the window
    hides into the tray, as closing would (records the practice as ended). In kiosk mode this
    object does nothing at all. `clock` and `tray_available` are there for tests.
    """

    start_practice_requested = Signal()
    """The person chose "Start today's practice" (tray menu, tray message or in-window notice)."""
    notice = Signal(str)
    """There is no tray: show this reminder calmly inside the window (ReminderNotice.show_text)."""
    reminded = Signal(str)
    """A reminder was given, by the tray or by the window, with its words."""
    skipped = Signal(str)
    """A due reminder was not given: 'practised', 'busy', 'late' or 'already'."""

    def __init__(self, window: QWidget, preferences: Preferences, *,
                 practised_today: Callable[[], bool], busy: Callable[[], bool],
                 kiosk: bool = False, leave_practice: Callable[[], None] | None = None,
                 clock: Callable[[], datetime] = datetime.now,
                 tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setObjectName("reminders")
        self.window = window
        self.preferences = preferences
        self.practised_today = practised_today
        self.busy = busy
        self.kiosk = kiosk
        self.leave_practice = leave_practice
        self.clock = clock
        self.tray_available = tray_available
        self.tray: QSystemTrayIcon | None = None
        self.due: datetime | None = None
        self._at = time(18, 0)
        self._last_day: date | None = None
        self._quitting = False
        self._told_about_tray = False
        self._quit = QCoreApplication.quit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._filtering = False
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            # Logging out or shutting down: the window must really close, never hide and so
            # hold up the end of the session.
            app.commitDataRequest.connect(self._session_ending)
        self.apply()

    # ---- preferences ------------------------------------------------------------------------
    @property
    def on(self) -> bool:
        return not self.kiosk and bool(self.preferences.get(REMINDER_ON))

    @property
    def keeps_in_tray(self) -> bool:
        return self.on and self.tray is not None and bool(self.preferences.get(KEEP_IN_TRAY))

    def apply(self) -> None:
        """Read the preferences again: show or remove the tray icon and schedule afresh."""
        if not self.on:
            self._timer.stop()
            self.due = None
            self._drop_tray()
            self._watch_closing()
            return
        self._at = parse_time(self.preferences.get(REMINDER_TIME))
        self._look_for_tray()
        self.due = next_reminder(self.clock(), self._at)
        self._arm()
        self._watch_closing()
        log.info("Reminder on, next at %s", self.due.isoformat(timespec="minutes"))

    def _look_for_tray(self) -> None:
        # Asked again at every look at the clock: at login the app may start before the
        # desktop's tray is up.
        if self.tray is None and self.tray_available():
            self._make_tray()
            self._watch_closing()
        if self.tray is not None:
            self.tray.setToolTip(self.tr("{app}: a reminder each day at {time}").format(
                app=APP_DISPLAY_NAME, time=self._time_text()))

    def _time_text(self) -> str:
        return QLocale().toString(QTime(self._at.hour, self._at.minute),
                                  QLocale.FormatType.ShortFormat)

    # ---- the clock --------------------------------------------------------------------------
    def _arm(self) -> None:
        if self.due is None:
            return
        wait = min(max(self.due - self.clock(), timedelta(0)), MAX_WAIT)
        self._timer.start(int(wait.total_seconds() * 1000) + 1)

    def check(self) -> None:
        """Look at the clock: remind if due (and not too late), then schedule the next one."""
        if self.due is None or not self.on:
            return
        self._look_for_tray()
        now = self.clock()
        if now < self.due:
            # The clock may have been set back: never wait past the next chosen time.
            self.due = min(self.due, next_reminder(now, self._at))
        else:
            if now - self.due > LATE_LIMIT:
                log.info("Reminder of %s skipped: the computer was asleep or off at the time",
                         self.due.isoformat(timespec="minutes"))
                self.skipped.emit("late")
            else:
                self._remind(self.due.date())
            self.due = next_reminder(now, self._at)
        self._arm()

    def _remind(self, day: date) -> None:
        """Give the reminder due on `day`, unless one was given for that day already."""
        reason = ("already" if self._last_day == day else
                  "busy" if self._ask(self.busy) else
                  "practised" if self._ask(self.practised_today) else None)
        if reason is not None:
            log.info("Reminder not given: %s", reason)
            self.skipped.emit(reason)
            return
        self._last_day = day
        text = self.tr("A moment for your practice, if you'd like one.")
        if self.tray is not None:
            self.tray.showMessage(APP_DISPLAY_NAME, text, self.tray.icon(), MESSAGE_SHOWN_MS)
        else:
            self.notice.emit(text)
            if self.window.isVisible():
                QApplication.alert(self.window)  # the taskbar entry asks for a look, silently
        self.reminded.emit(text)

    @staticmethod
    def _ask(question: Callable[[], bool]) -> bool:
        try:
            return bool(question())
        except Exception as error:  # a reminder is never worth an error message
            log.warning("Could not tell whether to remind: %r", error)
            return False

    # ---- the tray ---------------------------------------------------------------------------
    def _name_actions(self) -> None:
        self.open_action.setText(self.tr("Open {app}").format(app=APP_DISPLAY_NAME))
        self.start_action.setText(self.tr("Start today's practice"))
        self.quit_action.setText(self.tr("Quit"))

    def retranslate(self) -> None:
        """The tray menu in the app's language (again, after it changed)."""
        if self.tray is not None:
            self._name_actions()

    def _make_tray(self) -> None:
        tray = QSystemTrayIcon(app_icon(self.window), self)
        tray.setObjectName("reminderTray")
        menu = QMenu(self.window)
        menu.setObjectName("reminderTrayMenu")
        self.open_action = QAction(menu)
        self.start_action = QAction(menu)
        self.quit_action = QAction(menu)
        self._name_actions()
        self.open_action.triggered.connect(self.open_window)
        self.start_action.triggered.connect(self.start_practice)
        self.quit_action.triggered.connect(self.quit_app)
        menu.addAction(self.open_action)
        menu.addAction(self.start_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        tray.setContextMenu(menu)
        tray.activated.connect(self._activated)
        tray.messageClicked.connect(self.open_window)
        tray.show()
        self.tray = tray

    def _drop_tray(self) -> None:
        if self.tray is None:
            return
        self.tray.hide()
        menu = self.tray.contextMenu()
        self.tray.deleteLater()
        if menu is not None:
            menu.deleteLater()
        self.tray = None
        if not self.window.isVisible() and not self._quitting:
            self.open_window()  # never leave the app running with no window and no icon

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_window()

    def open_window(self) -> None:
        from prt_desktop.ui.single_instance import bring_forward

        bring_forward(self.window)

    def start_practice(self) -> None:
        self.open_window()
        self.start_practice_requested.emit()

    def quit_app(self) -> None:
        """Close as the window's own close would (it may ask about unsaved entries), then end
        the app, which the tray would otherwise keep running."""
        self._quitting = True
        if self.window.close():
            self._drop_tray()
            self._quit()
        else:
            self._quitting = False
            self.open_window()

    # ---- closing the window -----------------------------------------------------------------
    def _watch_closing(self) -> None:
        # Only while it matters: a Python event filter sees every event the window gets.
        wanted = self.keeps_in_tray
        if wanted and not self._filtering:
            self.window.installEventFilter(self)
        elif not wanted and self._filtering:
            self.window.removeEventFilter(self)
        self._filtering = wanted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.window and event.type() == QEvent.Type.Close
                and not self._quitting and self.keeps_in_tray):
            event.ignore()
            self.hide_to_tray()
            return True
        return super().eventFilter(watched, event)

    def _session_ending(self, _manager: object) -> None:
        self._quitting = True

    def hide_to_tray(self) -> None:
        if self.leave_practice is not None:
            self.leave_practice()
        self.window.hide()
        if self.tray is not None and not self._told_about_tray:
            self._told_about_tray = True
            self.tray.showMessage(APP_DISPLAY_NAME, self.tr(
                "Still here, in the tray, so your reminder can come. To close the app, choose "
                "Quit in this icon's menu."), self.tray.icon(), MESSAGE_SHOWN_MS)
