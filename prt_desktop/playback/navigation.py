"""Moving around in a practice: seeking, stepping, line by line, and changing the pace or the
chimes from where the person is. A part of `Player` kept apart from playing itself.

Every move prepares a new Track from a segment and an offset (`Player._jump`); the audio
callback switches to it at its next block, so the stream keeps running.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prt_desktop.playback.timeline import Timeline

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtCore import SignalInstance

    from prt_desktop.core.exercise import Exercise, Say
    from prt_desktop.playback.feed import Feed


class Navigation:
    """Mixed into Player, whose feed, timeline, exercise and `_jump` it uses."""

    _feed: Feed | None
    _timeline: Timeline | None
    exercise: Exercise | None
    pace: float
    chimes: bool

    if TYPE_CHECKING:
        position_seconds: float
        resolve: Callable[[Exercise, Say], Path | None]
        chime_path: Path
        timeline_ready: SignalInstance

        def _jump(self, index: int, offset: int, base: int) -> None: ...
        def progress(self) -> tuple[int, float]: ...

    def set_pace(self, pace: float) -> None:
        """Stretch or shorten the pauses (0.5 to 2) from where the person is now."""
        self._rearrange(pace=pace)

    def set_chimes(self, chimes: bool) -> None:
        """Turn the opening and closing chimes on or off, from where the person is now."""
        self._rearrange(chimes=chimes)

    def seek(self, seconds: float) -> bool:
        """Go to a moment of the practice; False until its length is known."""
        if self._feed is None or self._timeline is None:
            return False
        frame = int(max(0.0, seconds) * self._feed.samplerate)
        step = self._timeline.step_at(frame)
        offset = max(0, frame - step.start) if step.length else 0
        self._jump(step.index, offset, step.start + offset)
        return True

    def step(self, seconds: float) -> bool:
        """Move by `seconds` (negative: back), e.g. ±10 with the arrow keys."""
        return self.seek(self.position_seconds + seconds)

    def seek_segment(self, index: int) -> bool:
        if self._feed is None or self._timeline is None or self.exercise is None:
            return False
        index = max(0, min(index, len(self.exercise.segments) - 1))
        self._jump(index, 0, self._timeline.start_of(index))
        return True

    def next_segment(self) -> bool:
        """To the next spoken line (or cue) after the one being heard."""
        return self._to_line(+1)

    def previous_segment(self) -> bool:
        """Back to the start of the line being heard, or the one before when at its start."""
        return self._to_line(-1)

    def _to_line(self, direction: int) -> bool:
        if self._feed is None or self._timeline is None or self.exercise is None:
            return False
        stops = [s for s in self._timeline.steps if s.kind in ("speech", "cue")]
        here = self._feed.current.position_frames
        if direction > 0:
            later = [s for s in stops if s.start > here]
            target = later[0] if later else None
        else:
            # Within the first two seconds of a line, "previous" goes to the line before.
            grace = 2 * self._feed.samplerate
            earlier = [s for s in stops if s.start + grace <= here]
            target = earlier[-1] if earlier else (stops[0] if stops else None)
        if target is None:
            return False
        self._jump(target.index, 0, target.start)
        return True

    def _rearrange(self, *, pace: float | None = None, chimes: bool | None = None) -> None:
        """Apply a new pace or chimes setting from the current position onwards."""
        old = self._timeline
        index, offset_seconds = self.progress()
        if pace is not None:
            old_pace, self.pace = self.pace, pace
            kind = old.steps[index].kind if old else ""
            if kind == "pause":  # the same share of the pause, at its new length
                offset_seconds *= pace / old_pace
        if chimes is not None:
            self.chimes = chimes
        if self._feed is None or self.exercise is None:
            return
        timeline = Timeline.build(self.exercise, self.resolve, self.chime_path,
                                  self._feed.samplerate, pace=self.pace, chimes=self.chimes)
        self._timeline = timeline
        offset = int(offset_seconds * self._feed.samplerate)
        self._jump(index, offset, timeline.start_of(index) + offset)
        self.timeline_ready.emit(timeline.duration_seconds)
