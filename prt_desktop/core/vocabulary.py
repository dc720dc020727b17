"""The words a person can choose to describe a sensation (CONTENT.md, "Sensation vocabulary").

Ids are stable and stored in records; labels are what the person reads.
Neutral words come first on purpose: the map invites observing, not hunting for pain.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Valence(StrEnum):
    UNPLEASANT = "unpleasant"
    NEUTRAL = "neutral"
    PLEASANT = "pleasant"


class Change(StrEnum):
    """Whether the sensation stays the same while the person watches it."""

    STEADY = "steady"
    CHANGING = "changing"


class Depth(StrEnum):
    SURFACE = "surface"
    DEEP = "deep"


class Extent(StrEnum):
    SMALL = "small"
    SPREAD = "spread"


MAX_OWN_WORDS = 5
MAX_OWN_WORD_CHARS = 40


@dataclass(frozen=True)
class Quality:
    id: str
    label: str
    pleasant: bool


NEUTRAL_QUALITIES: tuple[str, ...] = (
    "pressure", "tightness", "tension", "aching", "dull", "throbbing", "pulsing", "burning",
    "heat", "warmth", "coolness", "tingling", "buzzing", "prickling", "numbness", "heaviness",
    "stiffness", "pulling", "sharp", "shooting", "twitching",
)
PLEASANT_QUALITIES: tuple[str, ...] = (
    "warm", "soft", "light", "relaxed", "open", "spacious", "calm", "flowing", "still",
)

QUALITIES: tuple[Quality, ...] = tuple(
    [Quality(q, q.capitalize(), pleasant=False) for q in NEUTRAL_QUALITIES]
    + [Quality(q, q.capitalize(), pleasant=True) for q in PLEASANT_QUALITIES]
)
QUALITY_IDS: frozenset[str] = frozenset(q.id for q in QUALITIES)


def own_words(text: str) -> tuple[str, ...]:
    """The person's own words from a comma-separated entry: trimmed, lower case, no repeats, no
    word that is already in the vocabulary (that one is ticked instead), at most five."""
    found: list[str] = []
    for part in text.split(","):
        word = " ".join(part.split()).lower()[:MAX_OWN_WORD_CHARS]
        if word and word not in found and word not in QUALITY_IDS:
            found.append(word)
    return tuple(found[:MAX_OWN_WORDS])
