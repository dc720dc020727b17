"""Helpers for the pack tests: real packs (manifest, PNG logo, OGG recordings) made on the spot,
and hostile zips built with zipfile. No tests here."""

from __future__ import annotations

import stat
import struct
import zipfile
import zlib
from pathlib import Path

import numpy as np
import soundfile as sf

from prt_desktop import paths
from prt_desktop.core.library import Library, load_library


def _png(width: int = 4, height: int = 4) -> bytes:
    """A small valid PNG (teal), made by hand so the tests need no image library."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + b"\x3f\x6f\x73" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


PNG_1PX = _png()
# As `python -m prt_desktop.kiosk.pin` prints it (docs/kiosk.md).
PIN_HASH = ("scrypt$16384$8$1$0caa035bd2d6503d87da0c8103d3d25c$"
            "88662c77d605bdff195e92145c708bc5d89502940118ec0c546170b1bf79820e")
LINE = ("Welcome. For the next few minutes, you will breathe slowly, with an out-breath that is "
        "a little longer than the in-breath.")
MANIFEST = """\
format: 1
id: riverside-clinic
name: Riverside Pain Clinic
therapist: Sam Example
logo: logo.png
welcome: Welcome. These are the practices we chose together.
exercises:
  - calming-breath
  - somatic-tracking-5min
recordings:
  - file: voice-files/welcome.ogg
    text: "{line}"
defaults:
  pace: 1.25
  kiosk: true
  kiosk_pin_hash: "{pin_hash}"
"""


def full_manifest() -> str:
    """MANIFEST filled in: every field, a recording and kiosk defaults."""
    return MANIFEST.format(line=LINE, pin_hash=PIN_HASH)


def real_library() -> Library:
    return load_library(paths.audio_dir(), paths.clips_dir())


def write_ogg(path: Path, seconds: float = 0.5, rate: int = 22050) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(str(path), (0.2 * np.sin(2 * np.pi * 330 * t)).astype(np.float32), rate,
             format="OGG", subtype="VORBIS")
    return path


def make_pack_folder(folder: Path, manifest: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(manifest if manifest is not None
                                      else full_manifest(), encoding="utf-8")
    (folder / "logo.png").write_bytes(PNG_1PX)
    write_ogg(folder / "voice-files" / "welcome.ogg")
    return folder


def zip_folder(folder: Path, target: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, prefix + path.relative_to(folder).as_posix())
    return target


def make_pack_zip(tmp: Path, name: str = "pack.zip", manifest: str | None = None) -> Path:
    return zip_folder(make_pack_folder(tmp / (name + "-src"), manifest), tmp / name)


def add_entry(archive_path: Path, name: str, data: bytes, *, mode: int | None = None,
              compress: int = zipfile.ZIP_DEFLATED) -> None:
    with zipfile.ZipFile(archive_path, "a", compress) as archive:
        info = zipfile.ZipInfo(name)
        info.compress_type = compress
        if mode is not None:
            info.create_system = 3  # Unix, so external_attr's high bits are a mode
            info.external_attr = mode << 16
        archive.writestr(info, data)


def add_symlink(archive_path: Path, name: str, points_to: str) -> None:
    add_entry(archive_path, name, points_to.encode(), mode=stat.S_IFLNK | 0o777,
              compress=zipfile.ZIP_STORED)


def listing(folder: Path) -> list[str]:
    """Every path under `folder` (and whether it exists), to compare before and after."""
    if not folder.exists():
        return ["<missing>"]
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))
