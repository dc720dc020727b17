"""The hand-over between the composer thread, PortAudio's callback and the GUI.

Only the callback reads frames; only the composer appends chunks; the GUI only reads counters and
sets flags. Every shared field is a single attribute or a deque, whose appends and pops are atomic
under the GIL, so the callback never waits on a lock. Nothing here touches Qt.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Chunk:
    """Prepared mono frames at the stream's rate, belonging to one segment of the exercise."""

    segment_index: int
    frames: np.ndarray


@dataclass(frozen=True)
class CueStop:
    """The practice waits here until the person continues."""

    segment_index: int


class Feed:
    def __init__(self, samplerate: int) -> None:
        self.samplerate = samplerate
        self.queue: deque[Chunk | CueStop] = deque()
        self.composed_frames = 0  # written by the composer: frames queued so far
        self.composing_done = False
        # Written by the callback:
        self.played_frames = 0
        self.current_segment = -1
        self.segment_starts: list[tuple[int, int]] = []  # (played frame, segment index)
        self.waiting_at_cue: int | None = None
        self.finished = False
        self.error: BaseException | None = None
        self.fill_calls = 0  # how often the device asked for frames; stalls show here
        # Written by the stream's finished callback: the device has stopped asking for frames.
        self.stream_ended = False
        # Written by the GUI:
        self.paused = False
        self.volume = 1.0
        self.cue_released = False
        self.stopping = False
        self._chunk: Chunk | None = None
        self._offset = 0

    def ahead_frames(self) -> int:
        return self.composed_frames - self.played_frames

    def fill(self, out: np.ndarray) -> bool:
        """Fill `out` (frames by channels) with the next frames; False once everything is played.

        Called on PortAudio's thread: it only copies prepared samples and moves counters.
        """
        self.fill_calls += 1
        out.fill(0.0)
        if self.paused or self.stopping:
            return not self.stopping
        wanted = out.shape[0]
        written = 0
        while written < wanted:
            if self._chunk is None and not self._next_chunk():
                break
            chunk = self._chunk
            assert chunk is not None
            take = min(wanted - written, chunk.frames.size - self._offset)
            out[written:written + take] = chunk.frames[self._offset:self._offset + take, None]
            written += take
            self._offset += take
            if self._offset >= chunk.frames.size:
                self._chunk = None
        if self.volume != 1.0:
            out *= self.volume
        self.played_frames += written
        if written < wanted and self.composing_done and not self.queue and self._chunk is None \
                and self.waiting_at_cue is None:
            self.finished = True
            return False
        return True

    def _next_chunk(self) -> bool:
        if not self.queue:
            return False
        item = self.queue[0]
        if isinstance(item, CueStop):
            if self.waiting_at_cue is None:
                # Clear any stale release before publishing the cue: the GUI may release it as
                # soon as it sees it.
                self.cue_released = False
                self._mark_segment(item.segment_index)
                self.waiting_at_cue = item.segment_index
                return False
            if not self.cue_released:
                return False
            self.queue.popleft()
            self.waiting_at_cue = None
            self.cue_released = False
            return self._next_chunk()
        self.queue.popleft()
        self._chunk = item
        self._offset = 0
        self._mark_segment(item.segment_index)
        return True

    def _mark_segment(self, index: int) -> None:
        if index != self.current_segment:
            self.current_segment = index
            self.segment_starts.append((self.played_frames, index))

    def audible_segment(self, latency_frames: int) -> int:
        """The segment being heard now: the one that started at or before the audible frame."""
        audible = max(self.played_frames - latency_frames, 0)
        current = -1
        for start, index in list(self.segment_starts):
            if start > audible:
                break
            current = index
        return current
