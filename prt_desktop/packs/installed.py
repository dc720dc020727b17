"""The pack in use, and what it changes in the app: the library it offers and its branding.

The active pack is the one last imported into the data folder (`packs/active.json`), else the
one baked into the installer (`pack/` beside `audio/` in the bundle). The services call
`apply(library, data_folder)` once at start; the result is still a `Library` (so nothing else
needs to change) that also carries the pack, which the practice list reads for its branding.
A pack that has since become unreadable is logged and ignored: the app then opens unbranded
with the whole library, never not at all.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from prt_desktop import paths
from prt_desktop.core.clips import ClipResolver
from prt_desktop.core.exercise import Say
from prt_desktop.core.library import Library
from prt_desktop.packs.install import ACTIVE_FILE, PACKS_FOLDER, VOICE_FOLDER
from prt_desktop.packs.manifest import PackDefaults, PackError, PackManifest, load_manifest

log = logging.getLogger(__name__)

BUNDLED_PACK_FOLDER = "pack"


@dataclass(frozen=True)
class InstalledPack:
    """A pack as the app uses it: its manifest and where its files are."""

    folder: Path
    manifest: PackManifest

    @property
    def name(self) -> str:
        return self.manifest.name

    @property
    def welcome(self) -> str:
        return self.manifest.welcome

    @property
    def therapist(self) -> str:
        return self.manifest.therapist

    @property
    def logo(self) -> Path | None:
        return self.folder / self.manifest.logo if self.manifest.logo else None

    @property
    def voice_folder(self) -> Path:
        return self.folder / VOICE_FOLDER

    @property
    def defaults(self) -> PackDefaults:
        """Pace and kiosk settings (`kiosk`, `kiosk_pin_hash`), read by the practice and kiosk
        mode."""
        return self.manifest.defaults


@dataclass(frozen=True)
class PackLibrary(Library):
    """A library limited to a pack's exercises, with the pack it came from."""

    pack: InstalledPack | None = None


class PackClipResolver(ClipResolver):
    """The person's own recording of a line first, then the therapist's, then the rendered clip."""

    def __init__(self, base: ClipResolver, pack_voice: Path) -> None:
        super().__init__(base.clips, base.recordings_folder)
        self.pack = ClipResolver(base.clips, pack_voice)

    def recording_for(self, line: Say) -> Path | None:
        return super().recording_for(line) or self.pack.recording_for(line)


def bundled_pack_folder() -> Path:
    return paths.bundle_root() / BUNDLED_PACK_FOLDER


def active_pack_folder(data_folder: Path | None) -> Path | None:
    """Where the pack in use is: the one imported last into the data folder, else the bundle's."""
    if data_folder is not None:
        try:
            active = json.loads((data_folder / PACKS_FOLDER / ACTIVE_FILE).read_text("utf-8"))
            folder = data_folder / PACKS_FOLDER / str(active["id"])
            if folder.is_dir() and "/" not in str(active["id"]):
                return folder
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.warning("The record of the active pack cannot be read (%r); ignoring it", error)
    bundled = bundled_pack_folder()
    return bundled if bundled.is_dir() else None


def load_installed(folder: Path) -> InstalledPack:
    """Read an installed pack's manifest; PackError if it cannot be used."""
    return InstalledPack(folder, load_manifest(folder))


def active_pack(data_folder: Path | None) -> InstalledPack | None:
    folder = active_pack_folder(data_folder)
    if folder is None:
        return None
    try:
        return load_installed(folder)
    except PackError as error:
        log.warning("The pack in %s cannot be used, so the app opens without it: %s",
                    folder, error)
        return None


def limit(library: Library, pack: InstalledPack) -> PackLibrary:
    """The library as the pack offers it: its exercises in its order, its recordings used."""
    exercises = library.exercises
    chosen = pack.manifest.exercises
    if chosen is not None:
        by_id = {e.id: e for e in library.exercises}
        missing = [i for i in chosen if i not in by_id]
        if missing:
            log.warning("The pack %s names exercises this library lacks: %s", pack.manifest.id,
                        ", ".join(missing))
        exercises = tuple(by_id[i] for i in chosen if i in by_id)
    clips = (PackClipResolver(library.clips, pack.voice_folder) if pack.voice_folder.is_dir()
             else library.clips)
    fields = {f.name: getattr(library, f.name) for f in dataclasses.fields(Library)}
    fields.update(exercises=exercises, clips=clips)
    return PackLibrary(**fields, pack=pack)


def apply(library: Library, data_folder: Path | None) -> Library:
    """The library with the active pack applied (unchanged when there is none)."""
    pack = active_pack(data_folder)
    if pack is None:
        return library
    log.info("Using the pack %r (%s) from %s", pack.name, pack.manifest.id, pack.folder)
    return limit(library, pack)


def pack_of(library: Library) -> InstalledPack | None:
    """The pack a library was limited to, if any (for the branding on the practice list)."""
    return getattr(library, "pack", None)
