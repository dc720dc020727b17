"""The main window: safety screen on first run, then practice, the practice itself, and history.

The window appears first and is filled when the services (journal, library) are attached, so a
large journal never delays it. Closing goes through `closeEvent` only, so a kiosk mode can change
it in one place.
"""

from __future__ import annotations

import logging
import os
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from prt_desktop import APP_DISPLAY_NAME
from prt_desktop.core import safety
from prt_desktop.ui.errors import ErrorReporter
from prt_desktop.ui.flow_layout import FlowLayout
from prt_desktop.ui.practice_memory import RESUME_SETTING
from prt_desktop.ui.resume_offer import ResumeOffer
from prt_desktop.ui.tasks import run_in_background, run_serially, wait_for_background

if TYPE_CHECKING:
    from prt_desktop.services import AppServices
    from prt_desktop.ui.history_view import HistoryPage
    from prt_desktop.ui.kiosk_mode import KioskMode
    from prt_desktop.ui.practice_list import PracticeListPage
    from prt_desktop.ui.practice_page import PracticePage
    from prt_desktop.ui.preferences import Preferences
    from prt_desktop.ui.record_voice import RecordVoicePage
    from prt_desktop.ui.reminders import Reminders
    from prt_desktop.ui.safety_page import SafetyPage
    from prt_desktop.ui.settings_page import SettingsPage

log = logging.getLogger(__name__)


def _import_history_modules() -> None:
    import prt_desktop.ui.history_view  # noqa: F401  (its first import is ~40 ms of the first press)

BENCH_ENV = "PRT_DESKTOP_BENCH_FIRST_PAINT"
"""Where a practice left part-way is kept (exercise_id, segment_index, seconds, session_id; None
when there is nothing to resume). The practice page writes it; the list offers it."""


