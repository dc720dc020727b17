"""The chime: a soft meditation-bell strike computed with numpy, the same samples everywhere."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf

CHIME_RATE = 22050  # the voice's rate, so a practice composes without resampling
CHIME_SECONDS = 3.0
CHIME_PEAK_DBFS = -12.0
CHIME_FUNDAMENTAL_HZ = 293.66  # D4: warm, yet clear on small laptop speakers
# A singing bowl's partials are inharmonic; the higher ones are quieter and die sooner.
# (ratio to the fundamental, relative amplitude, decay time constant in seconds)
CHIME_PARTIALS = (
    (1.000, 1.00, 1.30),
    (2.756, 0.42, 0.80),
    (5.404, 0.16, 0.45),
    (8.933, 0.06, 0.28),
)
CHIME_BEAT_HZ = 0.9  # each partial is a slightly detuned pair: the bowl's slow shimmer
CHIME_ATTACK_S = 0.010
CHIME_RELEASE_S = 0.6  # raised-cosine fade to exact silence at the very end
CHIME_VORBIS_COMPRESSION = 0.7


def make_chime(rate: int = CHIME_RATE) -> np.ndarray:
    """A soft bell strike, float32 mono, peaking at CHIME_PEAK_DBFS."""
    t = np.arange(int(CHIME_SECONDS * rate)) / rate
    tone = np.zeros_like(t)
    for i, (ratio, amp, tau) in enumerate(CHIME_PARTIALS):
        f = CHIME_FUNDAMENTAL_HZ * ratio
        beat = CHIME_BEAT_HZ * (1 + 0.3 * i)
        pair = np.sin(2 * np.pi * (f - beat / 2) * t) + 0.8 * np.sin(
            2 * np.pi * (f + beat / 2) * t + 0.7 * i
        )
        tone += amp * np.exp(-t / tau) * pair / 1.8
    attack = int(CHIME_ATTACK_S * rate)
    tone[:attack] *= 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, attack))
    release = int(CHIME_RELEASE_S * rate)
    tone[-release:] *= 0.5 + 0.5 * np.cos(np.linspace(0, np.pi, release))
    tone *= 10.0 ** (CHIME_PEAK_DBFS / 20.0) / np.max(np.abs(tone))
    return tone.astype(np.float32)


def write_chime(audio_dir: Path) -> Path:
    """audio/chime.ogg, written beside and moved into place."""
    path = audio_dir / "chime.ogg"
    tmp = path.with_name(path.name + ".part")
    sf.write(
        str(tmp),
        make_chime(),
        CHIME_RATE,
        format="OGG",
        subtype="VORBIS",
        compression_level=CHIME_VORBIS_COMPRESSION,
    )
    tmp.replace(path)
    return path
