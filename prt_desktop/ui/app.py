"""Starting the desktop app: the Qt application, logging, the services and the main window."""

from __future__ import annotations

import logging
import os
import signal
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from prt_desktop import APP_DISPLAY_NAME, APP_NAME, ORG_NAME, __version__, paths
from prt_desktop.logs import route_qt_messages, setup_logging, use_rotating_log
from prt_desktop.ui import appearance, i18n
from prt_desktop.ui.errors import ErrorReporter
from prt_desktop.ui.main_window import MainWindow
from prt_desktop.ui.preferences import LANGUAGE, Preferences
from prt_desktop.ui.single_instance import (
    ALREADY_OPEN,
    InstanceLock,
    already_open_message,
    listen_for_second_launch,
    ping_first_instance,
)
from prt_desktop.ui.tasks import run_in_background, run_serially, wait_for_background

if TYPE_CHECKING:
    from prt_desktop.services import AppServices

log = logging.getLogger(__name__)

NO_DIALOG_ENV = "PRT_DESKTOP_NO_DIALOGS"


# How long a thread may hold the interpreter before another gets a turn (Python's default is
#: 5 ms). A save on the writer thread is Python code; at 1 ms the GUI thread waits at most about
#: that long for it, so the window never stutters during a save (`ui_block_max_ms`).
SWITCH_INTERVAL_S = 0.001


def configure_interpreter() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL_S)




