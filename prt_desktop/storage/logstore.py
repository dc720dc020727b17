"""`AppendLogStorage`: a TinyDB storage that saves each change by appending it to a log.

Rewriting a whole JSON file on every save costs time in proportion to the journal: about 200 ms at
20,000 records. This storage keeps the database in memory and, on each TinyDB write, appends only
the documents that changed to `<file>.log`, one checksummed line per write, and fsyncs it; the
write returns only then, so an acknowledged change survives `kill -9` and a power cut. When the
log has grown, it is folded into the main file (`<file>`, the plain JSON document TinyDB's
JSONStorage and earlier versions of the app write), replaced atomically.

Files, for a storage at `journal.json`:

- `journal.json`: the base, a JSON object of tables (as `DurableJSONStorage` writes it). A journal
  from an earlier version of the app is just this file and is read as it is.
- `journal.json.log`: a header naming its base, then a checksummed line per write (logformat.py).

Why each part is safe:

- A kill or power cut during an append leaves at most a torn last line. It was never fsynced,
  hence never acknowledged; on open it is cut off (and reported in `repairs`).
- A line that fails its checksum with good lines after it is not a torn write but damage:
  `CorruptDatabaseError`, and the files are left as they are.
- Folding (`compact`): a marker "folded into <sha>" is appended and fsynced, the new base is
  written atomically (`atomic_write`: temp file, fsync, `os.replace` with retries on Windows,
  folder fsync), then a fresh log naming the new base replaces the old one the same way. A crash
  between the steps leaves either the old base with its whole log, or the new base with a log
  whose marker shows it is already inside the base.
- A log naming another base and without that marker (the base was replaced by hand, or by an
  older copy of the app) is not replayed onto the wrong base and not deleted: it is renamed to
  `<file>.log.unmatched-<time>` and reported in `repairs`.

Usable anywhere a TinyDB storage is: `TinyDB(path, storage=AppendLogStorage)`. Only one process
may write a given file at a time (the app locks its data folder, ui/single_instance.py).
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import threading
import time
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from prt_desktop.storage.durable import _fsync_file, atomic_write, parse_document
from prt_desktop.storage.errors import CorruptDatabaseError, StorageReadError
from prt_desktop.storage.logformat import (
    decode_line,
    encode_line,
    encode_tables,
    header_line,
    parse_header,
    sha,
    split_lines,
)
from prt_desktop.storage.tracked import DirtySet, TrackedDoc

log = logging.getLogger(__name__)

LOG_SUFFIX = ".log"
#: The log is folded into the base once it is larger than this or than the base, whichever is
#: more: folding costs about as much as one old-style save, so it happens rarely.
MIN_COMPACT_BYTES = 4 * 1024 * 1024

Tables = dict[str, dict[str, Any]]


def log_path_for(path: Path) -> Path:
    return path.with_name(path.name + LOG_SUFFIX)


class AppendLogStorage(Storage):
    """The database in memory, each change appended to a log and fsynced before `write` returns.

    `read()` returns the live tables (TinyDB never changes a table it read in place; it builds a
    new one and passes it to `write`). `write()` raises OSError when the disk refuses, and then
    everything reads as it did before, including documents TinyDB had changed in place.

    Arguments mirror `tinydb.storages.JSONStorage`: `access_mode` "r" opens read-only (nothing is
    repaired or created), extra keyword arguments go to `json.dumps`.
    """

    #: A failed write leaves no trace in what `read()` returns (see `tracked.py`).
    reads_are_private = True

    def __init__(self, path: str | os.PathLike[str], create_dirs: bool = True,
                 encoding: str = "utf-8", access_mode: str = "r+", *,
                 compact_bytes: int = MIN_COMPACT_BYTES, **json_kwargs: Any) -> None:
        super().__init__()
        if access_mode not in ("r", "rb", "r+", "rb+"):
            raise ValueError(f"access_mode must be 'r' or 'r+', not {access_mode!r}")
        self.path = Path(path)
        self.log_path = log_path_for(self.path)
        self.encoding = encoding
        self.writable = "+" in access_mode
        self.compact_bytes = compact_bytes
        self._json: dict[str, Any] = {"ensure_ascii": False, "allow_nan": False,
                                      "separators": (",", ":")}
        self._json.update(json_kwargs)
        self._lock = threading.RLock()
        self._dirty = DirtySet()
        self._fd: int | None = None
        self._log_start = 0  # the end of the header: where the first change goes
        self._log_end = 0
        self._base_size = 0
        self._must_compact = False
        #: Plain-words notes about what was repaired on open (a torn last line cut off, a log set
        #: aside); the app logs them. Nothing acknowledged is ever among what was cut.
        self.repairs: list[str] = []
        if self.writable and create_dirs:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._tables: Tables = {}
        self._load()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

    # -- TinyDB's interface -------------------------------------------------------------------

    def read(self) -> Tables | None:
        with self._lock:
            if self._dirty:
                # An update raised before its write: what it changed in place was never saved.
                self._dirty.roll_back()
            if not self._tables:
                return None
            return dict(self._tables)

    def write(self, data: Tables) -> None:
        with self._lock:
            try:
                if not self.writable:
                    raise PermissionError(errno.EACCES, "the journal was opened read-only",
                                          str(self.path))
                entry, new_tables = self._changes(data)
                if entry is None:
                    self._dirty.commit()
                    return
                line = self._encode(entry)
                if self._must_compact or self._fd is None:
                    self._compact_to(new_tables)
                else:
                    self._append(line)
            except BaseException:
                self._dirty.roll_back()
                raise
            # The written line parsed again: a tuple becomes a list, and no caller keeps a
            # reference into what is stored.
            self._adopt(new_tables, json.loads(line[9:-1]))
            self._dirty.commit()
            if self._log_end > max(self.compact_bytes, self._base_size):
                try:
                    self.compact()
                except OSError as exc:
                    # The change itself is safe in the log; folding is tried again next time.
                    log.warning("Could not fold the journal's log into %s: %r", self.path, exc)

    def close(self) -> None:
        """Fold the log into the base (so the base alone is the whole journal, as earlier
        versions of the app and TinyDB's JSONStorage read it) and let go of the log."""
        with self._lock:
            if self.writable and self._fd is not None and self._log_end > self._log_start:
                try:
                    self._compact_to(self._tables)
                except OSError as exc:
                    # Nothing is lost: the log is read again next time.
                    log.warning("Could not fold the journal's log into %s: %r", self.path, exc)
            self._release()

    def _release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    # -- folding the log into the base --------------------------------------------------------

    def compact(self) -> None:
        """Write everything into a new base file and start an empty log (atomically, fsynced)."""
        with self._lock:
            if not self.writable:
                raise PermissionError(errno.EACCES, "the journal was opened read-only",
                                      str(self.path))
            self._compact_to(self._tables)

    def snapshot_bytes(self, tables: Tables | None = None) -> bytes:
        """The whole database as the base file holds it (also used for backups)."""
        with self._lock:
            return encode_tables(self._tables if tables is None else tables, self._json,
                                  self.encoding)

    def _compact_to(self, tables: Tables) -> None:
        payload = encode_tables(tables, self._json, self.encoding)
        digest = sha(payload)
        if self._fd is not None and not self._must_compact:
            self._append(self._encode({"folded_into": digest}))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, lambda handle: handle.write(payload))
        self._base_size = len(payload)
        self._start_log(digest)
        self._must_compact = False

    # -- loading ------------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            base = self.path.read_bytes()
        except FileNotFoundError:
            base = b""
            if self.writable:
                # The base and its log always come as a pair, so the folder shows both.
                atomic_write(self.path, lambda handle: handle.write(b"{}"))
                base = b"{}"
        except OSError as exc:
            raise StorageReadError(self.path, exc) from exc
        self._base_size = len(base)
        digest = sha(base)
        data = parse_document(base, self.path, self.encoding) if base.strip() else {}
        self._tables = {name: self._track_table(name, table) for name, table in data.items()}
        try:
            log_bytes = self.log_path.read_bytes()
        except FileNotFoundError:
            log_bytes = None
        except OSError as exc:
            raise StorageReadError(self.log_path, exc) from exc
        if log_bytes is not None:
            self._replay(log_bytes, digest)
        elif self.writable:
            self._start_log(digest)

    def _replay(self, raw: bytes, base_digest: str) -> None:
        lines = list(split_lines(raw))
        if not lines:
            self._set_aside_or_restart(base_digest, "it was empty")
            return
        header = parse_header(lines[0][1])
        if header is None:
            if len(lines) == 1 and not lines[0][1].endswith(b"\n"):
                # Killed while the log itself was first being written: nothing was in it yet.
                if self.writable:
                    self._start_log(base_digest)
                return
            raise CorruptDatabaseError(self.log_path, "its change log does not start as one")
        entries: list[dict[str, Any]] = []
        good_end = lines[0][0] + len(lines[0][1])
        torn_at: int | None = None
        for offset, text in lines[1:]:
            entry = decode_line(text)
            if entry is None:
                if torn_at is None:
                    torn_at = offset
                continue
            if torn_at is not None:
                raise CorruptDatabaseError(
                    self.log_path, f"its change log is damaged at byte {torn_at}, before the end")
            entries.append(entry)
            good_end = offset + len(text)
        if header.get("base") != base_digest:
            if not any("tables" in e or "drop" in e for e in entries) or any(
                    e.get("folded_into") == base_digest for e in entries):
                # Nothing in it, or folding was cut short after the new base was in place,
                # which holds all of it. A new log is started by the first save (a fold), not
                # now: a journal refused after this (a newer schema) is left as it was found.
                self._must_compact = True
                return
            self._set_aside_or_restart(base_digest, "it belongs to another copy of the journal")
            return
        for entry in entries:
            self._apply(entry)
        self._log_end = good_end
        if torn_at is not None:
            cut = len(raw) - torn_at
            self.repairs.append(f"An unfinished last change ({cut} bytes, never reported as "
                                f"saved) was cut off the end of {self.log_path.name}.")
        if self.writable:
            self._open_log(truncate_to=good_end)

    def _set_aside_or_restart(self, base_digest: str, why: str) -> None:
        if not self.writable:
            return
        if self.log_path.stat().st_size > 0:
            aside = self.log_path.with_name(
                f"{self.log_path.name}.unmatched-{time.strftime('%Y%m%d-%H%M%S')}")
            os.replace(self.log_path, aside)
            self.repairs.append(f"The change log {self.log_path.name} was not used ({why}); "
                                f"it was kept as {aside.name}.")
            log.warning("Set aside %s: %s", aside, why)
        self._start_log(base_digest)

    def _track_table(self, name: str, table: dict[str, Any]) -> dict[str, Any]:
        dirty = self._dirty
        return {key: TrackedDoc(doc, dirty, name, key) for key, doc in table.items()}

    def _apply(self, entry: dict[str, Any]) -> None:
        for name in entry.get("drop", ()):
            self._tables.pop(name, None)
        for name, changes in entry.get("tables", {}).items():
            table = self._tables.setdefault(name, {})
            for key in changes.get("del", ()):
                table.pop(key, None)
            for key, doc in changes.get("put", {}).items():
                table[key] = TrackedDoc(doc, self._dirty, name, key)

    # -- writing ------------------------------------------------------------------------------

    def _changes(self, data: Tables) -> tuple[dict[str, Any] | None, Tables]:
        """The log entry turning the stored tables into `data`, and the tables after it."""
        old = self._tables
        dirty = self._dirty
        tables: dict[str, Any] = {}
        new_tables: Tables = {}
        for name, new in data.items():
            name = str(name)
            current = old.get(name)
            if new is current:
                put = {doc.key: doc for doc in dirty.in_table(name)}
                new_tables[name] = current
                if put:
                    tables[name] = {"put": put}
                continue
            if set(map(type, new)) - {str}:  # in C: a generator here cost ~4 ms a save
                # JSON keys are strings; a caller may pass numbers (TinyDB itself does not).
                new = {str(key): doc for key, doc in new.items()}
            else:
                new = dict(new)  # ours from now on: the caller may go on using its own
            put = {}
            added = 0
            if current is None:
                put = dict(new)
            else:
                get = current.get
                # Most saves change no stored document in place (an insert, a replace): then the
                # dirty check is skipped for the 20,000 documents that are the same objects.
                changed_in_place = dirty.docs
                for key, doc in new.items():
                    before = get(key)
                    if before is not doc or (changed_in_place and id(doc) in changed_in_place):
                        if before is None:
                            added += 1
                        put[key] = doc
            gone: list[str] = []
            if current is not None and len(current) + added != len(new):
                gone = [key for key in current if key not in new]
            new_tables[name] = new
            if put or gone or current is None:
                tables[name] = {"put": put, "del": gone} if gone else {"put": put}
        drop = [name for name in old if name not in new_tables]
        if not tables and not drop:
            return None, new_tables
        entry: dict[str, Any] = {"tables": tables}
        if drop:
            entry["drop"] = drop
        return entry, new_tables

    def _encode(self, entry: dict[str, Any]) -> bytes:
        return encode_line(entry, self._json, self.encoding)

    def _adopt(self, new_tables: Tables, saved: dict[str, Any]) -> None:
        """Make `new_tables` the stored state, with each saved document as it will read back."""
        for name, changes in saved.get("tables", {}).items():
            table = new_tables[name]
            for key, doc in changes.get("put", {}).items():
                table[key] = TrackedDoc(doc, self._dirty, name, key)
        self._tables = new_tables

    def _append(self, line: bytes) -> None:
        assert self._fd is not None
        try:
            written = 0
            while written < len(line):
                written += os.pwrite(self._fd, line[written:], self._log_end + written)
            _fsync_file(self._fd)
        except OSError:
            # Take back the part that was written, so the next line starts on a clean end; after
            # a failed fsync the file's pages cannot be trusted, so the next save folds instead.
            self._must_compact = True
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, self._log_end)
            raise
        self._log_end += len(line)

    def _start_log(self, base_digest: str) -> None:
        header = header_line(base_digest)
        self._release()
        atomic_write(self.log_path, lambda handle: handle.write(header))
        self._open_log(truncate_to=len(header))

    def _open_log(self, truncate_to: int) -> None:
        self._release()
        fd = os.open(self.log_path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            if os.fstat(fd).st_size != truncate_to:
                os.ftruncate(fd, truncate_to)
                _fsync_file(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        self._log_end = truncate_to
        with open(self.log_path, "rb") as handle:
            self._log_start = len(handle.readline())
