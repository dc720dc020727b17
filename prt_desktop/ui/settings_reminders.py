"""Settings → Reminders: an optional daily reminder, and whether Home shows practice counts.

Both are off until the person turns them on. The choices go to the data folder's preferences
(settings.ini, see ui/preferences.py), written at once; `changed` tells the running Reminders
to apply them.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from prt_desktop import paths
from prt_desktop.ui.preferences import REMINDER_ON, REMINDER_TIME, SHOW_COUNTS, Preferences
from prt_desktop.ui.reminders import KEEP_IN_TRAY

log = logging.getLogger(__name__)

TARGET_HEIGHT = 44


def login_steps(platform: str = sys.platform) -> str:
    """How to have this computer open the app at login, in a few plain steps."""
    # translate() spelled out in full each time: that is what pyside6-lupdate looks for.
    if platform.startswith("win"):
        return QCoreApplication.translate(
            "ReminderSettings",
            "On Windows: press the Windows key and R, type shell:startup and press Enter. Into "
            "the folder that opens, put a shortcut to PRT Practice (drag it there from the "
            "Start menu). To stop it later: Settings → Apps → Startup.")
    if platform == "darwin":
        return QCoreApplication.translate(
            "ReminderSettings",
            "On a Mac: System Settings → General → Login Items, press + under “Open at "
            "Login” and choose PRT Practice from Applications. Or right-click its icon in the "
            "Dock → Options → Open at Login.")
    return QCoreApplication.translate(
        "ReminderSettings",
        "On Linux: in KDE, System Settings → Autostart → Add → Add Application, and choose PRT "
        "Practice. On Ubuntu, the “Startup Applications” app: Add, with the command "
        "prt-desktop. On any desktop, copy the file prt-desktop.desktop from "
        "/usr/share/applications into the folder .config/autostart in your home folder.")


def _guide_link() -> str:
    """A link to docs/reminders.md where the guide is at hand (a source checkout); the
    installed app carries no docs folder, and the steps above are then all there is."""
    guide = paths.bundle_root() / "docs" / "reminders.md"
    if not guide.is_file():
        return ""
    text = QCoreApplication.translate("ReminderSettings", "More in the guide to reminders")
    return f'<br><br><a href="{QUrl.fromLocalFile(str(guide)).toString()}">{text}</a>'


class ReminderSettings(QGroupBox):
    """The Reminders group of the Settings page. `tray_available` is asked of Qt when None."""

    changed = Signal()
    """A reminder preference was saved: the running Reminders should apply it."""
    show_counts_changed = Signal(bool)
    """The person turned the practice counts on Home on or off."""

    def __init__(self, preferences: Preferences, *, tray_available: bool | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminders"), parent)
        self.setObjectName("reminderSettings")
        self.preferences = preferences
        self.tray_available = (QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None
                               else tray_available)
        column = QVBoxLayout(self)
        column.setSpacing(8)

        self.enabled = QCheckBox(self.tr("Remind me once a day, if I haven't practised yet"))
        self.enabled.setObjectName("reminderSwitch")
        self.enabled.setAccessibleName(self.tr("Daily reminder"))
        column.addWidget(self.enabled)

        row = QHBoxLayout()
        self.time_label = QLabel(self.tr("At:"))
        self.time = QTimeEdit()
        self.time.setObjectName("reminderTime")
        self.time.setAccessibleName(self.tr("Time of the daily reminder"))
        self.time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.time.setMinimumWidth(120)
        self.time_label.setBuddy(self.time)
        row.addWidget(self.time_label)
        row.addWidget(self.time)
        row.addStretch(1)
        column.addLayout(row)

        # A short check box and a wrapping note: a check box's own text cannot wrap at 200%.
        self.keep_in_tray = QCheckBox(self.tr("Keep running in the tray"))
        self.keep_in_tray.setObjectName("keepInTraySwitch")
        self.keep_in_tray.setAccessibleName(self.tr("Keep running in the tray"))
        self.keep_in_tray_note = QLabel(self.tr(
            "When you close the window, the app stays in the tray so your reminder can come."))
        self.keep_in_tray_note.setObjectName("keepInTrayNote")
        self.keep_in_tray_note.setWordWrap(True)
        self.keep_in_tray.setAccessibleDescription(self.keep_in_tray_note.text())
        column.addWidget(self.keep_in_tray)
        column.addWidget(self.keep_in_tray_note)
        self.no_tray = QLabel(self.tr(
            "This computer shows no tray icons, so the reminder appears inside the app's "
            "window while it is open."))
        self.no_tray.setObjectName("noTrayNote")
        self.no_tray.setWordWrap(True)
        column.addWidget(self.no_tray)

        running = QLabel(self.tr(
            "Nothing reminds you when the app is not running. If you like, your computer can "
            "open it each time you log in."))
        running.setObjectName("reminderRunningNote")
        running.setWordWrap(True)
        column.addWidget(running)
        self.login_button = QPushButton(self.tr("How to open the app when I log in"))
        self.login_button.setObjectName("loginHelpButton")
        self.login_button.setAccessibleName(self.tr("Show how to open the app when I log in"))
        column.addWidget(self.login_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.login_help = QLabel(login_steps() + _guide_link())
        self.login_help.setObjectName("loginHelp")
        self.login_help.setWordWrap(True)
        self.login_help.setOpenExternalLinks(True)
        self.login_help.setVisible(False)
        column.addWidget(self.login_help)

        self.show_counts = QCheckBox(self.tr("Show how many days I have practised"))
        self.show_counts.setObjectName("showCountsSwitch")
        self.show_counts.setAccessibleName(self.tr("Show how many days I have practised"))
        counts_note = QLabel(self.tr("Off unless you turn it on: some people find counts and "
                                     "streaks stressful."))
        counts_note.setObjectName("showCountsNote")
        counts_note.setWordWrap(True)
        counts = QVBoxLayout()  # the note close under its switch
        counts.setSpacing(0)
        counts.addWidget(self.show_counts)
        counts.addWidget(counts_note)
        column.addLayout(counts)

        self.message = QLabel()
        self.message.setObjectName("reminderSaveMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        column.addWidget(self.message)

        for widget in (self.enabled, self.time, self.keep_in_tray, self.login_button,
                       self.show_counts):
            widget.setMinimumHeight(TARGET_HEIGHT)
        self._load()
        self.enabled.toggled.connect(lambda on: self._save(REMINDER_ON, on))
        self.time.timeChanged.connect(
            lambda chosen: self._save(REMINDER_TIME, chosen.toString("HH:mm")))
        self.keep_in_tray.toggled.connect(lambda on: self._save(KEEP_IN_TRAY, on))
        self.show_counts.toggled.connect(self._save_counts)
        self.login_button.clicked.connect(self._toggle_login_help)

    def _load(self) -> None:
        hours, minutes = (int(part) for part in self.preferences.get(REMINDER_TIME).split(":"))
        self.enabled.setChecked(bool(self.preferences.get(REMINDER_ON)))
        self.time.setTime(QTime(hours, minutes))
        self.keep_in_tray.setChecked(bool(self.preferences.get(KEEP_IN_TRAY)))
        self.show_counts.setChecked(bool(self.preferences.get(SHOW_COUNTS)))
        self._enable()

    def _enable(self) -> None:
        # Hidden rather than greyed out while off: fewer things to read, nothing to puzzle over.
        on = self.enabled.isChecked()
        self.time.setVisible(on)
        self.time_label.setVisible(on)
        self.keep_in_tray.setVisible(on and self.tray_available)
        self.keep_in_tray_note.setVisible(on and self.tray_available)
        self.no_tray.setVisible(on and not self.tray_available)

    def _toggle_login_help(self) -> None:
        showing = not self.login_help.isVisibleTo(self)
        self.login_help.setVisible(showing)
        self.login_button.setText(self.tr("Hide how to open the app when I log in") if showing
                                  else self.tr("How to open the app when I log in"))

    def _save(self, key: str, value: object) -> None:
        self._enable()
        self._write(key, value)
        self.changed.emit()

    def _save_counts(self, on: bool) -> None:
        self._write(SHOW_COUNTS, on)
        self.show_counts_changed.emit(on)

    def _write(self, key: str, value: object) -> None:
        # QSettings keeps the value in memory even when the file cannot be written, so the
        # choice applies to this session either way.
        self.preferences.set(key, value)
        saved = self.preferences.status_ok()
        if not saved:
            log.error("Could not save the preference %s", key)
            self.message.setText(self.tr(
                "This choice applies now but could not be saved for next time: the data "
                "folder cannot be written to."))
        self.message.setVisible(not saved)
