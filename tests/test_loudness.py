"""BS.1770-4 loudness and normalisation (prt_desktop.playback.loudness), checked against the
standard's own figures, against a plain biquad recursion, and against pyloudnorm."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from prt_desktop.playback import loudness
from prt_desktop.playback.loudness import (
    SilentAudioError,
    integrated_lufs,
    k_weight,
    k_weighting_coefficients,
    normalise,
)

CLIPS = Path(__file__).resolve().parents[1] / "audio" / "clips"
PYLOUDNORM_MISSING = (
    "pyloudnorm is not installed (it comes with the render extra: pip install -e '.[render]')"
)
AGREEMENT_LU = 0.3


def speech_like(rate: int, seconds: float = 6.0, seed: int = 0) -> np.ndarray:
    """A voiced, syllabic signal with pauses: harmonics on a wandering pitch, falling ~9 dB an
    octave, shaped into ~4 syllables a second with a pause between phrases, plus a little hiss."""
    rng = np.random.default_rng(seed)
    n = int(seconds * rate)
    t = np.arange(n) / rate
    pitch = 120.0 + 15.0 * np.sin(2 * np.pi * 0.7 * t) + 5.0 * np.sin(2 * np.pi * 2.3 * t)
    phase = 2 * np.pi * np.cumsum(pitch) / rate
    voice = np.zeros(n)
    for h in range(1, 30):
        if h * 140.0 < rate / 2:
            voice += np.sin(h * phase + rng.uniform(0, 2 * np.pi)) / h**1.5
    syllables = np.sin(np.pi * 4.0 * t) ** 2
    phrase = (t % 2.0) < 1.5  # 1.5 s of speech, 0.5 s of pause
    hiss = rng.standard_normal(n) * 0.02
    return ((voice * syllables + hiss) * phrase * 0.1).astype(np.float32)


def biquad(b: np.ndarray, a: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Direct form I, one sample at a time: the textbook filter the FFT version must equal."""
    y = np.zeros_like(x)
    x1 = x2 = y1 = y2 = 0.0
    for i, xi in enumerate(x):
        yi = b[0] * xi + b[1] * x1 + b[2] * x2 - a[1] * y1 - a[2] * y2
        x2, x1, y2, y1 = x1, xi, y1, yi
        y[i] = yi
    return y


def test_coefficients_at_48k_are_those_printed_in_bs1770() -> None:
    (shelf_b, shelf_a), (pass_b, pass_a) = k_weighting_coefficients(48000)
    np.testing.assert_allclose(
        shelf_b, [1.53512485958697, -2.69169618940638, 1.19839281085285], atol=1e-9
    )
    np.testing.assert_allclose(shelf_a, [1.0, -1.69065929318241, 0.73248077421585], atol=1e-9)
    np.testing.assert_allclose(pass_b, [1.0, -2.0, 1.0])
    np.testing.assert_allclose(pass_a, [1.0, -1.99004745483398, 0.99007225036621], atol=1e-9)


def test_full_scale_997_hz_sine_reads_minus_3_01_lufs() -> None:
    # BS.1770's calibration, defined at 48 kHz: a 0 dBFS sine at 997 Hz reads -3.01 LKFS.
    t = np.arange(5 * 48000) / 48000
    assert integrated_lufs(np.sin(2 * np.pi * 997 * t), 48000) == pytest.approx(-3.01, abs=0.005)
    # At the voice's 22,050 Hz the bilinear transform bends the shelf a little nearer Nyquist.
    t = np.arange(5 * 22050) / 22050
    assert integrated_lufs(np.sin(2 * np.pi * 997 * t), 22050) == pytest.approx(-3.01, abs=0.05)


