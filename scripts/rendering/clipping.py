"""Finishing a clip: trimmed edges, sentences joined, fades, loudness, OGG Vorbis (numpy only)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from prt_desktop.playback.loudness import integrated_lufs, normalise

from .settings import RenderSettings


def db_to_amp(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def amp_to_db(amp: float) -> float:
    return float(20.0 * np.log10(max(amp, 1e-12)))


def frame_levels(audio: np.ndarray, rate: int, frame_s: float = 0.010) -> tuple[np.ndarray, int]:
    """RMS of consecutive frames, and the frame length in samples."""
    frame = max(1, int(rate * frame_s))
    count = max(1, int(np.ceil(audio.size / frame)))
    padded = np.zeros(count * frame)
    padded[: audio.size] = audio
    return np.sqrt(np.mean(padded.reshape(count, frame) ** 2, axis=1)), frame


def trim_silence(audio: np.ndarray, rate: int, settings: RenderSettings) -> np.ndarray:
    """Cut leading and trailing silence, keeping `edge_pad_s` of the original at each edge.

    Where the voice starts (or stops) at the very edge, silence makes up the padding.
    """
    if audio.size == 0:
        return audio
    levels, frame = frame_levels(audio, rate)
    loud = np.flatnonzero(levels > levels.max() * db_to_amp(settings.gate_db))
    if loud.size == 0 or levels.max() < 1e-6:
        return audio[:0]
    pad = int(settings.edge_pad_s * rate)
    start = loud[0] * frame - pad
    end = (loud[-1] + 1) * frame + pad
    before = np.zeros(max(0, -start))
    after = np.zeros(max(0, end - audio.size))
    return np.concatenate([before, audio[max(0, start) : min(audio.size, end)], after])


def fade_edges(audio: np.ndarray, rate: int, fade_s: float) -> np.ndarray:
    """Raised-cosine fade in and out over `fade_s` (at most half the clip each)."""
    n = min(int(fade_s * rate), audio.size // 2)
    if n <= 0:
        return audio
    ramp = 0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, n))
    out = audio.copy()
    out[:n] *= ramp
    out[-n:] *= ramp[::-1]
    return out


def join_sentences(
    sentences: Iterable[np.ndarray], rate: int, settings: RenderSettings
) -> np.ndarray:
    """The sentences of one line, each trimmed, with `sentence_gap_s` from sound to sound.

    An engine can start a sentence on a hiss at sample 0, so each one's raw edges are eased in
    (10 ms) before trimming; each then keeps its own padding (a soft onset, the tail of its last
    word), which counts towards the gap.
    """
    trimmed = [
        trim_silence(fade_edges(np.asarray(s, dtype=np.float64), rate, 0.010), rate, settings)
        for s in sentences
    ]
    trimmed = [s for s in trimmed if s.size]
    if not trimmed:
        raise ValueError("the engine produced no sound")
    gap = np.zeros(max(0, int((settings.sentence_gap_s - 2 * settings.edge_pad_s) * rate)))
    joined: list[np.ndarray] = []
    for i, sentence in enumerate(trimmed):
        if i:
            joined.append(gap)
        joined.append(sentence)
    return np.concatenate(joined)


def prepare(audio: np.ndarray, rate: int, settings: RenderSettings) -> np.ndarray:
    """No DC offset (it would thump), trimmed edges, click-free fades."""
    audio = np.asarray(audio, dtype=np.float64)
    audio = trim_silence(audio - np.mean(audio), rate, settings)
    return fade_edges(audio, rate, settings.fade_s)


_ENCODE_TRIES = 8


@dataclass(frozen=True)
class ClipFacts:
    """What a decoded clip measures: the figures the manifest keeps."""

    seconds: float
    lufs: float
    peak_dbfs: float


def measure(audio: np.ndarray, rate: int) -> ClipFacts:
    peak = float(np.max(np.abs(audio))) if audio.size else 0.0
    return ClipFacts(audio.size / rate, integrated_lufs(audio, rate), amp_to_db(peak))


def read_clip(path: Path) -> tuple[np.ndarray, int]:
    """A clip decoded to float32 mono (raises on a missing or undecodable file)."""
    audio, rate = sf.read(str(path), dtype="float32", always_2d=True)
    return audio.mean(axis=1), int(rate)


def write_clip(path: Path, prepared: np.ndarray, rate: int, settings: RenderSettings) -> ClipFacts:
    """The prepared line at the loudness target, peaks limited, as OGG Vorbis, mono.

    Written beside and then moved, so a stopped run leaves no half file. Lossy coding adds a
    little energy (~0.1 LU) and overshoots peaks (by up to ~1 dB), so the file is decoded and
    measured: a peak over `peak_dbfs` lowers the limiter's ceiling by the overshoot (the limiter
    takes the peaks down, not the whole line), and a decoded level off the target by more than
    0.05 LU moves the level aimed at before coding; then it is encoded again. Fades lie on the
    near-silent padding, so the gain and the limiter leave their shape. Returns the decoded
    file's figures.
    """
    tmp = path.with_name(path.name + ".part")
    ceiling = settings.limiter_ceiling_dbfs
    aim = settings.target_lufs
    for attempt in range(_ENCODE_TRIES):
        audio = normalise(prepared, rate, aim, ceiling)
        sf.write(str(tmp), audio, rate, format="OGG", subtype="VORBIS",
                 compression_level=settings.vorbis_compression)  # fmt: skip
        decoded, _ = read_clip(tmp)
        facts = measure(decoded, rate)
        peak_over = facts.peak_dbfs - settings.peak_dbfs
        loud_off = settings.target_lufs - facts.lufs
        if peak_over > 0:
            ceiling -= peak_over + 0.1
        elif abs(loud_off) > 0.05 and attempt < _ENCODE_TRIES // 2:
            aim += loud_off
        else:
            break
    else:
        raise ValueError(f"could not keep the peaks of {path.name} under {settings.peak_dbfs} dBFS")
    tmp.replace(path)
    return facts


def make_clip(
    path: Path, sentences: Iterable[np.ndarray], rate: int, settings: RenderSettings
) -> ClipFacts:
    """An engine's sentences, joined, prepared and written as a finished clip."""
    return write_clip(path, prepare(join_sentences(sentences, rate, settings), rate, settings),
                      rate, settings)  # fmt: skip
