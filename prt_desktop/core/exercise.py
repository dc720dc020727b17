"""An exercise: an ordered list of segments the voice speaks, pauses, chimes and cues.

The file format is described in docs/script-format.md; `core.script_file` reads it into these types.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Technique(StrEnum):
    """The nine techniques of CONTENT.md; every exercise names the ones it teaches."""

    EDUCATION = "education"
    UNDERSTANDING = "understanding"
    SOMATIC_TRACKING = "somatic_tracking"
    STRESS = "stress"
    PLEASANT_SENSATIONS = "pleasant_sensations"
    GROUNDING = "grounding"
    APPROACHING = "approaching"
    REFRAMING = "reframing"
    EMOTIONS = "emotions"


class CueKind(StrEnum):
    BODY_MAP = "body_map"
    RATE = "rate"
    REFLECT = "reflect"


class TrackingElement(StrEnum):
    """The three elements of somatic tracking (CONTENT.md); a section can say which it is."""

    MINDFULNESS = "mindfulness"
    SAFETY = "safety"
    POSITIVE_AFFECT = "positive_affect"


class Measure(StrEnum):
    """What a `rate` cue asks for, on a 0-10 scale."""

    PAIN = "pain"
    FEAR = "fear"
    THREAT = "threat"  # how dangerous a sensation feels: 0 completely safe, 10 very dangerous


@dataclass(frozen=True)
class Say:
    """A sentence or two spoken by the voice; the same text is the caption."""

    text: str
    line: int = 0


@dataclass(frozen=True)
class Pause:
    """Silence, scaled by the person's pace setting."""

    seconds: float
    line: int = 0


@dataclass(frozen=True)
class Chime:
    line: int = 0


@dataclass(frozen=True)
class Section:
    """A heading in the transcript; silent."""

    title: str
    line: int = 0
    element: TrackingElement | None = None


@dataclass(frozen=True)
class Cue:
    """The practice stops and asks the person to do something in the app."""

    kind: CueKind
    prompt: str
    line: int = 0
    measure: Measure | None = None  # only for `rate` cues


Segment = Say | Pause | Chime | Section | Cue


@dataclass(frozen=True)
class Posture:
    """How to sit or lie for the practice; both are always offered."""

    seated: str
    lying: str


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    summary: str
    techniques: tuple[Technique, ...]
    language: str
    voice: str
    posture: Posture
    segments: tuple[Segment, ...]
    source: str = ""  # the file it came from, for messages

    @property
    def spoken_lines(self) -> tuple[Say, ...]:
        return tuple(s for s in self.segments if isinstance(s, Say))
