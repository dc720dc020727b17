"""Gentle practice counts from the sessions: how often, lately, never a score to keep up.

People report streak counters as a source of stress, so these are shown only when the person
asks for them, and a streak that ends simply is not mentioned: there is no "broken" state.
Every time the person sat down with a practice counts, finished or not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from prt_desktop.core.programme import local_date
from prt_desktop.core.records import PracticeSession

WEEK = 7
FOUR_WEEKS = 28


@dataclass(frozen=True)
class PracticeCounts:
    this_week: int
    """Practices started in the last 7 days, today included."""
    days_in_four_weeks: int
    """Different days with at least one practice in the last 28 days, today included."""
    days_in_a_row: int
    """Days in a row with a practice, up to today, or up to yesterday when today has none yet
    (the day is not over); 0 when there is no such run."""


def practice_days(sessions: Iterable[PracticeSession], zone: tzinfo | None = None) -> list[date]:
    """The local date of each session; a session whose time cannot be read is left out."""
    days = []
    for session in sessions:
        try:
            started = datetime.fromisoformat(session.started)
        except (TypeError, ValueError):
            continue
        days.append(local_date(started, zone))
    return days


def count_practice(sessions: Iterable[PracticeSession], today: date,
                   zone: tzinfo | None = None) -> PracticeCounts:
    days = practice_days(sessions, zone)
    week_start = today - timedelta(days=WEEK - 1)
    four_weeks_start = today - timedelta(days=FOUR_WEEKS - 1)
    this_week = sum(1 for d in days if week_start <= d <= today)
    distinct = {d for d in days if d <= today}
    in_four_weeks = sum(1 for d in distinct if d >= four_weeks_start)
    day = today if today in distinct else today - timedelta(days=1)
    in_a_row = 0
    while day in distinct:
        in_a_row += 1
        day -= timedelta(days=1)
    return PracticeCounts(this_week, in_four_weeks, in_a_row)
