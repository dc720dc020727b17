"""Integrated loudness (ITU-R BS.1770-4) and loudness normalisation, with numpy only.

The app normalises a therapist's own recordings at run time, and the render script normalises
every synthetic clip with the same code, so a recorded line sits at the same level as the voice
around it. The installer must not carry scipy, hence no `scipy.signal.lfilter` here.

How the K-weighting is applied. BS.1770 defines it as two biquads (a high shelf of about +4 dB
above ~1.7 kHz, then a ~38 Hz high-pass). Running a biquad sample by sample in Python is far too
slow (a minute of audio is a million iterations), so the cascade is applied in the frequency
domain, in overlapping chunks: the filters' complex response H(e^jw) = B(e^jw)/A(e^jw) is
evaluated on the FFT grid and multiplied into each chunk's spectrum (overlap-add). With the
complex response, not just its magnitude, this is the same causal filter that `lfilter` would
run, not an approximation of it: the only difference is the impulse-response tail beyond
`_TAIL_S` (0.5 s), and both filters' poles decay to below 1e-30 of their start well within that
(the slowest, the 38 Hz high-pass, has a time constant of about 4 ms). Each chunk is FFT-sized so
that chunk + tail never wraps, and memory stays bounded for recordings of any length. The
coefficients come from the analogue prototypes through the bilinear transform (as libebur128
does), which reproduces the 48 kHz coefficients printed in BS.1770 to ~1e-9 and gives the same
filter at any other rate (22,050 Hz for the voice, 44.1/48 kHz for a microphone).

Gating follows BS.1770-4: 400 ms blocks with 75% overlap (a 100 ms step), block loudness
-0.691 + 10·log10(mean square), an absolute gate at -70 LUFS, then a relative gate 10 LU below
the loudness of the blocks that passed the absolute gate.

A clip shorter than one block (400 ms: a single "yes", say) has no complete block. It is measured
as one block spanning the whole clip: the filtered clip is padded with the filter's own tail,
and its mean square is taken over the clip's own length, not over a zero-padded 400 ms, which
would read a 100 ms word 6 dB too quiet and then make `normalise` push it 6 dB too loud. Both
gates still apply to that one block. (pyloudnorm refuses such clips.)
"""

from __future__ import annotations

import functools
import math

import numpy as np

BLOCK_S = 0.400
STEP_S = 0.100  # 75% overlap
ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0
_LOUDNESS_OFFSET = -0.691
_TAIL_S = 0.5  # impulse-response length kept by the frequency-domain filter (see above)
_CHUNK = 1 << 18  # samples filtered per FFT (12 s at 22,050 Hz: most clips in one)

# A limiter's gain reaches each peak over this look-ahead and holds it as long after; the gain
# curve is then smoothed over no more than the same window, so it can never rise above what the
# sample under it needs (see `_limit_peaks`).
_LIMITER_HOLD_S = 0.005
# Limiting lowers the loudness a little; the gain is raised to make up for it (see `normalise`).
_GAIN_STEPS = 6
_TOLERANCE_LU = 0.05
_MAX_STEP_DB = 6.0


class SilentAudioError(ValueError):
    """The audio holds no sound above the absolute gate (-70 LUFS): nothing to normalise."""


def k_weighting_coefficients(rate: int) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """The two biquads of the K-weighting filter at `rate`, as ((b, a), (b, a))."""
    # Stage 1, the head's acoustic effect: a high shelf.
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / rate)
    vh = 10.0 ** (gain_db / 20.0)
    vb = vh**0.4996667741545416
    shelf_a0 = 1.0 + k / q + k * k
    shelf_b = np.array([(vh + vb * k / q + k * k), 2.0 * (k * k - vh), (vh - vb * k / q + k * k)])
    shelf_a = np.array([shelf_a0, 2.0 * (k * k - 1.0), 1.0 - k / q + k * k])
    # Stage 2, the RLB weighting: a second-order high-pass.
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / rate)
    pass_b = np.array([1.0, -2.0, 1.0])
    pass_a0 = 1.0 + k / q + k * k
    pass_a = np.array([pass_a0, 2.0 * (k * k - 1.0), 1.0 - k / q + k * k])
    return (shelf_b / shelf_a0, shelf_a / shelf_a0), (pass_b, pass_a / pass_a0)


