"""Unpacking a pack's zip without trusting it.

A zip can be built to harm whoever opens it: names that climb out of the target folder
(`../../.bashrc`, "zip slip"), absolute paths, links that point elsewhere, device files, and
archives that expand to absurd sizes or numbers of files ("zip bombs"). Every entry is checked
from the central directory before a single byte is written, and while writing, the bytes are
counted again, so a header that lies about a size cannot get past either. Each refusal has its
own message, for the person or the clinic's IT, and names the entry.
"""

from __future__ import annotations

import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

CHUNK = 1 << 16


class ArchiveRefused(ValueError):
    """The zip is refused before anything was kept; the message says why in plain words."""


@dataclass(frozen=True)
class ArchiveLimits:
    """What a pack may expand to. A therapist's pack is a few dozen MB of recordings."""

    max_total_bytes: int = 512 * 1024 * 1024
    max_files: int = 2000
    max_file_bytes: int = 256 * 1024 * 1024
    # Sound and pictures hardly compress; text about 3-10:1. Zeros compress ~1000:1.
    max_ratio: float = 100.0
    ratio_applies_above: int = 64 * 1024  # a small text file may compress well; that is harmless


def _mode(info: zipfile.ZipInfo) -> int:
    # Unix permissions and file type live in the high 16 bits when the zip was made on Unix.
    return (info.external_attr >> 16) & 0xFFFF if info.create_system == 3 else 0


_WINDOWS_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                               *(f"LPT{i}" for i in range(1, 10))})


def _safe_name(info: zipfile.ZipInfo) -> PurePosixPath:
    raw = info.orig_filename
    if "\x00" in raw:
        raise ArchiveRefused(f"The pack contains a file with an impossible name ({raw!r}). "
                             "It was not imported.")
    if raw.startswith(("/", "\\")) or (len(raw) > 1 and raw[1] == ":"):
        raise ArchiveRefused(f"The pack contains a file with an absolute path ('{raw}'): a pack "
                             "may only hold files inside its own folder. It was not imported.")
    if "\\" in raw:
        raise ArchiveRefused(f"The pack contains a name with a backslash ('{raw}'); make the zip "
                             "again with a standard zip tool. It was not imported.")
    parts = PurePosixPath(raw).parts
    for part in parts:
        # Names Windows treats specially: an NTFS stream ("a.ogg:hidden"), a device ("CON",
        # "aux.ogg"), or a name its file system would silently change (a trailing dot or space).
        if ":" in part or part.split(".")[0].upper() in _WINDOWS_DEVICES or \
                (part not in (".", "..") and part != part.rstrip(". ")):
            raise ArchiveRefused(f"The pack contains a name Windows cannot hold safely ('{raw}'). "
                                 "It was not imported.")
    if ".." in parts:
        raise ArchiveRefused(f"The pack contains a path that leads outside its folder ('{raw}'). "
                             "This is how harmful zips overwrite other files, so it was not "
                             "imported.")
    return PurePosixPath(*[p for p in parts if p not in (".", "")])


def check_entries(archive: zipfile.ZipFile, limits: ArchiveLimits) -> list[zipfile.ZipInfo]:
    """Every entry checked from the central directory; the files (not folders) to write."""
    infos = archive.infolist()
    files = [i for i in infos if not i.is_dir()]
    if len(files) > limits.max_files:
        raise ArchiveRefused(f"The pack holds {len(files)} files; a pack may hold at most "
                             f"{limits.max_files}. It was not imported.")
    total = 0
    seen: set[str] = set()
    for info in infos:
        name = _safe_name(info)
        mode = _mode(info)
        if stat.S_ISLNK(mode):
            raise ArchiveRefused(f"The pack contains a link ('{info.filename}'). Links can point "
                                 "anywhere on the computer, so packs may not contain them. It was "
                                 "not imported.")
        # Only the file-type bits count: some tools write permissions alone (type 0).
        if stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            raise ArchiveRefused(f"The pack contains '{info.filename}', which is not an ordinary "
                                 "file. It was not imported.")
        if info.flag_bits & 0x1:
            raise ArchiveRefused(f"The pack contains a password-protected file "
                                 f"('{info.filename}'). Make the zip without a password.")
        if info.is_dir():
            continue
        key = str(name).casefold()
        if key in seen or not name.parts:
            raise ArchiveRefused(f"The pack contains '{info.filename}' twice. It was not "
                                 "imported.")
        seen.add(key)
        if info.file_size > limits.max_file_bytes:
            raise ArchiveRefused(f"'{info.filename}' in the pack would expand to "
                                 f"{_mb(info.file_size)}; one file may be at most "
                                 f"{_mb(limits.max_file_bytes)}. It was not imported.")
        if (info.file_size > limits.ratio_applies_above
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            ratio = info.file_size / max(info.compress_size, 1)
            raise ArchiveRefused(f"'{info.filename}' in the pack is compressed {ratio:.0f} to 1; "
                                 "real recordings and pictures hardly compress, so this looks "
                                 "like a zip bomb. It was not imported.")
        total += info.file_size
        if total > limits.max_total_bytes:
            raise ArchiveRefused(f"The pack would expand to more than "
                                 f"{_mb(limits.max_total_bytes)}, which is far more than a pack "
                                 "needs. It was not imported.")
    return files


def extract(source: Path, target: Path, limits: ArchiveLimits | None = None) -> None:
    """Unpack the zip `source` into the empty folder `target`, or raise ArchiveRefused.

    On refusal, `target` may hold some files: the caller unpacks into a temporary folder and
    throws it away (packs.install does), so nothing half-unpacked is ever kept.
    """
    limits = limits or ArchiveLimits()
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as error:
        raise ArchiveRefused(f"'{source.name}' cannot be opened as a zip file ({error}).") from None
    root = target.resolve()
    with archive:
        files = check_entries(archive, limits)
        written_total = 0
        for info in files:
            destination = (root / _safe_name(info)).resolve()
            if not destination.is_relative_to(root) or destination == root:
                raise ArchiveRefused(f"The pack contains a path that leads outside its folder "
                                     f"('{info.filename}'). It was not imported.")
            written = 0
            try:
                destination.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(info) as stream, open(destination, "xb") as out:
                    while chunk := stream.read(CHUNK):
                        written += len(chunk)
                        written_total += len(chunk)
                        # The header's sizes were checked; these catch a header that lies.
                        if written > info.file_size or written_total > limits.max_total_bytes:
                            raise ArchiveRefused(f"'{info.filename}' in the pack expands to more "
                                                 "than its header says; this looks like a zip "
                                                 "bomb. It was not imported.")
                        out.write(chunk)
            except FileExistsError:
                raise ArchiveRefused(f"The pack contains '{info.filename}' twice, or as both a "
                                     "file and a folder. It was not imported.") from None
            except (zipfile.BadZipFile, EOFError, NotImplementedError) as error:
                raise ArchiveRefused(f"'{info.filename}' in the pack is damaged or uses an "
                                     f"unsupported compression ({error}).") from None
            except RuntimeError as error:  # zipfile: encrypted, or a bad password
                raise ArchiveRefused(f"'{info.filename}' in the pack cannot be read "
                                     f"({error}).") from None


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"
