"""Which sound file speaks each line of an exercise.

Rendered clips live in `audio/clips/`, named by a hash of voice, render settings and text (so a
changed line or a changed setting never plays stale audio), and `audio/clips/manifest.json` ties
each file to the text it speaks. The app looks a line up by voice and text in that manifest, so it
never needs to know the render settings. A therapist's own recording of a line, kept in the data
folder under `recordings/`, takes the place of the synthetic clip wherever that line is spoken.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from prt_desktop.core.exercise import Chime, Cue, Exercise, Pause, Say

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.json"
CHIME_SECONDS = 3.0
CUE_SECONDS_ESTIMATE = 30.0  # time a person typically spends at a cue, for the duration shown


def normalise_text(text: str) -> str:
    return " ".join(text.split())


def clip_name(voice: str, text: str, settings: str = "") -> str:
    """The file name of a rendered clip: a hash of what made it."""
    key = f"{voice}\n{settings}\n{normalise_text(text)}"
    return f"{hashlib.sha256(key.encode()).hexdigest()[:24]}.ogg"


def recording_name(text: str) -> str:
    """The file name of a person's own recording of a line (any voice, any exercise)."""
    key = f"recording\n{normalise_text(text)}"
    return f"{hashlib.sha256(key.encode()).hexdigest()[:24]}.ogg"


@dataclass(frozen=True)
class ClipEntry:
    file: str
    text: str
    voice: str
    seconds: float
    settings: str = ""


@dataclass(frozen=True)
class ClipIndex:
    """The rendered clips, from a manifest: file name → {text, voice, seconds, settings, ...}."""

    folder: Path
    entries: Mapping[tuple[str, str], ClipEntry]

    @classmethod
    def load(cls, folder: Path) -> ClipIndex:
        try:
            raw = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(folder, {})
        entries: dict[tuple[str, str], ClipEntry] = {}
        for name, item in (raw.items() if isinstance(raw, dict) else ()):
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                continue
            entry = ClipEntry(file=name, text=item["text"], voice=str(item.get("voice", "")),
                              seconds=float(item.get("seconds", 0.0)),
                              settings=str(item.get("settings", "")))
            entries[(entry.voice, normalise_text(entry.text))] = entry
        return cls(folder, entries)

    def entry(self, voice: str, text: str) -> ClipEntry | None:
        return self.entries.get((voice, normalise_text(text)))


class ClipResolver:
    """Finds the sound for each spoken line: the recording first, then the rendered clip."""

    def __init__(self, clips: ClipIndex, recordings_folder: Path | None = None) -> None:
        self.clips = clips
        self.recordings_folder = recordings_folder

    def recording_for(self, line: Say) -> Path | None:
        """The person's recording of the line, if there is one that can be read.

        A damaged recording is passed over (and logged), so the line falls back to the rendered
        clip instead of stopping the practice.
        """
        if self.recordings_folder is None:
            return None
        path = self.recordings_folder / recording_name(line.text)
        if not path.is_file():
            return None
        try:
            import soundfile

            soundfile.info(str(path))
        except Exception:
            log.warning("The recording %s cannot be read; using the rendered voice", path.name)
            return None
        return path

    def path_for(self, exercise: Exercise, line: Say) -> Path | None:
        recording = self.recording_for(line)
        if recording is not None:
            return recording
        entry = self.clips.entry(exercise.voice, line.text)
        if entry is None:
            return None
        path = self.clips.folder / entry.file
        return path if path.is_file() else None

    def missing(self, exercise: Exercise) -> list[Say]:
        return [s for s in exercise.spoken_lines if self.path_for(exercise, s) is None]

    def duration(self, exercise: Exercise, pace: float = 1.0) -> float:
        """Estimated length in seconds at a pace (pauses scale with pace, speech does not)."""
        total = 0.0
        for segment in exercise.segments:
            if isinstance(segment, Say):
                entry = self.clips.entry(exercise.voice, segment.text)
                total += entry.seconds if entry else 0.0
            elif isinstance(segment, Pause):
                total += segment.seconds * pace
            elif isinstance(segment, Chime):
                total += CHIME_SECONDS
            elif isinstance(segment, Cue):
                total += CUE_SECONDS_ESTIMATE
        return total