@functools.lru_cache(maxsize=16)
def _k_response(rate: int, fft_size: int) -> np.ndarray:
    """The cascade's complex frequency response on the rfft grid of `fft_size` (read-only)."""
    z_inv = np.exp(-2j * np.pi * np.fft.rfftfreq(fft_size))
    response = np.ones(z_inv.size, dtype=np.complex128)
    for b, a in k_weighting_coefficients(rate):
        numerator = b[0] + b[1] * z_inv + b[2] * z_inv**2
        denominator = a[0] + a[1] * z_inv + a[2] * z_inv**2
        response *= numerator / denominator
    response.flags.writeable = False
    return response


def k_weight(samples: np.ndarray, rate: int) -> np.ndarray:
    """The K-weighted signal (float64, same length): BS.1770's filter, by overlap-add FFT."""
    x = np.asarray(samples, dtype=np.float64)
    tail = int(_TAIL_S * rate)
    chunk = min(_CHUNK, max(1, x.size))
    fft_size = 1 << math.ceil(math.log2(chunk + tail))
    response = _k_response(rate, fft_size)
    out = np.zeros(x.size + fft_size)
    for start in range(0, x.size, chunk):
        piece = x[start : start + chunk]
        filtered = np.fft.irfft(np.fft.rfft(piece, fft_size) * response, fft_size)
        out[start : start + fft_size] += filtered
    return out[: x.size]


def _as_channels(samples: np.ndarray) -> np.ndarray:
    """Samples as (frames, channels); mono (n,) becomes (n, 1)."""
    x = np.asarray(samples)
    if x.ndim == 1:
        return x[:, None]
    if x.ndim == 2:
        return x
    raise ValueError(f"expected mono (n,) or (n, channels) samples, got shape {x.shape}")