class MainWindow(QMainWindow):
    history_loaded = Signal()
    """The history page has been filled with the stored marks."""
    first_painted = Signal()
    """The window has been drawn on screen for the first time."""
    ready = Signal()
    """The services are attached and the first real page is shown."""

    def __init__(self, errors: ErrorReporter) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.resize(960, 720)
        self.services: AppServices | None = None
        self.errors = errors
        self._painted = False
        self._practice_page: PracticePage | None = None
        self._history_page: HistoryPage | None = None
        self._learn_page: QWidget | None = None
        self._record_page: RecordVoicePage | None = None
        self._settings_page: SettingsPage | None = None
        self._closing = False
        self.kiosk: KioskMode | None = None  # set by KioskMode itself
        self.preferences: Preferences | None = None
        self.reminders: Reminders | None = None  # set by app.start_reminders
        self.reminder_notice: QWidget | None = None  # likewise

        central = QWidget()
        layout = QVBoxLayout(central)
        self.nav = QWidget()
        nav_row = FlowLayout(self.nav)  # wraps at large text sizes instead of clipping
        self.practice_nav, self.history_nav, self.learn_nav, self.safety_nav, self.record_nav, \
            self.settings_nav = buttons = [QPushButton() for _ in range(6)]
        for button, name in zip(buttons, ("navPractice", "navHistory", "navLearn", "navSafety",
                                          "navRecord", "navSettings"), strict=True):
            button.setObjectName(name)
            button.setMinimumHeight(44)
            nav_row.addWidget(button)
        self._name_nav_buttons()
        layout.addWidget(self.nav)
        self.resume_bar = ResumeOffer()
        self.resume_label = self.resume_bar.label
        self.resume_bar.resume.connect(
            lambda entry: self.start_exercise(entry["exercise_id"], resume=entry))
        self.resume_bar.start_over.connect(self._start_over_chosen)
        layout.addWidget(self.resume_bar)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.setVisible(False)
        self.starting_label = QLabel(self.tr("Getting ready…"))
        self.starting_label.setObjectName("startingLabel")
        self.stack.addWidget(self.starting_label)
        self.stack.currentChanged.connect(lambda _index: self._hide_resume_offer_elsewhere())

    def _name_nav_buttons(self) -> None:
        for button, text in ((self.practice_nav, self.tr("Practice")),
                             (self.history_nav, self.tr("History")),
                             (self.learn_nav, self.tr("Learn")),
                             (self.safety_nav, self.tr("Safety information")),
                             (self.record_nav, self.tr("Record my voice")),
                             (self.settings_nav, self.tr("Settings"))):
            button.setText(text)

    def _build_home_pages(self) -> None:
        from prt_desktop.ui import i18n
        from prt_desktop.ui.practice_list import PracticeListPage
        from prt_desktop.ui.safety_page import SafetyPage

        services = self.services
        assert services is not None
        self.safety_page: SafetyPage = SafetyPage()
        # Home offers the practices of the app's language; its programme card needs the journal,
        # its optional counts the preferences.
        self.list_page: PracticeListPage = PracticeListPage(
            services.library.in_language(i18n.current_language()), services=services,
            preferences=self.preferences)
        self.stack.addWidget(self.safety_page)
        self.stack.addWidget(self.list_page)
        self.safety_page.acknowledged.connect(self._safety_acknowledged)
        self.list_page.exercise_chosen.connect(self.start_exercise)

    def rebuild_pages(self) -> None:
        """Build every page again (in a new language): Home and the safety page at once, the
        others when next opened. A practice in progress is ended and kept, as on leaving it."""
        self.drop_practice_page()
        self._name_nav_buttons()
        self.starting_label.setText(self.tr("Getting ready…"))
        self.resume_bar.retranslate()
        for page in (self.safety_page, self.list_page, self._history_page, self._learn_page,
                     self._record_page, self._settings_page):
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        self._history_page = self._learn_page = self._record_page = None
        self._settings_page = None
        self._build_home_pages()

    def attach(self, services: AppServices) -> None:
        """Fill the window once the journal and the library are open."""
        from prt_desktop.ui.preferences import Preferences

        self.services = services
        self.preferences = Preferences(services.location.root)
        self._build_home_pages()
        self.practice_nav.clicked.connect(self.show_practice_list)
        self.history_nav.clicked.connect(self.show_history)
        self.safety_nav.clicked.connect(self.show_safety)
        self.learn_nav.clicked.connect(self.show_learn)
        self.record_nav.clicked.connect(self.show_record_voice)
        self.settings_nav.clicked.connect(self.show_settings)

        if self.kiosk is not None:
            self.kiosk.attached(services)  # its welcome instead of the list
        elif services.safety_acknowledged >= safety.SAFETY_VERSION:
            self.show_practice_list()
        else:
            self.show_safety()
        self.ready.emit()
        # Ahead of the first press on History, off the GUI thread: the journal keeps the marks it
        # has read (about 0.25 s with 20,000 marks) and the services the parsed body map (about
        # 50 ms); then, once the window is idle, History's modules are imported.
        run_in_background(lambda: (services.journal.marks(), services.body_map()),
                          lambda _ready: QTimer.singleShot(0, _import_history_modules),
                          lambda error: log.warning("Could not read the marks ahead: %r", error))

    def add_notice(self, notice: QWidget) -> None:
        """A bar under the navigation (e.g. the reminder when there is no tray)."""
        layout = self.centralWidget().layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, notice)

    def show_startup_failure(self, message: str) -> None:
        """The journal or library could not be opened: say so in the window, in plain words."""
        self.starting_label.setWordWrap(True)
        self.starting_label.setText(self.tr(
            "{message}\n\nNothing has been changed or deleted. Please contact whoever gave you "
            "the app, and mention this message.").format(message=message))

    # ---- navigation -------------------------------------------------------------------------
    def show_learn(self) -> None:
        from prt_desktop.ui.learn_view import LearnView

        if self._learn_page is None:
            self._learn_page = LearnView()
            self.stack.addWidget(self._learn_page)
        self.stack.setCurrentWidget(self._learn_page)
        self._learn_page.topics.setFocus()

    def show_safety(self) -> None:
        self.nav.setVisible(False)
        self.stack.setCurrentWidget(self.safety_page)
        self.safety_page.setFocus()  # the first Tab then reaches the text, not the window

    def _safety_acknowledged(self) -> None:
        from prt_desktop.services import SAFETY_SETTING

        services = self.services
        assert services is not None
        services.safety_acknowledged = safety.SAFETY_VERSION
        run_serially(lambda: services.journal.set_setting(SAFETY_SETTING, safety.SAFETY_VERSION),
                     lambda _: None, lambda e: log.error("Could not remember the safety "
                                                         "screen was read: %r", e))
        self.show_practice_list()

    def show_practice_list(self) -> None:
        if self._practice_page is not None and self._practice_page.session is not None:
            self._practice_page.player.stop()
        if self.kiosk is not None:
            self.kiosk.show_welcome()
            return
        self.nav.setVisible(True)
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.list.setFocus()
        self._offer_resume()

    # ---- resuming a practice left part-way --------------------------------------------------
    def _offer_resume(self) -> None:
        """Read the saved place on the writer thread, after any save still on its way there."""
        if self._closing:
            return
        journal = self.services.journal
        run_serially(lambda: journal.setting(RESUME_SETTING), self._show_resume_offer,
                     lambda e: log.error("Could not read where a practice was left: %r", e))

    def _show_resume_offer(self, entry: object) -> None:
        if self._closing or self.stack.currentWidget() is not self.list_page:
            return
        self.resume_bar.offer(entry, {e.id: e.title for e in self.services.library.exercises})

    def _hide_resume_offer_elsewhere(self) -> None:
        if self.stack.currentWidget() is not getattr(self, "list_page", None):
            self.resume_bar.setVisible(False)

    def _start_over_chosen(self, entry: dict[str, Any]) -> None:
        journal = self.services.journal
        run_serially(lambda: journal.set_setting(RESUME_SETTING, None), lambda _: None,
                     lambda e: log.error("Could not forget where a practice was left: %r", e))
        self.start_exercise(entry["exercise_id"])

    def practice_page(self) -> PracticePage:
        if self._practice_page is None:
            # Imported here: playback pulls in numpy and PortAudio, not needed for the first paint.
            from prt_desktop.ui.practice_page import PracticePage

            page = PracticePage(self.services, self.errors)
            page.leave_requested.connect(self.show_practice_list)
            page.mark_saved.connect(lambda _mark: self._refresh_history())
            self.stack.addWidget(page)
            self._practice_page = page
        return self._practice_page

    @property
    def current_practice_page(self) -> PracticePage | None:
        return self._practice_page

    def drop_practice_page(self) -> None:
        """Stop and destroy the practice page with everything on it (kiosk: between visits);
        the next practice makes a new one."""
        page, self._practice_page = self._practice_page, None
        if page is not None:
            if page.session is not None and page.session.ended is None:
                page.end_practice()
            page.player.stop()
            self.stack.removeWidget(page)
            page.deleteLater()

    def start_exercise(self, exercise_id: str, resume: dict[str, Any] | None = None) -> None:
        """Start a practice from its beginning, or from a place saved for resuming it."""
        exercise = self.services.library.exercise(exercise_id)
        page = self.practice_page()
        self.nav.setVisible(False)
        self.stack.setCurrentWidget(page)
        page.start(exercise, resume=resume)

    def history_page(self) -> HistoryPage:
        if self._history_page is None:
            from prt_desktop.ui.history_view import HistoryPage

            library = self.services.library  # every language: older practices keep their titles
            titles = {e.id: e.title for e in library.every_language}
            self._history_page = HistoryPage(self.services.body_map(), titles)
            self._history_page.export_requested.connect(self.open_export)
            self._history_page.loaded.connect(self.history_loaded)
            self._history_page.load_failed.connect(lambda: self.errors.show_message(
                self, self.tr("History"), self.tr(
                    "Your history could not be read just now. Nothing has been deleted.")))
            self.stack.addWidget(self._history_page)
        return self._history_page

    def record_page(self) -> RecordVoicePage:
        if self._record_page is None:
            from prt_desktop.ui.record_voice import RecordVoicePage

            self._record_page = RecordVoicePage(self.services, self.errors)
            self.stack.addWidget(self._record_page)
        return self._record_page

    def show_record_voice(self) -> None:
        self.nav.setVisible(True)
        page = self.record_page()
        self.stack.setCurrentWidget(page)
        page.ui.exercise_choice.setFocus()

    def settings_page(self) -> SettingsPage:
        if self._settings_page is None:
            from prt_desktop.ui.settings_page import SettingsPage
            from prt_desktop.ui.window_settings import connect_settings_page

            self._settings_page = SettingsPage(self.services, self.errors, self.preferences)
            connect_settings_page(self, self._settings_page)
            self.stack.addWidget(self._settings_page)
        return self._settings_page

    def show_settings(self) -> None:
        self.nav.setVisible(True)
        from prt_desktop.ui.window_settings import sound_choices_for_settings

        page = self.settings_page()
        sound_choices_for_settings(self, page)
        self.stack.setCurrentWidget(page)
        page.choice.setFocus()

    def output_changed(self) -> None:
        # The practice page keeps its player's output; hand it the new one for the next practice.
        from prt_desktop.playback.player import PlayerState

        page = self._practice_page
        if page is not None and page.player.state in (PlayerState.STOPPED, PlayerState.FINISHED):
            page.player.output = self.services.output()

    def open_export(self) -> None:
        from PySide6.QtCore import Qt  # not at import: Qt's 116 enums cost ~20 ms before paint

        from prt_desktop.ui.export_dialog import ExportDialog

        if self.services is None:
            return
        dialog = ExportDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_history(self) -> None:
        self.nav.setVisible(True)
        page = self.history_page()
        self.stack.setCurrentWidget(page)
        self._refresh_history()
        page.tree.setFocus()

    def _refresh_history(self) -> None:
        if self._history_page is not None:
            self._history_page.load(self.services.journal)

    # ---- window life ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if os.environ.get(BENCH_ENV):
                print(f"FIRST_PAINT {time.time():.6f}", flush=True)
                self.ready.connect(self._report_ready_and_quit)
            self.first_painted.emit()

    def _report_ready_and_quit(self) -> None:
        print(f"READY {time.time():.6f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing and self.kiosk is not None and not self.kiosk.may_close():
            event.ignore()  # a kiosk closes only for staff, with the PIN
            return
        if not self._closing and not self.may_close_with_unsaved():
            event.ignore()
            return
        self._closing = True
        if self._practice_page is not None and self._practice_page.session is not None:
            self._practice_page.end_practice()
        if not wait_for_background():
            log.error("Closing while entries were still being saved")
        event.accept()

    def close_without_asking(self) -> None:
        """Close for a service manager or Ctrl+C: nobody may be there to answer a question."""
        self._closing = True
        self.close()

    def may_close_with_unsaved(self) -> bool:
        """Saves the disk refused would be lost by closing: the person chooses (close_guard)."""
        from prt_desktop.ui.close_guard import may_close_with_unsaved

        return may_close_with_unsaved(
            self, self.services.journal if self.services is not None else None)
