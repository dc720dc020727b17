"""A therapist's (or person's) own recordings of exercise lines, kept in the data folder.

Each kept take becomes `recordings/<recording_name(text)>`, an OGG Vorbis file that
`core.clips.ClipResolver` plays in place of the synthetic clip wherever that line is spoken.
A take is prepared the way the rendered clips are: leading and trailing silence trimmed (with a
generous margin, so no breath or soft ending is cut), loudness-normalised to the speech target
(-19 LUFS, peaks at most -3 dBFS), and faded over a few milliseconds at each end so it starts and
stops without a click. `recordings/manifest.json` ties each file to its text, length, the time it
was recorded and its measured loudness, so a pack can be exported with the words it speaks.

Both the sound file and the manifest are written to a temporary file in the same folder, fsynced
and renamed into place, so a crash leaves either the old or the new version, never half of one.
`save` and `delete` are meant for one thread at a time (the app's writer thread); a lock keeps
them from interleaving anyway. `has` and `entries` only read and may be called from anywhere.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from prt_desktop.core.clips import MANIFEST_NAME, normalise_text, recording_name
from prt_desktop.playback.loudness import SilentAudioError, integrated_lufs, normalise
from prt_desktop.storage.durable import atomic_write

log = logging.getLogger(__name__)

TARGET_LUFS = -19.0
PEAK_DBFS = -3.0
FADE_SECONDS = 0.010
# Trimming keeps everything from a little before the first sound to a little after the last, so
# soft consonants, a breath in, or a fading last word are never cut.
TRIM_FRAME_SECONDS = 0.010
TRIM_BELOW_PEAK_DB = 40.0  # a frame this far below the loudest is treated as silence
TRIM_MARGIN_BEFORE = 0.20
TRIM_MARGIN_AFTER = 0.35
# Speech into a working microphone measures -45 to -20 LUFS; a muted or unplugged one records
# only its noise floor, well below this. Anything quieter is not made 40 dB louder: it is refused.
NOTHING_HEARD_LUFS = -55.0

NOTHING_HEARD = "Nothing was heard. Check that the microphone is connected and not muted."

__all__ = ["NOTHING_HEARD", "RecordingEntry", "RecordingStore", "SilentAudioError",
           "check_heard", "prepare_take"]


@dataclass(frozen=True)
class RecordingEntry:
    """One kept recording, as listed in the manifest."""

    file: str
    text: str
    seconds: float
    recorded: str  # ISO 8601 with time zone
    lufs: float


def check_heard(samples: np.ndarray, rate: int) -> float:
    """The take's loudness in LUFS, or SilentAudioError(NOTHING_HEARD) if nothing was heard."""
    if samples.size == 0 or not np.all(np.isfinite(samples)):
        raise SilentAudioError(NOTHING_HEARD)
    loudness = integrated_lufs(samples, rate)
    if not math.isfinite(loudness) or loudness < NOTHING_HEARD_LUFS:
        raise SilentAudioError(NOTHING_HEARD)
    return loudness


def _trim_silence(samples: np.ndarray, rate: int) -> np.ndarray:
    frame = max(1, int(TRIM_FRAME_SECONDS * rate))
    count = samples.size // frame
    if count < 2:
        return samples
    rms = np.sqrt(np.mean(samples[:count * frame].reshape(count, frame) ** 2, axis=1))
    threshold = rms.max() * 10.0 ** (-TRIM_BELOW_PEAK_DB / 20.0)
    sound = np.flatnonzero(rms > threshold)
    if sound.size == 0:
        return samples
    start = max(0, sound[0] * frame - int(TRIM_MARGIN_BEFORE * rate))
    end = min(samples.size, (sound[-1] + 1) * frame + int(TRIM_MARGIN_AFTER * rate))
    return samples[start:end]


def _fade(samples: np.ndarray, rate: int) -> np.ndarray:
    length = min(int(FADE_SECONDS * rate), samples.size // 2)
    if length < 1:
        return samples
    ramp = (0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, length))).astype(np.float32)
    out = samples.copy()
    out[:length] *= ramp
    out[-length:] *= ramp[::-1]
    return out