def _block_powers(samples: np.ndarray, rate: int) -> np.ndarray:
    """Mean square of the K-weighted signal in each gating block, summed over channels."""
    channels = _as_channels(samples)
    frames = channels.shape[0]
    block = round(BLOCK_S * rate)
    step = round(STEP_S * rate)
    total = np.zeros(max(1, (frames - block) // step + 1) if frames >= block else 1)
    for c in range(channels.shape[1]):
        weighted = k_weight(channels[:, c], rate)
        if frames < block:  # one block, the whole clip (see the module docstring)
            total[0] += float(np.mean(weighted**2)) if frames else 0.0
            continue
        # A running sum of squares gives every block's sum by one subtraction.
        cumulative = np.concatenate([[0.0], np.cumsum(weighted**2)])
        starts = np.arange(total.size) * step
        total += (cumulative[starts + block] - cumulative[starts]) / block
    return total


def _loudness(power: np.ndarray | float) -> np.ndarray | float:
    with np.errstate(divide="ignore"):
        return _LOUDNESS_OFFSET + 10.0 * np.log10(power)


def integrated_lufs(samples: np.ndarray, rate: int) -> float:
    """Integrated loudness in LUFS (BS.1770-4, gated); -inf for silence or no samples.

    `samples`: float mono (n,) at full scale ±1, or (n, channels) whose channels are weighted 1
    (left, right, centre). Under 400 ms the whole clip is one block (see the module docstring).
    """
    powers = _block_powers(samples, rate)
    loudness = _loudness(powers)
    above_absolute = powers[loudness > ABSOLUTE_GATE_LUFS]
    if above_absolute.size == 0:
        return -math.inf
    relative_gate = float(_loudness(np.mean(above_absolute))) + RELATIVE_GATE_LU
    gated = powers[(loudness > ABSOLUTE_GATE_LUFS) & (loudness > relative_gate)]
    return float(_loudness(np.mean(gated)))


def _running_min(values: np.ndarray, radius: int) -> np.ndarray:
    """Minimum over [i - radius, i + radius] for every i, edges padded with 1 (unity gain).

    Windows doubled one step at a time: O(n log radius), no (n by window) matrix.
    """
    width = 2 * radius + 1
    padded = np.pad(values, radius, constant_values=1.0)
    span = 1
    result = padded.copy()  # result[i] = min(padded[i : i + span])
    while span * 2 <= width:
        result = np.minimum(result[:-span], result[span:])
        span *= 2
    if span < width:  # cover the remainder with a second, overlapping window
        shift = width - span
        result = np.minimum(result[:-shift], result[shift:])
    return result[: values.size]


def _limit_peaks(audio: np.ndarray, rate: int, ceiling: float) -> np.ndarray:
    """A look-ahead peak limiter with no overshoot.

    The gain each sample needs is min-filtered over ±hold (so it starts falling ~5 ms before a
    peak and holds as long after it), then smoothed with a box no wider than that window. Every
    sample of a box lies within the min window of the box's centre, so the smoothed gain never
    exceeds what the centre sample needs, and no sample ends above the ceiling.
    """
    need = np.minimum(1.0, ceiling / np.maximum(np.abs(audio), 1e-12))
    if need.min() >= 1.0:
        return audio
    hold = max(1, int(_LIMITER_HOLD_S * rate))
    held = _running_min(need, hold)
    box = np.ones(2 * hold + 1) / (2 * hold + 1)
    smooth = np.convolve(np.pad(held, hold, mode="edge"), box, mode="valid")
    return audio * np.minimum(smooth, need)


def _gained_and_limited(audio: np.ndarray, rate: int, gain_db: float, ceiling: float) -> np.ndarray:
    gained = audio * 10.0 ** (gain_db / 20.0)
    if gained.ndim == 1:
        return _limit_peaks(gained, rate, ceiling)
    # One gain for all channels, so the stereo image stays put.
    peak = np.maximum(np.max(np.abs(gained), axis=1), 1e-12)
    return gained * (_limit_peaks(peak, rate, ceiling) / peak)[:, None]


def normalise(
    samples: np.ndarray, rate: int, target_lufs: float = -19.0, peak_dbfs: float = -3.0
) -> np.ndarray:
    """The audio at `target_lufs` integrated, no sample above `peak_dbfs` (float32, same shape).

    A gain brings the integrated loudness to the target; a gentle look-ahead limiter then takes
    down any peak above the ceiling (5 ms ramps, no hard clipping). Limiting lowers the loudness
    a little, so the gain is raised to make up for it (secant steps on gain → loudness, from the
    original samples each time, at most `_GAIN_STEPS` tries) until the result is within
    `_TOLERANCE_LU` of the target. A target the ceiling makes unreachable ends as close as the
    limiter allows. Raises SilentAudioError when the input is silent (below the -70 LUFS
    absolute gate everywhere).
    """
    audio = np.asarray(samples, dtype=np.float64)
    measured = integrated_lufs(audio, rate)
    if not math.isfinite(measured):
        raise SilentAudioError("the audio is silent: there is no sound to normalise")
    ceiling = 10.0 ** (peak_dbfs / 20.0)
    gain = target_lufs - measured
    out = _gained_and_limited(audio, rate, gain, ceiling)
    error = integrated_lufs(out, rate) - target_lufs
    previous: tuple[float, float] | None = None
    for _ in range(_GAIN_STEPS - 1):
        if abs(error) < _TOLERANCE_LU:
            break
        step = -error  # one dB of gain gives at most one dB of loudness
        if previous is not None and previous[1] != error:
            # Secant: how much loudness the last dB of gain actually bought.
            step = -error * (gain - previous[0]) / (error - previous[1])
        previous = (gain, error)
        gain += float(np.clip(step, -_MAX_STEP_DB, _MAX_STEP_DB))
        out = _gained_and_limited(audio, rate, gain, ceiling)
        error = integrated_lufs(out, rate) - target_lufs
    return np.clip(out, -ceiling, ceiling).astype(np.float32)
