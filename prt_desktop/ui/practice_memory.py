"""What a practice keeps in the journal between sessions: where to resume, and the player's
choices. Every write goes through the journal's writer thread (`run_serially`); a failure is
logged, as there is nothing the person must do about it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from prt_desktop.ui.tasks import run_serially

if TYPE_CHECKING:  # kept light: the main window imports this module before its first paint
    from prt_desktop.core.exercise import Exercise
    from prt_desktop.storage import Journal

log = logging.getLogger(__name__)

RESUME_SETTING = "resume"
PLAYER_CHOICES_SETTING = "player_choices"
CHECK_INS_SETTING = "check_ins"  # ask pain and fear before and after a practice (default: yes)


class PracticeMemory:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self._kept: tuple[int, float] | None = None

    def keep_place(self, exercise_id: str, progress: tuple[int, float], session_id: str) -> None:
        """Remember where the person is (segment index, seconds into it); unchanged places are
        not written again."""
        if progress == self._kept:
            return
        self._kept = progress
        entry = {"exercise_id": exercise_id, "segment_index": progress[0],
                 "seconds": round(progress[1], 3), "session_id": session_id}
        journal = self.journal
        run_serially(lambda: journal.set_setting(RESUME_SETTING, entry), lambda _: None,
                     lambda error: log.error("Could not keep the place in the practice: %r",
                                             error))

    def new_practice(self) -> None:
        self._kept = None

    def forget_place(self, exercise_id: str) -> None:
        """Clear the saved place if it belongs to this exercise (another one left part-way
        earlier and not played since stays on offer)."""
        journal = self.journal

        def forget() -> None:
            entry = journal.setting(RESUME_SETTING)
            if isinstance(entry, dict) and entry.get("exercise_id") == exercise_id:
                journal.set_setting(RESUME_SETTING, None)

        run_serially(forget, lambda _: None,
                     lambda error: log.error("Could not clear the place in the practice: %r",
                                             error))

    def save_choices(self, value: dict[str, Any]) -> None:
        journal = self.journal
        run_serially(lambda: journal.set_setting(PLAYER_CHOICES_SETTING, value), lambda _: None,
                     lambda error: log.error("Could not remember the player choices: %r", error))


def resume_point(exercise: Exercise, entry: dict[str, Any] | None) -> tuple[int, float, str]:
    """(segment index, seconds into it, session id) from a stored resume entry; from the start
    with no session when the entry is missing, for another exercise, or does not fit it."""
    if not isinstance(entry, dict) or entry.get("exercise_id") != exercise.id:
        return 0, 0.0, ""
    index, seconds, session_id = (entry.get("segment_index"), entry.get("seconds"),
                                  entry.get("session_id"))
    if not isinstance(index, int) or not 0 <= index < len(exercise.segments) \
            or not isinstance(seconds, int | float) or seconds < 0 \
            or not isinstance(session_id, str):
        return 0, 0.0, ""
    return index, float(seconds), session_id
