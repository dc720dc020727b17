"""Choosing another language in Settings: the window speaks it at once, Home lists that
language's practices, and the choice is kept for the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from prt_desktop import paths
from prt_desktop.core.library import load_library
from prt_desktop.services import AppServices
from prt_desktop.storage import Journal
from prt_desktop.ui import i18n
from prt_desktop.ui.errors import ErrorReporter
from prt_desktop.ui.main_window import MainWindow
from prt_desktop.ui.practice_list import EXERCISE_ID_ROLE
from prt_desktop.ui.preferences import LANGUAGE, Preferences
from prt_desktop.ui.tasks import wait_for_background


@pytest.fixture
def window(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    location = paths.DataLocation(data_dir)
    location.ensure()
    services = AppServices(location, Journal(location.database),
                           load_library(paths.audio_dir(), paths.clips_dir()),
                           paths.audio_dir(), paths.resources_dir())
    services.safety_acknowledged = 99
    window = MainWindow(ErrorReporter("test log"))
    qtbot.addWidget(window)
    window.show()
    window.attach(services)
    yield window
    i18n.install(QApplication.instance(), "en")
    assert wait_for_background()
    window.close()
    services.close()


def listed_ids(window: MainWindow) -> list[str]:
    items = (window.list_page.list.item(row) for row in range(window.list_page.list.count()))
    return [item.data(EXERCISE_ID_ROLE) for item in items if item.data(EXERCISE_ID_ROLE)]


def choose_language(qtbot, window: MainWindow, code: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.findChild(QPushButton, "navSettings"), Qt.MouseButton.LeftButton)
    choice = window.settings_page().findChild(QComboBox, "languageChoice")
    choice.setCurrentIndex(choice.findData(code))


def test_spanish_changes_the_window_and_the_list_and_back(qtbot, window, data_dir) -> None:
    assert window.practice_nav.text() == "Practice"
    english = listed_ids(window)
    assert "somatic-tracking-short" in english
    assert not any(exercise_id.endswith("-es") for exercise_id in english)

    choose_language(qtbot, window, "es")
    assert i18n.current_language() == "es"
    assert window.practice_nav.text() == "Practicar"
    assert window.settings_nav.text() != "Settings"
    settings = window.settings_page()
    assert window.stack.currentWidget() is settings  # still where the person chose it
    assert settings.findChild(QComboBox, "languageChoice").hasFocus()
    spanish = listed_ids(window)
    assert set(spanish) == {"somatic-tracking-short-es", "somatic-tracking-5min-es",
                            "somatic-tracking-full-es", "grounding-54321-es"}
    assert Preferences(data_dir).get(LANGUAGE) == "es"  # kept for the next start

    choose_language(qtbot, window, "en")
    assert window.practice_nav.text() == "Practice"
    assert listed_ids(window) == english


def test_a_practice_left_part_way_is_ended_not_lost(qtbot, window) -> None:
    window.start_exercise("somatic-tracking-short")
    page = window.current_practice_page
    assert page is not None and page.session is not None
    session_id = page.session.id
    window.show_practice_list()
    choose_language(qtbot, window, "es")
    assert window.current_practice_page is None
    assert wait_for_background()
    assert session_id in {s.id for s in window.services.journal.sessions()}


def test_home_says_why_fewer_practices_are_listed(qtbot, window) -> None:
    note = window.list_page.language_note
    assert note.isHidden()  # English: everything is listed
    choose_language(qtbot, window, "es")
    note = window.list_page.language_note
    assert not note.isHidden() and note.text() != ""


def test_a_language_without_practices_falls_back_to_english_and_says_so(qtbot) -> None:
    from prt_desktop.ui.practice_list import PracticeListPage

    library = load_library(paths.audio_dir(), paths.clips_dir())
    english_only = library.in_language("en")
    page = PracticeListPage(english_only.in_language("de"))
    qtbot.addWidget(page)
    assert english_only.in_language("de").fallback_from == "de"
    assert not page.language_note.isHidden() and "English" in page.language_note.text()
    assert page.list.count() == len(english_only.exercises)


def test_the_kiosk_offers_its_five_minute_practice_in_its_language() -> None:
    from prt_desktop.ui.kiosk_welcome import main_practice, short_practices

    library = load_library(paths.audio_dir(), paths.clips_dir())
    spanish = library.in_language("es")
    main = main_practice(spanish)
    assert main is not None and main.id == "somatic-tracking-5min-es"
    assert all(e.language == "es" for e in short_practices(spanish, main, writing=False))
    english = main_practice(library.in_language("en"))
    assert english is not None and english.id == "somatic-tracking-5min"


def test_dates_follow_the_new_language(qtbot, window) -> None:
    from PySide6.QtCore import QLocale

    choose_language(qtbot, window, "es")
    assert window.locale().language() == QLocale.Language.Spanish
    choose_language(qtbot, window, "en")
    assert window.locale().language() != QLocale.Language.Spanish


def test_the_reminder_speaks_the_new_language_and_never_leaves_a_practice(qtbot, window) -> None:
    from prt_desktop.ui.app import start_reminders

    start_reminders(window, window.services)
    notice = window.reminder_notice
    assert notice is not None
    assert notice.start_button.text() == "Start today's practice"
    # A reminder's "start" while a practice is under way leaves the practice as it is.
    notice.show_text("A moment for your practice, if you'd like one.")
    window.start_exercise("somatic-tracking-short")
    page = window.current_practice_page
    assert notice.isHidden()  # a practice started: the notice went
    notice.show_text("A moment for your practice, if you'd like one.")
    qtbot.mouseClick(notice.start_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is page and page.session is not None
    assert page.session.ended is None
    window.show_practice_list()
    choose_language(qtbot, window, "es")
    assert notice.start_button.text() not in ("", "Start today's practice")
