"""The optional background sound: a quiet loop mixed under the voice on PortAudio's thread.

`BackgroundBed.mix_into` runs inside the audio callback, after the voice has been written, so it
follows STYLE.md's callback discipline: it slices a prepared buffer, builds a gain vector with a
few numpy operations on the block, and adds. No locks, no I/O, no Python loop over samples, no
Qt. Decoding and resampling happen beforehand, in `load_background`.

Every gain change is ramped per sample, so nothing clicks:
- the volume glides to a new setting over VOLUME_GLIDE_SECONDS;
- the duck lowers the bed to DUCK_LEVEL while the voice speaks and lifts it again afterwards,
  over DUCK_SECONDS;
- the fade brings the bed in over FADE_IN_SECONDS from the first block, and out when asked.
The duck and the fade follow a smoothstep curve, so they also start and stop without a corner.

Threads. The GUI writes `volume` (a float) and calls `start_fade_in` / `start_fade_out`, which
replace one attribute holding a (target, step) tuple: single assignments, atomic under the GIL,
read once per block by the callback. Everything else belongs to the callback.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from prt_desktop.playback.pcm import read_segment, samples_from_segment
from prt_desktop.playback.resample import resample

DUCK_LEVEL = 0.35  # the bed's gain under speech
DUCK_SECONDS = 0.3
FADE_IN_SECONDS = 3.0
FADE_OUT_SECONDS = 3.0
VOLUME_GLIDE_SECONDS = 0.05
DEFAULT_VOLUME = 0.6
# Blocks up to this many frames are one slice of the buffer (larger ones are split); the loop's
# first frames are repeated after its end so that a slice never has to wrap.
MAX_BLOCK = 8192


def _smoothstep(progress: np.ndarray | float) -> np.ndarray | float:
    """0..1 to 0..1 with zero slope at both ends: a ramp that starts and stops gently."""
    return progress * progress * (3.0 - 2.0 * progress)


class BackgroundBed:
    """A looped mono bed at the stream's rate, added under the voice by `mix_into`.

    `volume` (0-1) may be set from the GUI thread at any time. The bed fades in from the first
    block; `start_fade_out` fades it to silence (`faded_out` then turns True), `start_fade_in`
    brings it back.
    """

    def __init__(self, loop: np.ndarray, samplerate: int, volume: float = DEFAULT_VOLUME,
                 fade_in_seconds: float = FADE_IN_SECONDS) -> None:
        loop = np.ascontiguousarray(loop, dtype=np.float32)
        if loop.ndim != 1 or loop.size == 0:
            raise ValueError(f"the bed must be mono samples, not an array of shape {loop.shape}")
        self.samplerate = samplerate
        self.loop_frames = loop.size
        self.volume = volume  # written by the GUI
        self._fade_goal = (1.0, self._step(fade_in_seconds))  # (target, step): by the GUI
        self._buffer = np.concatenate([loop, np.resize(loop, MAX_BLOCK)])
        self._frame_numbers = np.arange(1, MAX_BLOCK + 1, dtype=np.float32)
        self._scratch = np.empty(MAX_BLOCK, dtype=np.float32)
        self._duck_step = self._step(DUCK_SECONDS)
        self._volume_step = self._step(VOLUME_GLIDE_SECONDS)
        # The callback's own state: where the loop is, and each ramp's last value.
        self._position = 0
        self._fade = 0.0  # progress 0..1, eased into the fade gain
        self._duck = 1.0  # progress 0 (ducked) .. 1 (full)
        self._volume = self._clamped_volume()

    @property
    def loop(self) -> np.ndarray:
        return self._buffer[: self.loop_frames]

    @property
    def faded_out(self) -> bool:
        """True once a fade-out has reached silence."""
        return self._fade_goal[0] == 0.0 and self._fade == 0.0

    def start_fade_out(self, seconds: float = FADE_OUT_SECONDS) -> None:
        """Fade to silence over `seconds` (from full level); safe from the GUI thread."""
        self._fade_goal = (0.0, self._step(seconds))

    def start_fade_in(self, seconds: float = FADE_IN_SECONDS) -> None:
        """Fade back to full level over `seconds` (from silence); safe from the GUI thread."""
        self._fade_goal = (1.0, self._step(seconds))

    def mix_into(self, out: np.ndarray, speaking: bool) -> None:
        """Add the next frames of the loop to every channel of `out` (frames, channels).

        Called on PortAudio's thread after the voice is written; `speaking` says whether the
        voice is sounding in this block, which ducks the bed.
        """
        frames = out.shape[0]
        for start in range(0, frames, MAX_BLOCK):  # one pass for any ordinary block size
            self._mix_block(out[start : start + MAX_BLOCK], speaking)

    def _mix_block(self, out: np.ndarray, speaking: bool) -> None:
        frames = out.shape[0]
        fade_target, fade_step = self._fade_goal
        if self._fade == 0.0 and fade_target == 0.0:
            return  # silent: nothing to add
        fade, self._fade = self._ramp(self._fade, fade_target, fade_step, frames)
        duck, self._duck = self._ramp(self._duck, 0.0 if speaking else 1.0, self._duck_step,
                                      frames)
        volume, self._volume = self._ramp(self._volume, self._clamped_volume(),
                                          self._volume_step, frames)
        gain = volume * (DUCK_LEVEL + (1.0 - DUCK_LEVEL) * _smoothstep(duck)) * _smoothstep(fade)
        mixed = self._scratch[:frames]
        np.multiply(self._buffer[self._position : self._position + frames], gain, out=mixed)
        out += mixed[:, None] if out.ndim == 2 else mixed
        self._position = (self._position + frames) % self.loop_frames

    def _ramp(self, current: float, target: float, step: float,
              frames: int) -> tuple[np.ndarray | float, float]:
        """Per-sample values moving from `current` toward `target` by `step`, and the last one.

        A plain float when already there, so a settled bed costs one multiply and one add.
        """
        if current == target:
            return current, current
        moved = self._frame_numbers[:frames] * step
        if target > current:
            values = np.minimum(current + moved, target)
        else:
            values = np.maximum(current - moved, target)
        return values, float(values[-1])

    def _step(self, seconds: float) -> float:
        if seconds <= 0:
            raise ValueError(f"a ramp needs a positive length, not {seconds} s")
        return 1.0 / (seconds * self.samplerate)

    def _clamped_volume(self) -> float:
        return min(max(float(self.volume), 0.0), 1.0)


def load_background(path: Path, samplerate: int, volume: float = DEFAULT_VOLUME,
                    fade_in_seconds: float = FADE_IN_SECONDS) -> BackgroundBed:
    """Decode a bed (soundfile, no ffmpeg) and resample it to the stream's rate.

    Disk and a whole-file FFT: call it off the audio thread, ideally off the GUI thread too. The
    FFT resampler treats the file as one period, so a seamless loop stays seamless at any rate.
    """
    segment = read_segment(path)
    loop = resample(samples_from_segment(segment), segment.frame_rate, samplerate)
    return BackgroundBed(loop, samplerate, volume, fade_in_seconds)
