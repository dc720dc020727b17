"""Small exercise libraries for tests: real YAML files and real OGG clips, made on the spot."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import soundfile as sf

from prt_desktop import paths
from prt_desktop.core.clips import clip_name

VOICE = "test-voice"
CLIP_RATE = 22050

SHORT_EXERCISE = """\
id: short-tracking
title: Short test practice
summary: A tiny practice for tests.
techniques: [somatic_tracking]
language: en
voice: test-voice
posture:
  seated: Sit comfortably.
  lying: Lie comfortably.
segments:
  - section: Noticing
  - say: First line to notice.
  - pause: 0.5
  - say: Second line, then a cue.
  - cue: body_map
    prompt: Mark what you notice.
  - say: Last line after the cue.
"""


def tone(seconds: float, rate: int = CLIP_RATE, level: float = 0.2) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (level * np.sin(2 * np.pi * 330 * t)).astype(np.float32)


def make_library(folder: Path, text: str = SHORT_EXERCISE, clip_seconds: float = 0.6) -> Path:
    """Write an exercise file, a clip for each of its lines and the shipped chime; return audio/."""
    from prt_desktop.core.script_file import load_exercise_file

    audio = folder / "audio"
    clips = audio / "clips"
    clips.mkdir(parents=True)
    script = audio / "exercise.yaml"
    script.write_text(text, encoding="utf-8")
    exercise = load_exercise_file(script)
    manifest = {}
    for line in exercise.spoken_lines:
        name = clip_name(exercise.voice, line.text)
        sf.write(clips / name, tone(clip_seconds), CLIP_RATE, format="OGG", subtype="VORBIS")
        manifest[name] = {"text": line.text, "voice": exercise.voice, "seconds": clip_seconds}
    import json

    (clips / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    shutil.copy(paths.audio_dir() / "chime.ogg", audio / "chime.ogg")
    return audio


def exercise_yaml(exercise_id: str, segments: str, *, title: str = "Test practice",
                  techniques: str = "somatic_tracking") -> str:
    """A valid exercise file around `segments` (YAML list items, each line starting '  - ')."""
    return (f"id: {exercise_id}\ntitle: {title}\nsummary: A practice made for a test.\n"
            f"techniques: [{techniques}]\nlanguage: en\nvoice: {VOICE}\n"
            "posture:\n  seated: Sit.\n  lying: Lie.\nsegments:\n" + segments)
