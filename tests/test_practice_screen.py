"""The practice screen as a person uses it, on the real rig: the control bar, the transcript,
the banners, remembered choices and resuming a practice left part-way."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from library_maker import exercise_yaml, make_library
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QSlider, QWidget

from prt_desktop import paths
from prt_desktop.core.exercise import Chime, Say
from prt_desktop.core.library import load_library
from prt_desktop.playback.background import BackgroundBed
from prt_desktop.playback.output import SoundDeviceOutput
from prt_desktop.playback.player import PlayerState
from prt_desktop.services import SAFETY_SETTING, AppServices
from prt_desktop.storage import Journal
from prt_desktop.ui.errors import ErrorReporter
from prt_desktop.ui.main_window import MainWindow
from prt_desktop.ui.practice_memory import CHECK_INS_SETTING, PLAYER_CHOICES_SETTING, RESUME_SETTING
from prt_desktop.ui.practice_page import PracticePage
from prt_desktop.ui.tasks import wait_for_background
from prt_desktop.ui.timeline_slider import format_time, volume_gain

LINES = exercise_yaml("lines", """\
  - chime
  - section: Settling
  - say: Line one.
  - pause: 2
  - say: Line two.
  - pause: 2
  - say: Line three.
  - pause: 2
  - say: Line four.
  - chime
""",
    title="Four lines", techniques="somatic_tracking")

CUES = exercise_yaml("cues", """\
  - say: How does it feel?
  - cue: rate
    measure: pain
    prompt: How strong is the pain right now?
  - say: And a question.
  - cue: reflect
    prompt: What do you notice?
  - say: Thank you.
