"""The exercise library: every script in a folder, loaded and checked, with its voice clips.

A broken file never stops the app: it is listed as unavailable, with the reason, so the practice
list and `prt-desktop exercises` can show it to a therapist.

Exercises carry a language (`language: es`); a translation is its own file with its own id
(`somatic-tracking-short.es.yaml`, id `somatic-tracking-short-es`). `Library.in_language` gives
the practice list the exercises of one language, falling back to English when that language has
none, while `Library.exercise(id)` still finds every exercise, so the history of a practice done
in another language keeps its title.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
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


FALLBACK_LANGUAGE = "en"


def primary_language(code: str) -> str:
    """'es-MX' -> 'es': a Mexican Spanish script belongs in the Spanish list."""
    return code.strip().replace("_", "-").split("-")[0].lower()


@dataclass(frozen=True)
class Library:
    exercises: tuple[Exercise, ...]
    unavailable: tuple[UnavailableExercise, ...]
    clips: ClipResolver
    # Every exercise before `in_language` chose some; empty when no language was chosen.
    all_languages: tuple[Exercise, ...] = ()
    # The primary language code `exercises` were chosen for ('' when not chosen).
    language: str = ""
    # The language asked of `in_language` when it had no exercise, so English is shown instead
    # ('' when the list is in the language asked for): the UI can say so.
    fallback_from: str = ""

    def exercise(self, exercise_id: str) -> Exercise:
        """Any loaded exercise by id, whatever its language."""
        for exercise in self.exercises + self.all_languages:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)

    @property
    def languages(self) -> tuple[str, ...]:
        """The primary language codes with at least one exercise, sorted ('en', 'es')."""
        return tuple(sorted({primary_language(e.language) for e in self.every_language}))

    def in_language(self, code: str) -> Library:
        """The library offering only the exercises in `code` ('es', or 'es-MX': the primary
        subtag is compared). When there are none, the English ones, with `fallback_from` set to
        `code`. '' means English. Apply after a pack (`packs.installed.apply`), which limits
        `exercises`; calling this again on the result chooses afresh from every language."""
        every = self.every_language
        wanted = primary_language(code) or FALLBACK_LANGUAGE
        chosen = tuple(e for e in every if primary_language(e.language) == wanted)
        fallback_from = ""
        if not chosen and wanted != FALLBACK_LANGUAGE:
            fallback_from, wanted = code, FALLBACK_LANGUAGE
            chosen = tuple(e for e in every if primary_language(e.language) == wanted)
        return replace(self, exercises=chosen, all_languages=every, language=wanted,
                       fallback_from=fallback_from)

    @property
    def every_language(self) -> tuple[Exercise, ...]:
        """Every exercise on offer before a language was chosen (e.g. for the titles of past
        practices: `{e.id: e.title for e in library.every_language}`)."""
        return self.all_languages if self.language else self.exercises


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
