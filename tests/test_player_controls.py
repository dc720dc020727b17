"""Moving around in a practice on the real rig: seeking, stepping, pace, chimes, resuming."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from library_maker import exercise_yaml, make_library

from prt_desktop.core.clips import ClipIndex, ClipResolver
from prt_desktop.core.exercise import Exercise, Pause
from prt_desktop.core.script_file import load_exercise_file
from prt_desktop.playback.output import SoundDeviceOutput
from prt_desktop.playback.player import Player, PlayerState
from prt_desktop.playback.timeline import Timeline

LINES = exercise_yaml("controls", """\
  - chime
  - say: Line one.
  - pause: 2
  - say: Line two.
  - pause: 2
  - say: Line three.
  - pause: 2
  - say: Line four.
  - chime
""",
    title="Controls", techniques="somatic_tracking")


@pytest.fixture
def practice(tmp_path: Path) -> tuple[Path, Exercise]:
    audio = make_library(tmp_path, LINES, clip_seconds=1.5)
    return audio, load_exercise_file(audio / "exercise.yaml")


def player_for(audio: Path) -> Player:
    return Player(SoundDeviceOutput(), ClipResolver(ClipIndex.load(audio / "clips")).path_for,
                  audio / "chime.ogg", find_output=SoundDeviceOutput)


def started(qtbot, player: Player, exercise: Exercise, **options) -> Player:
    with qtbot.waitSignal(player.timeline_ready, timeout=5000):
        player.play(exercise, **options)
    return player


def test_the_timeline_adds_up_to_what_is_played(practice) -> None:
    audio, exercise = practice
    resolve = ClipResolver(ClipIndex.load(audio / "clips")).path_for
    timeline = Timeline.build(exercise, resolve, audio / "chime.ogg", 48000)
    chime = 3.0  # the shipped chime
    speech = 4 * 1.5 + 3 * 0.0  # lines follow pauses, so no breath gap
    assert timeline.duration_seconds == pytest.approx(2 * chime + speech + 3 * 2, abs=0.01)
    second_line = timeline.steps[3]
    assert timeline.step_at(second_line.start + 10).index == 3


def test_position_advances_in_real_time_within_5_percent(qtbot, practice, audio_output) -> None:
    audio, exercise = practice
    player = started(qtbot, player_for(audio), exercise)
    qtbot.waitUntil(lambda: player.position_seconds > 0.2, timeout=3000)
    start_pos, start_time = player.position_seconds, time.monotonic()
    qtbot.waitUntil(lambda: time.monotonic() - start_time >= 5.0, timeout=7000)
    advanced, elapsed = player.position_seconds - start_pos, time.monotonic() - start_time
    player.stop()
    assert advanced == pytest.approx(elapsed, rel=0.05)


def test_a_seek_lands_within_50_ms_of_its_target(qtbot, practice, audio_output) -> None:
    audio, exercise = practice
    player = started(qtbot, player_for(audio), exercise)
    for target in (9.7, 4.2, 12.0):
        requested = time.monotonic()
        assert player.seek(target)
        track = player.track
        qtbot.waitUntil(lambda t=track: t.played_frames > 0, timeout=2000)
        assert abs(player.position_seconds - target) < 0.05 + (time.monotonic() - requested)
        assert track.base_frames == pytest.approx(target * track_rate(player), abs=1)
    player.stop()


def track_rate(player: Player) -> int:
    assert player.timeline is not None
    return player.timeline.samplerate


def test_pause_holds_the_position_and_steps_move_by_ten_seconds(qtbot, practice,
                                                                audio_output) -> None:
    audio, exercise = practice
    player = started(qtbot, player_for(audio), exercise)
    player.pause()
    held = player.position_seconds
    calls = player._feed.fill_calls
    qtbot.waitUntil(lambda: player._feed.fill_calls > calls + 40, timeout=3000)
    assert player.position_seconds == held and player.state == PlayerState.PAUSED
    player.step(+10)
    assert player.position_seconds == pytest.approx(held + 10, abs=0.01)
    player.step(-10)
    assert player.position_seconds == pytest.approx(held, abs=0.01)
    player.stop()


def test_next_and_previous_go_line_by_line(qtbot, practice, audio_output) -> None:
    audio, exercise = practice
    player = started(qtbot, player_for(audio), exercise)
    starts = {s.index: s.start / track_rate(player) for s in player.timeline.steps}
    assert player.next_segment()  # from the opening chime to line one
    assert player.position_seconds == pytest.approx(starts[1], abs=0.01)
    assert player.next_segment()
    assert player.position_seconds == pytest.approx(starts[3], abs=0.01)
    assert player.previous_segment()  # at the very start of line two: back to line one
    assert player.position_seconds == pytest.approx(starts[1], abs=0.01)
    player.stop()


def test_pace_changes_the_pauses_live(qtbot, practice, audio_output) -> None:
    audio, exercise = practice
    player = started(qtbot, player_for(audio), exercise)
    normal = player.duration_seconds
    pauses = sum(s.seconds for s in exercise.segments if isinstance(s, Pause))
    with qtbot.waitSignal(player.timeline_ready, timeout=3000):
        player.set_pace(2.0)
    assert player.duration_seconds == pytest.approx(normal + pauses, abs=0.01)
    with qtbot.waitSignal(player.timeline_ready, timeout=3000):
        player.set_pace(0.5)
    assert player.duration_seconds == pytest.approx(normal - pauses / 2, abs=0.01)
    player.stop()


def test_chimes_at_start_and_end_can_be_left_out(qtbot, practice, audio_output) -> None:
    audio, exercise = practice
    player = player_for(audio)
    segments: list[int] = []
    player.segment_changed.connect(segments.append)
    started(qtbot, player, exercise, chimes=False)
    assert player.duration_seconds == pytest.approx(4 * 1.5 + 3 * 2, abs=0.01)
    qtbot.waitUntil(lambda: bool(segments), timeout=3000)
    assert segments[0] == 1  # straight into the first line
    player.stop()


def test_playing_from_a_saved_position_resumes_there(qtbot, practice, audio_output) -> None:
    audio, exercise = practice
    player = started(qtbot, player_for(audio), exercise)
    player.seek(8.25)
    qtbot.waitUntil(lambda: player.track.played_frames > 0, timeout=2000)
    index, offset = player.progress()
    player.stop()
    again = started(qtbot, player_for(audio), exercise, start_index=index, start_seconds=offset)
    assert again.position_seconds == pytest.approx(8.25, abs=0.15)
    again.stop()


def test_an_error_inside_the_audio_callback_reaches_the_person_and_the_log(
        qtbot, practice, audio_output, monkeypatch, caplog) -> None:
    from prt_desktop.playback.feed import Track

    audio, exercise = practice
    player = started(qtbot, player_for(audio), exercise)

    def broken(self: Track, out: object) -> tuple[int, bool]:
        raise RuntimeError("a bug in the audio path")

    with qtbot.waitSignal(player.failed, timeout=3000) as failed:
        monkeypatch.setattr(Track, "write", broken)  # runs on PortAudio's thread from now on
    assert "problem with the sound device" in failed.args[0]
    assert "a bug in the audio path" in caplog.text  # the log has the real cause
    assert player.state == PlayerState.STOPPED
