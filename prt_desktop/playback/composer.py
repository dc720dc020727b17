"""Composing an exercise into prepared audio, a little ahead of what is being heard.

The first sound must not wait for the whole practice: a worker thread walks the segments in order
and queues each one as soon as it is ready, staying at most `lookahead_seconds` ahead of the play
position so memory stays flat for long exercises.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
import soundfile as sf

from prt_desktop.core.exercise import Chime, Cue, Exercise, Pause, Say, Section
from prt_desktop.playback.feed import Chunk, CueStop, Feed, Track
from prt_desktop.playback.pcm import (
    AudioSegment,
    ClipError,
    read_segment,
    samples_from_segment,
)
from prt_desktop.playback.resample import resample
from prt_desktop.playback.timeline import skipped_chimes, speech_gap_frames

log = logging.getLogger(__name__)
# How often the composer looks whether the player has used up enough of what is prepared to
# make room for more; with 20 s prepared ahead, a quarter second late costs nothing, and it wakes
# 4 times a second instead of 20 (a cancel or seek wakes it at once).
ROOM_POLL_SECONDS = 0.25

SPEECH_GAP_MS = 350  # a breath between consecutive lines
PACE_RANGE = (0.5, 2.0)  # how far the person's pace setting may stretch or shorten the pauses
CHIME_GAIN_DB = -2.0
CHIME_FADE_MS = 400


def to_stream(segment: AudioSegment, samplerate: int) -> np.ndarray:
    """A composed segment as mono float32 at the stream's rate."""
    return resample(samples_from_segment(segment), segment.frame_rate, samplerate)


def decode_clip(path: Path, samplerate: int) -> np.ndarray:
    """Decode an audio file to mono float32 at `samplerate` (soundfile, no ffmpeg)."""
    return to_stream(read_segment(path), samplerate)


def compose_line(clip: AudioSegment, *, after_speech: bool) -> AudioSegment:
    """A spoken line, with a breath of silence before it when it follows another line."""
    if not after_speech:
        return clip
    return AudioSegment.silent(duration=SPEECH_GAP_MS, frame_rate=clip.frame_rate) + clip


def compose_chime(chime: AudioSegment) -> AudioSegment:
    """The chime a little softer than speech, and faded so it never ends abruptly."""
    return chime.apply_gain(CHIME_GAIN_DB).fade_out(CHIME_FADE_MS)


class Composer:
    """Fills a Feed from an exercise on its own thread. Never touches Qt."""

    def __init__(
        self,
        exercise: Exercise,
        feed: Feed,
        resolve: Callable[[Exercise, Say], Path | None],
        chime_path: Path,
        pace: float = 1.0,
        lookahead_seconds: float = 20.0,
        read: Callable[..., AudioSegment] = read_segment,
        *,
        track: Track | None = None,
        start_index: int = 0,
        start_offset: int = 0,
        chimes: bool = True,
    ) -> None:
        """Compose into `track` (the feed's current one by default), from segment `start_index`
        and `start_offset` frames into it; `chimes=False` leaves out the opening and closing
        chimes."""
        self.exercise = exercise
        self.feed = feed
        self.track = track or feed.track
        self.start_index = start_index
        self.start_offset = start_offset
        self._started_mid_segment = False
        self.skip = skipped_chimes(exercise, chimes)
        self.resolve = resolve
        self.chime_path = chime_path
        low, high = PACE_RANGE
        if not low <= pace <= high:
            raise ValueError(f"pace must be from {low} to {high}, not {pace}")
        self.pace = pace
        self.lookahead_frames = int(lookahead_seconds * feed.samplerate)
        self._read = read
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="composer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self, *, wait: bool = True) -> None:
        """Stop composing; `wait=False` returns at once (a seek must not wait for a decode)."""
        self._cancel.set()
        if wait and self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout=2.0)

    def _run(self) -> None:
        try:
            chime: np.ndarray | None = None
            rate = self.feed.samplerate
            previous_was_speech = self._speech_before(self.start_index)
            for index, segment in enumerate(self.exercise.segments):
                if index < self.start_index or index in self.skip:
                    continue
                if not self._wait_for_room():
                    return
                if isinstance(segment, Say):
                    clip = self.resolve(self.exercise, segment)
                    if clip is None:
                        raise ClipError(f"No recording for line {segment.line}: {segment.text!r}")
                    if index == self.start_index and self.start_offset:
                        self._push_from_offset(index, clip, previous_was_speech)
                    else:
                        line = compose_line(self._read(clip), after_speech=previous_was_speech)
                        self._push(index, to_stream(line, rate), speech=True)
                elif isinstance(segment, Pause):
                    self._push(index, self._silence(segment.seconds * self.pace))
                elif isinstance(segment, Chime):
                    if chime is None:
                        chime = to_stream(compose_chime(self._read(self.chime_path)), rate)
                    self._push(index, chime)
                elif isinstance(segment, Cue):
                    self.track.queue.append(CueStop(index))
                elif isinstance(segment, Section):
                    pass  # a heading for the transcript; it takes no time
                previous_was_speech = isinstance(segment, Say)
        except Exception as error:  # reported to the person by the player, not lost here
            log.exception("Composing the practice failed")
            self.feed.error = error
        finally:
            self.track.composing_done = True

    def _speech_before(self, start: int) -> bool:
        """Whether the segment sounding before `start` was a spoken line (for the breath gap)."""
        for index in range(start - 1, -1, -1):
            if index not in self.skip:
                return isinstance(self.exercise.segments[index], Say)
        return False

    def _wait_for_room(self) -> bool:
        while self.track.ahead_frames() > self.lookahead_frames:
            if self._cancel.wait(ROOM_POLL_SECONDS):
                return False
        return not self._cancel.is_set()

    def _silence(self, seconds: float) -> np.ndarray:
        return np.zeros(int(seconds * self.feed.samplerate), dtype=np.float32)

    def _push_from_offset(self, index: int, clip: Path, after_speech: bool) -> None:
        """A seek into the middle of a spoken line: decode only from (just before) the target,
        so the first sound does not wait for the part of the line that is skipped."""
        rate = self.feed.samplerate
        clip_rate = sf.info(str(clip)).samplerate
        gap = speech_gap_frames(clip_rate, SPEECH_GAP_MS) if after_speech else 0
        skip = round(self.start_offset * clip_rate / rate)
        if skip <= gap:  # still in the breath before the line: compose it whole, then cut
            line = compose_line(self._read(clip), after_speech=after_speech)
            self._push(index, to_stream(line, rate), speech=True)
            return
        part = to_stream(self._read(clip, start=skip - gap), rate)
        self._started_mid_segment = True
        self._push(index, part, speech=True)

    def _push(self, index: int, frames: np.ndarray, *, speech: bool = False) -> None:
        if index == self.start_index and self.start_offset and not self._started_mid_segment:
            frames = frames[self.start_offset:]  # a seek into the middle of this segment
        if frames.size == 0:
            return
        self.track.queue.append(Chunk(index, frames, speech))
        self.track.composed_frames += frames.size