def tell_without_window(message: str, argv: list[str] | None) -> None:
    """A message box on its own, for a start that stops before any window."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    box = QMessageBox(QMessageBox.Icon.Information, APP_DISPLAY_NAME, message)
    if os.environ.get(NO_DIALOG_ENV):  # tests and scripts: nobody to press OK
        log.info("(message box not shown: %s is set)", NO_DIALOG_ENV)
        return
    box.exec()
    del app


def close_on_termination_signals(window: MainWindow) -> QTimer:
    """Ctrl+C in a terminal, or a service manager stopping the app, closes it as a person would:
    the practice is recorded as ended and pending writes finish."""

    def close(signum: int, _frame: object) -> None:
        log.info("Closing on signal %s", signal.Signals(signum).name)
        window.close_without_asking()
        QApplication.quit()

    signal.signal(signal.SIGINT, close)
    signal.signal(signal.SIGTERM, close)
    # Python runs signal handlers only between bytecodes; this timer lets it in regularly while
    # Qt's event loop (C++) has control.
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(250)
    return wake


def run_app(location: paths.DataLocation, argv: list[str] | None = None, *,
            kiosk: bool = False) -> int:
    """Open the app on `location`; `kiosk`: as a waiting-room kiosk (docs/kiosk.md), also
    when the folder's kiosk.json says `"enabled": true` (e.g. from a clinic's pack)."""
    location.ensure()
    configure_interpreter()
    log_path = setup_logging(location.log_dir)
    instance = InstanceLock(location.root)
    if not instance.acquire():
        if not instance.held_by_another:
            message = (f"The app cannot use its data folder {location.root}: it may not be "
                       "writable (no permission, or a read-only disk). Nothing was changed.")
            log.error("Not starting: %s", message)
            print(message, file=sys.stderr)
            tell_without_window(message, argv)
            return 1
        brought_forward = ping_first_instance(location.root)
        message = already_open_message(location.root, brought_forward)
        log.info("Not starting: %s", message)
        print(message, file=sys.stderr)
        if not brought_forward:  # launched from an icon there is no terminal to read it in
            tell_without_window(message, argv)
        return ALREADY_OPEN
    log.info("Starting %s %s, data in %s", APP_NAME, __version__, location.root)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    route_qt_messages()
    reporter = ErrorReporter(str(log_path))
    reporter.install()
    # Language, text size and a chosen theme before the first paint (settings.ini); a theme
    # that follows the system once the journal is open (asking Qt costs ~18 ms of its enums).
    preferences = Preferences(location.root)
    i18n.install(app, i18n.choose_language(preferences.get(LANGUAGE)))
    appearance.apply_before_first_paint(app, preferences)
    window = MainWindow(reporter)
    kiosk_config = start_kiosk(window, location) if kiosk or _kiosk_enabled(location) else None
    # The journal and the library are opened after the window is on screen, off the GUI thread.
    window.first_painted.connect(
        lambda: open_services_in_background(window, location, kiosk_config))
    window.first_painted.connect(lambda: use_rotating_log(log_path))
    close_on_termination_signals(window)
    window.first_painted.connect(lambda: listen_for_second_launch(location.root, window))
    if window.kiosk is not None:
        window.kiosk.show_window()
    else:
        window.show()
    code = app.exec()
    if window.kiosk is not None and window.kiosk.may_close():
        from prt_desktop.kiosk.config import STAFF_EXIT_CODE

        code = STAFF_EXIT_CODE  # staff left on purpose: not a crash to restart after
    wait_for_background()
    if window.services is not None:
        window.services.close()
    instance.release()
    log.info("Closed normally")
    return int(code)


def _kiosk_enabled(location: paths.DataLocation) -> bool:
    from prt_desktop.kiosk import enabled_in  # light: the settings module loads hashlib

    return enabled_in(location.root)


def start_kiosk(window: MainWindow, location: paths.DataLocation) -> object:
    """Make `window` a kiosk (imported only then: none of it is on a normal start's path).
    Returns its KioskConfig; a kiosk.json that cannot be read leaves the kiosk locked with the
    reason on screen, for staff, rather than starting without its PIN."""
    from prt_desktop.kiosk.config import KioskConfig, KioskConfigError, load_config, with_pack_pin
    from prt_desktop.ui.kiosk_mode import KioskMode

    try:
        config = load_config(location.root)
    except KioskConfigError as error:
        log.error("Kiosk settings unreadable: %s", error)
        config = KioskConfig()
        message = f"The kiosk settings cannot be used: {error}"
        window.first_painted.connect(lambda: window.show_startup_failure(message))
        KioskMode(window, location.root, config)
        return None
    config = with_pack_pin(config, location.root)
    KioskMode(window, location.root, config)
    log.info("Kiosk mode: keeping %s, notes %s", config.keep.value,
             "allowed" if config.allow_notes else "off")
    return config


def open_services_in_background(window: MainWindow, location: paths.DataLocation,
                                kiosk: object = None) -> None:
    if window.kiosk is not None and kiosk is None:
        return  # the kiosk's settings could not be read: nothing opens (said on screen)

    def open_services() -> object:
        from prt_desktop.services import AppServices

        return AppServices.open(location, kiosk)  # type: ignore[arg-type]

    def failed(error: BaseException) -> None:
        from prt_desktop.storage import StorageError

        log.error("Could not open the journal or the library: %r", error)
        message = str(error) if isinstance(error, StorageError) else (
            QCoreApplication.translate("MainWindow", "The app could not start: {error}").format(
                error=error))
        window.show_startup_failure(message)

    def opened(services: AppServices) -> None:
        preferences = Preferences(location.root)
        appearance.take_over_journal_theme(preferences, services.journal)
        appearance.apply_system(preferences)
        window.attach(services)
        if window.kiosk is None:
            start_reminders(window, services)
        recovery = getattr(services, "recovery", None)
        if recovery is not None:
            tell(window, QCoreApplication.translate("MainWindow", "Your journal was restored"),
                 recovery.message)
        retry_refused_saves(window, services)

    run_in_background(open_services, opened, failed)


def start_reminders(window: MainWindow, services: AppServices) -> None:
    """The optional daily reminder (docs/reminders.md); imported here, after the first paint."""
    from datetime import date

    from prt_desktop.core.practice_counts import practice_days
    from prt_desktop.ui.reminder_notice import ReminderNotice
    from prt_desktop.ui.reminders import Reminders

    def in_practice() -> bool:
        page = window.current_practice_page
        return page is not None and page.session is not None and page.session.ended is None

    def leave_practice() -> None:
        page = window.current_practice_page
        if in_practice() and page is not None:
            page.end_practice()

    reminders = Reminders(
        window, Preferences(services.location.root),
        practised_today=lambda: date.today() in practice_days(services.journal.sessions()),
        busy=in_practice, kiosk=window.kiosk is not None, leave_practice=leave_practice)
    def open_todays_practice() -> None:
        if in_practice():
            return  # the window is brought forward; a practice under way is never left for it
        window.show_practice_list()
        today = window.list_page.today
        suggestion = today.card.suggestion if today is not None else None
        if suggestion is not None:
            window.start_exercise(suggestion.exercise_id)

    notice = ReminderNotice()
    window.add_notice(notice)
    reminders.notice.connect(notice.show_text)
    notice.start_chosen.connect(reminders.start_practice_requested)
    reminders.start_practice_requested.connect(open_todays_practice)
    # Whichever way a practice starts (Home, continue, a language later), the notice goes.
    window.stack.currentChanged.connect(
        lambda _index: notice.hide() if window.stack.currentWidget() is
        window.current_practice_page else None)
    window.reminder_notice = notice
    window.reminders = reminders


# How often saves the disk refused (full, read-only) are tried again; each new save tries too.
RETRY_INTERVAL_MS = 5000


def retry_refused_saves(window: QWidget, services: AppServices) -> QTimer:
    """Every few seconds, on the writer thread, save again what the disk refused, and say so
    once it is saved. The person was told when it failed (`StorageWriteError.kept`)."""
    journal = services.journal
    timer = QTimer(window)
    timer.setObjectName("retryRefusedSaves")
    busy = [False]

    def saved(count: int) -> None:
        busy[0] = False
        if count and not journal.pending_count:
            tell(window, QCoreApplication.translate("MainWindow", "Saved"),
                 QCoreApplication.translate(
                     "MainWindow",
                     "Everything you entered while saving was not possible is now saved."))

    def still_refused(_error: BaseException) -> None:
        busy[0] = False  # told already when it first failed; keep trying quietly

    def tick() -> None:
        if journal.pending_count and not busy[0]:
            busy[0] = True
            run_serially(journal.retry_pending, saved, still_refused)

    timer.timeout.connect(tick)
    timer.start(RETRY_INTERVAL_MS)
    return timer


def tell(window: QWidget, title: str, text: str) -> QMessageBox:
    """A message that does not stop the app while it waits to be read."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      window)
    box.setObjectName("storageNotice")
    box.open()
    return box
