"""Audio as pydub segments, without ffmpeg.

pydub reads compressed files only through ffmpeg, which an installer must not need. So files are
decoded with soundfile (libsndfile: OGG, FLAC, WAV) and handed to pydub as 16-bit PCM; pydub then
composes (silences, joins, fades, gain), and the result goes back to numpy for the sound device.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import soundfile as sf

with warnings.catch_warnings():
    # pydub warns at import when ffmpeg is missing; we never ask it to run ffmpeg.
    warnings.simplefilter("ignore", RuntimeWarning)
    from pydub import AudioSegment

from prt_desktop.playback.resample import to_mono

SAMPLE_WIDTH = 2  # bytes: 16-bit PCM


class ClipError(RuntimeError):
    """A voice clip or the chime is missing or cannot be decoded."""


def segment_from_samples(samples: np.ndarray, rate: int) -> AudioSegment:
    pcm = np.clip(np.round(samples * 32767.0), -32768, 32767).astype("<i2")
    return AudioSegment(data=pcm.tobytes(), sample_width=SAMPLE_WIDTH, frame_rate=rate,
                        channels=1)


def samples_from_segment(segment: AudioSegment) -> np.ndarray:
    """Mono float32 samples in -1..1 from a 16-bit mono segment."""
    pcm = np.frombuffer(segment.set_sample_width(SAMPLE_WIDTH).raw_data, dtype="<i2")
    return pcm.astype(np.float32) / 32768.0


def read_segment(path: Path, start: int = 0) -> AudioSegment:
    """Decode an audio file with soundfile into a mono pydub segment at its own rate, from frame
    `start` on (libsndfile seeks inside Ogg Vorbis, so a seek need not decode what it skips)."""
    try:
        data, rate = sf.read(str(path), dtype="float32", always_2d=False, start=start)
    except (OSError, RuntimeError, sf.LibsndfileError) as error:
        raise ClipError(f"The recording {path.name} could not be read ({error}).") from error
    return segment_from_samples(to_mono(data), int(rate))
