"""The exercise library: every script in a folder, loaded and checked, with its voice clips.

A broken file never stops the app: it is listed as unavailable, with the reason, so the practice
list and `prt-desktop exercises` can show it to a therapist.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from prt_desktop.core.exercise import Chime, Cue, Exercise, Pause, Say, clip_name
from prt_desktop.core.script_file import Problem, ScriptError, load_exercise_file

MANIFEST_NAME = "manifest.json"
CHIME_SECONDS = 3.0
CUE_SECONDS_ESTIMATE = 30.0  # time a person typically spends at a cue, for the duration shown


@dataclass(frozen=True)
class ClipIndex:
    """What the rendered clips say and how long they are, from the clips' manifest."""

    folder: Path
    seconds: Mapping[str, float]

    @classmethod
    def load(cls, folder: Path) -> ClipIndex:
        try:
            entries = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(folder, {})
        if not isinstance(entries, dict):
            return cls(folder, {})
        return cls(folder, {
            name: float(entry.get("seconds", 0.0))
            for name, entry in entries.items() if isinstance(entry, dict)
        })

    def path_for(self, exercise: Exercise, line: Say) -> Path:
        return self.folder / clip_name(exercise.voice, line.text)

    def missing(self, exercise: Exercise) -> list[Say]:
        return [s for s in exercise.spoken_lines if not self.path_for(exercise, s).is_file()]

    def duration(self, exercise: Exercise, pace: float = 1.0) -> float:
        """Estimated length in seconds at a pace (pauses scale with pace, speech does not)."""
        total = 0.0
        for segment in exercise.segments:
            if isinstance(segment, Say):
                total += self.seconds.get(clip_name(exercise.voice, segment.text), 0.0)
            elif isinstance(segment, Pause):
                total += segment.seconds * pace
            elif isinstance(segment, Chime):
                total += CHIME_SECONDS
            elif isinstance(segment, Cue):
                total += CUE_SECONDS_ESTIMATE
        return total


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
    clips: ClipIndex

    def exercise(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)


def load_library(folder: Path, clips_folder: Path | None = None) -> Library:
    """Load every `*.yaml` exercise in `folder`; broken ones and ones missing clips are listed
    as unavailable rather than raising."""
    clips = ClipIndex.load(clips_folder or folder / "clips")
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
