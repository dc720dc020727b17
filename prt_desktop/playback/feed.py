"""The hand-over between the composer thread, PortAudio's callback and the GUI.

A `Track` is the audio from one starting point onwards: the composer appends prepared chunks, the
callback copies them out and counts. A seek, or a change of pace, prepares a new Track and hands
it to the Feed; the callback switches to it at the start of its next block, so the switch never
happens half-way through a copy. Every shared field is a single attribute or a deque (whose
appends and pops are atomic under the GIL), so the callback never waits on a lock. No Qt here.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from typing import Protocol

import numpy as np


@dataclass(frozen=True)
class Chunk:
    """Prepared mono frames at the stream's rate, belonging to one segment of the exercise."""

    segment_index: int
    frames: np.ndarray
    speech: bool = False


@dataclass(frozen=True)
class CueStop:
    """The practice waits here until the person continues."""

    segment_index: int


class Background(Protocol):
    def mix_into(self, out: np.ndarray, speaking: bool) -> None: ...


class Track:
    """The practice from one position onwards (`base_frames` into the exercise)."""

    def __init__(self, base_frames: int = 0) -> None:
        self.base_frames = base_frames
        self.queue: deque[Chunk | CueStop] = deque()
        self.composed_frames = 0  # written by the composer
        self.composing_done = False
        # Written by the callback:
        self.played_frames = 0
        self.current_segment = -1
        self.segment_starts: list[tuple[int, int]] = []  # (played frame, segment index)
        self.waiting_at_cue: int | None = None
        self.finished = False
        self.first_sound_at: float | None = None  # monotonic time of the first audible frame
        # Written by the GUI:
        self.cue_released = False
        self._chunk: Chunk | None = None
        self._offset = 0

    @property
    def position_frames(self) -> int:
        return self.base_frames + self.played_frames

    def ahead_frames(self) -> int:
        return self.composed_frames - self.played_frames

    def audible_segment(self, latency_frames: int) -> int:
        """The segment being heard now: the one that started at or before the audible frame."""
        audible = max(self.played_frames - latency_frames, 0)
        current = -1
        for start, index in list(self.segment_starts):
            if start > audible:
                break
            current = index
        return current

    def write(self, out: np.ndarray) -> tuple[int, bool]:
        """Copy the next frames into `out`; returns (frames written, whether speech was among
        them). Called on PortAudio's thread only."""
        wanted = out.shape[0]
        written = 0
        speaking = False
        while written < wanted:
            if self._chunk is None and not self._next_chunk():
                break
            chunk = self._chunk
            assert chunk is not None
            take = min(wanted - written, chunk.frames.size - self._offset)
            out[written:written + take] = chunk.frames[self._offset:self._offset + take, None]
            speaking = speaking or chunk.speech
            written += take
            self._offset += take
            if self._offset >= chunk.frames.size:
                self._chunk = None
        if written and self.first_sound_at is None and np.any(out[:written]):
            self.first_sound_at = time.monotonic()
        self.played_frames += written
        if written < wanted and self.composing_done and not self.queue and self._chunk is None \
                and self.waiting_at_cue is None:
            self.finished = True
        return written, speaking

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


class Feed:
    """What one output stream plays: the current Track, volume, pause, and an optional bed."""

    def __init__(self, samplerate: int, track: Track | None = None) -> None:
        self.samplerate = samplerate
        self.track = track or Track()
        self.next_track: Track | None = None  # set by the GUI; taken by the callback
        self.background: Background | None = None
        self.error: BaseException | None = None
        self.fill_calls = 0  # how often the device asked for frames; a stall shows here
        self.stream_ended = False  # set by the stream's finished callback
        # Written by the GUI:
        self.paused = False
        self.volume = 1.0
        self.stopping = False

    @property
    def current(self) -> Track:
        """The track the GUI should look at: the one about to start, or the one playing."""
        return self.next_track or self.track

    @property
    def played_frames(self) -> int:
        return self.current.played_frames

    @property
    def finished(self) -> bool:
        return self.next_track is None and self.track.finished

    @property
    def waiting_at_cue(self) -> int | None:
        return self.current.waiting_at_cue

    def jump(self, track: Track) -> None:
        """Play `track` from the callback's next block on (a seek or a change of pace)."""
        self.next_track = track

    def fill(self, out: np.ndarray) -> bool:
        """Fill `out` (frames by channels) with the next frames; False once everything is played.

        Called on PortAudio's thread: it only copies prepared samples and moves counters.
        """
        self.fill_calls += 1
        out.fill(0.0)
        if self.next_track is not None:
            self.track, self.next_track = self.next_track, None
        if self.paused or self.stopping:
            return not self.stopping
        track = self.track
        _written, speaking = track.write(out)
        if self.volume != 1.0:
            out *= self.volume
        if self.background is not None and track.waiting_at_cue is None:
            self.background.mix_into(out, speaking)
        return not track.finished
