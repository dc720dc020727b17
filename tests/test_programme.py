"""The four-week programme and the practice counts: plain Python, no window."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from prt_desktop import paths
from prt_desktop.core.exercise import Exercise, Posture, Technique
from prt_desktop.core.practice_counts import count_practice
from prt_desktop.core.programme import (
    DAYS,
    PLAN,
    TECHNIQUE_REASONS,
    ProgrammeState,
    find_exercise,
    flare_up_choices,
    local_date,
)
from prt_desktop.core.records import PracticeSession
from prt_desktop.core.script_file import load_exercise_file

T = Technique


def exercise(exercise_id: str, *techniques: Technique) -> Exercise:
    return Exercise(exercise_id, exercise_id.replace("-", " "), "summary", techniques, "en",
                    "voice", Posture("Sit.", "Lie."), ())


def shipped() -> list[Exercise]:
    return [load_exercise_file(path) for path in sorted(paths.audio_dir().glob("*.yaml"))]


# ---- the plan --------------------------------------------------------------------------------
def test_the_plan_has_28_days_numbered_in_order_each_with_a_reason() -> None:
    assert len(PLAN) == DAYS == 28
    assert [d.day for d in PLAN] == list(range(1, 29))
    for day in PLAN:
        assert day.techniques and day.reason.endswith(".")
        assert len(day.reason) < 160, day  # one sentence, short enough to read at a glance
        assert "cure" not in day.reason.lower()


def test_every_planned_exercise_is_in_the_shipped_library_with_its_techniques() -> None:
    library = {e.id: e for e in shipped()}
    for day in PLAN:
        assert day.exercise_id in library, day
        assert day.techniques[0] in library[day.exercise_id].techniques, day


def test_education_comes_first_and_approaching_only_from_week_3() -> None:
    assert PLAN[0].techniques[0] is T.EDUCATION
    assert all(T.EDUCATION in d.techniques or T.UNDERSTANDING in d.techniques for d in PLAN[:3])
    first_approach = min(d.day for d in PLAN if T.APPROACHING in d.techniques)
    assert first_approach >= 15
    assert sum(T.APPROACHING in d.techniques for d in PLAN[21:]) >= 2  # and it carries on


def test_somatic_tracking_most_days_and_grounding_and_stress_before_the_hard_parts() -> None:
    tracking = [d for d in PLAN if T.SOMATIC_TRACKING in d.techniques]
    assert len(tracking) > DAYS / 2
    for week in range(4):
        days = PLAN[week * 7:(week + 1) * 7]
        assert sum(T.SOMATIC_TRACKING in d.techniques for d in days) >= 3, week
    before_approach = PLAN[:14]
    assert any(T.GROUNDING in d.techniques for d in before_approach)
    assert any(T.STRESS in d.techniques for d in before_approach)


# ---- which day it is -------------------------------------------------------------------------
def test_day_counts_calendar_days_from_the_start() -> None:
    state = ProgrammeState.start(date(2026, 3, 2))
    assert state.day(date(2026, 3, 2)) == 1
    assert state.day(date(2026, 3, 3)) == 2
    assert state.day(date(2026, 3, 29)) == 28
    assert not state.finished(date(2026, 3, 29))
    assert state.finished(date(2026, 3, 30))
    assert state.day(date(2026, 3, 1)) == 1  # a clock set back never gives day 0


@pytest.mark.parametrize(("started", "today", "day"), [
    (date(2026, 1, 31), date(2026, 2, 1), 2),     # month end
    (date(2026, 2, 28), date(2026, 3, 1), 2),     # February, not a leap year
    (date(2028, 2, 28), date(2028, 3, 1), 3),     # a leap year
    (date(2026, 12, 31), date(2027, 1, 1), 2),    # year end
    (date(2026, 3, 28), date(2026, 3, 30), 3),    # over the spring clock change in Europe
])
def test_day_across_month_and_year_ends(started: date, today: date, day: int) -> None:
    assert ProgrammeState.start(started).day(today) == day


def test_the_day_changes_at_local_midnight_not_at_utc_midnight() -> None:
    madrid = ZoneInfo("Europe/Madrid")
    state = ProgrammeState.start(date(2026, 1, 31))
    before = datetime(2026, 1, 31, 23, 59, tzinfo=madrid)
    after = before + timedelta(minutes=2)
    assert state.day(local_date(before, madrid)) == 1
    assert state.day(local_date(after, madrid)) == 2
    # 23:30 UTC on the 31st is already 1 February in Madrid, still 31 January in New York.
    late_utc = datetime(2026, 1, 31, 23, 30, tzinfo=UTC)
    assert local_date(late_utc, madrid) == date(2026, 2, 1)
    assert local_date(late_utc, ZoneInfo("America/New_York")) == date(2026, 1, 31)
    assert local_date(datetime(2026, 1, 31, 23, 30)) == date(2026, 1, 31)  # naive: local


def test_pause_keeps_the_day_and_resume_goes_on_from_it() -> None:
    state = ProgrammeState.start(date(2026, 5, 1))
    paused = state.pause(date(2026, 5, 5))
    assert paused.paused and paused.day(date(2026, 5, 5)) == 5
    assert paused.day(date(2026, 5, 20)) == 5  # weeks away: still day 5
    assert paused.pause(date(2026, 5, 9)) == paused  # pausing twice changes nothing
    resumed = paused.resume(date(2026, 5, 20))
    assert not resumed.paused
    assert resumed.day(date(2026, 5, 20)) == 5
    assert resumed.day(date(2026, 5, 21)) == 6
    again = resumed.pause(date(2026, 5, 22)).resume(date(2026, 6, 2))
    assert again.day(date(2026, 6, 2)) == 7 and again.paused_days == 15 + 11


def test_restart_starts_at_day_1() -> None:
    state = ProgrammeState.start(date(2026, 5, 1)).pause(date(2026, 5, 10))
    restarted = ProgrammeState.start(date(2026, 6, 1))
    assert restarted.day(date(2026, 6, 1)) == 1 and not restarted.paused
    assert state.day(date(2026, 6, 1)) == 10


def test_the_state_survives_the_journal_and_damage_means_not_started() -> None:
    state = ProgrammeState.start(date(2026, 5, 1)).pause(date(2026, 5, 4))
    assert ProgrammeState.from_setting(state.to_setting()) == state
    for damaged in (None, "2026-05-01", {}, {"started": "yesterday"},
                    {"started": "2026-05-01", "paused_days": -1},
                    {"started": "2026-05-01", "paused_days": True},
                    {"started": "2026-05-01", "paused_on": 3}):
        assert ProgrammeState.from_setting(damaged) is None


# ---- the library may lack a planned exercise ---------------------------------------------------
def test_each_day_suggests_its_exercise_with_its_reason() -> None:
    library = shipped()
    state = ProgrammeState.start(date(2026, 5, 1))
    first = state.suggestion(date(2026, 5, 1), library)
    assert first is not None and first.exercise_id == "intro-pain-fear-cycle"
    assert first.exact and first.reason == PLAN[0].reason
    assert state.suggestion(date(2026, 5, 29), library) is None  # the four weeks are over


def test_a_translated_library_is_matched_by_id_prefix() -> None:
    library = [exercise("somatic-tracking-short-es", T.SOMATIC_TRACKING),
               exercise("somatic-tracking-5min-es", T.SOMATIC_TRACKING),
               exercise("intro-pain-fear-cycle-es", T.EDUCATION)]
    day4 = find_exercise(PLAN[3], library)
    assert day4 is not None and day4.exercise_id == "somatic-tracking-short-es" and day4.exact
    assert find_exercise(PLAN[0], library).exercise_id == "intro-pain-fear-cycle-es"


def test_a_missing_exercise_falls_back_to_one_teaching_the_same_technique() -> None:
    library = [exercise("calming-breath", T.STRESS),
               exercise("my-tracking", T.SOMATIC_TRACKING),
               exercise("tracking-and-safety", T.EDUCATION, T.SOMATIC_TRACKING)]
    day6 = find_exercise(PLAN[5], library)  # somatic-tracking-5min is not there
    assert day6 is not None and day6.exercise_id == "my-tracking" and not day6.exact
    assert day6.reason == PLAN[5].reason
    # Approaching, missing, gives way to its second technique, with a reason that fits it.
    day16 = find_exercise(PLAN[15], library)
    assert day16 is not None and day16.exercise_id == "my-tracking"
    assert day16.reason == TECHNIQUE_REASONS[T.SOMATIC_TRACKING]


def test_no_suggestion_when_nothing_fits() -> None:
    library = [exercise("calming-breath", T.STRESS)]
    assert find_exercise(PLAN[0], library) is None
    state = ProgrammeState.start(date(2026, 5, 1))
    assert state.suggestion(date(2026, 5, 1), library) is None
    assert state.suggestion(date(2026, 5, 5), library).exercise_id == "calming-breath"


def test_flare_up_offers_short_tracking_and_grounding_or_what_there_is() -> None:
    assert [s.exercise_id for s in flare_up_choices(shipped())] == [
        "somatic-tracking-short", "grounding-54321"]
    only_one = [exercise("somatic-tracking-full", T.SOMATIC_TRACKING)]
    assert [s.exercise_id for s in flare_up_choices(only_one)] == ["somatic-tracking-full"]
    assert flare_up_choices([exercise("calming-breath", T.STRESS)]) == []
    spanish = [e for e in shipped() if e.language == "es"]
    assert [s.exercise_id for s in flare_up_choices(spanish)] == [
        "somatic-tracking-short-es", "grounding-54321-es"]


# ---- practice counts -------------------------------------------------------------------------
def session_at(when: str) -> PracticeSession:
    return PracticeSession("calming-breath", started=when)


def test_counts_this_week_and_days_in_four_weeks() -> None:
    today = date(2026, 3, 10)
    sessions = [session_at(s) for s in (
        "2026-03-10T08:00:00+01:00", "2026-03-10T20:00:00+01:00",  # two today: one day
        "2026-03-04T09:00:00+01:00",                               # 6 days ago: this week
        "2026-03-03T09:00:00+01:00",                               # 7 days ago: not
        "2026-02-11T09:00:00+01:00",                               # 27 days ago
        "2026-02-10T09:00:00+01:00",                               # 28 days ago: not
        "not a time",
    )]
    counts = count_practice(sessions, today, ZoneInfo("Europe/Paris"))
    assert counts.this_week == 3
    assert counts.days_in_four_weeks == 4
    assert counts.days_in_a_row == 1


def test_days_in_a_row_go_on_until_today_is_over_and_end_quietly() -> None:
    zone = ZoneInfo("Europe/Paris")
    sessions = [session_at(f"2026-03-{d:02d}T09:00:00+01:00") for d in (7, 8, 9)]
    assert count_practice(sessions, date(2026, 3, 9), zone).days_in_a_row == 3
    assert count_practice(sessions, date(2026, 3, 10), zone).days_in_a_row == 3  # day not over
    assert count_practice(sessions, date(2026, 3, 11), zone).days_in_a_row == 0
    assert count_practice([], date(2026, 3, 11), zone).days_in_a_row == 0


def test_a_practice_late_in_the_evening_counts_on_its_local_day() -> None:
    # 23:30 in New York is 04:30 UTC the next day: it belongs to the New York evening.
    sessions = [session_at("2026-03-31T23:30:00-04:00"), session_at("2026-04-01T07:00:00-04:00")]
    counts = count_practice(sessions, date(2026, 4, 1), ZoneInfo("America/New_York"))
    assert counts.days_in_a_row == 2 and counts.days_in_four_weeks == 2


def test_a_library_recorded_in_part_still_suggests_something_every_day() -> None:
    """The Spanish library has only somatic tracking and grounding: every day of the plan still
    offers one of them, with the plan's reason where it fits and a plain one where it does not."""
    from prt_desktop import paths
    from prt_desktop.core.library import load_library
    from prt_desktop.core.programme import NOTHING_FOR_TODAY_REASON

    spanish = load_library(paths.audio_dir(), paths.clips_dir()).in_language("es").exercises
    suggestions = [find_exercise(day, spanish) for day in PLAN]
    assert all(s is not None and s.exercise_id.endswith("-es") for s in suggestions)
    standing_in = [s for s in suggestions if s is not None
                   and s.reason == NOTHING_FOR_TODAY_REASON]
    assert standing_in and suggestions[0] in standing_in  # day 1, education, is not recorded
    assert any(s is not None and s.exact for s in suggestions)
