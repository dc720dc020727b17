"""The journal's marks, already checked and turned into SensationMarks, kept between reads.

Turning 20,000 stored marks into checked records takes about a quarter of a second, and History
reads them all each time it opens. One app owns a data folder at a time (the folder lock), and
every change goes through its Journal, so the Journal can keep them: it fills this cache on the
first full read, changes it in the same step that saves a change, and drops it whenever a failed
save leaves it unsure what the file holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from prt_desktop.core.records import SensationMark


class MarkCache:
    def __init__(self, instant: Callable[[str], datetime]) -> None:
        self._instant = instant
        self._marks: dict[str, tuple[datetime, SensationMark]] | None = None
        self.generation = 0  # counts changes, so a read converted meanwhile can tell it is late

    @property
    def loaded(self) -> bool:
        return self._marks is not None

    def load(self, marks: Iterable[SensationMark]) -> None:
        """Everything the file holds, in the order it holds them (ties keep that order)."""
        self._marks = {m.id: (self._instant(m.timestamp), m) for m in marks}

    def put(self, mark: SensationMark) -> None:
        self.generation += 1
        if self._marks is not None:
            self._marks[mark.id] = (self._instant(mark.timestamp), mark)

    def drop(self, mark_id: str) -> None:
        self.generation += 1
        if self._marks is not None:
            self._marks.pop(mark_id, None)

    def forget(self) -> None:
        self.generation += 1
        self._marks = None

    def marks(self, session_id: str | None = None) -> list[SensationMark]:
        """Oldest first; raises if not loaded."""
        if self._marks is None:
            raise LookupError("the marks have not been read yet")
        entries = self._marks.values()
        if session_id is not None:
            entries = [e for e in entries if e[1].session_id == session_id]  # type: ignore[assignment]
        return [mark for _when, mark in sorted(entries, key=lambda e: e[0])]
