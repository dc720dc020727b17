"""Checking an unpacked pack folder: the manifest, and every file it names or carries.

Plain Python (no Qt). Sound files are decoded for real with soundfile, so a text file renamed to
`.ogg` is caught here rather than in the middle of someone's practice.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from prt_desktop.core.script_file import Problem
from prt_desktop.packs.manifest import (
    AUDIO_SUFFIXES,
    RECORDINGS_INDEX,
    PackError,
    PackManifest,
    PackRecording,
    load_manifest,
    safe_relative,
)

if TYPE_CHECKING:
    from prt_desktop.core.library import Library

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_LOGO_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class ValidPack:
    """A pack folder whose manifest and files were all checked."""

    folder: Path
    manifest: PackManifest
    recordings: tuple[PackRecording, ...]  # from the list form or the Record my voice folder


def find_pack_root(folder: Path) -> Path:
    """The folder holding the manifest: the top, or the one folder a zipped folder makes."""
    from prt_desktop.packs.manifest import find_manifest

    if find_manifest(folder) is not None:
        return folder
    entries = [p for p in folder.iterdir() if not p.name.startswith(".")
               and p.name != "__MACOSX"]
    if len(entries) == 1 and entries[0].is_dir() and not entries[0].is_symlink():
        return entries[0]
    return folder


def decode_problem(path: Path) -> str | None:
    """Why a sound file cannot be played, or None if it decodes from start to end."""
    import soundfile

    try:
        with soundfile.SoundFile(str(path)) as sound:
            if sound.frames <= 0 or sound.samplerate <= 0:
                return "it holds no sound"
            while len(sound.read(65536, dtype="float32")):
                pass
    except Exception as error:  # libsndfile reports every kind of damage as some error
        return f"it is not a sound file that can be played ({str(error).strip() or 'unreadable'})"
    return None


def _logo_problem(path: Path) -> str | None:
    if path.stat().st_size > MAX_LOGO_BYTES:
        return "the logo is larger than 2 MB; save it smaller."
    head = path.read_bytes()[:4096]
    if path.suffix.lower() == ".png":
        return None if head.startswith(PNG_MAGIC) else "the logo is not a PNG picture."
    text = head.decode("utf-8", "replace").lower()
    return None if "<svg" in text else "the logo is not an SVG drawing."


def _inside(folder: Path, relative: str) -> Path | None:
    rel = safe_relative(relative)
    if rel is None:
        return None
    path = folder / rel
    if path.is_symlink() or not path.resolve().is_relative_to(folder.resolve()):
        return None
    return path


def _folder_recordings(problems: list[Problem], folder: Path, manifest: PackManifest
                       ) -> tuple[PackRecording, ...]:
    """The Record my voice form: a folder with the recordings and their manifest.json."""
    assert manifest.recordings_folder is not None
    name = manifest.source
    place = _inside(folder, manifest.recordings_folder)
    index = place / RECORDINGS_INDEX if place is not None else None
    if index is None or not index.is_file():
        problems.append(Problem(name, 1, f"'recordings: {manifest.recordings_folder}' needs that "
                                f"folder, with the {RECORDINGS_INDEX} Record my voice keeps."))
        return ()
    try:
        raw = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = None
    if not isinstance(raw, dict):
        problems.append(Problem(name, 1, f"{manifest.recordings_folder}/{RECORDINGS_INDEX} "
                                "cannot be read; copy the folder from Record my voice again."))
        return ()
    found = []
    for file, item in raw.items():
        text = item.get("text") if isinstance(item, dict) else None
        if not isinstance(file, str) or safe_relative(file) is None or len(
                safe_relative(file).parts) != 1 or not isinstance(text, str) or not text.strip():
            problems.append(Problem(name, 1, f"{manifest.recordings_folder}/{RECORDINGS_INDEX} "
                                    f"has an entry that cannot be used ({file!r})."))
            continue
        found.append(PackRecording(f"{manifest.recordings_folder}/{file}",
                                   " ".join(text.split())))
    return tuple(found)


def validate_folder(folder: Path, library: Library | None = None) -> ValidPack:
    """Check an unpacked pack; raise PackError listing every problem found."""
    manifest = load_manifest(folder)
    name = manifest.source
    problems: list[Problem] = []
    if manifest.logo is not None:
        logo = _inside(folder, manifest.logo)
        if logo is None or not logo.is_file():
            problems.append(Problem(name, 1, f"the logo '{manifest.logo}' is not in the pack."))
        elif (why := _logo_problem(logo)) is not None:
            problems.append(Problem(name, 1, why))
    if library is not None and manifest.exercises is not None:
        known = {e.id for e in library.exercises}
        for exercise_id in manifest.exercises:
            if exercise_id not in known:
                problems.append(Problem(name, manifest.exercise_lines.get(exercise_id, 1),
                                        f"there is no exercise '{exercise_id}' in this app's "
                                        "library ('prt-desktop exercises' lists them)."))
    recordings = manifest.recordings
    if manifest.recordings_folder is not None:
        recordings = _folder_recordings(problems, folder, manifest)
    named: set[Path] = set()
    for recording in recordings:
        path = _inside(folder, recording.file)
        if path is None or not path.is_file():
            problems.append(Problem(name, recording.line,
                                    f"the recording '{recording.file}' is not in the pack."))
            continue
        if path.suffix.lower() not in AUDIO_SUFFIXES:
            # Only files ending like sound are decoded below: a recording with another ending
            # would be installed unchecked.
            problems.append(Problem(name, recording.line, f"the recording '{recording.file}' "
                                    "is not a sound file; recordings end in "
                                    f"{', '.join(sorted(AUDIO_SUFFIXES))}."))
            continue
        named.add(path.resolve())
    # Every file that says it is sound must be sound, named in the manifest or not.
    for path in sorted(_all_files(folder, problems, name)):
        if path.suffix.lower() in AUDIO_SUFFIXES and (why := decode_problem(path)):
            rel = path.relative_to(folder).as_posix()
            line = next((r.line for r in recordings if r.file == rel), 1)
            why = why.replace(str(path), rel)  # the pack's own name, not a temporary folder's
            problems.append(Problem(name, line, f"'{rel}': {why}."))
    if problems:
        raise PackError(problems)
    return ValidPack(folder, manifest, recordings)


def _all_files(folder: Path, problems: list[Problem], name: str) -> list[Path]:
    found = []
    for directory, subfolders, files in os.walk(folder):
        for entry in subfolders + files:
            path = Path(directory) / entry
            if path.is_symlink():
                problems.append(Problem(name, 1, f"'{path.relative_to(folder).as_posix()}' is a "
                                        "link; packs may not contain links."))
            elif entry in files:
                found.append(path)
    return found