""",
    title="Questions", techniques="understanding")


@pytest.fixture
def lines_audio(tmp_path: Path) -> Path:
    return make_library(tmp_path / "lines", LINES, clip_seconds=1.5)


def open_app(qtbot, data_dir: Path, audio: Path, size: tuple[int, int] = (960, 720)) -> MainWindow:
    """The app over `data_dir`, past the safety screen (read on an earlier day)."""
    location = paths.DataLocation(data_dir)
    location.ensure()
    journal = Journal(location.database)
    journal.set_setting(SAFETY_SETTING, 99)
    journal.set_setting(CHECK_INS_SETTING, False)  # the check-ins have tests of their own
    services = AppServices(location, journal, load_library(audio, audio / "clips"), audio,
                           paths.resources_dir())
    services.set_output(SoundDeviceOutput())
    window = MainWindow(ErrorReporter("test log"))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.attach(services)
    return window


def close_app(window: MainWindow) -> None:
    window.close()
    window.services.close()


def start(qtbot, window: MainWindow, exercise_id: str = "lines") -> PracticePage:
    """Start a practice and wait until its length is known (the timeline can be used)."""
    page = window.practice_page()
    with qtbot.waitSignal(page.player.timeline_ready, timeout=5000):
        window.start_exercise(exercise_id)
    return page


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def starts(page: PracticePage) -> dict[int, float]:
    """Where each segment starts, in seconds."""
    timeline = page.player.timeline
    assert timeline is not None
    return {s.index: s.start / timeline.samplerate for s in timeline.steps}


def segment_of(page: PracticePage, text: str) -> int:
    exercise = page.exercise
    assert exercise is not None
    return next(i for i, s in enumerate(exercise.segments)
                if isinstance(s, Say) and s.text == text)


def wait_until_played(qtbot, page: PracticePage) -> None:
    track = page.player.track
    qtbot.waitUntil(lambda: track is not None and track.played_frames > 0, timeout=2000)


# ---- the control bar ------------------------------------------------------------------------
def test_the_timeline_follows_the_position_ten_times_a_second(qtbot, data_dir, lines_audio,
                                                              audio_output) -> None:
    window = open_app(qtbot, data_dir, lines_audio)
    page = start(qtbot, window)
    slider = window.findChild(QSlider, "timelineSlider")
    assert slider.isEnabled()
    total = window.findChild(QLabel, "totalLabel")
    assert total.text() == format_time(page.player.duration_seconds) == "0:18"
    values: list[int] = []
    slider.valueChanged.connect(values.append)
    began = time.monotonic()
    qtbot.waitUntil(lambda: time.monotonic() - began >= 1.0, timeout=2000)
    assert len(values) >= 10
    assert values == sorted(values)
    assert abs(slider.value() / 1000 - page.player.position_seconds) < 0.1
    elapsed = window.findChild(QLabel, "elapsedLabel")
    assert elapsed.text() == format_time(page.player.position_seconds)
    close_app(window)


def test_dragging_or_clicking_the_timeline_seeks(qtbot, data_dir, lines_audio,
                                                 audio_output) -> None:
    window = open_app(qtbot, data_dir, lines_audio)
    page = start(qtbot, window)
    slider = window.findChild(QSlider, "timelineSlider")
    player = page.player

    # A drag: the handle stays where the person holds it, and the practice goes there on release.
    slider.setSliderDown(True)
    slider.setSliderPosition(9000)
    moves: list[float] = []
    player.position_changed.connect(moves.append)
    qtbot.waitUntil(lambda: len(moves) >= 4, timeout=2000)  # the practice goes on meanwhile
    assert slider.value() == 9000 and player.position_seconds < 5
    assert window.findChild(QLabel, "elapsedLabel").text() == "0:09"
    slider.setSliderDown(False)
    assert player.position_seconds == pytest.approx(9.0, abs=0.05)

    slider.setValue(4200)  # as the keyboard or an assistive tool sets it
    assert player.position_seconds == pytest.approx(4.2, abs=0.05)

    # A click on the groove goes to that point.
    point = QPoint(int(slider.width() * 0.75), slider.height() // 2)
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=point)
    duration = player.duration_seconds
    assert player.position_seconds == pytest.approx(0.75 * duration, abs=0.1 * duration)
    close_app(window)


def test_arrow_keys_step_ten_seconds(qtbot, data_dir, lines_audio, audio_output) -> None:
    window = open_app(qtbot, data_dir, lines_audio)
    page = start(qtbot, window)
    player = page.player
    qtbot.keyClick(page.play_button, Qt.Key.Key_Space)  # focus starts on Pause
    assert player.state == PlayerState.PAUSED
    held = player.position_seconds
    qtbot.keyClick(page.play_button, Qt.Key.Key_Right)
    assert player.position_seconds == pytest.approx(held + 10, abs=0.01)
    assert window.focusWidget() is page.play_button  # the arrow moved the practice, not focus
    slider = window.findChild(QSlider, "timelineSlider")
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert player.position_seconds == pytest.approx(held, abs=0.01)
    qtbot.waitUntil(lambda: slider.value() == int(player.position_seconds * 1000), timeout=1000)
    page.caption.setFocus()  # the page itself
    qtbot.keyClick(page.caption, Qt.Key.Key_Right)
    assert player.position_seconds == pytest.approx(held + 10, abs=0.01)
    assert player.state == PlayerState.PAUSED
    close_app(window)


def test_previous_and_next_line_buttons(qtbot, data_dir, lines_audio, audio_output) -> None:
    window = open_app(qtbot, data_dir, lines_audio)
    page = start(qtbot, window)
    at = starts(page)
    one, two = segment_of(page, "Line one."), segment_of(page, "Line two.")
    next_button = window.findChild(QPushButton, "nextLineButton")
    previous_button = window.findChild(QPushButton, "previousLineButton")
    assert next_button.accessibleName() or next_button.text()
    click(qtbot, next_button)  # from the opening chime
    assert page.player.position_seconds == pytest.approx(at[one], abs=0.01)
    click(qtbot, next_button)
    assert page.player.position_seconds == pytest.approx(at[two], abs=0.01)
    click(qtbot, previous_button)
    assert page.player.position_seconds == pytest.approx(at[one], abs=0.01)
    qtbot.waitUntil(lambda: page.caption.text() == "Line one.", timeout=3000)
    close_app(window)


def test_volume_and_pace_reach_the_player(qtbot, data_dir, lines_audio, audio_output) -> None:
    window = open_app(qtbot, data_dir, lines_audio)
    page = start(qtbot, window)
    player = page.player
    volume = window.findChild(QSlider, "volumeSlider")
    volume.setValue(50)
    assert player.track is not None and player._feed.volume == pytest.approx(volume_gain(50))
    assert volume_gain(50) == pytest.approx(0.25)

    click(qtbot, page.controls.more_button)  # "Sound and pace" unfolds
    pace = window.findChild(QSlider, "paceControl")
    assert pace.isVisible() and pace.accessibleName()
    normal = player.duration_seconds
    with qtbot.waitSignal(player.timeline_ready, timeout=3000):
        pace.setValue(pace.maximum())
    assert player.pace == 2.0
    assert player.duration_seconds == pytest.approx(normal + 6, abs=0.01)  # three 2 s pauses
    assert page.controls.pace_label.text() == "Pauses: twice as long"
    pace.setFocus()
    qtbot.keyClick(pace, Qt.Key.Key_Left)  # its own arrow keys: a step of 0.25
    assert page.controls.pace_label.text() == "Pauses: much longer"
    qtbot.waitUntil(lambda: player.pace == 1.75, timeout=3000)
    close_app(window)


def test_background_sound_is_mixed_in_and_faded_out(qtbot, data_dir, lines_audio,
                                                    audio_output) -> None:
    window = open_app(qtbot, data_dir, lines_audio)
    page = start(qtbot, window)
    feed = page.player._feed
    assert feed.background is None  # off unless chosen
    click(qtbot, page.controls.more_button)
    toggle = window.findChild(QCheckBox, "backgroundToggle")
    level = window.findChild(QSlider, "backgroundVolume")
    assert not level.isEnabled()
    click(qtbot, toggle)
    assert toggle.isChecked() and level.isEnabled()
    qtbot.waitUntil(lambda: isinstance(feed.background, BackgroundBed), timeout=3000)
    bed = feed.background
    qtbot.waitUntil(lambda: bed._fade > 0.2, timeout=3000)  # fading in, in the callback
    level.setValue(30)
    assert bed.volume == pytest.approx(0.3)

    click(qtbot, toggle)
    assert not bed.faded_out  # not cut: it fades
    qtbot.waitUntil(lambda: bed.faded_out, timeout=6000)
    assert feed.background is bed
    close_app(window)


def test_chimes_can_be_turned_off_while_playing(qtbot, data_dir, lines_audio,
                                                audio_output) -> None:
    window = open_app(qtbot, data_dir, lines_audio)
    page = start(qtbot, window)
    player = page.player
    with_chimes = player.duration_seconds
    click(qtbot, page.controls.more_button)
    chimes = window.findChild(QCheckBox, "chimesToggle")
    assert chimes.isChecked()
    with qtbot.waitSignal(player.timeline_ready, timeout=3000):
        click(qtbot, chimes)
    assert not player.chimes
    assert player.duration_seconds == pytest.approx(with_chimes - 6, abs=0.01)  # two 3 s chimes
    assert window.findChild(QLabel, "totalLabel").text() == "0:12"
    close_app(window)


def test_choices_are_remembered_after_a_restart(qtbot, data_dir, lines_audio,
                                                audio_output) -> None:
    window = open_app(qtbot, data_dir, lines_audio)
    page = start(qtbot, window)
    controls = page.controls
    click(qtbot, controls.more_button)
    controls.volume_slider.setValue(40)
    controls.pace_slider.setValue(6)  # 1.5x
    click(qtbot, controls.background_toggle)
    controls.background_volume.setValue(25)
    click(qtbot, controls.chimes_toggle)
    click(qtbot, controls.transcript_toggle)
    assert not page.transcript.isVisible()
    qtbot.waitUntil(lambda: not page.player.chimes and page.player.pace == 1.5, timeout=3000)
    click(qtbot, window.findChild(QPushButton, "stopButton"))
    close_app(window)

    window = open_app(qtbot, data_dir, lines_audio)
    stored = window.services.journal.setting(PLAYER_CHOICES_SETTING)
    assert stored == {"volume": 40, "pace": 1.5, "background": True, "background_volume": 25,
                      "chimes": False, "transcript": False, "captions": True}
    page = start(qtbot, window)
    controls, player = page.controls, page.player
    assert controls.volume_slider.value() == 40 and controls.pace_slider.value() == 6
    assert controls.background_toggle.isChecked() and controls.background_volume.value() == 25
    assert not controls.chimes_toggle.isChecked() and not controls.transcript_toggle.isChecked()
    assert not page.transcript.isVisible()
    assert player._feed.volume == pytest.approx(volume_gain(40))
    assert player.pace == 1.5 and not player.chimes
    assert player.duration_seconds == pytest.approx(4 * 1.5 + 3 * 2 * 1.5, abs=0.01)
    qtbot.waitUntil(lambda: isinstance(player._feed.background, BackgroundBed), timeout=3000)
    assert player._feed.background.volume == pytest.approx(0.25)
    close_app(window)


# ---- captions and transcript ----------------------------------------------------------------
def test_the_transcript_marks_the_line_heard_and_a_click_goes_there(qtbot, data_dir,
                                                                   lines_audio,
                                                                   audio_output) -> None:
    window = open_app(qtbot, data_dir, lines_audio)
    page = start(qtbot, window)
    panel = page.transcript
    assert panel.objectName() == "transcriptPanel" and panel.isVisible()
    assert [panel.item(r).text() for r in range(panel.count())] == [
        "Line one.", "Line two.", "Line three.", "Line four."]
    assert panel.current_segment is None  # the opening chime: no line yet
    click(qtbot, window.findChild(QPushButton, "nextLineButton"))
    click(qtbot, window.findChild(QPushButton, "nextLineButton"))
    two = segment_of(page, "Line two.")
    qtbot.waitUntil(lambda: panel.current_segment == two, timeout=3000)
    assert page.caption.text() == "Line two."
    marked = [r for r in range(panel.count()) if panel.item(r).data(Qt.ItemDataRole.UserRole + 1)]
    assert marked == [1]
    assert panel.item(1).data(Qt.ItemDataRole.AccessibleTextRole) == "Now: Line two."

    four = panel.item(3)
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.visualItemRect(four).center())
    assert page.player.position_seconds == pytest.approx(starts(page)[segment_of(
        page, "Line four.")], abs=0.01)
    qtbot.waitUntil(lambda: page.caption.text() == "Line four.", timeout=3000)
    assert panel.current_segment == segment_of(page, "Line four.")
    close_app(window)


# ---- banners --------------------------------------------------------------------------------
def test_a_lost_device_shows_a_banner_until_sound_is_back(qtbot, data_dir, lines_audio,
                                                         audio_output) -> None:
    window = open_app(qtbot, data_dir, lines_audio)
    page = start(qtbot, window)
    banner = window.findChild(QLabel, "audioBanner")
    assert not banner.isVisible()
    wait_until_played(qtbot, page)
    with qtbot.waitSignal(page.player.device_lost, timeout=3000):
        page.player._stream._stream.stop()  # as when headphones are pulled out
    assert banner.isVisible() and "disconnected" in banner.text()
    assert page.play_button.text() == "Play"
    with qtbot.waitSignal(page.player.device_back, timeout=6000):
        pass  # looked for every 2 s
    assert banner.isVisible() and "Sound is back" in banner.text()
    click(qtbot, page.play_button)
    assert page.player.state == PlayerState.PLAYING and not banner.isVisible()
    close_app(window)


# ---- cues -----------------------------------------------------------------------------------
def test_going_back_from_a_cue_closes_its_panel_and_keeps_what_was_written(
        qtbot, data_dir, tmp_path, audio_output) -> None:
    audio = make_library(tmp_path / "cues", CUES, clip_seconds=0.3)
    window = open_app(qtbot, data_dir, audio)
    page = start(qtbot, window, "cues")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.rating_panel, timeout=5000)
    previous_button = window.findChild(QPushButton, "previousLineButton")
    assert previous_button.isVisible()  # the bar stays, to hear the line again
    click(qtbot, previous_button)
    assert page.stack.currentIndex() == 0
    qtbot.waitUntil(lambda: page.caption.text() == "How does it feel?", timeout=3000)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.rating_panel, timeout=5000)
    click(qtbot, window.findChild(QPushButton, "skipRatingButton"))

    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.reflection_panel, timeout=5000)
    qtbot.keyClicks(page.reflection_panel.edit, "Warmth in my hands")
    slider = window.findChild(QSlider, "timelineSlider")  # back into the question's line
    slider.setValue(int(starts(page)[segment_of(page, "And a question.")] * 1000) + 100)
    assert page.stack.currentIndex() == 0
    qtbot.waitUntil(lambda: page.caption.text() == "And a question.", timeout=3000)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.reflection_panel, timeout=5000)
    assert page.reflection_panel.edit.toPlainText() == "Warmth in my hands"
    click(qtbot, window.findChild(QPushButton, "saveReflectionButton"))
    qtbot.waitUntil(lambda: "practice has ended" in page.caption.text(), timeout=5000)
    assert wait_for_background()
    session = window.services.journal.sessions()[0]
    [entry] = window.services.journal.reflections(session.id)
    assert entry.text == "Warmth in my hands"
    close_app(window)


# ---- resuming -------------------------------------------------------------------------------
def test_leaving_part_way_offers_to_continue_there_also_after_a_restart(
        qtbot, data_dir, lines_audio, audio_output) -> None:
    window = open_app(qtbot, data_dir, lines_audio)
    assert not window.resume_bar.isVisible()  # nothing to resume yet
    page = start(qtbot, window)
    page.player.seek(8.25)
    wait_until_played(qtbot, page)
    left_at = page.player.position_seconds
    click(qtbot, window.findChild(QPushButton, "stopButton"))
    assert window.stack.currentWidget() is window.list_page
    qtbot.waitUntil(window.resume_bar.isVisible, timeout=3000)
    assert "Four lines" in window.resume_label.text()
    assert "Continue where you left off" in window.resume_label.text()
    close_app(window)

    window = open_app(qtbot, data_dir, lines_audio)
    qtbot.waitUntil(window.resume_bar.isVisible, timeout=3000)
    page = window.practice_page()
    with qtbot.waitSignal(page.player.timeline_ready, timeout=5000):
        click(qtbot, window.findChild(QPushButton, "resumeButton"))
    assert window.stack.currentWidget() is page and not window.resume_bar.isVisible()
    assert page.player.position_seconds == pytest.approx(left_at, abs=0.2)
    qtbot.waitUntil(lambda: page.caption.text() == "Line three.", timeout=3000)
    assert wait_for_background()
    [session] = window.services.journal.sessions()  # the same session goes on
    assert session.ended is None
    close_app(window)


def test_start_again_and_finishing_leave_nothing_to_resume(qtbot, data_dir, lines_audio,
                                                          audio_output) -> None:
    window = open_app(qtbot, data_dir, lines_audio)
    page = start(qtbot, window)
    click(qtbot, window.findChild(QPushButton, "nextLineButton"))
    page.play_button.setFocus()  # Space presses the focused button: here, Next line had it
    qtbot.keyClick(page.play_button, Qt.Key.Key_Space)  # a pause keeps the place at once
    assert wait_for_background()
    kept = window.services.journal.setting(RESUME_SETTING)
    assert kept["exercise_id"] == "lines" and kept["segment_index"] == segment_of(page,
                                                                                 "Line one.")
    click(qtbot, window.findChild(QPushButton, "stopButton"))
    qtbot.waitUntil(window.resume_bar.isVisible, timeout=3000)
    with qtbot.waitSignal(page.player.timeline_ready, timeout=5000):
        click(qtbot, window.findChild(QPushButton, "startOverButton"))
    assert page.player.position_seconds < 1.0
    assert wait_for_background()
    assert window.services.journal.setting(RESUME_SETTING) is None

    journal = window.services.journal

    def play_to_the_end() -> None:
        last = next(i for i, s in enumerate(page.exercise.segments)
                    if isinstance(s, Chime) and i)
        page.player.seek(starts(page)[last] - 0.5)
        with qtbot.waitSignal(page.player.finished, timeout=6000):
            pass
        assert wait_for_background()

    qtbot.keyClick(page.play_button, Qt.Key.Key_Space)
    assert wait_for_background()
    assert journal.setting(RESUME_SETTING)["exercise_id"] == "lines"
    qtbot.keyClick(page.play_button, Qt.Key.Key_Space)
    play_to_the_end()
    assert journal.setting(RESUME_SETTING) is None
    click(qtbot, window.findChild(QPushButton, "stopButton"))
    assert wait_for_background()
    QApplication.processEvents()  # the offer's look at the journal has come back
    assert window.stack.currentWidget() is window.list_page
    assert not window.resume_bar.isVisible()

    # Finishing one practice leaves another practice's place alone.
    elsewhere = {"exercise_id": "elsewhere", "segment_index": 3, "seconds": 1.0,
                 "session_id": "s"}
    journal.set_setting(RESUME_SETTING, elsewhere)
    start(qtbot, window)
    play_to_the_end()
    assert journal.setting(RESUME_SETTING) == elsewhere
    close_app(window)


# ---- looks ----------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(960, 720), (1280, 800)])
def test_the_page_fits_and_its_targets_are_large(qtbot, data_dir, lines_audio, audio_output,
                                                 size, tmp_path) -> None:
    window = open_app(qtbot, data_dir, lines_audio, size)
    page = start(qtbot, window)
    click(qtbot, page.controls.more_button)
    pace = window.findChild(QSlider, "paceControl")
    qtbot.waitUntil(lambda: pace.isVisible() and pace.height() >= 44, timeout=2000)
    assert window.minimumSizeHint().width() <= size[0]
    assert window.width() == size[0]
    names = ["playButton", "stopButton", "timelineSlider", "previousLineButton",
             "nextLineButton", "volumeSlider", "paceControl", "backgroundToggle",
             "backgroundVolume", "chimesToggle", "transcriptToggle", "bodyMapButton"]
    for name in names:
        widget = window.findChild(QWidget, name)
        assert widget is not None and widget.isVisible(), name
        assert widget.height() >= 44, name
        assert widget.accessibleName() or getattr(widget, "text", lambda: "")(), name
    window.grab().save(str(tmp_path / f"player-{size[0]}.png"))
    close_app(window)
