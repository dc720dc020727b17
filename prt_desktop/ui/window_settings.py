"""What a choice in Settings changes elsewhere in the window.

The sound choices reach a practice page that already exists (also a paused practice); the
reminders are rescheduled; a new language rebuilds every page in it (Qt widgets keep the words
they were built with, so each page is built again, lazily, as before) and shows the practices of
that language.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from prt_desktop.ui import i18n
from prt_desktop.ui.player_choices import PlayerChoices

if TYPE_CHECKING:
    from prt_desktop.ui.main_window import MainWindow
    from prt_desktop.ui.settings_page import SettingsPage

log = logging.getLogger(__name__)


def connect_settings_page(window: MainWindow, page: SettingsPage) -> None:
    page.output_changed.connect(window.output_changed)
    page.sound_settings.choices_changed.connect(
        lambda choices: apply_sound_choices(window, choices))
    page.appearance_settings.language_changed.connect(
        lambda preference: change_language(window, preference))
    page.reminder_settings.changed.connect(lambda: _reschedule_reminders(window))


def apply_sound_choices(window: MainWindow, choices: PlayerChoices) -> None:
    page = window.current_practice_page
    if page is not None:
        page.controls.apply_choices(choices)


def sound_choices_for_settings(window: MainWindow, page: SettingsPage) -> None:
    """Settings shows the choices a practice made since it was last opened."""
    practice = window.current_practice_page
    if practice is not None:
        page.sound_settings.show_choices(practice.controls.choices)


def _reschedule_reminders(window: MainWindow) -> None:
    reminders = getattr(window, "reminders", None)
    if reminders is not None:
        reminders.apply()


def change_language(window: MainWindow, preference: str) -> None:
    """Show the app in the language `preference` names ('' follows the computer) from now on."""
    app = QApplication.instance()
    language = i18n.choose_language(preference)
    if language == i18n.current_language():
        return
    log.info("Language changed to %r", language)
    assert isinstance(app, QApplication)
    i18n.install(app, language)
    window.setLocale(QLocale())  # dates in widgets built from now on follow the language
    window.rebuild_pages()
    for part in (window.reminders, window.reminder_notice):
        if part is not None:
            part.retranslate()  # type: ignore[attr-defined]
    window.show_settings()
    settings = window.settings_page()
    settings.appearance_settings.language.setFocus()
