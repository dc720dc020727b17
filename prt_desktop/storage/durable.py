"""A TinyDB storage that never leaves a half-written journal on disk.

TinyDB's own `JSONStorage` overwrites its file in place and truncates it afterwards, so a crash or
power cut in the middle of a write leaves broken JSON, and everything in the file is lost with it.
`DurableJSONStorage` writes the whole document to a temporary file in the same folder, flushes and
fsyncs it, renames it over the real file with `os.replace` (atomic on POSIX and on NTFS), and then
fsyncs the folder so the rename itself survives a power cut. At every moment the file on disk is
either the previous complete document or the new complete document.

Pure standard library plus tinydb; usable anywhere a TinyDB storage is:
`TinyDB(path, storage=DurableJSONStorage)`.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from tinydb.storages import Storage

from prt_desktop.storage.errors import CorruptDatabaseError

#: How often `os.replace` is tried on Windows, where a virus scanner or indexer briefly holding
#: the file open makes the rename fail with PermissionError.
REPLACE_ATTEMPTS = 6
#: A temporary file older than this is a leftover of a crash mid-write and is removed on open.
STALE_TEMP_SECONDS = 60.0

_IS_WINDOWS = os.name == "nt"
# Errors from fsync on a folder that mean "this file system cannot do that", not "it failed".
_DIR_FSYNC_UNSUPPORTED = {errno.EINVAL, errno.EBADF, errno.ENOTSUP}


class DurableJSONStorage(Storage):
    """Store the database as one JSON file, replaced atomically and fsynced on every write.

    Reading: a missing, empty or whitespace-only file is an empty database; anything else that is
    not a JSON object of tables (bad JSON, trailing bytes, a list, bad UTF-8, zero bytes left by a
    power cut) raises `CorruptDatabaseError` and the file is left alone.

    Arguments mirror `tinydb.storages.JSONStorage`: `access_mode` "r" opens read-only; extra
    keyword arguments go to `json.dumps` (defaults: `ensure_ascii=False`, `allow_nan=False`, so
    the file is strict JSON and notes stay readable in any language).
    """

    #: Every `read()` parses the file anew, so the caller may change what it gets back.
    reads_are_private = True

    def __init__(
        self,
        path: str | os.PathLike[str],
        create_dirs: bool = True,
        encoding: str = "utf-8",
        access_mode: str = "r+",
        **json_kwargs: Any,
    ) -> None:
        super().__init__()
        if access_mode not in ("r", "rb", "r+", "rb+"):
            raise ValueError(f"access_mode must be 'r' or 'r+', not {access_mode!r}")
        self.path = Path(path)
        self.encoding = encoding
        self.writable = "+" in access_mode
        self._create_dirs = create_dirs
        self._json_kwargs: dict[str, Any] = {"ensure_ascii": False, "allow_nan": False}
        self._json_kwargs.update(json_kwargs)
        if self.writable:
            if create_dirs:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.remove_stale_temp_files()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

    # -- reading ------------------------------------------------------------------------------

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw.strip():
            return None
        return parse_document(raw, self.path, self.encoding)

    # -- writing ------------------------------------------------------------------------------

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if not self.writable:
            raise PermissionError(errno.EACCES, "the journal was opened read-only", str(self.path))
        # Serialise first: a value JSON cannot hold fails here, before any file is touched.
        payload = json.dumps(data, **self._json_kwargs).encode(self.encoding)
        self._write_atomically(payload)

    def close(self) -> None:
        """Nothing to release: no file handle is kept open between operations."""

    def _write_atomically(self, payload: bytes) -> None:
        if self._create_dirs:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, lambda handle: handle.write(payload))

    def remove_stale_temp_files(self, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
        """Delete temporary files left by a crash mid-write; returns what was removed.

        Only files older than `older_than` seconds are touched, so a write in progress in another
        process is never disturbed. A leftover was never renamed into place, so it was never
        acknowledged as saved: removing it loses nothing.
        """
        removed: list[Path] = []
        cutoff = time.time() - older_than
        try:
            candidates = list(self.path.parent.glob(f".{glob_escape(self.path.name)}.*.tmp"))
        except OSError:
            return removed
        for candidate in candidates:
            try:
                if candidate.stat().st_mtime < cutoff:
                    candidate.unlink()
                    removed.append(candidate)
            except OSError:
                continue
        return removed

    def temp_files(self) -> list[Path]:
        """Temporary files of this journal currently in its folder (for checks and tests)."""
        return sorted(self.path.parent.glob(f".{glob_escape(self.path.name)}.*.tmp"))


def atomic_write(target: Path, write: Callable[[BinaryIO], object], *,
                 mode: int | None = None) -> None:
    """Replace `target` whole or not at all: `write` fills a temporary file in the same folder,
    which is flushed, fsynced and renamed over `target`; then the folder is fsynced. A crash at
    any moment leaves either the old file or the new one, and no half-written file.

    The file is private to its owner (0600, the temporary file's mode) unless `mode` is given,
    e.g. 0o644 for a document meant to be handed on."""
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w+b") as handle:
            write(handle)
            handle.flush()
            _fsync_file(handle.fileno())
        if mode is not None:
            os.chmod(temp_name, mode)
        _replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def parse_document(raw: bytes, path: Path | None, encoding: str = "utf-8") -> dict[str, Any]:
    """Decode a whole journal file, or raise `CorruptDatabaseError` saying why it cannot be."""
    if not raw.strip(b"\x00"):
        raise CorruptDatabaseError(
            path, "it contains only zero bytes, as can happen after a power cut while writing"
        )
    try:
        codec = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise CorruptDatabaseError(
            path,
            f"it is not UTF-8 text (byte {raw[exc.start]:#04x} at position {exc.start} "
            "cannot be decoded)",
        ) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorruptDatabaseError(path, _describe_json_error(exc, text)) from exc
    except RecursionError as exc:
        raise CorruptDatabaseError(path, "its data is nested too deeply to be a journal") from exc
    if not isinstance(data, dict):
        raise CorruptDatabaseError(
            path, f"it holds a JSON {_json_kind(data)} where the journal (a JSON object) should be"
        )
    for name, table in data.items():
        if not isinstance(table, dict):
            raise CorruptDatabaseError(
                path, f"the table {name!r} is a JSON {_json_kind(table)}, not a set of records"
            )
        for key, document in table.items():
            if not isinstance(document, dict):
                raise CorruptDatabaseError(
                    path, f"the record {key!r} in table {name!r} is not a JSON object"
                )
    return data


def _describe_json_error(exc: json.JSONDecodeError, text: str) -> str:
    where = f"line {exc.lineno}, column {exc.colno}"
    if exc.msg.startswith("Extra data"):
        return f"there is extra data after the end of the journal ({where})"
    if _looks_cut_off(text, exc.pos):
        return f"it stops in the middle of the data, as if it had been cut off ({where})"
    return f"it is not valid JSON ({exc.msg} at {where})"


def _looks_cut_off(text: str, error_pos: int) -> bool:
    """True if the text is a prefix of a document: brackets or a string left open at the end."""
    body = text.rstrip()
    if error_pos < len(body) - 32:
        return False  # the parser tripped well before the end: broken, not cut short
    depth, in_string, escaped = 0, False, False
    for char in body:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return in_string or depth > 0


def _json_kind(value: object) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "true/false value"
    if isinstance(value, int | float):
        return "number"
    return "null" if value is None else type(value).__name__


def _fsync_file(fd: int) -> None:
    # On macOS fsync only reaches the drive's cache; F_FULLFSYNC asks the drive to flush it.
    if sys.platform == "darwin":
        import fcntl

        full_fsync = getattr(fcntl, "F_FULLFSYNC", None)
        if full_fsync is not None:
            try:
                fcntl.fcntl(fd, full_fsync)
                return
            except OSError:
                pass
    os.fsync(fd)


def _replace(source: str, target: Path) -> None:
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if not _IS_WINDOWS or attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(0.01 * 2**attempt)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable. Windows cannot open a folder for fsync, and NTFS journals it."""
    if _IS_WINDOWS:
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _DIR_FSYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)
