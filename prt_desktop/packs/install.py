"""Installing a pack into a data folder (`packs/<id>/`), whole or not at all.

The zip (or folder) is unpacked into a temporary folder inside the data folder, so on the same
file system; everything is checked there; the recordings are laid out the way the app looks them
up; and only then is the folder renamed into place and `packs/active.json` replaced atomically.
A refusal removes the temporary folder, so the data folder is left exactly as it was found.

The same preparation bakes a pack into an installer (`scripts/build_installer.py --pack`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from prt_desktop.core.clips import recording_name
from prt_desktop.packs.archive import ArchiveLimits, ArchiveRefused, extract
from prt_desktop.packs.manifest import PackError
from prt_desktop.packs.validate import ValidPack, find_pack_root, validate_folder
from prt_desktop.storage.durable import atomic_write

if TYPE_CHECKING:
    from prt_desktop.core.library import Library

log = logging.getLogger(__name__)

PACKS_FOLDER = "packs"
ACTIVE_FILE = "active.json"
INSTALLED_FILE = "installed.json"
VOICE_FOLDER = "voice"  # the therapist's recordings, named as ClipResolver looks them up


class PackRefused(Exception):
    """A pack that was not installed; `str()` is a message for the person, `problems` the
    line-numbered details for whoever made the pack."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []

    def describe(self) -> str:
        return "\n".join([str(self), *(f"  {p}" for p in self.problems)])


@dataclass(frozen=True)
class InstallResult:
    folder: Path
    pack: ValidPack


def prepare(source: Path, workdir: Path, library: Library | None,
            limits: ArchiveLimits | None = None) -> ValidPack:
    """Unpack or copy `source` (a .zip or a folder) into the empty `workdir`, check it all, and
    lay it out as installed. Raises PackRefused; `workdir` is then the caller's to remove."""
    if not source.exists():
        raise PackRefused(f"There is no pack at {source}.")
    unpacked = workdir / "unpacked"
    try:
        if source.is_dir():
            shutil.copytree(source, unpacked, symlinks=True)
        else:
            unpacked.mkdir()
            extract(source, unpacked, limits)
    except ArchiveRefused as error:
        raise PackRefused(str(error)) from None
    except OSError as error:
        raise PackRefused(f"The pack could not be read ({error.strerror or error}).") from None
    root = find_pack_root(unpacked)
    try:
        valid = validate_folder(root, library)
    except PackError as error:
        raise PackRefused("The pack was not imported: its contents have problems. Whoever made "
                          "it can fix them; the details follow.",
                          [str(p) for p in error.problems]) from None
    voice = root / VOICE_FOLDER
    if valid.recordings:
        voice.mkdir(exist_ok=True)
        for recording in valid.recordings:
            # Copied, not moved: two lines may share a file, and the pack stays as it was made.
            shutil.copyfile(root / recording.file, voice / recording_name(recording.text))
    installed = {"id": valid.manifest.id, "name": valid.manifest.name, "from": source.name,
                 "installed": datetime.now().astimezone().isoformat(timespec="seconds")}
    (root / INSTALLED_FILE).write_text(json.dumps(installed, indent=1), encoding="utf-8")
    return valid


def import_pack(source: Path, data_folder: Path, library: Library | None = None,
                limits: ArchiveLimits | None = None) -> InstallResult:
    """Install the pack `source` into `data_folder/packs/<id>/` and make it the active one.

    Raises PackRefused, leaving the data folder as it was (a folder that did not exist before
    does not exist after)."""
    created = not data_folder.exists()
    try:
        data_folder.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(prefix=".pack-import-", dir=data_folder))
    except OSError as error:
        raise PackRefused(f"The data folder {data_folder} cannot be written "
                          f"({error.strerror or error}).") from None
    try:
        valid = prepare(source, workdir, library, limits)
        target = _put_in_place(valid, data_folder)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        if created:
            with contextlib.suppress(OSError):
                data_folder.rmdir()
        raise
    shutil.rmtree(workdir, ignore_errors=True)
    log.info("Installed the pack %r (%s) into %s", valid.manifest.name, valid.manifest.id, target)
    return InstallResult(target, ValidPack(target, valid.manifest, valid.recordings))


def _put_in_place(valid: ValidPack, data_folder: Path) -> Path:
    packs = data_folder / PACKS_FOLDER
    made_packs = not packs.exists()
    packs.mkdir(exist_ok=True)
    target = packs / valid.manifest.id
    old: Path | None = None
    try:
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".replaced-{valid.manifest.id}-", dir=packs))
            os.replace(target, old / "pack")
        os.replace(valid.folder, target)
        payload = json.dumps({"id": valid.manifest.id}).encode()
        atomic_write(packs / ACTIVE_FILE, lambda handle: handle.write(payload), mode=0o644)
    except OSError as error:
        # Put back what was there: the previous pack, or no packs folder at all.
        if old is not None and (old / "pack").exists():
            if target.exists():
                shutil.rmtree(target, ignore_errors=True)
            os.replace(old / "pack", target)
        if made_packs:
            shutil.rmtree(packs, ignore_errors=True)
        raise PackRefused(f"The pack could not be put into the data folder "
                          f"({error.strerror or error}); nothing was changed.") from None
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    return target


def bake(source: Path, target: Path, library: Library | None) -> ValidPack:
    """Prepare a pack into `target` (which must not exist), for an installer's bundle."""
    if target.exists():
        raise PackRefused(f"{target} is already there; remove it first.")
    target.parent.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=".pack-bake-", dir=target.parent))
    try:
        valid = prepare(source, workdir, library)
        os.replace(valid.folder, target)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return ValidPack(target, valid.manifest, valid.recordings)
