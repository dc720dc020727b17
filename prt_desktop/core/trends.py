"""Pain and fear before and after practice, week by week: what the trend chart draws.

A week runs Monday to Sunday in the time zone each practice was started in. A week's figure is
the mean of the check-ins given that week; a week without any is absent, not zero.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import fmean

from prt_desktop.core.records import PracticeSession

MEASURES: tuple[str, ...] = ("pain_before", "pain_after", "fear_before", "fear_after")


@dataclass(frozen=True)
class WeekCheckIns:
    monday: date
    practices: int
    means: dict[str, float]
    """Measure name (`MEASURES`) -> mean 0-10, only for measures given at least once that week."""
    counts: dict[str, int]


def week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_check_ins(sessions: Iterable[PracticeSession]) -> list[WeekCheckIns]:
    by_week: dict[date, list[PracticeSession]] = {}
    for session in sessions:
        monday = week_of(datetime.fromisoformat(session.started).date())
        by_week.setdefault(monday, []).append(session)
    weeks = []
    for monday in sorted(by_week):
        group = by_week[monday]
        means: dict[str, float] = {}
        counts: dict[str, int] = {}
        for measure in MEASURES:
            values = [v for s in group if (v := getattr(s, measure)) is not None]
            if values:
                means[measure] = fmean(values)
                counts[measure] = len(values)
        weeks.append(WeekCheckIns(monday=monday, practices=len(group), means=means,
                                  counts=counts))
    return weeks
