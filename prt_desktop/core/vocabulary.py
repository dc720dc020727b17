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
