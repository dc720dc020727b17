"""What docs/fidelity-checklist.md asks of the library that a test can check.

Runs over every exercise file in audio/, whether or not its voice has been rendered yet.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from prt_desktop import paths
from prt_desktop.core.exercise import (
    Cue,
    CueKind,
    Exercise,
    Say,
    Section,
    Technique,
    TrackingElement,
)
from prt_desktop.core.script_file import load_exercise_file

EXERCISES = [load_exercise_file(p) for p in sorted(paths.audio_dir().glob("*.yaml"))]
EXERCISES = [e for e in EXERCISES if e.language == "en"]  # Spanish: test_languages_content.py
TRACKING = [e for e in EXERCISES if Technique.SOMATIC_TRACKING in e.techniques]

PROMISES = re.compile(
    r"\bcure[sd]?\b|\bheal(s|ed)? (your|the) pain|\bpain[- ]free\b|\bguarantee|"
    r"\bfix(es)? (your|the) pain|\b(pain|it) will (go away|disappear|vanish|stop for good)|"
    r"\bget rid of (your|the) pain|\bnever (hurt|have pain) again",
    re.IGNORECASE,
)
STOP_IS_FINE = re.compile(r"\bstop\w*\b[^.]*\b(always|is) (fine|okay|allowed)", re.IGNORECASE)
HUNTING = re.compile(r"\b(search|hunt|look) for (the |your )?pain|\bfind (the |your )?pain|"
                     r"where it hurts most", re.IGNORECASE)
NEGATION = re.compile(r"\b(no need to|not|don't|do not|never|without)(\s+\S+){0,2}\s*$",
                      re.IGNORECASE)


def asks_to_hunt_for_pain(text: str) -> bool:
    """True when the text tells the person to search for pain ("no need to search" is fine)."""
    return any(not NEGATION.search(text[:m.start()]) for m in HUNTING.finditer(text))


def everything_said(exercise: Exercise) -> str:
    parts = [exercise.title, exercise.summary, exercise.posture.seated, exercise.posture.lying]
    parts += [s.text for s in exercise.segments if isinstance(s, Say)]
    parts += [s.prompt for s in exercise.segments if isinstance(s, Cue)]
    return "\n".join(parts)


def passages(exercise: Exercise) -> dict[TrackingElement, str]:
    """The spoken text under each section marked as an element of somatic tracking."""
    found: dict[TrackingElement, str] = {}
    current: TrackingElement | None = None
    for segment in exercise.segments:
        if isinstance(segment, Section):
            current = segment.element
        elif isinstance(segment, Say) and current is not None:
            found[current] = found.get(current, "") + " " + segment.text
    return found


def ids(exercises: list[Exercise]) -> list[str]:
    return [e.id for e in exercises]


def test_the_library_covers_every_technique_with_at_least_twelve_exercises() -> None:
    assert len(EXERCISES) >= 12
    covered = {t for e in EXERCISES for t in e.techniques}
    assert covered == set(Technique), set(Technique) - covered


@pytest.mark.parametrize("exercise", TRACKING, ids=ids(TRACKING))
def test_somatic_tracking_has_all_three_elements(exercise: Exercise) -> None:
    found = passages(exercise)
    missing = set(TrackingElement) - set(found)
    assert not missing, f"{exercise.id}: no passage for {missing}"
    assert re.search(r"\bsafe|\balarm|protect", found[TrackingElement.SAFETY], re.IGNORECASE)
    assert re.search(r"\bnotice|\bwhere\b|\bwhat is (it|its)|\bhow (big|does)",
                     found[TrackingElement.MINDFULNESS], re.IGNORECASE)
    assert re.search(r"light|warm|kind|smile|curious|amus|play|brave|gentle|friend",
                     found[TrackingElement.POSITIVE_AFFECT], re.IGNORECASE)


@pytest.mark.parametrize("exercise", TRACKING, ids=ids(TRACKING))
def test_somatic_tracking_says_stopping_is_always_fine(exercise: Exercise) -> None:
    assert any(STOP_IS_FINE.search(s.text) for s in exercise.spoken_lines), exercise.id


@pytest.mark.parametrize("exercise", EXERCISES, ids=ids(EXERCISES))
def test_no_exercise_promises_a_cure(exercise: Exercise) -> None:
    match = PROMISES.search(everything_said(exercise))
    assert match is None, f"{exercise.id}: {match and match.group()!r}"


@pytest.mark.parametrize("exercise", EXERCISES, ids=ids(EXERCISES))
def test_every_body_map_cue_follows_an_invitation_to_notice(exercise: Exercise) -> None:
    said: list[str] = []
    for segment in exercise.segments:
        if isinstance(segment, Say):
            said.append(segment.text)
        elif isinstance(segment, Cue) and segment.kind == CueKind.BODY_MAP:
            # The invitation is in the last two spoken lines (a line such as "open your eyes"
            # may come between it and the map) or in the cue's own prompt.
            words = (" ".join(said[-2:]) + " " + segment.prompt).lower()
            assert "notice" in words, f"{exercise.id} line {segment.line}: {said[-2:]!r}"
            assert "pleasant" in words or "neutral" in words, f"{exercise.id} line {segment.line}"
            assert not asks_to_hunt_for_pain(words), f"{exercise.id} line {segment.line}"


@pytest.mark.parametrize("exercise", EXERCISES, ids=ids(EXERCISES))
def test_no_exercise_assumes_the_person_can_walk(exercise: Exercise) -> None:
    if Technique.APPROACHING in exercise.techniques:
        return  # movement exercises offer seated and lying versions instead (checked by hand)
    assert not re.search(r"\bwalk", everything_said(exercise), re.IGNORECASE), exercise.id


def test_emotion_work_says_to_stop_and_talk_to_a_clinician_when_distressed() -> None:
    for exercise in EXERCISES:
        if Technique.EMOTIONS in exercise.techniques:
            text = everything_said(exercise).lower()
            assert "clinician" in text and "stop" in text, exercise.id


def test_approaching_a_movement_states_its_stop_rules_before_any_movement() -> None:
    for exercise in (e for e in EXERCISES if Technique.APPROACHING in e.techniques):
        said = [s.text.lower() for s in exercise.spoken_lines]
        first_move = next(i for i, t in enumerate(said) if "try the" in t or "now, if you feel"
                          in t)
        before = " ".join(said[:first_move])
        for rule in ("sharp", "worsening", "never force", "stopping is always fine"):
            assert rule in before, (exercise.id, rule)


def test_the_hunting_check_understands_negation() -> None:
    assert asks_to_hunt_for_pain("Now search for the pain in your back.")
    assert not asks_to_hunt_for_pain("There is no need to search for pain.")
    assert not asks_to_hunt_for_pain("You don't have to look for pain.")


def test_the_checklist_names_every_automatic_check() -> None:
    text = (Path(__file__).resolve().parent.parent / "docs" / "fidelity-checklist.md").read_text(
        encoding="utf-8")
    for name in ("test_somatic_tracking_has_all_three_elements",
                 "test_somatic_tracking_says_stopping_is_always_fine",
                 "test_no_exercise_promises_a_cure",
                 "test_every_body_map_cue_follows_an_invitation_to_notice"):
        assert name in text
