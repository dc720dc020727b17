"""Sample-rate conversion for short clips.

The stream must run at the device's own rate (JACK, ALSA hw and WASAPI shared mode refuse any
other), so every clip is converted once when it is composed. Clips are short and fade in and out,
so a band-limited FFT resample over the whole clip is exact enough and needs only numpy.
"""

from __future__ import annotations

import numpy as np


def to_mono(data: np.ndarray) -> np.ndarray:
    if data.ndim == 2:
        data = data.mean(axis=1)
    return np.ascontiguousarray(data, dtype=np.float32)


def resample(data: np.ndarray, source_rate: int, target_rate: int) -> np.ndarray:
    """Resample mono float32 audio; the length scales exactly with the rates."""
    if source_rate == target_rate or data.size == 0:
        return np.ascontiguousarray(data, dtype=np.float32)
    target_len = round(data.size * target_rate / source_rate)
    spectrum = np.fft.rfft(data.astype(np.float64))
    bins = target_len // 2 + 1
    if bins > spectrum.size:
        spectrum = np.concatenate([spectrum, np.zeros(bins - spectrum.size, dtype=complex)])
    else:
        spectrum = spectrum[:bins]
    out = np.fft.irfft(spectrum, n=target_len) * (target_len / data.size)
    return out.astype(np.float32)
