"""What the app keeps: practice sessions and the sensations marked on the body map.

Plain frozen dataclasses with explicit conversion to and from JSON-ready dicts, so storage stays
a thin layer and the schema is written down in one place (docs/data.md).
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from typing import Any

from prt_desktop.core.vocabulary import (
    MAX_OWN_WORD_CHARS,
    MAX_OWN_WORDS,
    Change,
    Depth,
    Extent,
    Valence,
)


class RecordError(ValueError):
    """A record that breaks the rules of the schema (out of range, unknown value)."""


def now_iso() -> str:
    """The current time, ISO-8601 with the local time-zone offset."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def new_id() -> str:
    return uuid.uuid4().hex


def _check_scale(name: str, value: int | None, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10:
        raise RecordError(f"{name} must be a whole number from 0 to 10, not {value!r}")


@dataclass(frozen=True)
class SensationMark:
    """One sensation the person noticed and placed on the body map."""

    session_id: str
    view: str  # "front" or "back"
    region_id: str
    x: float  # fraction 0-1 of the view's width
    y: float  # fraction 0-1 of the view's height
    qualities: tuple[str, ...] = ()
    intensity: int = 0
    threat: int = 0
    valence: Valence = Valence.NEUTRAL
    note: str = ""
    id: str = field(default_factory=new_id)
    timestamp: str = field(default_factory=now_iso)
    # Added after the first release: a journal written before them reads them as "not said".
    own_words: tuple[str, ...] = ()  # the person's own words, beside the vocabulary's ids
    change: Change | None = None
    depth: Depth | None = None
    extent: Extent | None = None
    cue_index: int | None = None  # the exercise step whose body-map cue asked; None: by choice
    visit_id: str | None = None  # kiosk mode: the anonymous visit it belongs to (docs/kiosk.md)

    def __post_init__(self) -> None:
        if self.view not in ("front", "back"):
            raise RecordError(f"view must be 'front' or 'back', not {self.view!r}")
        if not (0.0 <= self.x <= 1.0 and 0.0 <= self.y <= 1.0):
            raise RecordError("the point must lie inside the drawing (fractions 0 to 1)")
        _check_scale("intensity", self.intensity)
        _check_scale("threat", self.threat)
        object.__setattr__(self, "valence", Valence(self.valence))
        object.__setattr__(self, "qualities", tuple(self.qualities))
        words = tuple(self.own_words)
        if len(words) > MAX_OWN_WORDS or any(
                not isinstance(w, str) or not w.strip() or len(w) > MAX_OWN_WORD_CHARS
                for w in words):
            raise RecordError(f"own words: at most {MAX_OWN_WORDS} short words, not {words!r}")
        object.__setattr__(self, "own_words", words)
        for name, kind in (("change", Change), ("depth", Depth), ("extent", Extent)):
            value = getattr(self, name)
            if value is not None:
                try:
                    object.__setattr__(self, name, kind(value))
                except ValueError:
                    raise RecordError(f"{name} cannot be {value!r}") from None
        index = self.cue_index
        if index is not None and (not isinstance(index, int) or isinstance(index, bool)
                                  or index < 0):
            raise RecordError(f"cue_index must be a whole number from 0, not {index!r}")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["qualities"] = list(self.qualities)
        data["own_words"] = list(self.own_words)
        data["valence"] = self.valence.value
        for name in ("change", "depth", "extent"):
            value = getattr(self, name)
            data[name] = value.value if value is not None else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SensationMark:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


@dataclass(frozen=True)
class PracticeSession:
    """One time the person sat down with an exercise."""

    exercise_id: str
    id: str = field(default_factory=new_id)
    started: str = field(default_factory=now_iso)
    ended: str | None = None
    completed: bool = False
    pain_before: int | None = None
    fear_before: int | None = None
    pain_after: int | None = None
    fear_after: int | None = None
    visit_id: str | None = None  # kiosk mode: the anonymous visit it belongs to (docs/kiosk.md)

    def __post_init__(self) -> None:
        for name in ("pain_before", "fear_before", "pain_after", "fear_after"):
            _check_scale(name, getattr(self, name), optional=True)

    def finished(self, *, completed: bool) -> PracticeSession:
        return replace(self, ended=now_iso(), completed=completed)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PracticeSession:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


@dataclass(frozen=True)
class Rating:
    """An answer to a `rate` cue: how strong the pain or fear felt, 0-10, at that moment."""

    session_id: str
    exercise_id: str
    measure: str  # "pain", "fear" or "threat"
    value: int
    prompt: str = ""
    id: str = field(default_factory=new_id)
    timestamp: str = field(default_factory=now_iso)

    def __post_init__(self) -> None:
        if self.measure not in ("pain", "fear", "threat"):
            raise RecordError(f"measure must be 'pain', 'fear' or 'threat', not {self.measure!r}")
        _check_scale(self.measure, self.value)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Rating:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


MAX_REFLECTION_CHARS = 10_000


@dataclass(frozen=True)
class Reflection:
    """A written answer to a `reflect` cue, kept as a journal entry with its practice."""

    session_id: str
    exercise_id: str
    prompt: str
    text: str
    id: str = field(default_factory=new_id)
    timestamp: str = field(default_factory=now_iso)

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise RecordError("a reflection needs some text")
        if len(self.text) > MAX_REFLECTION_CHARS:
            raise RecordError(f"a reflection is at most {MAX_REFLECTION_CHARS} characters")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reflection:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})
