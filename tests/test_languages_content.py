"""The Spanish exercises (audio/*.es.yaml) and the library's language filter.

Each Spanish file is a translation of an English one: the same steps, cues and pauses, its own
id (`<english id>-es`), `language: es`, and a rendered clip for every line. The fidelity checks
of tests/test_fidelity.py read English wording; their Spanish counterparts are here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from prt_desktop import paths
from prt_desktop.core.clips import ClipIndex
from prt_desktop.core.exercise import Chime, Cue, CueKind, Exercise, Pause, Say, Section
from prt_desktop.core.library import Library, load_library, primary_language
from prt_desktop.core.script_file import load_exercise_file

AUDIO = paths.audio_dir()
SPANISH_FILES = sorted(AUDIO.glob("*.es.yaml"))
TRANSLATED = ("somatic-tracking-short", "somatic-tracking-5min", "somatic-tracking-full",
              "grounding-54321")
ENGLISH_IDS = {  # every shipped English exercise keeps its id
    "approaching-feared-movement", "body-scan", "calming-breath", "emotions-and-pain",
    "grounding-54321", "guided-imagery-safe-place", "intro-pain-fear-cycle",
    "pleasant-sensations-breath", "positive-affect", "progressive-muscle-relaxation",
    "reframing-fearful-thought", "safety-reappraisal", "somatic-tracking-5min",
    "somatic-tracking-full", "somatic-tracking-short", "understanding-my-pain",
}
SPANISH_VOICE = "espeak-ng-es-419"

STOP_IS_FINE = re.compile(r"\bpar(ar|a)\b[^.]*\b(siempre )?está bien|siempre está bien",
                          re.IGNORECASE)
PROMISES = re.compile(r"\bcura(r|rá|ción)?\b|sin dolor para siempre|\bgarantiz|"
                      r"(el|tu) dolor (desaparecerá|se irá)|nunca más (te )?dolerá", re.IGNORECASE)


def pair(path: Path) -> tuple[Exercise, Exercise]:
    english = AUDIO / path.name.replace(".es.yaml", ".yaml")
    return load_exercise_file(path), load_exercise_file(english)


def shape(exercise: Exercise) -> list[tuple[object, ...]]:
    """The steps without their words: kinds, pauses, cue kinds and measures, section elements."""
    steps: list[tuple[object, ...]] = []
    for s in exercise.segments:
        if isinstance(s, Say):
            steps.append(("say",))
        elif isinstance(s, Pause):
            steps.append(("pause", s.seconds))
        elif isinstance(s, Chime):
            steps.append(("chime",))
        elif isinstance(s, Section):
            steps.append(("section", s.element))
        elif isinstance(s, Cue):
            steps.append(("cue", s.kind, s.measure))
    return steps


def ids(paths_: list[Path]) -> list[str]:
    return [p.name for p in paths_]


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(AUDIO, paths.clips_dir())


def test_the_four_translations_are_there() -> None:
    assert sorted(p.name.removesuffix(".es.yaml") for p in SPANISH_FILES) == sorted(TRANSLATED)


@pytest.mark.parametrize("path", SPANISH_FILES, ids=ids(SPANISH_FILES))
def test_a_spanish_file_loads_and_mirrors_its_english_original(path: Path) -> None:
    spanish, english = pair(path)
    assert spanish.id == f"{english.id}-es"
    assert spanish.language == "es" and english.language == "en"
    assert spanish.voice == SPANISH_VOICE
    assert spanish.techniques == english.techniques
    assert shape(spanish) == shape(english)
    cue_kinds = [s.kind for s in spanish.segments if isinstance(s, Cue)]
    assert cue_kinds == [s.kind for s in english.segments if isinstance(s, Cue)]
    for text in [spanish.title, spanish.summary, spanish.posture.seated, spanish.posture.lying]:
        assert text and not re.search(r"\b(the|you|your)\b", text), text


@pytest.mark.parametrize("path", SPANISH_FILES, ids=ids(SPANISH_FILES))
def test_spanish_keeps_the_safety_limits(path: Path) -> None:
    spanish, _ = pair(path)
    said = [s.text for s in spanish.spoken_lines]
    assert any(STOP_IS_FINE.search(t) for t in said), spanish.id
    everything = "\n".join(said + [s.prompt for s in spanish.segments if isinstance(s, Cue)])
    assert not PROMISES.search(everything), PROMISES.search(everything)
    assert not re.search(r"busca(r)? (el|tu) dolor|donde más (te )?duele", everything, re.I)


@pytest.mark.parametrize("path", [p for p in SPANISH_FILES if "tracking" in p.name],
                         ids=ids([p for p in SPANISH_FILES if "tracking" in p.name]))
def test_spanish_tracking_has_the_three_elements_in_words(path: Path) -> None:
    spanish, _ = pair(path)
    found: dict[str, str] = {}
    current = None
    for s in spanish.segments:
        if isinstance(s, Section):
            current = s.element.value if s.element else None
        elif isinstance(s, Say) and current:
            found[current] = found.get(current, "") + " " + s.text
    assert re.search(r"dónde|cómo es|tamaño|nota", found["mindfulness"], re.I)
    assert re.search(r"a salvo|segur|alarma|proteg|peligro", found["safety"], re.I)
    assert re.search(r"ligereza|amabilidad|calidez|sonrisa|curiosidad|humor",
                     found["positive_affect"], re.I)


@pytest.mark.parametrize("path", SPANISH_FILES, ids=ids(SPANISH_FILES))
def test_every_spanish_body_map_follows_an_invitation_to_notice(path: Path) -> None:
    spanish, _ = pair(path)
    said: list[str] = []
    for s in spanish.segments:
        if isinstance(s, Say):
            said.append(s.text)
        elif isinstance(s, Cue) and s.kind == CueKind.BODY_MAP:
            words = (" ".join(said[-2:]) + " " + s.prompt).lower()
            assert re.search(r"\bnot(a|ar|aste)\b|observ", words), words
            assert "agradable" in words or "neutr" in words, words


@pytest.mark.parametrize("path", SPANISH_FILES, ids=ids(SPANISH_FILES))
def test_every_spanish_line_has_a_current_clip(path: Path) -> None:
    spanish, _ = pair(path)
    index = ClipIndex.load(paths.clips_dir())
    for line in spanish.spoken_lines:
        entry = index.entry(spanish.voice, line.text)
        assert entry is not None, f"{path.name}:{line.line} has no clip: run render_audio.py"
        assert (paths.clips_dir() / entry.file).is_file()
        assert entry.seconds > 0.5


def test_the_library_loads_every_spanish_exercise(library: Library) -> None:
    assert not library.unavailable, [u.reason for u in library.unavailable]
    assert {f"{i}-es" for i in TRANSLATED} <= {e.id for e in library.exercises}
    assert library.languages == ("en", "es")


def test_english_ids_are_unchanged(library: Library) -> None:
    english = {e.id for e in library.exercises if e.language == "en"}
    assert english == ENGLISH_IDS


def test_in_language_chooses_the_exercises_of_one_language(library: Library) -> None:
    spanish = library.in_language("es")
    assert {e.id for e in spanish.exercises} == {f"{i}-es" for i in TRANSLATED}
    assert spanish.language == "es" and spanish.fallback_from == ""
    english = library.in_language("en")
    assert {e.id for e in english.exercises} == ENGLISH_IDS
    assert english.fallback_from == ""
    assert library.in_language("es-MX").exercises == spanish.exercises  # primary subtag
    assert library.in_language("").exercises == english.exercises


def test_in_language_falls_back_to_english_and_says_so(library: Library) -> None:
    french = library.in_language("fr")
    assert {e.id for e in french.exercises} == ENGLISH_IDS
    assert french.fallback_from == "fr" and french.language == "en"


def test_a_filtered_library_still_finds_any_exercise_and_can_change_language(
        library: Library) -> None:
    spanish = library.in_language("es")
    assert spanish.exercise("body-scan").language == "en"  # a past practice keeps its title
    assert spanish.exercise("grounding-54321-es").title == "Anclaje con los cinco sentidos"
    with pytest.raises(KeyError):
        spanish.exercise("no-such-practice")
    back = spanish.in_language("en")
    assert {e.id for e in back.exercises} == ENGLISH_IDS
    assert back.exercise("somatic-tracking-short-es").language == "es"
    assert back.unavailable == library.unavailable and back.clips is library.clips
    assert {e.id for e in spanish.every_language} == {e.id for e in library.exercises}
    assert library.every_language == library.exercises


def test_a_language_filter_keeps_a_pack_library_a_pack_library(library: Library) -> None:
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Tagged(Library):
        tag: str = ""

    tagged = Tagged(library.exercises, library.unavailable, library.clips, tag="pack")
    spanish = tagged.in_language("es")
    assert isinstance(spanish, Tagged) and spanish.tag == "pack"


def test_primary_language() -> None:
    assert primary_language("es-MX") == "es"
    assert primary_language("pt_BR") == "pt"
    assert primary_language(" EN ") == "en"
    assert primary_language("") == ""
