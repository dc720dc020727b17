"""Kiosk mode: the main window as a waiting-room kiosk. The one place that changes how the
window closes, goes idle and resets (DESIGN.md: "the window's close, idle and reset behaviour
goes through one place").

- The window is frameless and fills the screen (sized to the screen's geometry as well as
  shown full screen: under X with no window manager, full screen alone is not enough); the
  cursor is hidden for touch; context menus and Alt+F4 never reach the app; it refuses to close
  until staff have given the PIN (a service manager's SIGTERM still closes it cleanly).
- The welcome replaces the practice list; history, settings and recordings are not reachable.
- After `idle_seconds` without a touch (while no practice is playing) "Are you still there?"
  counts down; then `reset_visit` wipes the visit: dialogs closed, audio stopped, the practice
  page destroyed, the clipboard emptied, and the visit forgotten (`AppServices.forget_visit`).
- Staff hold the top-left corner for 3 s and type the PIN to change settings or leave.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from prt_desktop.kiosk.config import KioskConfig, save_config
from prt_desktop.kiosk.pin import PinGuard
from prt_desktop.ui import theme
from prt_desktop.ui.kiosk_idle import STAFF_HOLD_MS, IdlePrompt, KioskEventFilter
from prt_desktop.ui.kiosk_pin import PinDialog
from prt_desktop.ui.kiosk_staff import StaffPanel
from prt_desktop.ui.kiosk_welcome import KioskWelcome
from prt_desktop.ui.tasks import run_serially, wait_for_background

if TYPE_CHECKING:
    from pathlib import Path

    from prt_desktop.services import AppServices
    from prt_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

RELEASE_AGAIN_MS = 5000
TOUCH_STYLE = """
QPushButton { min-height: 36px; }
QCheckBox, QRadioButton { min-height: 40px; }
QCheckBox::indicator, QRadioButton::indicator { width: 26px; height: 26px; }
"""


class KioskMode(QObject):
    visit_reset = Signal()
    """A visit was wiped and the welcome is shown for the next person."""
    config_changed = Signal()
    """Staff saved new settings or a new PIN (written to kiosk.json)."""

    def __init__(self, window: MainWindow, data_root: Path, config: KioskConfig, *,
                 idle_ms: int | None = None, countdown_seconds: int | None = None,
                 tick_ms: int = 1000, hold_ms: int = STAFF_HOLD_MS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """`idle_ms`, `countdown_seconds`, `tick_ms`, `hold_ms` and `clock` default to the
        configuration and real time; tests pass small ones so they never wait."""
        super().__init__(window)
        self.window = window
        self.data_root = data_root
        self.config = config
        self.clock = clock
        self.welcome: KioskWelcome | None = None
        self.guard = PinGuard(config.kiosk_pin_hash, clock) if config.kiosk_pin_hash else None
        self._idle_ms = idle_ms
        self._staff_exit = False
        self._visit_active = False  # touched since the last reset: there is something to wipe
        self._staff_dialog: QDialog | None = None
        window.kiosk = self
        self.filter = KioskEventFilter(window, hold_ms, self)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.filter)
        self.filter.activity.connect(self._activity)
        self.filter.staff_gesture.connect(self.ask_staff)
        self.idle = QTimer(self)
        self.idle.setObjectName("kioskIdleTimer")
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._idle)
        self._apply_idle_interval()
        self.prompt = IdlePrompt(countdown_seconds or config.countdown_seconds, tick_ms)
        self.prompt.still_here.connect(self._still_here)
        self.prompt.timed_out.connect(self.reset_visit)
        QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
        self._cursor_hidden = True
        # Every button, tick box and choice big enough for a fingertip, on every screen.
        theme.add_extra(TOUCH_STYLE)  # kept when the theme changes

    def _apply_idle_interval(self) -> None:
        self.idle.setInterval(self._idle_ms or self.config.idle_seconds * 1000)

    # ---- the window -------------------------------------------------------------------------
    def show_window(self) -> None:
        """Show the window frameless over the whole screen (instead of `window.show()`)."""
        window = self.window
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        screen = window.screen() or QApplication.primaryScreen()
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        screen.geometryChanged.connect(window.setGeometry)  # a monitor swapped or rotated

    def may_close(self) -> bool:
        """Only staff, with the PIN, close a kiosk."""
        return self._staff_exit

    def attached(self, services: AppServices) -> None:
        """The services are open: show the welcome (and, on the first start, ask staff for a
        PIN)."""
        assert services.kiosk is not None
        from prt_desktop.ui import i18n

        # The practices of the kiosk's language (its computer's, or the one staff chose).
        self.welcome = KioskWelcome(services.library.in_language(i18n.current_language()),
                                    writing=services.kiosk.allow_notes)
        self.welcome.exercise_chosen.connect(self.window.start_exercise)
        self.welcome.finished_requested.connect(self.reset_visit)
        self.window.stack.addWidget(self.welcome)
        self.show_welcome()
        if self.guard is None:
            QTimer.singleShot(0, self.choose_first_pin)

    def show_welcome(self) -> None:
        window = self.window
        window.nav.setVisible(False)
        window.resume_bar.setVisible(False)
        if self.welcome is not None:
            window.stack.setCurrentWidget(self.welcome)
            self.welcome.show_front()
            self.welcome.start_button.setFocus()

    # ---- idle and reset ---------------------------------------------------------------------
    def _activity(self) -> None:
        if not self.prompt.asking:
            self._visit_active = True
            self.idle.start()

    def _idle(self) -> None:
        if not self._visit_active or self.prompt.asking:
            return
        if self._listening():
            self.idle.start()  # a practice is mostly quiet listening: that is not being away
            return
        self.prompt.ask(self.window.geometry())

    def _listening(self) -> bool:
        page = self.window.current_practice_page
        if page is None:
            return False
        from prt_desktop.playback.player import PlayerState

        return page.player.state == PlayerState.PLAYING

    def _still_here(self) -> None:
        self.idle.start()

    def reset_visit(self) -> None:
        """Wipe everything of the visit and show the welcome for the next person."""
        self.prompt.dismiss()
        self.idle.stop()
        for widget in QApplication.topLevelWidgets():
            # Every dialog: a sensation being described, a message, staff's own (staff type
            # the PIN again). Choosing the very first PIN refuses to close (PinDialog.reject).
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.window.drop_practice_page()  # audio stopped; the page and its marks destroyed
        QApplication.clipboard().clear()
        services = self.window.services
        if services is not None:
            if services.journal.path is not None:
                self._forget_between_visits(services)
            wait_for_background()
            services.forget_visit()
        self._visit_active = False
        self.show_welcome()
        release_visit_memory()
        # Again once the stopped practice's decoding threads have ended: what they freed after
        # the reset goes back to the system too.
        QTimer.singleShot(RELEASE_AGAIN_MS, release_visit_memory)
        log.info("Kiosk visit reset")
        self.visit_reset.emit()

    def _forget_between_visits(self, services: AppServices) -> None:
        """Records kept for export stay; where a visitor was and how they set the player must
        not meet the next one."""
        from prt_desktop.ui.practice_memory import PLAYER_CHOICES_SETTING, RESUME_SETTING

        journal = services.journal

        def forget() -> None:
            journal.set_setting(RESUME_SETTING, None)
            journal.set_setting(PLAYER_CHOICES_SETTING, None)

        run_serially(forget, lambda _: None,
                     lambda error: log.error("Could not clear the visit's settings: %r", error))

    # ---- staff ------------------------------------------------------------------------------
    def choose_first_pin(self) -> PinDialog:
        dialog = PinDialog.choose(self.window)
        dialog.accepted.connect(lambda: self._pin_chosen(dialog.new_hash))
        dialog.open()
        return dialog

    def _pin_chosen(self, pin_hash: str | None) -> None:
        if pin_hash is None:
            return
        self.guard = PinGuard(pin_hash, self.clock)
        self._save(self.config.with_changes(kiosk_pin_hash=pin_hash))

    def ask_staff(self) -> PinDialog | None:
        """The staff gesture was made: ask for the PIN, then show the staff panel."""
        if self.guard is None or (self._staff_dialog is not None
                                  and self._staff_dialog.isVisible()):
            return None
        dialog = PinDialog.check(self.guard, self.window)
        self._staff_dialog = dialog
        dialog.accepted.connect(self.show_staff_panel)
        dialog.open()
        return dialog

    def show_staff_panel(self) -> StaffPanel:
        panel = StaffPanel(self.config, self.window)
        self._staff_dialog = panel
        panel.accepted.connect(lambda: self._save(panel.chosen()))
        panel.leave_requested.connect(self.leave)
        panel.change_pin_requested.connect(self._change_pin)
        panel.open()
        return panel

    def _change_pin(self) -> None:
        dialog = PinDialog.choose(self.window)
        dialog.setProperty("may_cancel", True)
        dialog.accepted.connect(lambda: self._pin_chosen(dialog.new_hash))
        dialog.open()

    def _save(self, config: KioskConfig) -> None:
        self.config = config
        self._apply_idle_interval()
        root = self.data_root
        run_serially(lambda: save_config(root, config), lambda _: self.config_changed.emit(),
                     lambda error: log.error("Could not save the kiosk settings: %r", error))

    def leave(self) -> None:
        """Staff leave kiosk mode: the app closes (as a person's close would: the practice is
        recorded as ended, saves finish)."""
        self._staff_exit = True
        if self._staff_dialog is not None:
            self._staff_dialog.accept()
        self.restore_cursor()
        self.window.close()

    def restore_cursor(self) -> None:
        if self._cursor_hidden:
            self._cursor_hidden = False
            QApplication.restoreOverrideCursor()

    def uninstall(self) -> None:
        """Undo what the mode set on the application (for tests that make several windows)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.filter)
            theme.remove_extra(TOUCH_STYLE)
        self.restore_cursor()
        self.prompt.dismiss()
        self.prompt.deleteLater()


def release_visit_memory() -> None:
    """Between visits: collect the visit's objects now (the practice screen's parts refer to
    each other, so only the cycle collector frees them, with the decoded audio they hold, and
    Python would otherwise get round to it much later); empty Qt's pixmap cache, which can hold
    drawings of the visit (the figure with its marks); and on glibc hand the freed memory back
    to the system. A kiosk that runs for weeks stays at the size of one visit
    (scripts/bench_kiosk.py)."""
    import gc

    from PySide6.QtGui import QPixmapCache

    gc.collect()
    QPixmapCache.clear()
    if sys.platform.startswith("linux"):
        import contextlib
        import ctypes

        # Not glibc (musl): nothing to hand back this way.
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)
