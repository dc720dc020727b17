"""The four-week programme: a suggested practice for each day, and where the person is in it.

PRT in the clinic is a four-week course (CONTENT.md); the app mirrors it with one short
suggestion a day. It is only a suggestion: the person may pick anything else, pause or restart.

The plan names exercises by id, with the techniques each day is meant to teach, so that a
library that lacks an exercise (a therapist's pack, a library in another language whose ids end
in `-es`) still gets the nearest practice: same id, then an id that starts with it, then an
exercise teaching the day's techniques in order; failing all of these, no suggestion.

Where the person is lives in the journal's settings (`PROGRAMME_SETTING`) as plain JSON:
`{"started": "YYYY-MM-DD", "paused_on": "YYYY-MM-DD" | null, "paused_days": int}`. Days are
calendar days where the person lives, so time zones and summer time never move a day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo

from prt_desktop.core.exercise import Exercise, Technique
from prt_desktop.core.translatable import QT_TRANSLATE_NOOP

PROGRAMME_SETTING = "programme"
CONTEXT = "Programme"
"""The translation context of the plan's sentences: the UI shows them through
`QCoreApplication.translate(CONTEXT, reason)` (lupdate needs the context spelt out in each
call, so the calls below repeat it)."""
DAYS = 28

T = Technique


@dataclass(frozen=True)
class PlanDay:
    """One day of the plan. `techniques` lists what the day teaches, the main one first; the
    fallback follows that order. `reason` is one sentence, to the person, on why this today."""

    day: int
    exercise_id: str
    techniques: tuple[Technique, ...]
    reason: str


def _days(*entries: tuple[str, tuple[Technique, ...], str]) -> tuple[PlanDay, ...]:
    return tuple(PlanDay(n, exercise_id, techniques, reason)
                 for n, (exercise_id, techniques, reason) in enumerate(entries, start=1))


# Week 1 learns how pain works before anything else (knowing the alarm can sound without damage
# is what makes the other practices feel safe), then first tries of somatic tracking. Week 2
# makes tracking a habit, with grounding and stress lowering to lean on. Approaching feared
# movement waits until week 3, once tracking and safety messages are familiar.
PLAN: tuple[PlanDay, ...] = _days(
    # Week 1: understanding first
    ("intro-pain-fear-cycle", (T.EDUCATION,), QT_TRANSLATE_NOOP(
        "Programme",
        "We start with how pain works, because knowing that pain can be a false alarm makes "
        "every later practice easier to trust.")),
    ("understanding-my-pain", (T.UNDERSTANDING, T.EDUCATION), QT_TRANSLATE_NOOP(
        "Programme",
        "Today you may gather your own clues about your pain, since your own evidence speaks "
        "louder than any general explanation.")),
    ("safety-reappraisal", (T.EDUCATION, T.SOMATIC_TRACKING), QT_TRANSLATE_NOOP(
        "Programme",
        "Messages of safety are the heart of this work, so today is about the brain's alarm and "
        "how to calm it.")),
    ("somatic-tracking-short", (T.SOMATIC_TRACKING,), QT_TRANSLATE_NOOP(
        "Programme",
        "A first short try at somatic tracking: just noticing a sensation with curiosity, for a "
        "couple of minutes.")),
    ("calming-breath", (T.STRESS,), QT_TRANSLATE_NOOP(
        "Programme",
        "Stress turns the alarm up, so a few calm breaths are a kind practice for today.")),
    ("somatic-tracking-5min", (T.SOMATIC_TRACKING,), QT_TRANSLATE_NOOP(
        "Programme",
        "Somatic tracking is the core practice, and a little more time with it helps it feel "
        "familiar.")),
    ("pleasant-sensations-breath", (T.PLEASANT_SENSATIONS,), QT_TRANSLATE_NOOP(
        "Programme",
        "Your body is not only pain; today you may notice what feels neutral or pleasant.")),
    # Week 2: tracking most days, with ways to calm a hard day
    ("somatic-tracking-5min", (T.SOMATIC_TRACKING,), QT_TRANSLATE_NOOP(
        "Programme",
        "A few minutes of somatic tracking most days is how the brain slowly learns that a "
        "sensation is safe.")),
    ("grounding-54321", (T.GROUNDING,), QT_TRANSLATE_NOOP(
        "Programme",
        "Grounding through the five senses is good to know before you need it, for harder "
        "moments.")),
    ("somatic-tracking-5min", (T.SOMATIC_TRACKING,), QT_TRANSLATE_NOOP(
        "Programme",
        "Another gentle round of somatic tracking, with curiosity rather than effort.")),
    ("positive-affect", (T.SOMATIC_TRACKING,), QT_TRANSLATE_NOOP(
        "Programme",
        "A lighter, warmer tone helps the brain link sensations with ease rather than dread.")),
    ("progressive-muscle-relaxation", (T.STRESS,), QT_TRANSLATE_NOOP(
        "Programme",
        "Releasing tension in the muscles lowers the overall level of alarm in the body.")),
    ("somatic-tracking-full", (T.SOMATIC_TRACKING,), QT_TRANSLATE_NOOP(
        "Programme",
        "Now that tracking is familiar, the full practice brings its three parts together.")),
    ("reframing-fearful-thought", (T.REFRAMING,), QT_TRANSLATE_NOOP(
        "Programme",
        "Fearful thoughts keep the alarm on, so today you may look at one of them more kindly.")),
    # Week 3: gently approaching what you avoid
    ("somatic-tracking-full", (T.SOMATIC_TRACKING,), QT_TRANSLATE_NOOP(
        "Programme",
        "A full round of somatic tracking prepares the ground for moving gently toward what you "
        "have avoided.")),
    ("approaching-feared-movement", (T.APPROACHING, T.SOMATIC_TRACKING), QT_TRANSLATE_NOOP(
        "Programme",
        "With tracking and safety messages familiar, you may now move a little toward a feared "
        "movement, never into sharp pain.")),
    ("body-scan", (T.STRESS, T.PLEASANT_SENSATIONS), QT_TRANSLATE_NOOP(
        "Programme",
        "A gentle body scan gives your nervous system a restful day after approaching.")),
    ("somatic-tracking-5min", (T.SOMATIC_TRACKING,), QT_TRANSLATE_NOOP(
        "Programme",
        "A few minutes of tracking keeps the habit going, whatever today's sensations are.")),
    ("emotions-and-pain", (T.EMOTIONS,), QT_TRANSLATE_NOOP(
        "Programme",
        "Emotions and pain often travel together, so today you may notice both, without having "
        "to solve anything.")),
    ("approaching-feared-movement", (T.APPROACHING, T.SOMATIC_TRACKING), QT_TRANSLATE_NOOP(
        "Programme",
        "Returning to a feared movement, at your own pace, teaches the brain it is safe.")),
    ("guided-imagery-safe-place", (T.STRESS,), QT_TRANSLATE_NOOP(
        "Programme",
        "A calm, safe place in your imagination is a restful practice for the end of the week.")),
    # Week 4: putting it together
    ("somatic-tracking-full", (T.SOMATIC_TRACKING,), QT_TRANSLATE_NOOP(
        "Programme",
        "Somatic tracking is worth coming back to often, and the full practice keeps the "
        "learning going.")),
    ("approaching-feared-movement", (T.APPROACHING, T.SOMATIC_TRACKING), QT_TRANSLATE_NOOP(
        "Programme",
        "You may choose a movement a little closer to what you have avoided, still gently.")),
    ("positive-affect", (T.SOMATIC_TRACKING,), QT_TRANSLATE_NOOP(
        "Programme",
        "A little warmth and lightness today helps the sense of safety grow.")),
    ("reframing-fearful-thought", (T.REFRAMING,), QT_TRANSLATE_NOOP(
        "Programme",
        "Another fearful thought may be ready for a balanced answer now.")),
    ("somatic-tracking-5min", (T.SOMATIC_TRACKING,), QT_TRANSLATE_NOOP(
        "Programme",
        "A few minutes of tracking, which you can carry on long after these four weeks.")),
    ("approaching-feared-movement", (T.APPROACHING, T.SOMATIC_TRACKING), QT_TRANSLATE_NOOP(
        "Programme",
        "One more gentle step toward something you have missed doing.")),
    ("understanding-my-pain", (T.UNDERSTANDING, T.EDUCATION), QT_TRANSLATE_NOOP(
        "Programme",
        "At the end of four weeks, looking again at your own clues shows what may have changed.")),
)

# When a day's practice is replaced by one teaching another of its techniques, the day's own
# sentence would describe the wrong practice: these say why that technique helps instead.
NOTHING_FOR_TODAY_REASON = QT_TRANSLATE_NOOP(
    "Programme", "Today's step has no practice in this library yet, so here is somatic "
    "tracking, the heart of PRT. If you would like to read today, Learn explains how pain "
    "works.")

TECHNIQUE_REASONS: Mapping[Technique, str] = {
    T.EDUCATION: QT_TRANSLATE_NOOP(
        "Programme", "Understanding how pain works makes the other practices easier to trust."),
    T.UNDERSTANDING: QT_TRANSLATE_NOOP(
        "Programme", "Your own clues about your pain speak louder than any general explanation."),
    T.SOMATIC_TRACKING: QT_TRANSLATE_NOOP(
        "Programme",
        "Somatic tracking, most days, is how the brain learns that a sensation is safe."),
    T.STRESS: QT_TRANSLATE_NOOP("Programme", "Lowering stress turns the alarm down a little."),
    T.PLEASANT_SENSATIONS: QT_TRANSLATE_NOOP(
        "Programme", "Your body is not only pain; noticing pleasant sensations helps."),
    T.GROUNDING: QT_TRANSLATE_NOOP(
        "Programme", "Grounding in the senses helps when things feel hard."),
    T.APPROACHING: QT_TRANSLATE_NOOP(
        "Programme", "Moving gently toward what you have avoided teaches the brain it is safe."),
    T.REFRAMING: QT_TRANSLATE_NOOP(
        "Programme", "A balanced answer to a fearful thought helps calm the alarm."),
    T.EMOTIONS: QT_TRANSLATE_NOOP(
        "Programme", "Emotions and pain often travel together; noticing both can help."),
}

# The flare-up choice: the short somatic tracking and grounding, both found like plan days.
FLARE_UP: tuple[PlanDay, ...] = (
    PlanDay(0, "somatic-tracking-short", (T.SOMATIC_TRACKING,), QT_TRANSLATE_NOOP(
        "Programme", "A few minutes of curious, calm attention to the sensation.")),
    PlanDay(0, "grounding-54321", (T.GROUNDING,), QT_TRANSLATE_NOOP(
        "Programme", "Coming back to the present through your five senses.")),
)


@dataclass(frozen=True)
class Suggestion:
    """What to offer for a plan day in this library. `exact` is False when another exercise
    stands in for the planned one."""

    day: int
    exercise_id: str
    reason: str
    exact: bool


def find_exercise(planned: PlanDay, exercises: Iterable[Exercise]) -> Suggestion | None:
    """The library's nearest match for a plan day: its id; an id starting with it (the same
    practice in another language, `somatic-tracking-short-es`); an exercise teaching the day's
    main technique (one that teaches it first preferred, then the most techniques in common),
    then its other techniques in turn. None when nothing in the library fits."""
    available = list(exercises)
    for exercise in available:
        if exercise.id == planned.exercise_id:
            return Suggestion(planned.day, exercise.id, planned.reason, True)
    variants = [e for e in available if e.id.startswith(planned.exercise_id + "-")]
    if variants:
        best = min(variants, key=lambda e: len(e.id))  # the plainest variant
        return Suggestion(planned.day, best.id, planned.reason, True)
    wanted = set(planned.techniques)
    for rank, technique in enumerate(planned.techniques):
        teaching = [e for e in available if technique in e.techniques]
        if not teaching:
            continue
        best = max(teaching, key=lambda e: (e.techniques[0] == technique,
                                            len(wanted & set(e.techniques))))
        reason = planned.reason if rank == 0 else TECHNIQUE_REASONS[technique]
        return Suggestion(planned.day, best.id, reason, False)
    # A library without today's kind of practice (e.g. one recorded only in part in another
    # language): somatic tracking, the core of PRT, rather than a day without a suggestion.
    tracking = [e for e in available if T.SOMATIC_TRACKING in e.techniques]
    if tracking and T.SOMATIC_TRACKING not in wanted:
        best = min(tracking, key=lambda e: (e.techniques[0] != T.SOMATIC_TRACKING, len(e.id)))
        return Suggestion(planned.day, best.id, NOTHING_FOR_TODAY_REASON, False)
    return None


def flare_up_choices(exercises: Iterable[Exercise]) -> list[Suggestion]:
    """The short somatic tracking and the grounding practice, as this library has them (one,
    both or none), never the same exercise twice."""
    available = list(exercises)
    found: list[Suggestion] = []
    for planned in FLARE_UP:
        suggestion = find_exercise(planned, available)
        if suggestion is not None and all(s.exercise_id != suggestion.exercise_id
                                          for s in found):
            found.append(suggestion)
    return found


def local_date(moment: datetime, zone: tzinfo | None = None) -> date:
    """The calendar date of `moment` where the person is (`zone`, or the computer's own)."""
    if moment.tzinfo is None:
        return moment.date()  # already local
    return moment.astimezone(zone).date()


@dataclass(frozen=True)
class ProgrammeState:
    """Where the person is in the programme. Pausing freezes the day; days paused are not
    counted when resuming."""

    started: date
    paused_on: date | None = None
    paused_days: int = 0

    @classmethod
    def start(cls, today: date) -> ProgrammeState:
        return cls(today)

    def day(self, today: date) -> int:
        """The programme day (1 on the day it started); above DAYS once it is over."""
        until = self.paused_on if self.paused_on is not None else today
        return max(1, (until - self.started).days - self.paused_days + 1)

    def finished(self, today: date) -> bool:
        return self.day(today) > DAYS

    @property
    def paused(self) -> bool:
        return self.paused_on is not None

    def pause(self, today: date) -> ProgrammeState:
        return self if self.paused else replace(self, paused_on=today)

    def resume(self, today: date) -> ProgrammeState:
        if self.paused_on is None:
            return self
        away = max(0, (today - self.paused_on).days)
        return replace(self, paused_on=None, paused_days=self.paused_days + away)

    def suggestion(self, today: date, exercises: Iterable[Exercise]) -> Suggestion | None:
        """Today's practice, or None when the programme is over or nothing fits."""
        day = self.day(today)
        if day > DAYS:
            return None
        return find_exercise(PLAN[day - 1], exercises)

    def to_setting(self) -> dict[str, object]:
        return {"started": self.started.isoformat(),
                "paused_on": None if self.paused_on is None else self.paused_on.isoformat(),
                "paused_days": self.paused_days}

    @classmethod
    def from_setting(cls, value: object) -> ProgrammeState | None:
        """The stored state; None when not started, or when the value is damaged (a damaged
        value is treated as not started rather than as an error)."""
        if not isinstance(value, dict):
            return None
        try:
            started = date.fromisoformat(value["started"])
            paused_raw = value.get("paused_on")
            paused_on = None if paused_raw is None else date.fromisoformat(paused_raw)
            paused_days = value.get("paused_days", 0)
            if not isinstance(paused_days, int) or isinstance(paused_days, bool) \
                    or paused_days < 0:
                return None
        except (KeyError, TypeError, ValueError):
            return None
        return cls(started, paused_on, paused_days)
