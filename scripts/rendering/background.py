"""The background bed: a distant, soft sea computed with numpy, the same samples everywhere.

Why a distant sea: a person doing somatic tracking listens inwards, so the bed must be a texture
with nothing to follow: no pitch (it would clash with the voice and the chime), no rhythm that
could be counted, no bright hiss. Low, band-limited noise under slow, irregular swells reads as
"far-off surf" and fades from attention within seconds.

How the loop is made seamless. Each layer is noise shaped in the frequency domain over the whole
loop (random phases under a smooth magnitude curve, one inverse FFT), so it is periodic by
construction: the sample after the last is exactly the first. The swells are sums of cosines
with a whole number of cycles per loop, so they are periodic too, and so is their product. There
is no crossfade to dip or thicken the texture; the app's FFT resampler keeps a periodic signal
periodic at any stream rate.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf

from prt_desktop.playback.loudness import integrated_lufs

BACKGROUND_FILE = "background.ogg"
BACKGROUND_RATE = 22050  # the voice's rate; the bed holds nothing above ~4 kHz anyway
BACKGROUND_SECONDS = 42.0  # long enough that the loop is not heard as a loop
BACKGROUND_LUFS = -32.0  # well under speech (the clips sit near -20 LUFS)
BACKGROUND_SEED = 20240607
BACKGROUND_VORBIS_COMPRESSION = 0.6  # soundfile's 0 (best) .. 1 (smallest)

# (low cut Hz, high cut Hz, level): the body of the sea, and the softer wash of the waves.
BODY_BAND = (45.0, 420.0, 1.0)
WASH_BAND = (250.0, 1800.0, 0.45)
# Swells: (cycles per loop, relative depth). Whole cycles keep the loop seamless; periods of
# 6-14 s that share no short common beat keep them from being counted or breathed along with.
SWELLS = ((3, 1.0), (4, 0.7), (5, 0.55), (7, 0.35))
BODY_SWELL_DB = 3.5  # the body moves a little ...
WASH_SWELL_DB = 9.0  # ... the wash follows the same swells more strongly, as surf does
WASH_LAG_S = 0.8  # the wash trails the swell it rides on


def _shaped_noise(
    rng: np.random.Generator, n: int, rate: int, band: tuple[float, float]
) -> np.ndarray:
    """Periodic noise of length n: a pink (-3 dB/octave) tilt between two gentle slopes."""
    low, high = band
    freqs = np.fft.rfftfreq(n, 1.0 / rate)
    f = np.maximum(freqs, 1.0)
    magnitude = (
        f**-0.5
        * (f / low) ** 2 / (1.0 + (f / low) ** 2)  # 12 dB/octave below `low`
        / np.sqrt(1.0 + (f / high) ** 4)  # 12 dB/octave above `high`
    )
    magnitude[0] = 0.0  # no DC
    phases = rng.uniform(0.0, 2.0 * np.pi, freqs.size)
    noise = np.fft.irfft(magnitude * np.exp(1j * phases), n)
    return noise / np.sqrt(np.mean(noise**2))


def _swell(rng: np.random.Generator, n: int, lag: int = 0) -> np.ndarray:
    """A slow, irregular, periodic curve in -1..1 made of whole cycles per loop."""
    t = (np.arange(n) - lag) / n
    curve = np.zeros(n)
    for cycles, depth in SWELLS:
        curve += depth * np.cos(2.0 * np.pi * cycles * t + rng.uniform(0.0, 2.0 * np.pi))
    return curve / np.max(np.abs(curve))


def make_background(rate: int = BACKGROUND_RATE) -> np.ndarray:
    """The bed, float32 mono, a seamless loop at BACKGROUND_LUFS."""
    rng = np.random.default_rng(BACKGROUND_SEED)
    n = int(BACKGROUND_SECONDS * rate)
    swell_seed = rng.integers(0, 2**31)  # one swell curve drives both layers
    body = _shaped_noise(rng, n, rate, BODY_BAND[:2]) * BODY_BAND[2]
    wash = _shaped_noise(rng, n, rate, WASH_BAND[:2]) * WASH_BAND[2]
    swell = _swell(np.random.default_rng(swell_seed), n)
    lagged = _swell(np.random.default_rng(swell_seed), n, lag=int(WASH_LAG_S * rate))
    bed = body * 10.0 ** (BODY_SWELL_DB * swell / 20.0)
    bed += wash * 10.0 ** (WASH_SWELL_DB * (lagged - 1.0) / 20.0)
    bed *= 10.0 ** ((BACKGROUND_LUFS - integrated_lufs(bed, rate)) / 20.0)
    return bed.astype(np.float32)


def write_background(audio_dir: Path) -> Path:
    """audio/background.ogg, written beside and moved into place."""
    path = audio_dir / BACKGROUND_FILE
    tmp = path.with_name(path.name + ".part")
    sf.write(
        str(tmp),
        make_background(),
        BACKGROUND_RATE,
        format="OGG",
        subtype="VORBIS",
        compression_level=BACKGROUND_VORBIS_COMPRESSION,
    )
    tmp.replace(path)
    return path
