"""The background bed: a seamless loop, mixed under the voice with click-free ramps, cheaply."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from prt_desktop.playback.background import (
    DUCK_LEVEL,
    DUCK_SECONDS,
    MAX_BLOCK,
    BackgroundBed,
    load_background,
)
from prt_desktop.playback.loudness import integrated_lufs

ROOT = Path(__file__).resolve().parents[1]
ASSET = ROOT / "audio" / "background.ogg"
sys.path.insert(0, str(ROOT / "scripts"))

from rendering.background import BACKGROUND_RATE, make_background  # noqa: E402

RATE = 48_000
# Uneven block sizes, so ramps are checked across every kind of block boundary.
BLOCKS = (256, 333, 1024, 97, 512)
# The largest gain change one sample may make: a smoothstep ramp peaks at 1.5x its linear slope,
# and the duck is the fastest ramp (0.65 of full level in 0.3 s).
MAX_GAIN_STEP = 1.5 * (1.0 - DUCK_LEVEL) / (DUCK_SECONDS * RATE) * 1.01


def run(bed: BackgroundBed, seconds: float, speaking: Callable[[int], bool] = lambda _: False,
        voice: float = 0.0, channels: int = 2) -> np.ndarray:
    """Play `seconds` in uneven blocks; returns what the bed added, (frames, channels).

    `speaking` gets the frame number at the start of each block.
    """
    added: list[np.ndarray] = []
    done = 0
    for frames in cycle(BLOCKS):
        if done >= seconds * bed.samplerate:
            break
        out = np.full((frames, channels), voice, dtype=np.float32)
        bed.mix_into(out, speaking(done))
        added.append(out - voice)
        done += frames
    return np.concatenate(added)


def unit_bed(volume: float = 0.6, **options: float) -> BackgroundBed:
    """A bed whose loop is all ones, so what it adds is its gain, sample by sample."""
    return BackgroundBed(np.ones(1000, dtype=np.float32), RATE, volume=volume, **options)


def settled(volume: float = 0.6) -> BackgroundBed:
    bed = unit_bed(volume, fade_in_seconds=0.01)
    run(bed, 0.1)
    return bed


def seconds_until(gain: np.ndarray, value: float) -> float:
    return float(np.argmax(np.isclose(gain, value, atol=1e-6))) / RATE


# --- the loop itself --------------------------------------------------------------------------


def assert_seamless(loop: np.ndarray) -> None:
    steps = np.abs(np.diff(loop))
    seam = abs(float(loop[0]) - float(loop[-1]))
    assert seam <= np.percentile(steps, 95), (seam, np.percentile(steps, 95))


def test_the_generated_bed_is_periodic_and_reproducible() -> None:
    bed = make_background()
    assert_seamless(bed)
    assert np.array_equal(bed, make_background())


@pytest.mark.parametrize("rate", [BACKGROUND_RATE, 44_100, RATE])
def test_the_shipped_loop_is_seamless_at_any_stream_rate(rate: int) -> None:
    bed = load_background(ASSET, rate)
    assert bed.samplerate == rate
    assert_seamless(bed.loop)
    # Played across the wrap: the loop's start follows its end, with a texture-sized step.
    bed = load_background(ASSET, rate, volume=1.0, fade_in_seconds=0.001)
    played = run(bed, bed.loop_frames / rate + 0.5)[:, 0]
    wrap = bed.loop_frames
    np.testing.assert_allclose(played[wrap : wrap + 1000], bed.loop[:1000], atol=1e-6)
    steps = np.abs(np.diff(played[wrap - 5000 : wrap + 5000]))
    assert steps[4999] <= np.percentile(steps, 95)  # the step from the end to the start


def test_the_shipped_asset_is_small_calm_and_quiet() -> None:
    info = sf.info(str(ASSET))
    assert info.channels == 1
    assert info.format == "OGG" and info.subtype == "VORBIS"
    assert 30.0 <= info.duration <= 45.0
    assert ASSET.stat().st_size < 400_000
    samples, rate = sf.read(str(ASSET), dtype="float32")
    assert integrated_lufs(samples, rate) == pytest.approx(-32.0, abs=2.0)
    assert np.max(np.abs(samples)) < 0.5  # no peaks standing out of the texture
    # Gentle: almost all of the energy is below 2 kHz.
    power = np.abs(np.fft.rfft(samples)) ** 2
    freqs = np.fft.rfftfreq(samples.size, 1.0 / rate)
    assert power[freqs > 2000].sum() / power.sum() < 0.02


# --- mixing -----------------------------------------------------------------------------------


def test_mixing_adds_the_loop_at_its_gain_to_every_channel_and_wraps() -> None:
    loop = np.linspace(-0.5, 0.5, 700, dtype=np.float32)
    bed = BackgroundBed(loop, RATE, volume=0.4, fade_in_seconds=0.001)
    run(bed, 0.01)  # past the fade-in
    start = bed._position
    voice = 0.25
    out = np.full((2000, 3), voice, dtype=np.float32)
    bed.mix_into(out, speaking=False)
    expected = voice + 0.4 * loop[(start + np.arange(2000)) % loop.size]
    for channel in range(3):
        np.testing.assert_allclose(out[:, channel], expected, atol=1e-6)


def test_a_block_larger_than_the_buffer_margin_is_mixed_whole() -> None:
    bed = settled(volume=0.5)
    out = np.zeros((3 * MAX_BLOCK + 5, 2), dtype=np.float32)
    bed.mix_into(out, speaking=False)
    np.testing.assert_allclose(out, 0.5, atol=1e-6)


def test_the_fade_in_starts_from_silence_and_reaches_the_volume_in_about_3_s() -> None:
    gain = run(unit_bed(volume=0.6), 4.0)[:, 0]
    assert gain[0] < 1e-6
    assert np.all(np.diff(gain) >= -1e-7)
    assert seconds_until(gain, 0.6) == pytest.approx(3.0, abs=0.05)
    assert np.max(np.abs(np.diff(gain))) < MAX_GAIN_STEP


def test_ducking_under_speech_reaches_the_duck_level_and_returns_without_clicks() -> None:
    bed = settled(volume=0.8)
    # Speech from 0.5 s to 1.5 s of this run.
    gain = run(bed, 2.5, speaking=lambda frame: 0.5 * RATE <= frame < 1.5 * RATE)[:, 0]
    ducked = 0.8 * DUCK_LEVEL
    assert gain[: int(0.5 * RATE) - 1024] == pytest.approx(0.8)
    assert seconds_until(gain, ducked) == pytest.approx(0.5 + DUCK_SECONDS, abs=0.03)
    assert gain[int(0.9 * RATE) : int(1.5 * RATE) - 1024] == pytest.approx(ducked)
    assert gain[-int(0.5 * RATE) :] == pytest.approx(0.8)
    assert np.max(np.abs(np.diff(gain))) < MAX_GAIN_STEP


def test_fade_out_reaches_silence_and_then_adds_nothing() -> None:
    bed = settled(volume=0.6)
    bed.start_fade_out(3.0)
    assert not bed.faded_out
    gain = run(bed, 3.5, voice=0.1)[:, 0]
    assert seconds_until(gain, 0.0) == pytest.approx(3.0, abs=0.05)
    assert np.max(np.abs(np.diff(gain))) < MAX_GAIN_STEP
    assert bed.faded_out
    assert not run(bed, 0.1, voice=0.1).any()
    bed.start_fade_in(1.0)
    assert not bed.faded_out
    back = run(bed, 1.5)[:, 0]
    assert back[0] < 1e-6 and back[-1] == pytest.approx(0.6)


def test_a_fade_out_under_speech_and_a_volume_change_stay_smooth() -> None:
    bed = settled(volume=0.6)
    bed.volume = 1.0
    bed.start_fade_out(2.0)
    gain = run(bed, 2.5, speaking=lambda frame: frame > 0.2 * RATE)[:, 0]
    assert gain[-1] == 0.0 and bed.faded_out
    # The volume glides in 50 ms, a ramp of its own, still far from a click.
    assert np.max(np.abs(np.diff(gain))) < 1.0 / (0.05 * RATE) * 1.01


def test_the_volume_is_read_once_per_block_and_clamped() -> None:
    bed = settled(volume=0.6)
    bed.volume = 3.0
    assert run(bed, 0.2)[-1, 0] == pytest.approx(1.0)
    bed.volume = -1.0
    assert run(bed, 0.2)[-1, 0] == 0.0


def test_a_bad_loop_or_ramp_is_refused() -> None:
    with pytest.raises(ValueError):
        BackgroundBed(np.zeros((10, 2), dtype=np.float32), RATE)
    with pytest.raises(ValueError):
        BackgroundBed(np.zeros(0, dtype=np.float32), RATE)
    with pytest.raises(ValueError):
        unit_bed().start_fade_out(0.0)


# --- cost in the callback ---------------------------------------------------------------------


def test_mixing_a_256_frame_block_takes_well_under_a_millisecond() -> None:
    bed = load_background(ASSET, RATE)
    out = np.zeros((256, 2), dtype=np.float32)
    blocks = 4000
    speaking = list(islice(cycle([True] * 30 + [False] * 30), blocks))  # ramps keep running
    started = time.perf_counter()
    for now in speaking:
        bed.mix_into(out, now)
    mean = (time.perf_counter() - started) / blocks
    assert mean < 0.5e-3, f"{mean * 1e6:.0f} us per block"
