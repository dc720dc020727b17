"""The whole loop as a person does it: safety screen, choose, listen, mark, history, restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_maker import exercise_yaml, make_library
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QTableView, QTreeWidget

from prt_desktop import paths
from prt_desktop.core.body_map import BodyView
from prt_desktop.core.library import load_library
from prt_desktop.core.vocabulary import Valence
from prt_desktop.playback.output import SoundDeviceOutput
from prt_desktop.services import AppServices
from prt_desktop.storage import Journal
from prt_desktop.ui.errors import ErrorReporter
from prt_desktop.ui.main_window import MainWindow
from prt_desktop.ui.practice_memory import CHECK_INS_SETTING


def open_app(qtbot, data_dir: Path, audio: Path) -> MainWindow:
    location = paths.DataLocation(data_dir)
    location.ensure()
    journal = Journal(location.database)
    journal.set_setting(CHECK_INS_SETTING, False)  # the check-ins have tests of their own
    services = AppServices(location, journal,
                           load_library(audio, audio / "clips"), audio, paths.resources_dir())
    services.set_output(SoundDeviceOutput())
    window = MainWindow(ErrorReporter("test log"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach(services)
    return window


def start_practice(qtbot, data_dir: Path, audio: Path, exercise_id: str) -> MainWindow:
    """The app, past the safety screen (read on an earlier day), with a practice started."""
    window = open_app(qtbot, data_dir, audio)
    window.services.journal.set_setting("safety_acknowledged_version", 99)
    window.start_exercise(exercise_id)
    return window


def map_open_in_practice(qtbot, data_dir: Path, audio: Path) -> tuple[MainWindow, list[tuple]]:
    """A practice with the body map opened from its button; returns the points chosen on it."""
    window = start_practice(qtbot, data_dir, audio, "short-tracking")
    window.practice_page().open_map(None)
    chosen: list[tuple] = []
    window.practice_page().map_panel.map.point_chosen.connect(lambda *args: chosen.append(args))
    return window, chosen


def close_app(window: MainWindow) -> None:
    window.close()
    window.services.close()


@pytest.fixture
def short_audio(tmp_path: Path) -> Path:
    return make_library(tmp_path / "lib", clip_seconds=0.5)


def test_first_run_shows_safety_once(qtbot, data_dir, short_audio, audio_output) -> None:
    window = open_app(qtbot, data_dir, short_audio)
    assert window.stack.currentWidget() is window.safety_page
    text = window.findChild(QLabel, "safetyText").text()
    assert "not for pain from a recent injury" in text
    assert "loss of bladder or bowel control" in text
    qtbot.mouseClick(window.findChild(QPushButton, "acknowledgeButton"), Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.list_page
    close_app(window)

    window = open_app(qtbot, data_dir, short_audio)
    assert window.stack.currentWidget() is window.list_page
    close_app(window)


def test_practice_mark_history_and_restart(qtbot, data_dir, short_audio, audio_output) -> None:
    window = open_app(qtbot, data_dir, short_audio)
    qtbot.mouseClick(window.findChild(QPushButton, "acknowledgeButton"), Qt.MouseButton.LeftButton)

    exercises = window.findChild(QListWidget, "exerciseList")
    assert exercises.count() == 1 and "Short test practice" in exercises.item(0).text()
    exercises.setFocus()
    qtbot.keyClick(exercises, Qt.Key.Key_Return)

    page = window.practice_page()
    caption = window.findChild(QLabel, "captionLabel")
    qtbot.waitUntil(lambda: caption.text() == "First line to notice.", timeout=5000)
    qtbot.waitUntil(lambda: caption.text() == "Second line, then a cue.", timeout=5000)

    # The cue opens the body map over the practice and the audio waits.
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.map_panel, timeout=5000)
    assert page.map_panel.prompt.text() == "Mark what you notice."
    body_map = window.findChild(type(page.map_panel.map), "bodyMap")
    region = window.services.body_map().region("front-shoulder-left")
    x, y = region.centroid
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton,
                     pos=body_map.widget_point(BodyView.FRONT, x, y).toPoint())
    qtbot.waitUntil(lambda: page.sensation_dialog is not None
                    and page.sensation_dialog.isVisible(), timeout=3000)
    dialog = page.sensation_dialog
    assert "shoulder" in dialog.findChild(QLabel, "regionLabel").text().lower()
    dialog.quality_boxes["tightness"].setChecked(True)
    dialog.quality_boxes["warmth"].setChecked(True)
    dialog.intensity.slider.setValue(6)
    dialog.threat.slider.setValue(3)
    qtbot.mouseClick(dialog.valence_buttons[Valence.UNPLEASANT], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.note, "Eased when I breathed out")
    with qtbot.waitSignal(page.mark_saved, timeout=5000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)

    # The mark shows on the figure at once.
    assert [m.region_id for m in body_map.marks] == ["front-shoulder-left"]
    qtbot.mouseClick(window.findChild(QPushButton, "continueButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: caption.text() == "Last line after the cue.", timeout=5000)
    qtbot.waitUntil(lambda: "practice has ended" in caption.text(), timeout=5000)
    qtbot.waitUntil(lambda: window.services.journal.sessions()[0].completed, timeout=3000)
    qtbot.mouseClick(window.findChild(QPushButton, "stopButton"), Qt.MouseButton.LeftButton)

    # History lists it.
    with qtbot.waitSignal(window.history_loaded, timeout=3000):
        qtbot.mouseClick(window.findChild(QPushButton, "navHistory"), Qt.MouseButton.LeftButton)
    history = window.findChild(QTableView, "historyView")
    assert history.model().rowCount() == 1
    row = [history.model().index(0, c).data() for c in range(7)]
    assert "shoulder" in row[1].lower() and row[2] == "tightness, warmth"
    assert row[3:6] == ["6", "3", "unpleasant"] and row[6] == "Eased when I breathed out"
    close_app(window)

    # A new application over the same data folder still has it.
    window = open_app(qtbot, data_dir, short_audio)
    with qtbot.waitSignal(window.history_loaded, timeout=3000):
        qtbot.mouseClick(window.findChild(QPushButton, "navHistory"), Qt.MouseButton.LeftButton)
    history = window.findChild(QTableView, "historyView")
    assert history.model().rowCount() == 1
    assert window.history_page().map.marks[0].region_id == "front-shoulder-left"
    stored = window.services.journal.marks()
    assert stored[0].qualities == ("tightness", "warmth") and stored[0].intensity == 6
    assert stored[0].session_id == window.services.journal.sessions()[0].id
    close_app(window)


def test_body_map_opens_from_a_button_and_pauses(qtbot, data_dir, short_audio,
                                                 audio_output) -> None:
    window = start_practice(qtbot, data_dir, short_audio, "short-tracking")
    page = window.practice_page()
    qtbot.waitUntil(lambda: page.caption.text() != "", timeout=5000)
    qtbot.mouseClick(window.findChild(QPushButton, "bodyMapButton"), Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.map_panel
    assert page.player.state.value == "paused"
    held = page.player.position_seconds
    calls = page.player._feed.fill_calls
    qtbot.waitUntil(lambda: page.player._feed.fill_calls > calls + 40, timeout=3000)
    assert page.player.position_seconds == held
    qtbot.mouseClick(window.findChild(QPushButton, "continueButton"), Qt.MouseButton.LeftButton)
    assert page.player.state.value == "playing"
    close_app(window)


def test_the_shipped_practice_speaks_its_first_line(qtbot, data_dir, audio_output) -> None:
    window = start_practice(qtbot, data_dir, paths.audio_dir(), "somatic-tracking-5min")
    caption = window.findChild(QLabel, "captionLabel")
    qtbot.waitUntil(lambda: caption.text().startswith("Welcome."), timeout=8000)
    assert window.practice_page().player.position_seconds > 2.5  # after the opening chime
    close_app(window)


def test_keyboard_can_mark_a_region(qtbot, data_dir, short_audio, audio_output) -> None:
    window, chosen = map_open_in_practice(qtbot, data_dir, short_audio)
    page = window.practice_page()
    body_map = page.map_panel.map
    body_map.setFocus()
    qtbot.keyClick(body_map, Qt.Key.Key_Right)
    qtbot.keyClick(body_map, Qt.Key.Key_Return)
    assert chosen and chosen[0][1] == body_map.selected_region.id
    assert body_map.body_map.region(chosen[0][1]).contains(chosen[0][2], chosen[0][3])
    page.sensation_dialog.reject()
    close_app(window)


def test_clicking_outside_the_figure_does_nothing(qtbot, data_dir, short_audio,
                                                  audio_output) -> None:
    window, chosen = map_open_in_practice(qtbot, data_dir, short_audio)
    page = window.practice_page()
    body_map = page.map_panel.map
    corner = body_map.widget_point(BodyView.FRONT, 0.02, 0.98)
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=QPointF(corner).toPoint())
    assert chosen == [] and page.sensation_dialog is None
    close_app(window)


def test_a_corrupt_journal_is_reported_in_plain_words(qtbot, data_dir) -> None:
    # Issue 6: the app opens anyway (here on a new journal, there being no backup), says what
    # happened, and keeps the damaged file aside as it was.
    from PySide6.QtWidgets import QMessageBox

    from prt_desktop.ui.app import open_services_in_background

    location = paths.DataLocation(data_dir)
    location.ensure()
    location.database.write_text('{"marks": {"1": {"id": "1", "session', encoding="utf-8")
    window = MainWindow(ErrorReporter("test log"))
    qtbot.addWidget(window)
    window.show()
    open_services_in_background(window, location)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "storageNotice") is not None,
                    timeout=5000)
    text = window.findChild(QMessageBox, "storageNotice").text()
    assert "could not be read" in text and "new, empty journal" in text
    assert "Traceback" not in text
    assert window.services is not None and window.services.journal.marks() == []
    [kept] = location.root.glob("journal.json.damaged-*")
    assert kept.read_text(encoding="utf-8").endswith('"session')  # kept as it was
    assert kept.name in text
    window.services.close()


def test_the_real_start_up_path_opens_services_after_the_first_paint(qtbot, data_dir) -> None:
    from prt_desktop.ui.app import open_services_in_background

    location = paths.DataLocation(data_dir)
    window = MainWindow(ErrorReporter("test log"))
    qtbot.addWidget(window)
    window.first_painted.connect(lambda: open_services_in_background(window, location))
    with qtbot.waitSignal(window.ready, timeout=10000):
        window.show()
    assert window.stack.currentWidget() is window.safety_page
    assert window.findChild(QListWidget, "exerciseList").count() >= 1
    close_app(window)


def test_without_a_sound_device_a_banner_says_captions_only(qtbot, data_dir, short_audio) -> None:
    from prt_desktop.playback.output import ClockOutput

    window = open_app(qtbot, data_dir, short_audio)
    window.services.set_output(ClockOutput("no device"))
    window.services.output = lambda: ClockOutput("still no device")  # nothing plugged in since
    window.practice_page().player.output = ClockOutput("no device")
    window.start_exercise("short-tracking")
    banner = window.findChild(QLabel, "audioBanner")
    assert banner.isVisible() and "captions only" in banner.text()
    caption = window.findChild(QLabel, "captionLabel")
    qtbot.waitUntil(lambda: caption.text() == "First line to notice.", timeout=5000)
    close_app(window)


def test_a_mark_that_cannot_be_saved_is_taken_off_the_figure(qtbot, data_dir, short_audio,
                                                            audio_output, monkeypatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from prt_desktop.storage import StorageWriteError

    window, _chosen = map_open_in_practice(qtbot, data_dir, short_audio)
    page = window.practice_page()

    def disk_full(mark: object) -> None:
        raise StorageWriteError(window.services.location.database, OSError(28, "No space"))

    monkeypatch.setattr(window.services.journal, "add_mark", disk_full)
    messages: list[str] = []

    def read_and_close_message() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "errorDialog":
            QTimer.singleShot(50, read_and_close_message)
            return
        messages.append(box.text())
        box.accept()

    QTimer.singleShot(50, read_and_close_message)
    region = window.services.body_map().region("front-knee-left")
    page.map_panel.describe_point("front", region.id, *region.centroid)
    page.sensation_dialog.accept()
    assert [m.region_id for m in page.map_panel.map.marks] == ["front-knee-left"]  # at once
    qtbot.waitUntil(lambda: page.map_panel.map.marks == [], timeout=5000)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert "This mark could not be saved" in messages[0] and "Traceback" not in messages[0]
    close_app(window)


def test_closing_on_a_signal_ends_the_practice_in_the_journal(qtbot, data_dir, short_audio,
                                                              audio_output) -> None:
    import signal

    from prt_desktop.ui.app import close_on_termination_signals

    window = start_practice(qtbot, data_dir, short_audio, "short-tracking")
    previous = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    try:
        close_on_termination_signals(window)
        signal.getsignal(signal.SIGTERM)(signal.SIGTERM, None)
    finally:
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])
    sessions = window.services.journal.sessions()
    assert len(sessions) == 1 and sessions[0].ended is not None and not sessions[0].completed
    window.services.close()


def test_session_saves_land_in_order_even_when_the_first_is_slow(qtbot, data_dir,
                                                                short_audio, audio_output,
                                                                monkeypatch) -> None:
    import time as clock

    window = start_practice(qtbot, data_dir, short_audio, "short-tracking")
    page = window.practice_page()
    journal = window.services.journal
    real_save = journal.save_session

    def slow_first_save(session: object) -> None:
        if session.ended is None:  # type: ignore[attr-defined]
            clock.sleep(0.3)  # a slow disk, inside the writer thread
        real_save(session)

    monkeypatch.setattr(journal, "save_session", slow_first_save)
    page.session = None
    page.start(window.services.library.exercise("short-tracking"))
    page.end_practice()
    from prt_desktop.ui.tasks import wait_for_background

    assert wait_for_background()
    stored = journal.session(page.session.id)
    assert stored.ended is not None
    close_app(window)


CUES_EXERCISE = exercise_yaml("cue-test", """\
  - say: Notice how you feel.
  - cue: rate
    measure: fear
    prompt: How frightening does it feel right now?
  - say: Now a question to write about.
  - cue: reflect
    prompt: When is the pain quieter?
  - cue: reflect
    prompt: This one you may skip.
  - say: Thank you.
