"""The exercise library: every script in a folder, loaded and checked, with its voice clips.

A broken file never stops the app: it is listed as unavailable, with the reason, so the practice
list and `prt-desktop exercises` can show it to a therapist.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from prt_desktop.core.clips import ClipIndex, ClipResolver
from prt_desktop.core.exercise import Exercise
from prt_desktop.core.script_file import Problem, ScriptError, load_exercise_file


@dataclass(frozen=True)
class UnavailableExercise:
    path: Path
    problems: tuple[Problem, ...]

    @property
    def reason(self) -> str:
        return "; ".join(str(p) for p in self.problems)


@dataclass(frozen=True)
class Library:
    exercises: tuple[Exercise, ...]
    unavailable: tuple[UnavailableExercise, ...]
    clips: ClipResolver

    def exercise(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)


def load_library(folder: Path, clips_folder: Path | None = None,
                 recordings_folder: Path | None = None) -> Library:
    """Load every `*.yaml` exercise in `folder`; broken ones and ones missing clips are listed
    as unavailable rather than raising. Recordings in `recordings_folder` stand in for clips."""
    clips = ClipResolver(ClipIndex.load(clips_folder or folder / "clips"), recordings_folder)
    exercises: list[Exercise] = []
    unavailable: list[UnavailableExercise] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.yaml")):
        try:
            exercise = load_exercise_file(path)
        except ScriptError as error:
            unavailable.append(UnavailableExercise(path, tuple(error.problems)))
            continue
        if exercise.id in seen:
            problem = Problem(path.name, 1, f"the id '{exercise.id}' is already used by "
                              f"{seen[exercise.id].name}; each exercise needs its own id.")
            unavailable.append(UnavailableExercise(path, (problem,)))
            continue
        missing = clips.missing(exercise)
        if missing:
            problems = tuple(
                Problem(path.name, s.line, "this line has no voice recording yet "
                        "(run scripts/render_audio.py).") for s in missing
            )
            unavailable.append(UnavailableExercise(path, problems))
            continue
        seen[exercise.id] = path
        exercises.append(exercise)
    return Library(tuple(exercises), tuple(unavailable), clips)
