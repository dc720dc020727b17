"""What an export holds: the journal's records in a date range, read through the Journal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from prt_desktop.core.records import PracticeSession, Rating, Reflection, SensationMark
from prt_desktop.core.translatable import QT_TRANSLATE_NOOP

ALL_DATES = QT_TRANSLATE_NOOP("DateRange", "all dates")
UP_TO = QT_TRANSLATE_NOOP("DateRange", "up to {last}")
FROM = QT_TRANSLATE_NOOP("DateRange", "from {first}")
FROM_TO = QT_TRANSLATE_NOOP("DateRange", "{first} to {last}")


def english(text: str) -> str:
    return text


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def english_day(day: date) -> str:
    """'05 October 2026': the command line's form. Not strftime's %B, which follows the C
    library's locale (and a QApplication sets that from the computer's)."""
    return f"{day:%d} {_MONTHS[day.month - 1]} {day:%Y}"


class JournalReader(Protocol):
    """The part of `storage.Journal` an export reads."""

    @property
    def schema_version(self) -> int: ...
    def sessions(self) -> list[PracticeSession]: ...
    def marks(self, session_id: str | None = None) -> list[SensationMark]: ...
    def ratings(self, session_id: str | None = None) -> list[Rating]: ...
    def reflections(self, session_id: str | None = None) -> list[Reflection]: ...


@dataclass(frozen=True)
class DateRange:
    """Calendar days, both ends included, in the time zone each record was made in; `None`
    leaves that end open."""

    first: date | None = None
    last: date | None = None

    def __post_init__(self) -> None:
        if self.first and self.last and self.first > self.last:
            raise ValueError(f"the range starts ({self.first}) after it ends ({self.last})")

    def holds(self, timestamp: str) -> bool:
        day = datetime.fromisoformat(timestamp).date()
        return (self.first is None or day >= self.first) and (self.last is None or day <= self.last)

    def describe(self, tr: Callable[[str], str] = english,
                 day: Callable[[date], str] = english_day) -> str:
        """The range in words, lower case ('from 05 October 2026'). `tr` translates the fixed
        texts (marked under "DateRange"), `day` writes a date; both default to English, which is
        what the command line prints."""
        if self.first is None and self.last is None:
            return tr(ALL_DATES)
        if self.first is None:
            assert self.last is not None
            return tr(UP_TO).format(last=day(self.last))
        if self.last is None:
            return tr(FROM).format(first=day(self.first))
        return tr(FROM_TO).format(first=day(self.first), last=day(self.last))


@dataclass(frozen=True)
class ExportSelection:
    """Everything in the range, oldest first. A mark, rating or reflection belongs to the range
    by its own time; a session by its start."""

    range: DateRange
    schema_version: int
    sessions: tuple[PracticeSession, ...]
    marks: tuple[SensationMark, ...]
    ratings: tuple[Rating, ...]
    reflections: tuple[Reflection, ...]
    exercise_ids: dict[str, str] = field(default_factory=dict)
    """Session id -> exercise id for every session, in the range or not (a mark made just after
    midnight may belong to a practice started the day before)."""
    exported_at: str = field(
        default_factory=lambda: datetime.now().astimezone().isoformat(timespec="seconds"))

    @classmethod
    def read(cls, journal: JournalReader, date_range: DateRange) -> ExportSelection:
        def when(record: PracticeSession | SensationMark | Rating | Reflection) -> datetime:
            stamp = record.started if isinstance(record, PracticeSession) else record.timestamp
            return datetime.fromisoformat(stamp)

        every_session = journal.sessions()
        sessions = [s for s in every_session if date_range.holds(s.started)]
        marks = [m for m in journal.marks() if date_range.holds(m.timestamp)]
        ratings = [r for r in journal.ratings() if date_range.holds(r.timestamp)]
        reflections = [r for r in journal.reflections() if date_range.holds(r.timestamp)]
        return cls(range=date_range, schema_version=journal.schema_version,
                   sessions=tuple(sorted(sessions, key=when)),
                   marks=tuple(sorted(marks, key=when)),
                   ratings=tuple(sorted(ratings, key=when)),
                   reflections=tuple(sorted(reflections, key=when)),
                   exercise_ids={s.id: s.exercise_id for s in every_session})

    def session(self, session_id: str) -> PracticeSession | None:
        return next((s for s in self.sessions if s.id == session_id), None)
