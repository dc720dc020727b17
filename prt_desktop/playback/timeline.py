"""Where every segment of a practice starts, in frames at the stream's rate.

Computed from the files' headers (soundfile.info), not by decoding, and exactly as the composer
will produce the audio (the same breath gap, the same resampled lengths), so a seek lands where
the slider says. It is built off the GUI thread when a practice starts; playback does not wait
for it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import soundfile as sf

from prt_desktop.core.exercise import Chime, Cue, Exercise, Pause, Say, Segment


@dataclass(frozen=True)
class Step:
    index: int  # into exercise.segments
    start: int  # frames from the beginning of the practice
    length: int  # frames; 0 for sections and cues (a cue waits, it takes no audio)
    kind: str = "section"  # speech, pause, chime, cue or section


def resampled_length(frames: int, source_rate: int, target_rate: int) -> int:
    """The length `resample()` gives (kept in one place with it)."""
    return frames if source_rate == target_rate else round(frames * target_rate / source_rate)


def speech_gap_frames(source_rate: int, gap_ms: int) -> int:
    """pydub's AudioSegment.silent(gap_ms, frame_rate=source_rate) length."""
    return int(gap_ms * (source_rate / 1000.0))


def skipped_chimes(exercise: Exercise, chimes: bool) -> set[int]:
    """With the start and end chimes turned off: the chimes before the first and after the last
    spoken line (chimes in the middle of a practice belong to its script and stay)."""
    if chimes:
        return set()
    says = [i for i, s in enumerate(exercise.segments) if isinstance(s, Say)]
    if not says:
        return set()
    return {i for i, s in enumerate(exercise.segments)
            if isinstance(s, Chime) and (i < says[0] or i > says[-1])}


class Timeline:
    def __init__(self, steps: list[Step], samplerate: int) -> None:
        self.steps = steps
        self.samplerate = samplerate
        self._starts = [s.start for s in steps]

    @property
    def duration_frames(self) -> int:
        last = self.steps[-1] if self.steps else None
        return last.start + last.length if last else 0

    @property
    def duration_seconds(self) -> float:
        return self.duration_frames / self.samplerate

    def start_of(self, index: int) -> int:
        return self.steps[index].start

    def step_at(self, frame: int) -> Step:
        """The segment playing at `frame`.

        Inside a step's audio, that step. Exactly at a moment where several steps start (a
        section, a cue and a line may share one), the first that waits or sounds: a seek to a
        cue's moment stops at the cue.
        """
        frame = max(0, min(frame, self.duration_frames - 1))
        i = max(bisect.bisect_right(self._starts, frame) - 1, 0)
        if frame > self.steps[i].start:
            return self.steps[i]
        first = i
        while first > 0 and self.steps[first - 1].start == frame:
            first -= 1
        for step in self.steps[first:i + 1]:
            if step.kind == "cue" or step.length > 0:
                return step
        return self.steps[i]

    @classmethod
    def build(cls, exercise: Exercise, resolve: Callable[[Exercise, Say], Path | None],
              chime_path: Path, samplerate: int, *, pace: float = 1.0, chimes: bool = True,
              gap_ms: int = 350) -> Timeline:
        chime_length = _file_length(chime_path, samplerate)[0]
        skip = skipped_chimes(exercise, chimes)
        steps: list[Step] = []
        position = 0
        previous_was_speech = False
        for index, segment in enumerate(exercise.segments):
            length = 0
            kind = _kind(segment)
            if isinstance(segment, Say):
                path = resolve(exercise, segment)
                if path is not None:
                    frames, rate = _file_frames(path)
                    if previous_was_speech:
                        frames += speech_gap_frames(rate, gap_ms)
                    length = resampled_length(frames, rate, samplerate)
            elif isinstance(segment, Pause):
                length = int(segment.seconds * pace * samplerate)
            elif isinstance(segment, Chime) and index not in skip:
                length = chime_length
            steps.append(Step(index, position, length, kind))
            position += length
            if not (isinstance(segment, Chime) and index in skip):
                previous_was_speech = isinstance(segment, Say)
        return cls(steps, samplerate)


def _kind(segment: Segment) -> str:
    return {Say: "speech", Pause: "pause", Chime: "chime", Cue: "cue"}.get(type(segment),
                                                                            "section")


def _file_frames(path: Path) -> tuple[int, int]:
    info = sf.info(str(path))
    return int(info.frames), int(info.samplerate)


def _file_length(path: Path, samplerate: int) -> tuple[int, int]:
    frames, rate = _file_frames(path)
    return resampled_length(frames, rate, samplerate), rate
