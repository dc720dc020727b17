"""Summaries of body-map marks, for the heat map and the start-and-end view (no Qt).

Dates are the person's own: a mark's day is the date written in its timestamp, in the time zone
it was made in, so a mark made at 23:30 while travelling stays on the evening it was made.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from prt_desktop.core.records import SensationMark


class Measure(StrEnum):
    """What the heat map shades regions by."""

    COUNT = "count"
    INTENSITY = "intensity"
    THREAT = "threat"


@dataclass(frozen=True)
class RegionSummary:
    region_id: str
    count: int
    mean_intensity: float
    mean_threat: float

    def value(self, measure: Measure) -> float:
        if measure == Measure.COUNT:
            return float(self.count)
        return self.mean_intensity if measure == Measure.INTENSITY else self.mean_threat


def mark_day(mark: SensationMark) -> date | None:
    """The day the mark was made, or None when its timestamp cannot be read."""
    try:
        return datetime.fromisoformat(mark.timestamp).date()
    except ValueError:
        return None


def marks_between(marks: Iterable[SensationMark], first: date | None,
                  last: date | None) -> list[SensationMark]:
    """The marks made from `first` to `last`, both days included (None: no limit that side)."""
    chosen = []
    for mark in marks:
        day = mark_day(mark)
        if day is None:
            continue
        if (first is None or day >= first) and (last is None or day <= last):
            chosen.append(mark)
    return chosen


def summarise(marks: Iterable[SensationMark]) -> dict[str, RegionSummary]:
    """Per region: how often it was marked, and the mean intensity and threat of those marks."""
    grouped: dict[str, list[SensationMark]] = defaultdict(list)
    for mark in marks:
        grouped[mark.region_id].append(mark)
    return {
        region_id: RegionSummary(
            region_id, len(group),
            sum(m.intensity for m in group) / len(group),
            sum(m.threat for m in group) / len(group),
        )
        for region_id, group in grouped.items()
    }


def highest(summaries: dict[str, RegionSummary], measure: Measure) -> float:
    """The top of the heat map's scale: 10 for the 0-10 means, the largest count for counts."""
    if measure != Measure.COUNT:
        return 10.0
    return float(max((s.count for s in summaries.values()), default=0))


def start_and_end(marks: Sequence[SensationMark]) -> tuple[list[SensationMark],
                                                           list[SensationMark]]:
    """The marks made at a practice's first body-map cue, and at its last.

    Marks placed when the person opened the map by choice (no cue) count with the cue before
    them, or with the first cue when they came earlier. With a single cue the end is empty: there
    is nothing yet to compare. Marks from before cues were recorded (no cue at all) are all
    "start".
    """
    ordered = list(marks)
    cues = sorted({m.cue_index for m in ordered if m.cue_index is not None})
    if not cues:
        return ordered, []
    groups: dict[int, list[SensationMark]] = defaultdict(list)
    current = cues[0]
    for mark in ordered:  # oldest first, as the journal lists them
        if mark.cue_index is not None:
            current = mark.cue_index
        groups[current].append(mark)
    if len(cues) == 1:
        return groups[cues[0]], []
    return groups[cues[0]], groups[cues[-1]]


@dataclass(frozen=True)
class PracticeMarks:
    """One practice's marks, for choosing it in a list."""

    session_id: str
    first_timestamp: str
    marks: tuple[SensationMark, ...]


def by_practice(marks: Iterable[SensationMark]) -> list[PracticeMarks]:
    """Marks grouped by practice, newest practice first; each group oldest mark first."""
    grouped: dict[str, list[SensationMark]] = defaultdict(list)
    for mark in marks:
        grouped[mark.session_id].append(mark)
    practices = [PracticeMarks(sid, group[0].timestamp, tuple(group))
                 for sid, group in grouped.items()]
    practices.sort(key=lambda p: p.first_timestamp, reverse=True)
    return practices
