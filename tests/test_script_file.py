"""Exercise files: the shipped library is valid, and broken files say what is wrong and where."""

from pathlib import Path

import pytest
from library_maker import SHORT_EXERCISE

from prt_desktop import paths
from prt_desktop.core.exercise import Cue, CueKind, Say, Technique
from prt_desktop.core.library import load_library
from prt_desktop.core.script_file import ScriptError, load_exercise_file


def write(tmp_path: Path, text: str, name: str = "broken.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_library_loads_with_every_clip() -> None:
    library = load_library(paths.audio_dir(), paths.clips_dir())
    assert library.unavailable == ()
    exercise = library.exercise("somatic-tracking-5min")
    assert Technique.SOMATIC_TRACKING in exercise.techniques
    assert 4 * 60 <= library.clips.duration(exercise) <= 7 * 60
    assert any(isinstance(s, Cue) and s.kind == CueKind.BODY_MAP for s in exercise.segments)
    assert library.clips.missing(exercise) == []


def test_shipped_somatic_tracking_says_stopping_is_fine_and_promises_no_cure() -> None:
    exercise = load_exercise_file(paths.audio_dir() / "somatic-tracking-5min.yaml")
    text = " ".join(s.text.lower() for s in exercise.spoken_lines)
    assert "stop" in text and "always fine" in text
    assert "safe" in text  # safety reappraisal
    for promise in ("cure", "heal your pain", "pain will go away", "guarantee"):
        assert promise not in text


def test_loads_a_valid_file(tmp_path: Path) -> None:
    exercise = load_exercise_file(write(tmp_path, SHORT_EXERCISE, "ok.yaml"))
    assert exercise.id == "short-tracking"
    assert [type(s).__name__ for s in exercise.segments] == [
        "Section", "Say", "Pause", "Say", "Cue", "Say"]
    say = exercise.segments[1]
    assert isinstance(say, Say) and say.line == 12


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, SHORT_EXERCISE.replace("  - pause: 0.5", "  - pause: [0.5"))
    with pytest.raises(ScriptError) as caught:
        load_exercise_file(path)
    problem = caught.value.problems[0]
    assert problem.file == "broken.yaml" and problem.line >= 13
    assert "cannot be read" in problem.message


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    text = (SHORT_EXERCISE
            .replace("techniques: [somatic_tracking]", "techniques: [somatic_trackin]")
            .replace("pause: 0.5", "pause: -3")
            .replace("cue: body_map", "cue: bodymap"))
    with pytest.raises(ScriptError) as caught:
        load_exercise_file(write(tmp_path, text))
    messages = {p.line: p.message for p in caught.value.problems}
    assert "'somatic_trackin' is not a technique" in messages[4]
    assert "a pause is a number of seconds" in messages[13]
    assert "'bodymap' is not a kind of cue" in messages[15]


def test_missing_fields_and_unknown_fields(tmp_path: Path) -> None:
    text = SHORT_EXERCISE.replace("language: en\n", "")
    text = text.replace("id: short", "colour: blue\nid: short")
    with pytest.raises(ScriptError) as caught:
        load_exercise_file(write(tmp_path, text))
    text_of = str(caught.value)
    assert "the field 'language' is missing" in text_of
    assert "unknown field 'colour'" in text_of


def test_posture_needs_both_positions(tmp_path: Path) -> None:
    text = SHORT_EXERCISE.replace("  lying: Lie comfortably.\n", "")
    with pytest.raises(ScriptError, match="'lying:'"):
        load_exercise_file(write(tmp_path, text))


def test_library_lists_broken_files_as_unavailable(tmp_path: Path) -> None:
    write(tmp_path, "id: [unclosed", "a-broken.yaml")
    write(tmp_path, SHORT_EXERCISE, "b-ok.yaml")
    library = load_library(tmp_path)
    assert library.exercises == ()  # no clips rendered for the good one either
    reasons = {u.path.name: u.reason for u in library.unavailable}
    assert "cannot be read" in reasons["a-broken.yaml"]
    assert "no voice recording yet" in reasons["b-ok.yaml"]


def test_not_utf8_is_a_clear_problem(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(SHORT_EXERCISE.replace("Sit", "Sït").encode("latin-1"))
    with pytest.raises(ScriptError, match="UTF-8"):
        load_exercise_file(path)


def test_rate_cues_need_a_measure(tmp_path: Path) -> None:
    ok = SHORT_EXERCISE.replace("cue: body_map", "cue: rate\n    measure: fear")
    exercise = load_exercise_file(write(tmp_path, ok, "ok.yaml"))
    cue = next(s for s in exercise.segments if isinstance(s, Cue))
    assert cue.kind == CueKind.RATE and cue.measure is not None and cue.measure.value == "fear"
    missing = SHORT_EXERCISE.replace("cue: body_map", "cue: rate")
    with pytest.raises(ScriptError, match="needs 'measure: pain, fear, threat'") as caught:
        load_exercise_file(write(tmp_path, missing))
    assert caught.value.problems[0].line == 15
    misplaced = SHORT_EXERCISE.replace("cue: body_map", "cue: reflect\n    measure: pain")
    with pytest.raises(ScriptError, match="belongs only in a 'rate' cue"):
        load_exercise_file(write(tmp_path, misplaced))


def test_every_spoken_line_has_a_rendered_clip() -> None:
    """scripts/render_audio.py --check: a line edited without re-rendering fails here."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, str(root / "scripts" / "render_audio.py"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_sections_can_name_an_element_of_somatic_tracking(tmp_path: Path) -> None:
    from prt_desktop.core.exercise import Section, TrackingElement

    ok = SHORT_EXERCISE.replace("  - section: Noticing\n",
                                "  - section: Noticing\n    element: mindfulness\n")
    section = load_exercise_file(write(tmp_path, ok, "ok.yaml")).segments[0]
    assert isinstance(section, Section) and section.element == TrackingElement.MINDFULNESS
    wrong = SHORT_EXERCISE.replace("  - section: Noticing\n",
                                   "  - section: Noticing\n    element: calm\n")
    with pytest.raises(ScriptError, match="'calm' is not an element of somatic tracking") as e:
        load_exercise_file(write(tmp_path, wrong))
    assert e.value.problems[0].line == 12


def test_the_documented_example_is_a_valid_exercise(tmp_path: Path) -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "script-format.md").read_text(
        encoding="utf-8")
    start = doc.index("```yaml") + len("```yaml")
    example = doc[start:doc.index("```", start)]
    exercise = load_exercise_file(write(tmp_path, example, "example.yaml"))
    kinds = {s.kind for s in exercise.segments if isinstance(s, Cue)}
    assert kinds == set(CueKind)
