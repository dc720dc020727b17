"""pydub composes; soundfile decodes; ffmpeg is never needed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import soundfile as sf
from library_maker import tone

from prt_desktop.playback.composer import SPEECH_GAP_MS, compose_chime, compose_line, to_stream
from prt_desktop.playback.pcm import read_segment, samples_from_segment, segment_from_samples


def test_samples_survive_the_trip_through_pydub() -> None:
    samples = tone(0.5)
    back = samples_from_segment(segment_from_samples(samples, 22050))
    assert back.shape == samples.shape
    assert np.max(np.abs(back - samples)) < 1e-4  # 16-bit PCM


def test_a_line_after_speech_gets_a_breath_of_silence(tmp_path: Path) -> None:
    path = tmp_path / "line.ogg"
    sf.write(path, tone(1.0), 22050, format="OGG", subtype="VORBIS")
    clip = read_segment(path)
    assert abs(len(clip) - 1000) <= 5  # milliseconds
    assert len(compose_line(clip, after_speech=False)) == len(clip)
    joined = compose_line(clip, after_speech=True)
    assert len(joined) == len(clip) + SPEECH_GAP_MS
    assert abs(to_stream(joined, 48000).size - len(joined) / 1000 * 48000) < 1.5  # ms rounding


def test_the_chime_is_faded_to_silence(tmp_path: Path) -> None:
    path = tmp_path / "chime.ogg"
    sf.write(path, tone(2.0, level=0.5), 22050, format="OGG", subtype="VORBIS")
    chime = samples_from_segment(compose_chime(read_segment(path)))
    assert np.max(np.abs(chime[-50:])) < 0.01
    assert np.max(np.abs(chime)) < 0.5  # a little softer than the clip


COMPOSE_WITHOUT_FFMPEG = """
import shutil, warnings, sys
warnings.simplefilter("error", RuntimeWarning)  # pydub's "no ffmpeg" warning fails this run
assert shutil.which("ffmpeg") is None and shutil.which("ffprobe") is None
from pathlib import Path
from prt_desktop.core.script_file import load_exercise_file
from prt_desktop.core.clips import ClipIndex, ClipResolver
from prt_desktop.playback.composer import Composer
from prt_desktop.playback.feed import Feed
audio = Path(sys.argv[1])
exercise = load_exercise_file(audio / "exercise.yaml")
feed = Feed(48000)
composer = Composer(exercise, feed, ClipResolver(ClipIndex.load(audio / "clips")).path_for,
                    audio / "chime.ogg")
composer._run()
assert feed.error is None, feed.error
print(feed.track.composed_frames)
"""


def test_a_whole_practice_composes_with_no_ffmpeg_on_the_path(tmp_path: Path) -> None:
    from library_maker import make_library

    audio = make_library(tmp_path)
    env = dict(os.environ, PATH=str(tmp_path / "empty-bin"))
    result = subprocess.run([sys.executable, "-c", COMPOSE_WITHOUT_FFMPEG, str(audio)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 48000  # three lines, a pause and more, at 48 kHz


def test_pauses_scale_with_the_pace_from_half_to_double(tmp_path: Path) -> None:
    import pytest
    from library_maker import make_library

    from prt_desktop.core.clips import ClipIndex, ClipResolver
    from prt_desktop.core.script_file import load_exercise_file
    from prt_desktop.playback.composer import Composer
    from prt_desktop.playback.feed import Feed

    audio = make_library(tmp_path)
    exercise = load_exercise_file(audio / "exercise.yaml")
    resolve = ClipResolver(ClipIndex.load(audio / "clips")).path_for
    lengths = {}
    for pace in (0.5, 1.0, 2.0):
        feed = Feed(8000)
        Composer(exercise, feed, resolve, audio / "chime.ogg", pace=pace)._run()
        lengths[pace] = feed.track.composed_frames
    # The exercise has one pause of 0.5 s: at 8 kHz that is 4000 frames at pace 1.
    assert lengths[1.0] - lengths[0.5] == 2000 and lengths[2.0] - lengths[1.0] == 4000
    for pace in (0.4, 2.5):
        with pytest.raises(ValueError, match=r"pace must be from 0\.5 to 2\.0"):
            Composer(exercise, Feed(8000), resolve, audio / "chime.ogg", pace=pace)


def test_a_seek_into_a_line_decodes_only_from_there_and_matches_the_whole(tmp_path: Path) -> None:
    from library_maker import make_library

    from prt_desktop.core.clips import ClipIndex, ClipResolver
    from prt_desktop.core.script_file import load_exercise_file
    from prt_desktop.playback.composer import Composer
    from prt_desktop.playback.feed import Feed, Track

    audio = make_library(tmp_path, clip_seconds=2.0)
    exercise = load_exercise_file(audio / "exercise.yaml")
    resolve = ClipResolver(ClipIndex.load(audio / "clips")).path_for
    line = next(i for i, s in enumerate(exercise.segments) if type(s).__name__ == "Say")

    def composed(offset: int) -> np.ndarray:
        feed, track = Feed(48000), Track()
        Composer(exercise, feed, resolve, audio / "chime.ogg", track=track, start_index=line,
                 start_offset=offset)._run()
        return track.queue[0].frames

    whole, part = composed(0), composed(48000)  # one second into a two-second line
    expected = whole[48000:]
    assert abs(part.size - expected.size) <= 2
    middle = slice(4800, min(part.size, expected.size) - 4800)  # away from the cut's edges
    assert np.max(np.abs(part[middle] - expected[middle])) < 0.02