def test_frequency_domain_filter_equals_the_biquad_recursion(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(loudness, "_CHUNK", 1000)  # several overlap-add chunks in 6,000 samples
    rate = 22050
    x = np.random.default_rng(1).standard_normal(6000)
    expected = x
    for b, a in k_weighting_coefficients(rate):
        expected = biquad(b, a, expected)
    np.testing.assert_allclose(k_weight(x, rate), expected, atol=1e-9)


def test_silence_and_nothing_measure_minus_infinity() -> None:
    assert integrated_lufs(np.zeros(22050, dtype=np.float32), 22050) == -math.inf
    assert integrated_lufs(np.zeros(0, dtype=np.float32), 22050) == -math.inf
    assert integrated_lufs(np.full(22050, 1e-6, dtype=np.float32), 22050) == -math.inf


def test_gating_ignores_the_pauses() -> None:
    rate = 22050
    speech = speech_like(rate)
    padded = np.concatenate(
        [np.zeros(3 * rate, np.float32), speech, np.zeros(5 * rate, np.float32)]
    )
    assert integrated_lufs(padded, rate) == pytest.approx(integrated_lufs(speech, rate), abs=0.2)


def test_a_clip_under_400_ms_is_measured_over_itself() -> None:
    rate = 22050
    t = np.arange(2 * rate) / rate
    tone = 0.1 * np.sin(2 * np.pi * 440 * t)
    short = tone[: int(0.2 * rate)]
    assert math.isfinite(integrated_lufs(short, rate))
    # Not diluted by padding to a whole block: the same level as the long tone.
    assert integrated_lufs(short, rate) == pytest.approx(integrated_lufs(tone, rate), abs=0.3)


def test_stereo_sums_the_channels_power() -> None:
    rate = 22050
    mono = speech_like(rate)
    both = np.stack([mono, mono], axis=1)
    assert integrated_lufs(both, rate) == pytest.approx(
        integrated_lufs(mono, rate) + 3.01, abs=0.01
    )


@pytest.mark.parametrize("rate", [22050, 44100, 48000])
def test_normalise_reaches_the_target_under_the_peak_ceiling(rate: int) -> None:
    quiet = speech_like(rate) * 0.05
    out = normalise(quiet, rate)
    assert out.dtype == np.float32
    assert out.shape == quiet.shape
    assert integrated_lufs(out, rate) == pytest.approx(-19.0, abs=0.1)
    assert np.max(np.abs(out)) <= 10 ** (-3.0 / 20) + 1e-7


def test_normalise_limits_sharp_peaks_gently() -> None:
    rate = 22050
    audio = speech_like(rate)
    audio[:: rate // 3] = 0.9  # clicks, far above the speech around them
    out = normalise(audio, rate, target_lufs=-16.0, peak_dbfs=-6.0)
    assert np.max(np.abs(out)) <= 10 ** (-6.0 / 20) + 1e-7
    assert integrated_lufs(out, rate) == pytest.approx(-16.0, abs=0.3)


def test_normalise_refuses_silence() -> None:
    with pytest.raises(SilentAudioError):
        normalise(np.zeros(22050, dtype=np.float32), 22050)
    assert issubclass(SilentAudioError, ValueError)


# --- Agreement with pyloudnorm -----------------------------------------------------------------


def whole_steps(audio: np.ndarray, rate: int) -> np.ndarray:
    """The audio cut to a whole number of 100 ms steps. pyloudnorm rounds the block count, so it
    can count a last block that runs past the end (its missing samples read as silence), where
    BS.1770 and libebur128 count only complete blocks; on a whole number of steps both agree."""
    return audio[: (audio.size * 10 // rate) * rate // 10]


@pytest.mark.parametrize("rate", [22050, 44100, 48000])
@pytest.mark.parametrize("seed", [0, 1])
def test_agrees_with_pyloudnorm_on_speech_like_signals(rate: int, seed: int) -> None:
    pyln = pytest.importorskip("pyloudnorm", reason=PYLOUDNORM_MISSING)
    audio = whole_steps(speech_like(rate, seed=seed), rate).astype(np.float64)
    reference = pyln.Meter(rate).integrated_loudness(audio)
    assert integrated_lufs(audio, rate) == pytest.approx(reference, abs=AGREEMENT_LU)


def test_agrees_with_pyloudnorm_on_a_rendered_clip() -> None:
    pyln = pytest.importorskip("pyloudnorm", reason=PYLOUDNORM_MISSING)
    manifest = json.loads((CLIPS / "manifest.json").read_text(encoding="utf-8"))
    longest = max(manifest, key=lambda name: manifest[name]["seconds"])
    audio, rate = sf.read(CLIPS / longest, dtype="float64")
    audio = whole_steps(audio, rate)
    reference = pyln.Meter(rate).integrated_loudness(audio)
    assert integrated_lufs(audio, rate) == pytest.approx(reference, abs=AGREEMENT_LU)
