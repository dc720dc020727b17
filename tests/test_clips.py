"""Finding the sound for a line: by voice and text in the manifest, a recording first."""

from __future__ import annotations

from pathlib import Path

from library_maker import make_library, tone

from prt_desktop.core.clips import ClipIndex, ClipResolver, clip_name, recording_name
from prt_desktop.core.script_file import load_exercise_file


def test_names_change_with_text_voice_and_settings_but_not_spacing() -> None:
    base = clip_name("v", "Notice the breath.", "s1")
    assert clip_name("v", "Notice  the\nbreath. ", "s1") == base
    assert len({base, clip_name("w", "Notice the breath.", "s1"),
                clip_name("v", "Notice the breath!", "s1"),
                clip_name("v", "Notice the breath.", "s2")}) == 4


def test_lines_are_found_through_the_manifest(tmp_path: Path) -> None:
    audio = make_library(tmp_path)
    exercise = load_exercise_file(audio / "exercise.yaml")
    resolver = ClipResolver(ClipIndex.load(audio / "clips"))
    assert resolver.missing(exercise) == []
    first = exercise.spoken_lines[0]
    assert resolver.path_for(exercise, first) == audio / "clips" / clip_name(
        exercise.voice, first.text)
    (audio / "clips" / "manifest.json").write_text("{}", encoding="utf-8")
    assert ClipResolver(ClipIndex.load(audio / "clips")).missing(exercise) == list(
        exercise.spoken_lines)


def test_a_recording_takes_the_place_of_the_rendered_clip(tmp_path: Path) -> None:
    import soundfile as sf

    audio = make_library(tmp_path)
    exercise = load_exercise_file(audio / "exercise.yaml")
    recordings = tmp_path / "data" / "recordings"
    recordings.mkdir(parents=True)
    line = exercise.spoken_lines[1]
    own = recordings / recording_name(line.text)
    sf.write(own, tone(0.5), 22050, format="OGG", subtype="VORBIS")
    resolver = ClipResolver(ClipIndex.load(audio / "clips"), recordings)
    assert resolver.path_for(exercise, line) == own
    assert resolver.path_for(exercise, exercise.spoken_lines[0]).parent == audio / "clips"
    for clip in (audio / "clips").glob("*.ogg"):
        clip.unlink()  # a recorded line needs no rendered clip; the others now miss theirs
    assert resolver.missing(exercise) == [s for s in exercise.spoken_lines if s != line]


def test_a_damaged_recording_falls_back_to_the_rendered_voice(tmp_path: Path) -> None:
    audio = make_library(tmp_path)
    exercise = load_exercise_file(audio / "exercise.yaml")
    recordings = tmp_path / "data" / "recordings"
    recordings.mkdir(parents=True)
    line = exercise.spoken_lines[0]
    (recordings / recording_name(line.text)).write_bytes(b"OggS but then nothing useful")
    resolver = ClipResolver(ClipIndex.load(audio / "clips"), recordings)
    assert resolver.path_for(exercise, line).parent == audio / "clips"
