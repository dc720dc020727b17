"""The optional daily reminder: when it comes, when it stays quiet, the tray, and its settings.

The clock is a plain object the test moves forward (no test waits for real time). The offscreen
platform has no system tray, so the in-window fallback runs for real; the tray path makes a
real QSystemTrayIcon (Qt creates one offscreen, it just has nowhere to be drawn).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTime
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon, QWidget

from prt_desktop.ui.preferences import REMINDER_ON, REMINDER_TIME, SHOW_COUNTS, Preferences
from prt_desktop.ui.reminder_notice import ReminderNotice
from prt_desktop.ui.reminders import (
    KEEP_IN_TRAY,
    LATE_LIMIT,
    MAX_WAIT,
    Reminders,
    app_icon,
    next_reminder,
)
from prt_desktop.ui.settings_reminders import ReminderSettings, login_steps


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Window(QMainWindow):
    """Stands in for the main window: records whether its own close ran."""

    def __init__(self) -> None:
        super().__init__()
        self.closed_for_real = 0

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed_for_real += 1
        event.accept()


class Situation:
    """What the reminder asks at the moment it is due."""

    def __init__(self) -> None:
        self.practised = False
        self.busy = False
        self.left_practice = 0


DAY = datetime(2026, 11, 23)


def at(hour: int, minute: int = 0, days: int = 0) -> datetime:
    return datetime.combine(DAY.date() + timedelta(days=days), time(hour, minute))


@pytest.fixture
def prefs() -> Preferences:
    preferences = Preferences(None)
    preferences.set(REMINDER_ON, True)
    preferences.set(REMINDER_TIME, "18:00")
    return preferences


@pytest.fixture
def window(qtbot) -> Window:
    window = Window()
    qtbot.addWidget(window)
    window.show()
    return window


def make(window: QWidget, prefs: Preferences, clock: Clock, situation: Situation, *,
         tray: bool = False, kiosk: bool = False) -> Reminders:
    def leave() -> None:
        situation.left_practice += 1

    return Reminders(window, prefs, practised_today=lambda: situation.practised,
                     busy=lambda: situation.busy, kiosk=kiosk, leave_practice=leave,
                     clock=clock, tray_available=lambda: tray)


# ---- the next time ---------------------------------------------------------------------------
def test_next_reminder_later_today_or_tomorrow() -> None:
    assert next_reminder(at(10), time(18)) == at(18)
    assert next_reminder(at(17, 59), time(18)) == at(18)
    assert next_reminder(at(18), time(18)) == at(18, days=1)  # strictly after: not twice
    assert next_reminder(at(21), time(18)) == at(18, days=1)


def test_next_reminder_across_midnight_and_the_year() -> None:
    assert next_reminder(at(23, 30), time(0, 15)) == at(0, 15, days=1)
    assert next_reminder(at(0, 5), time(0, 15)) == at(0, 15)
    assert next_reminder(datetime(2026, 12, 31, 20), time(7)) == datetime(2027, 1, 1, 7)
    assert next_reminder(datetime(2028, 2, 28, 9), time(8)) == datetime(2028, 2, 29, 8)


def test_next_reminder_keeps_the_clock_time_on_the_days_the_clocks_change() -> None:
    # Europe's summer time starts on 29 March 2026 and ends on 25 October 2026: a day of 23 and
    # one of 25 hours. The reminder stays at 18:00 on the clock, never 17:00 or 19:00.
    for evening_before in (datetime(2026, 3, 28, 19), datetime(2026, 10, 24, 19)):
        due = next_reminder(evening_before, time(18))
        assert (due.date() - evening_before.date()).days == 1
        assert due.time() == time(18)


# ---- when it comes ---------------------------------------------------------------------------
def test_the_reminder_comes_in_the_window_when_there_is_no_tray(qtbot, window, prefs) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: the real fallback path
    clock, situation = Clock(at(17)), Situation()
    reminders = make(window, prefs, clock, situation, tray=QSystemTrayIcon.isSystemTrayAvailable())
    notice = ReminderNotice()
    qtbot.addWidget(notice)
    reminders.notice.connect(notice.show_text)
    notice.start_chosen.connect(reminders.start_practice_requested)

    assert reminders.tray is None and reminders.due == at(18)
    assert reminders._timer.isActive() and reminders._timer.interval() <= (
        MAX_WAIT.total_seconds() * 1000 + 1)
    clock.now = at(18, 0) + timedelta(seconds=20)
    with qtbot.waitSignal(reminders.reminded) as given:
        reminders.check()
    assert "if you'd like" in given.args[0]
    assert not notice.isHidden() and notice.label.text() == given.args[0]
    assert reminders.due == at(18, days=1)
    with qtbot.waitSignal(reminders.start_practice_requested):
        notice.start_button.click()
    assert not notice.isVisible()


def test_an_early_timer_waits_for_the_time(qtbot, window, prefs) -> None:
    clock = Clock(at(17))
    reminders = make(window, prefs, clock, Situation())
    clock.now = at(17, 58)
    with qtbot.assertNotEmitted(reminders.reminded):
        reminders.check()
    assert reminders.due == at(18)


@pytest.mark.parametrize("reason", ["practised", "busy"])
def test_no_reminder_after_practising_or_during_a_practice(qtbot, window, prefs,
                                                           reason: str) -> None:
    clock, situation = Clock(at(17)), Situation()
    setattr(situation, reason, True)
    reminders = make(window, prefs, clock, situation)
    clock.now = at(18, 1)
    with qtbot.assertNotEmitted(reminders.notice), qtbot.waitSignal(reminders.skipped) as why:
        reminders.check()
    assert why.args == [reason]
    assert reminders.due == at(18, days=1)  # tomorrow it may come again


def test_a_reminder_missed_while_asleep_is_skipped_not_shown_late(qtbot, window, prefs) -> None:
    clock = Clock(at(17))
    reminders = make(window, prefs, clock, Situation())
    clock.now = at(18) + LATE_LIMIT + timedelta(minutes=30)  # woke at 19:30
    with qtbot.assertNotEmitted(reminders.notice), qtbot.waitSignal(reminders.skipped) as why:
        reminders.check()
    assert why.args == ["late"]
    assert reminders.due == at(18, days=1)
    clock.now = at(9, days=3)  # away for days: still nothing in a pile, only the next one
    with qtbot.assertNotEmitted(reminders.notice):
        reminders.check()
    assert reminders.due == at(18, days=3)


def test_a_little_late_across_midnight_is_still_given(qtbot, window, prefs) -> None:
    prefs.set(REMINDER_TIME, "23:50")
    clock = Clock(at(22))
    reminders = make(window, prefs, clock, Situation())
    clock.now = at(0, 20, days=1)  # asleep 30 minutes past the time, past midnight
    with qtbot.waitSignal(reminders.notice):
        reminders.check()
    assert reminders.due == at(23, 50, days=1)
    clock.now = at(23, 50, days=1)  # that evening's reminder is another day's: it comes
    with qtbot.waitSignal(reminders.notice):
        reminders.check()


def test_at_most_once_a_day_even_when_the_clock_is_set_back(qtbot, window, prefs) -> None:
    clock = Clock(at(17))
    reminders = make(window, prefs, clock, Situation())
    clock.now = at(18)
    with qtbot.waitSignal(reminders.notice):
        reminders.check()
    clock.now = at(16)  # someone sets the clock back two hours
    reminders.check()
    assert reminders.due == at(18)  # never waits past the next chosen time
    clock.now = at(18)
    with qtbot.assertNotEmitted(reminders.notice), qtbot.waitSignal(reminders.skipped) as why:
        reminders.check()
    assert why.args == ["already"]


def test_a_changed_preference_reschedules(qtbot, window, prefs) -> None:
    clock = Clock(at(17))
    reminders = make(window, prefs, clock, Situation())
    assert reminders.due == at(18)
    prefs.set(REMINDER_TIME, "07:30")
    reminders.apply()
    assert reminders.due == at(7, 30, days=1)
    prefs.set(REMINDER_ON, False)
    reminders.apply()
    assert reminders.due is None and not reminders._timer.isActive()
    clock.now = at(7, 31, days=1)
    with qtbot.assertNotEmitted(reminders.reminded):
        reminders.check()


def test_the_settings_group_reschedules_the_reminder(qtbot, window, prefs) -> None:
    clock = Clock(at(12))
    reminders = make(window, prefs, clock, Situation())
    group = ReminderSettings(prefs, tray_available=False)
    qtbot.addWidget(group)
    group.changed.connect(reminders.apply)
    with qtbot.waitSignal(group.changed):
        group.time.setTime(QTime(9, 45))
    assert prefs.get(REMINDER_TIME) == "09:45"
    assert reminders.due == at(9, 45, days=1)
    group.enabled.click()
    assert prefs.get(REMINDER_ON) is False and reminders.due is None


# ---- the settings group ----------------------------------------------------------------------
def test_the_group_reads_and_writes_the_preferences(qtbot, tmp_path: Path) -> None:
    stored = Preferences(tmp_path)
    stored.set(REMINDER_ON, True)
    stored.set(REMINDER_TIME, "07:05")
    group = ReminderSettings(stored, tray_available=True)
    qtbot.addWidget(group)
    group.show()
    assert group.enabled.isChecked()
    assert group.time.time() == QTime(7, 5)
    assert not group.keep_in_tray.isChecked() and not group.show_counts.isChecked()
    assert group.keep_in_tray.isVisible() and not group.no_tray.isVisible()

    group.keep_in_tray.click()
    with qtbot.waitSignal(group.show_counts_changed) as counts:
        group.show_counts.click()
    assert counts.args == [True]
    group.time.setTime(QTime(21, 0))
    group.enabled.click()
    assert not group.time.isVisible() and not group.keep_in_tray.isVisible()

    again = Preferences(tmp_path)  # what the next start reads
    assert (again.get(REMINDER_ON), again.get(REMINDER_TIME), again.get(KEEP_IN_TRAY),
            again.get(SHOW_COUNTS)) == (False, "21:00", True, True)
    assert not group.message.isVisible()


def test_everything_is_off_by_default_and_reachable(qtbot) -> None:
    group = ReminderSettings(Preferences(None), tray_available=False)
    qtbot.addWidget(group)
    group.show()
    assert not group.enabled.isChecked() and not group.show_counts.isChecked()
    assert not group.keep_in_tray.isChecked()
    for widget in (group.enabled, group.time, group.keep_in_tray, group.login_button,
                   group.show_counts):
        assert widget.objectName() and widget.accessibleName()
        assert widget.minimumHeight() >= 44
    group.enabled.click()
    assert group.no_tray.isVisible() and not group.keep_in_tray.isVisible()
    assert "not running" in group.findChild(QWidget, "reminderRunningNote").text()
    assert not group.login_help.isVisible()
    group.login_button.click()
    assert group.login_help.isVisible() and "log" in group.login_button.text()


def test_login_steps_for_each_system() -> None:
    assert "shell:startup" in login_steps("win32")
    assert "Login Items" in login_steps("darwin")
    assert "autostart" in login_steps("linux")


# ---- the tray --------------------------------------------------------------------------------
def test_the_tray_menu_and_message(qtbot, window, prefs) -> None:
    clock = Clock(at(17))
    reminders = make(window, prefs, clock, Situation(), tray=True)
    tray = reminders.tray
    assert isinstance(tray, QSystemTrayIcon) and tray.isVisible()
    eighteen = QLocale().toString(QTime(18, 0), QLocale.FormatType.ShortFormat)
    assert not tray.icon().isNull() and eighteen in tray.toolTip()
    texts = [action.text() for action in tray.contextMenu().actions() if action.text()]
    assert texts == ["Open PRT Practice", "Start today's practice", "Quit"]

    window.hide()
    with qtbot.waitSignal(reminders.start_practice_requested):
        reminders.start_action.trigger()
    assert window.isVisible()

    clock.now = at(18)
    with qtbot.assertNotEmitted(reminders.notice), qtbot.waitSignal(reminders.reminded):
        reminders.check()  # to the tray's message, not the window


def test_a_tray_that_appears_later_is_used(qtbot, window, prefs) -> None:
    available = [False]  # at login the app may start before the desktop's tray
    clock = Clock(at(17))
    reminders = Reminders(window, prefs, practised_today=lambda: False, busy=lambda: False,
                          clock=clock, tray_available=lambda: available[0])
    assert reminders.tray is None
    available[0] = True
    clock.now = at(17, 5)
    reminders.check()
    assert isinstance(reminders.tray, QSystemTrayIcon)
    clock.now = at(18)
    with qtbot.assertNotEmitted(reminders.notice), qtbot.waitSignal(reminders.reminded):
        reminders.check()


def test_closing_hides_to_the_tray_only_when_chosen(qtbot, window, prefs) -> None:
    situation = Situation()
    reminders = make(window, prefs, Clock(at(17)), situation, tray=True)
    window.close()  # not chosen: closes as always
    assert window.closed_for_real == 1

    window.show()
    prefs.set(KEEP_IN_TRAY, True)
    reminders.apply()
    window.close()
    assert not window.isVisible() and window.closed_for_real == 1
    assert situation.left_practice == 1  # a practice open would be recorded as ended

    prefs.set(REMINDER_ON, False)  # no more tray: the window must come back
    reminders.apply()
    assert reminders.tray is None and window.isVisible()
    window.close()
    assert window.closed_for_real == 2


def test_quit_from_the_tray_closes_through_the_window(qtbot, window, prefs) -> None:
    prefs.set(KEEP_IN_TRAY, True)
    reminders = make(window, prefs, Clock(at(17)), Situation(), tray=True)
    quits: list[bool] = []
    reminders._quit = lambda: quits.append(True)  # the test's application must go on
    window.close()
    assert not window.isVisible() and window.closed_for_real == 0
    reminders.quit_action.trigger()
    assert window.closed_for_real == 1 and quits == [True] and reminders.tray is None


def test_logging_out_closes_instead_of_hiding(qtbot, qapp, window, prefs) -> None:
    prefs.set(KEEP_IN_TRAY, True)
    reminders = make(window, prefs, Clock(at(17)), Situation(), tray=True)
    reminders._session_ending(None)  # what qapp.commitDataRequest delivers at logout
    window.close()
    assert window.closed_for_real == 1


def test_without_a_tray_closing_closes(qtbot, window, prefs) -> None:
    prefs.set(KEEP_IN_TRAY, True)
    make(window, prefs, Clock(at(17)), Situation(), tray=False)
    window.close()
    assert window.closed_for_real == 1


def test_kiosk_mode_never_reminds_and_has_no_tray(qtbot, window, prefs) -> None:
    prefs.set(KEEP_IN_TRAY, True)
    clock = Clock(at(17))
    reminders = make(window, prefs, clock, Situation(), tray=True, kiosk=True)
    assert reminders.tray is None and reminders.due is None
    assert not reminders._timer.isActive()
    clock.now = at(18)
    with qtbot.assertNotEmitted(reminders.reminded):
        reminders.check()
    window.close()
    assert window.closed_for_real == 1


def test_the_tray_icon_is_never_blank(qtbot) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(32, 32).toImage().isNull()
