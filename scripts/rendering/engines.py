"""The speech engines: Piper (the neural voice) and espeak-ng (the fallback).

Both give a line as a list of sentences (float mono at the engine's rate), so the pauses
between sentences come from `clipping.join_sentences`, never from the engine. Piper is imported
only here and only when a line is rendered with it: it is GPL-3.0, a build tool, never part of
the app.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import soundfile as sf

from .settings import Engine, RenderSettings, VoiceSpec, file_sha256

INSTALL_HINT = "pip install -e '.[render]'   (from the repository root, in .venv)"
ESPEAK_HINT = "sudo apt-get install espeak-ng   (Debian/Ubuntu; other systems: espeak-ng.org)"


class EngineMissing(RuntimeError):
    """The engine or the voice a line needs is not installed here."""


class SpeechEngine(Protocol):
    voice: VoiceSpec

    def sentences(self, text: str) -> tuple[list[np.ndarray], int]:
        """The line spoken, one array per sentence, and the sample rate."""
        ...


def piper_voice_files(spec: VoiceSpec, voice_dir: Path | None) -> tuple[Path, Path]:
    """The model (.onnx) and config (.onnx.json) of a Piper voice: from --voice-dir if it holds
    this voice, else from the voice's package."""
    if voice_dir is not None and (voice_dir / f"{spec.id}.onnx").is_file():
        model = voice_dir / f"{spec.id}.onnx"
        return model, Path(f"{model}.json")
    if not spec.package:
        raise EngineMissing(f"no {spec.id}.onnx in {voice_dir}")
    try:
        module: Any = __import__(spec.package)
    except ImportError as error:
        raise EngineMissing(f"the voice {spec.id!r} is not installed: {INSTALL_HINT}") from error
    return Path(module.model_path()), Path(module.config_path())


class PiperEngine:
    """A Piper voice, loaded once, checked against the model its clips were pinned to."""

    def __init__(self, spec: VoiceSpec, settings: RenderSettings, voice_dir: Path | None) -> None:
        try:
            from piper import PiperVoice, SynthesisConfig
        except ImportError as error:
            raise EngineMissing(f"piper-tts is not installed: {INSTALL_HINT}") from error
        model, config = piper_voice_files(spec, voice_dir)
        found = file_sha256(model)
        if found != spec.model_sha256:
            # Another model under the same clip names would mix two voices in one library.
            raise EngineMissing(
                f"{model} is not the model the clips of {spec.id!r} are pinned to "
                f"(sha256 {found[:12]}…, expected {spec.model_sha256[:12]}…). If the new model "
                "is wanted, put its sha256 in VOICES (scripts/rendering/settings.py): every "
                "clip of this voice then renders again."
            )
        self.voice = spec
        self._piper = PiperVoice.load(model, config)
        self._config = SynthesisConfig(
            length_scale=settings.length_scale,
            noise_scale=settings.noise_scale,
            noise_w_scale=settings.noise_w_scale,
            normalize_audio=False,  # piper would peak-normalise each sentence on its own
        )

    def sentences(self, text: str) -> tuple[list[np.ndarray], int]:
        chunks = self._piper.synthesize(text, self._config)
        return [c.audio_float_array for c in chunks], int(self._piper.config.sample_rate)


# A word that ends a sentence: . ! ? or an ellipsis, maybe then a closing quote or bracket.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")


def split_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    words: list[str] = []
    for word in text.split():
        words.append(word)
        if _SENTENCE_END.search(word):
            sentences.append(" ".join(words))
            words = []
    if words:
        sentences.append(" ".join(words))
    return sentences


class EspeakEngine:
    """The `espeak-ng` command, one sentence at a time, writing WAV to a scratch folder."""

    def __init__(self, spec: VoiceSpec, settings: RenderSettings) -> None:
        command = shutil.which("espeak-ng")
        if command is None:
            raise EngineMissing(f"espeak-ng is not installed: {ESPEAK_HINT}")
        self.voice = spec
        self._command = command
        self._settings = settings

    def _speak(self, sentence: str, wav: Path) -> tuple[np.ndarray, int]:
        subprocess.run(
            [
                self._command,
                "-v", self.voice.espeak_voice,
                "-s", str(self._settings.espeak_words_per_minute),
                "-p", str(self._settings.espeak_pitch),
                "-w", str(wav),
                "--stdin",  # the text never reaches the command line, so it can't be an option
            ],
            input=sentence.encode(), check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        audio, rate = sf.read(str(wav), dtype="float64", always_2d=True)
        return audio.mean(axis=1), int(rate)

    def sentences(self, text: str) -> tuple[list[np.ndarray], int]:
        with tempfile.TemporaryDirectory(prefix="prt-espeak-") as folder:
            spoken = [
                self._speak(sentence, Path(folder) / f"{i}.wav")
                for i, sentence in enumerate(split_sentences(text))
            ]
        if not spoken:
            raise ValueError(f"nothing to say in {text!r}")
        return [audio for audio, _ in spoken], spoken[0][1]


def open_engine(spec: VoiceSpec, settings: RenderSettings, voice_dir: Path | None) -> SpeechEngine:
    if spec.engine is Engine.PIPER:
        return PiperEngine(spec, settings, voice_dir)
    return EspeakEngine(spec, settings)
