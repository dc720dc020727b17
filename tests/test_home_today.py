"""Home: today's practice from the four-week programme, the flare-up choice, optional counts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from library_maker import make_library
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from prt_desktop import paths
from prt_desktop.core.library import Library, load_library
from prt_desktop.core.programme import PLAN, PROGRAMME_SETTING, ProgrammeState
from prt_desktop.core.records import PracticeSession
from prt_desktop.services import AppServices
from prt_desktop.storage import Journal
from prt_desktop.ui import preferences as prefs
from prt_desktop.ui.practice_list import PracticeListPage
from prt_desktop.ui.tasks import wait_for_background

TODAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(paths.audio_dir(), paths.clips_dir())


def services_for(data_dir: Path, library: Library) -> AppServices:
    location = paths.DataLocation(data_dir)
    location.ensure()
    return AppServices(location, Journal(location.database), library, paths.audio_dir(),
                       paths.resources_dir())


def home(qtbot, services: AppServices, preferences: prefs.Preferences | None = None,
         today: date = TODAY) -> PracticeListPage:
    page = PracticeListPage(services.library, services=services, preferences=preferences)
    assert page.today is not None
    page.today.card.today = lambda: today
    qtbot.addWidget(page)
    page.resize(960, 640)
    with qtbot.waitSignal(page.today.card.refreshed):
        page.show()
    return page


def text(page: PracticeListPage, name: str) -> str:
    return page.findChild(QLabel, name).text()


def button(page: PracticeListPage, name: str) -> QPushButton:
    return page.findChild(QPushButton, name)


def started_on(services: AppServices, started: date, **more: object) -> None:
    services.journal.set_setting(PROGRAMME_SETTING, {"started": started.isoformat(), **more})


def test_the_programme_can_be_begun_and_shows_day_1_with_its_reason(
        qtbot, data_dir: Path, library: Library) -> None:
    services = services_for(data_dir, library)
    page = home(qtbot, services)
    begin = button(page, "programmeBegin")
    assert begin.isVisible() and not button(page, "todayStart").isVisible()
    assert "choose anything else" in text(page, "todayReason")
    qtbot.mouseClick(begin, Qt.MouseButton.LeftButton)
    assert text(page, "todayDay") == "Day 1 of 28"
    assert text(page, "todayTitle").startswith(library.exercise(PLAN[0].exercise_id).title)
    assert text(page, "todayReason") == PLAN[0].reason
    assert not begin.isVisible() and button(page, "todayStart").isVisible()
    assert wait_for_background()
    assert ProgrammeState.from_setting(services.journal.setting(PROGRAMME_SETTING)) == \
        ProgrammeState.start(TODAY)
    services.close()


def test_start_starts_todays_exercise_and_the_list_still_offers_everything(
        qtbot, data_dir: Path, library: Library) -> None:
    services = services_for(data_dir, library)
    started_on(services, TODAY - timedelta(days=4))  # day 5
    page = home(qtbot, services)
    assert text(page, "todayDay") == "Day 5 of 28"
    assert text(page, "todayTitle").startswith("Calming breath (about")
    assert text(page, "todayReason") == PLAN[4].reason
    with qtbot.waitSignal(page.exercise_chosen) as chosen:
        qtbot.mouseClick(button(page, "todayStart"), Qt.MouseButton.LeftButton)
    assert chosen.args == ["calming-breath"]
    assert page.list.count() == len(library.exercises) + len(library.unavailable)
    services.close()


def test_pause_keeps_the_day_resume_goes_on_and_restart_goes_to_day_1(
        qtbot, data_dir: Path, library: Library) -> None:
    services = services_for(data_dir, library)
    started_on(services, TODAY - timedelta(days=4))
    page = home(qtbot, services)
    pause = button(page, "programmePause")
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    assert text(page, "todayDay") == "Paused on day 5 of 28"
    assert not button(page, "todayStart").isVisible()
    assert pause.text() == "Resume the programme"
    assert wait_for_background()
    assert services.journal.setting(PROGRAMME_SETTING)["paused_on"] == TODAY.isoformat()
    # Three days later the programme is still on day 5, and resuming goes on from there.
    page.today.card.today = lambda: TODAY + timedelta(days=3)
    with qtbot.waitSignal(page.today.card.refreshed):
        page.today.refresh()
    assert text(page, "todayDay") == "Paused on day 5 of 28"
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    assert text(page, "todayDay") == "Day 5 of 28"
    # Starting again loses the place: it is asked first, and keeping the place is the default.
    qtbot.mouseClick(button(page, "programmeRestart"), Qt.MouseButton.LeftButton)
    question = page.today.card.restart_question
    qtbot.waitUntil(question.isVisible)
    assert question.defaultButton().objectName() == "restartKeep"
    qtbot.mouseClick(question.findChild(QPushButton, "restartKeep"), Qt.MouseButton.LeftButton)
    assert text(page, "todayDay") == "Day 5 of 28"
    qtbot.mouseClick(button(page, "programmeRestart"), Qt.MouseButton.LeftButton)
    question = page.today.card.restart_question
    qtbot.waitUntil(question.isVisible)
    qtbot.mouseClick(question.findChild(QPushButton, "restartConfirm"),
                     Qt.MouseButton.LeftButton)
    assert text(page, "todayDay") == "Day 1 of 28"
    assert wait_for_background()
    stored = ProgrammeState.from_setting(services.journal.setting(PROGRAMME_SETTING))
    assert stored == ProgrammeState.start(TODAY + timedelta(days=3))
    services.close()


def test_a_library_without_the_planned_exercise_falls_back_or_says_so(
        qtbot, data_dir: Path, tmp_path: Path) -> None:
    audio = make_library(tmp_path)  # one practice: somatic tracking, id "short-tracking"
    small = load_library(audio, audio / "clips")
    services = services_for(data_dir, small)
    started_on(services, TODAY)  # day 1: education, which this library does not have
    page = home(qtbot, services)
    # Somatic tracking stands in, saying why, rather than a day without a suggestion.
    assert text(page, "todayTitle").startswith("Short test practice")
    assert "no practice in this library yet" in text(page, "todayReason")
    page.today.card.today = lambda: TODAY + timedelta(days=3)  # day 4: somatic tracking
    with qtbot.waitSignal(page.today.card.refreshed):
        page.today.refresh()
    assert text(page, "todayTitle").startswith("Short test practice")
    assert "no practice in this library yet" not in text(page, "todayReason")
    with qtbot.waitSignal(page.exercise_chosen) as chosen:
        qtbot.mouseClick(button(page, "todayStart"), Qt.MouseButton.LeftButton)
    assert chosen.args == ["short-tracking"]
    services.close()


def test_flare_up_offers_the_two_practices_and_works_by_keyboard_alone(
        qtbot, data_dir: Path, library: Library) -> None:
    services = services_for(data_dir, library)
    page = home(qtbot, services)
    page.activateWindow()
    flare = button(page, "flareUpButton")
    assert flare.text().replace("\n", " ") == "Having a hard moment?" and flare.height() >= 44
    assert flare.accessibleName().startswith("Having a hard moment?")
    flare.setFocus()
    qtbot.waitUntil(flare.hasFocus)
    qtbot.keyClick(flare, Qt.Key.Key_Space)
    dialog = page.today.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    choices = dialog.findChildren(QPushButton, "flareUpChoice")
    assert [c.property("exercise_id") for c in choices] == [
        "somatic-tracking-short", "grounding-54321"]
    assert all(c.height() >= 44 and c.accessibleName().startswith("Start ") for c in choices)
    assert "doctor" in dialog.findChild(QLabel, "flareUpCare").text()
    qtbot.waitUntil(lambda: choices[0].hasFocus())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert choices[1].hasFocus()
    with qtbot.waitSignal(page.exercise_chosen) as chosen:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert chosen.args == ["grounding-54321"]
    assert not dialog.isVisible()
    services.close()


def test_flare_up_is_hidden_when_the_library_has_neither_practice(
        qtbot, data_dir: Path, tmp_path: Path) -> None:
    from library_maker import exercise_yaml

    audio = make_library(tmp_path, exercise_yaml(
        "breathing", "  - say: Breathe.\n", techniques="stress"))
    services = services_for(data_dir, load_library(audio, audio / "clips"))
    page = home(qtbot, services)
    assert not button(page, "flareUpButton").isVisible()
    services.close()


def test_counts_are_hidden_unless_the_person_turns_them_on(
        qtbot, data_dir: Path, library: Library) -> None:
    services = services_for(data_dir, library)
    for day in (TODAY, TODAY - timedelta(days=1), TODAY - timedelta(days=10)):
        services.journal.save_session(PracticeSession(
            "calming-breath", started=f"{day.isoformat()}T12:00:00+00:00"))
    preferences = prefs.Preferences(None)
    page = home(qtbot, services, preferences)
    assert not page.findChild(QLabel, "practiceCounts").isVisible()
    assert prefs.Preferences(None).get(prefs.SHOW_COUNTS) is False  # off by default
    preferences.set(prefs.SHOW_COUNTS, True)
    page.hide()
    with qtbot.waitSignal(page.today.card.refreshed):
        page.show()  # coming back to Home reads the preference again
    counts = page.findChild(QLabel, "practiceCounts")
    assert counts.isVisible()
    assert counts.text() == ("Practices in the last 7 days: 2 · Days you practised in the last "
                             "4 weeks: 3 · Days in a row: 2")
    preferences.set(prefs.SHOW_COUNTS, False)
    page.hide()
    with qtbot.waitSignal(page.today.card.refreshed):
        page.show()
    assert not counts.isVisible()
    services.close()


def test_in_the_window_a_flare_up_choice_starts_the_practice(
        qtbot, data_dir: Path, library: Library) -> None:
    from prt_desktop.playback.output import SoundDeviceOutput
    from prt_desktop.ui.errors import ErrorReporter
    from prt_desktop.ui.main_window import MainWindow

    services = services_for(data_dir, library)
    services.safety_acknowledged = 99  # the safety screen was read on an earlier day
    services.set_output(SoundDeviceOutput())
    window = MainWindow(ErrorReporter("test log"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach(services)
    today = window.list_page.today
    assert today is not None and window.stack.currentWidget() is window.list_page
    qtbot.waitUntil(lambda: button(window.list_page, "programmeBegin").isVisible())
    today.open_flare_up()
    today.dialog.choices[0].click()
    page = window.current_practice_page
    assert page is not None and window.stack.currentWidget() is page
    assert page.session.exercise_id == "somatic-tracking-short"
    window.close()
    services.close()
