"""Playback through real PortAudio streams (the JACK rig when the machine has no sound card)."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from library_maker import exercise_yaml, make_library

from prt_desktop.core.script_file import load_exercise_file
from prt_desktop.playback.feed import Chunk, CueStop, Feed
from prt_desktop.playback.output import ClockOutput, SoundDeviceOutput
from prt_desktop.playback.player import Player, PlayerState
from prt_desktop.playback.resample import resample

LONG_EXERCISE = exercise_yaml("long-test", """\
  - say: One long line.
  - pause: 4
  - say: Another line.
""",
    title="Long test", techniques="somatic_tracking")


def test_feed_copies_frames_and_stops_at_a_cue() -> None:
    feed = Feed(8)
    track = feed.track
    track.queue.extend([Chunk(0, np.ones(5, np.float32)), CueStop(1),
                        Chunk(2, np.full(3, 0.5, np.float32))])
    track.composing_done = True
    out = np.zeros((4, 2), np.float32)
    assert feed.fill(out) and out[:, 0].tolist() == [1, 1, 1, 1]
    assert feed.fill(out) and out[:, 1].tolist() == [1, 0, 0, 0]
    assert feed.waiting_at_cue == 1 and feed.played_frames == 5
    assert feed.fill(out) and feed.played_frames == 5  # waits, silent, position frozen
    track.cue_released = True
    assert feed.fill(out) is False and out[:, 0].tolist() == [0.5, 0.5, 0.5, 0]
    assert feed.finished and feed.played_frames == 8
    assert [i for _, i in track.segment_starts] == [0, 1, 2]


def test_a_jump_switches_tracks_at_the_next_block() -> None:
    from prt_desktop.playback.feed import Track

    feed = Feed(8)
    feed.track.queue.append(Chunk(0, np.ones(100, np.float32)))
    out = np.zeros((4, 1), np.float32)
    feed.fill(out)
    later = Track(base_frames=40)
    later.queue.append(Chunk(3, np.full(100, 0.25, np.float32)))
    feed.jump(later)
    assert feed.current is later and feed.track is not later  # the GUI sees it at once
    feed.fill(out)
    assert feed.track is later and out[:, 0].tolist() == [0.25] * 4
    assert later.position_frames == 44 and later.first_sound_at is not None


def test_pause_is_refused_while_waiting_at_a_cue(qtbot, tmp_path, audio_output) -> None:
    from library_maker import SHORT_EXERCISE

    audio, exercise = _library(tmp_path, SHORT_EXERCISE, clip_seconds=0.3)
    player = Player(SoundDeviceOutput(), resolver(audio), audio / "chime.ogg")
    player.play(exercise)
    qtbot.waitUntil(lambda: player._feed is not None and player._feed.waiting_at_cue is not None,
                    timeout=5000)
    player.pause()  # pressed in the instant the cue arrives, before the GUI has seen it
    qtbot.waitUntil(lambda: player.state == PlayerState.AT_CUE, timeout=2000)
    with qtbot.waitSignal(player.finished, timeout=5000):
        player.continue_after_cue()


def test_a_device_that_stops_pauses_the_practice_until_sound_is_back(qtbot, tmp_path,
                                                                     audio_output) -> None:
    audio, exercise = _library(tmp_path, LONG_EXERCISE, clip_seconds=3.0)
    player = Player(SoundDeviceOutput(), resolver(audio), audio / "chime.ogg",
                    find_output=SoundDeviceOutput)
    player.play(exercise)
    qtbot.waitUntil(lambda: player.position_seconds > 0.2, timeout=3000)
    with qtbot.waitSignal(player.device_lost, timeout=3000) as lost:
        player._stream._stream.stop()  # as when a device goes away under PortAudio
    assert "disconnected" in lost.args[0]
    assert player.state == PlayerState.PAUSED
    held = player.position_seconds
    player.resume()  # nothing to play to yet: stays paused
    assert player.state == PlayerState.PAUSED
    with qtbot.waitSignal(player.device_back, timeout=5000):
        pass  # the player looks again every 2 s and finds the rig's device
    player.resume()
    qtbot.waitUntil(lambda: player.position_seconds > held + 0.3, timeout=3000)
    player.stop()


def test_feed_pause_outputs_silence_without_moving() -> None:
    feed = Feed(8)
    feed.track.queue.append(Chunk(0, np.ones(10, np.float32)))
    feed.paused = True
    out = np.ones((4, 1), np.float32)
    assert feed.fill(out) and not out.any() and feed.played_frames == 0


def test_resample_keeps_duration_and_pitch() -> None:
    rate_in, rate_out = 22050, 48000
    t = np.arange(rate_in) / rate_in
    tone = np.sin(2 * np.pi * 440 * t).astype(np.float32)
    out = resample(tone, rate_in, rate_out)
    assert out.size == rate_out
    peak_hz = np.argmax(np.abs(np.fft.rfft(out))) * rate_out / out.size
    assert abs(peak_hz - 440) < 2


def resolver(audio: Path):  # type: ignore[no-untyped-def]
    from prt_desktop.core.clips import ClipIndex, ClipResolver

    return ClipResolver(ClipIndex.load(audio / "clips")).path_for


def _library(tmp_path: Path, text: str, clip_seconds: float) -> tuple[Path, object]:
    audio = make_library(tmp_path, text, clip_seconds=clip_seconds)
    return audio, load_exercise_file(audio / "exercise.yaml")


def test_position_advances_in_real_time_on_the_device(qtbot, tmp_path, audio_output) -> None:
    audio, exercise = _library(tmp_path, LONG_EXERCISE, clip_seconds=3.0)
    output = SoundDeviceOutput()
    assert output.samplerate == audio_output.samplerate
    player = Player(output, resolver(audio), audio / "chime.ogg")
    player.play(exercise)
    qtbot.waitUntil(lambda: player.position_seconds > 0.2, timeout=3000)
    start_pos, start_time = player.position_seconds, time.monotonic()
    qtbot.waitUntil(lambda: time.monotonic() - start_time >= 3.0, timeout=5000)
    advanced = player.position_seconds - start_pos
    elapsed = time.monotonic() - start_time
    player.stop()
    assert advanced == pytest.approx(elapsed, rel=0.10), (advanced, elapsed)


def test_cue_pauses_playback_until_continue(qtbot, tmp_path, audio_output) -> None:
    from library_maker import SHORT_EXERCISE

    audio, exercise = _library(tmp_path, SHORT_EXERCISE, clip_seconds=0.4)
    player = Player(SoundDeviceOutput(), resolver(audio), audio / "chime.ogg")
    segments: list[int] = []
    player.segment_changed.connect(segments.append)
    with qtbot.waitSignal(player.cue_reached, timeout=5000) as cue:
        player.play(exercise)
    assert cue.args == [4] and player.state == PlayerState.AT_CUE
    held = player.position_seconds
    calls = player._feed.fill_calls
    # The device keeps asking for sound (about 190 blocks a second on the rig); none of it moves on.
    qtbot.waitUntil(lambda: player._feed.fill_calls > calls + 40, timeout=3000)
    assert player.position_seconds == held
    with qtbot.waitSignal(player.finished, timeout=5000):
        player.continue_after_cue()
    assert segments == [1, 2, 3, 4, 5]
    assert player.state == PlayerState.FINISHED


def test_without_a_device_the_practice_runs_with_captions_only(qtbot, tmp_path) -> None:
    from library_maker import SHORT_EXERCISE

    audio, exercise = _library(tmp_path, SHORT_EXERCISE, clip_seconds=0.3)
    player = Player(ClockOutput("no device"), resolver(audio), audio / "chime.ogg")
    assert player.captions_only
    with qtbot.waitSignal(player.cue_reached, timeout=5000):
        player.play(exercise)
    with qtbot.waitSignal(player.finished, timeout=5000):
        player.continue_after_cue()


def test_a_clip_that_cannot_be_decoded_is_reported(qtbot, tmp_path, audio_output) -> None:
    from library_maker import SHORT_EXERCISE

    audio, exercise = _library(tmp_path, SHORT_EXERCISE, clip_seconds=0.3)
    for clip in (audio / "clips").glob("*.ogg"):
        clip.write_bytes(b"not audio at all")
    player = Player(SoundDeviceOutput(), resolver(audio), audio / "chime.ogg")
    with qtbot.waitSignal(player.failed, timeout=5000) as failed:
        player.play(exercise)
    assert "recordings is damaged or missing" in failed.args[0]
    assert "Traceback" not in failed.args[0] and ".ogg" not in failed.args[0]
    assert player.state == PlayerState.STOPPED