""",
    title="Cues", techniques="understanding")


def test_rating_and_reflection_cues_are_answered_and_kept(qtbot, data_dir, tmp_path,
                                                          audio_output) -> None:
    audio = make_library(tmp_path / "cues", CUES_EXERCISE, clip_seconds=0.3)
    window = start_practice(qtbot, data_dir, audio, "cue-test")
    page = window.practice_page()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.rating_panel, timeout=5000)
    assert "frightening" in page.rating_panel.prompt.text()
    continue_button = window.findChild(QPushButton, "saveRatingButton")
    assert not continue_button.isEnabled()
    qtbot.mouseClick(window.findChild(QPushButton, "rating_7"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(continue_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.reflection_panel, timeout=5000)
    edit = page.reflection_panel.edit
    qtbot.keyClicks(edit, "On holiday, and when I am absorbed in music.")
    qtbot.mouseClick(window.findChild(QPushButton, "saveReflectionButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.reflection_panel.prompt.text() == "This one you may skip.",
                    timeout=5000)
    assert edit.toPlainText() == ""  # a fresh page for the next question
    qtbot.mouseClick(window.findChild(QPushButton, "skipReflectionButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "practice has ended" in page.caption.text(), timeout=5000)

    from prt_desktop.ui.tasks import wait_for_background

    assert wait_for_background()
    journal = window.services.journal
    session_id = journal.sessions()[0].id
    [rating] = journal.ratings(session_id)
    assert (rating.measure, rating.value, rating.exercise_id) == ("fear", 7, "cue-test")
    [entry] = journal.reflections(session_id)
    assert entry.prompt == "When is the pain quieter?"
    assert entry.text == "On holiday, and when I am absorbed in music."

    # What was written can be read again in History.
    with qtbot.waitSignal(window.history_loaded, timeout=3000):
        window.show_history()
    notes = window.findChild(QTreeWidget, "notesView")
    history = window.history_page()
    history.tabs.setCurrentWidget(history.notes_tab)  # as the person opens "What you wrote"
    assert notes.topLevelItemCount() == 1
    row = [notes.topLevelItem(0).text(c) for c in range(4)]
    assert row[1:] == ["Cues", "When is the pain quieter?",
                       "On holiday, and when I am absorbed in music."]
    close_app(window)


def test_a_double_click_on_save_does_not_end_the_practice(qtbot, data_dir, tmp_path,
                                                          audio_output) -> None:
    audio = make_library(tmp_path / "cues", CUES_EXERCISE, clip_seconds=0.3)
    window = start_practice(qtbot, data_dir, audio, "cue-test")
    page = window.practice_page()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.rating_panel, timeout=5000)
    qtbot.mouseClick(window.findChild(QPushButton, "rating_4"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(QPushButton, "saveRatingButton"), Qt.MouseButton.LeftButton)
    # The second click of a double click arrives where "End practice" now is.
    qtbot.mouseClick(window.findChild(QPushButton, "stopButton"), Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is page and page.session.ended is None
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.reflection_panel, timeout=5000)
    qtbot.mouseClick(window.findChild(QPushButton, "endAtReflectionButton"),
                     Qt.MouseButton.LeftButton)  # and a practice can be ended at a question
    assert window.stack.currentWidget() is window.list_page
    assert page.session.ended is not None and not page.session.completed
    close_app(window)