def prepare_take(samples: np.ndarray, rate: int) -> np.ndarray:
    """A raw take made ready to keep: trimmed, at the speech loudness, faded at both ends."""
    audio = np.asarray(samples, dtype=np.float32)
    if audio.ndim == 2:
        audio = audio.mean(axis=1, dtype=np.float32)
    check_heard(audio, rate)
    audio = audio - np.float32(audio.mean())  # a microphone's DC offset would skew the level
    audio = _trim_silence(audio, rate)
    try:
        audio = normalise(audio, rate, target_lufs=TARGET_LUFS, peak_dbfs=PEAK_DBFS)
    except SilentAudioError as error:
        raise SilentAudioError(NOTHING_HEARD) from error
    return _fade(audio, rate)


class RecordingStore:
    """The recordings under one folder (`DataLocation.recordings`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._lock = threading.Lock()

    @property
    def manifest_path(self) -> Path:
        return self.folder / MANIFEST_NAME

    def path_for(self, text: str) -> Path:
        return self.folder / recording_name(text)

    def has(self, text: str) -> bool:
        return self.path_for(text).is_file()

    def save(self, text: str, samples: np.ndarray, rate: int) -> Path:
        """Prepare and keep a take of the line `text`, replacing any earlier one; its path.

        Raises SilentAudioError (message NOTHING_HEARD) when the take holds no sound, and
        OSError when the folder cannot be written (nothing is changed then).
        """
        audio = prepare_take(samples, rate)
        lufs = integrated_lufs(audio, rate)
        path = self.path_for(text)
        with self._lock:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(path, lambda handle: sf.write(
                handle, audio, rate, format="OGG", subtype="VORBIS"))
            manifest = self._read_manifest()
            manifest[path.name] = {
                "text": normalise_text(text),
                "seconds": round(audio.size / rate, 3),
                "recorded": datetime.now().astimezone().isoformat(timespec="seconds"),
                "lufs": round(lufs, 2),
            }
            self._write_manifest(manifest)
        log.info("Kept a recording of %r as %s (%.1f s, %.1f LUFS)", text[:40], path.name,
                 audio.size / rate, lufs)
        return path

    def delete(self, text: str) -> bool:
        """Remove the recording of `text`, so the synthetic voice speaks it again; True if one
        was there."""
        path = self.path_for(text)
        with self._lock:
            existed = path.is_file()
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            manifest = self._read_manifest()
            if manifest.pop(path.name, None) is not None or existed:
                self._write_manifest(manifest)
        return existed

    def entries(self) -> list[RecordingEntry]:
        """Every kept recording whose file is present, in the manifest's order."""
        found: list[RecordingEntry] = []
        for name, item in self._read_manifest().items():
            if not isinstance(item, dict) or not (self.folder / name).is_file():
                continue
            try:
                found.append(RecordingEntry(
                    file=name, text=str(item["text"]), seconds=float(item.get("seconds", 0.0)),
                    recorded=str(item.get("recorded", "")),
                    lufs=float(item.get("lufs", math.nan))))
            except (KeyError, TypeError, ValueError):
                continue
        return found

    def entry(self, text: str) -> RecordingEntry | None:
        name = recording_name(text)
        return next((e for e in self.entries() if e.file == name), None)

    # ---- files ------------------------------------------------------------------------------
    def _read_manifest(self) -> dict[str, Any]:
        try:
            raw = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            # The recordings themselves are untouched and still play; only their list is lost.
            log.warning("The recordings list %s could not be read (%r); starting a new one",
                        self.manifest_path, error)
            return {}
        return raw if isinstance(raw, dict) else {}

    def _write_manifest(self, manifest: dict[str, Any]) -> None:
        payload = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode()
        atomic_write(self.manifest_path, lambda handle: handle.write(payload))
