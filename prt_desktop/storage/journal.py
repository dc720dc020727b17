"""The journal: the one repository through which the app reads and saves its records.

UI code never touches TinyDB; it calls `Journal` with the dataclasses of `prt_desktop.core.records`
and gets them back. Every document is keyed by the record's own id (a string), so a mark or a
session is found without scanning and the file reads naturally:
`{"marks": {"<id>": {...}}, "sessions": {...}, "settings": {"volume": {"value": 0.8}},
"meta": {"schema": {"schema_version": 1}}}` (docs/data.md describes every field).

Thread safety: one re-entrant lock is held around every operation, so a worker thread may save
while the GUI thread reads. A save holds the lock for one fsynced write.
"""

from __future__ import annotations

import copy
import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from tinydb import where
from tinydb.storages import MemoryStorage, Storage
from tinydb.table import Document, Table

from prt_desktop.core.records import PracticeSession, Rating, Reflection, SensationMark
from prt_desktop.storage import schema
from prt_desktop.storage.database import JournalDB, PrivateReads
from prt_desktop.storage.documents import instant, record_from
from prt_desktop.storage.errors import (
    StorageError,
    StorageReadError,
    StorageWriteError,
)
from prt_desktop.storage.logstore import AppendLogStorage
from prt_desktop.storage.mark_cache import MarkCache

log = logging.getLogger(__name__)

MARKS = "marks"
SESSIONS = "sessions"
SETTINGS = "settings"
RATINGS = "ratings"
REFLECTIONS = "reflections"

T = TypeVar("T")


class Journal:
    """Sensation marks, practice sessions and settings, saved durably.

    `Journal(path)` opens (or creates) the journal file at `path` with `AppendLogStorage`;
    `Journal(None)` keeps everything in memory (for tests). `storage` replaces the storage class
    (tests use it to simulate a failing disk).

    Raises on open: `CorruptDatabaseError` (the file is not a journal), `UnsupportedSchemaError`
    (made by a newer app), `StorageReadError`, `StorageWriteError` (a new journal cannot be
    created there). Every save raises `StorageWriteError` if the disk refuses it, and then the
    journal reads exactly as before that save.
    """

    def __init__(self, path: Path | None, *, storage: type[Storage] | None = None,
                 keep_failed_writes: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self._lock = threading.RLock()
        self._closed = False
        self._keep_failed = keep_failed_writes
        # Saves the disk refused, oldest first, tried again before any later save (so order is
        # kept) and by `retry_pending`. Not shown by reads until they are saved.
        self._pending: list[Callable[[], object]] = []
        self._mark_cache = MarkCache(instant)
        self._marks_loading: threading.Event | None = None  # set while a thread reads them all
        self._setting_values: dict[str, Any] | None = None  # filled on the first setting() read
        storage_cls = storage or (MemoryStorage if self.path is None else AppendLogStorage)
        args = () if self.path is None else (self.path,)
        try:
            self._db = JournalDB(*args, storage=PrivateReads(storage_cls))
        except OSError as exc:
            raise StorageWriteError(self.path, exc) from exc
        try:
            self._open_schema()
        except BaseException:
            self._db.close()
            raise
        self._marks = self._db.table(MARKS)
        self._sessions = self._db.table(SESSIONS)
        self._settings = self._db.table(SETTINGS)
        self._ratings = self._db.table(RATINGS)
        self._reflections = self._db.table(REFLECTIONS)
        self._meta = self._db.table(schema.META_TABLE)

    def __repr__(self) -> str:
        return f"Journal({str(self.path) if self.path else 'in memory'})"

    # -- opening and closing ------------------------------------------------------------------

    def _open_schema(self) -> None:
        """Create a new journal at the current version, or upgrade / refuse an existing one."""
        storage = self._db.storage
        try:
            data = storage.read()
        except OSError as exc:
            raise StorageReadError(self.path, exc) from exc
        version = schema.stored_version(data, self.path)
        if version == schema.CURRENT_SCHEMA_VERSION:
            return
        if version is None:
            upgraded = {**(data or {}), **schema.new_database()}
        else:
            upgraded = schema.migrate(data or {}, version, self.path)
        try:
            storage.write(upgraded)
        except OSError as exc:
            raise StorageWriteError(self.path, exc) from exc

    @property
    def storage(self) -> Storage:
        """The TinyDB storage underneath (for its repairs, folding and backups)."""
        return self._db.storage.storage  # type: ignore[attr-defined, no-any-return]

    @property
    def schema_version(self) -> int:
        """The version of the journal format stored in the file (`meta` table)."""
        doc = self._read(lambda: self._meta.get(doc_id=schema.SCHEMA_DOC))
        return int(doc[schema.SCHEMA_FIELD]) if doc else schema.CURRENT_SCHEMA_VERSION

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                if self._pending:
                    try:
                        self.retry_pending()
                    except StorageWriteError:
                        log.error("Closing with %d saves the disk still refuses",
                                  len(self._pending))
                self._closed = True
                self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- sensation marks ----------------------------------------------------------------------

    def add_mark(self, mark: SensationMark) -> None:
        """Save a new mark. Adding the very same mark again (a retry) is a no-op.

        Raises ValueError if a different mark with the same id is already saved.
        """

        def add() -> None:
            try:
                self._marks.insert(Document(mark.to_dict(), doc_id=mark.id))  # type: ignore[arg-type]
                self._mark_cache.put(mark)
            except ValueError:
                existing = self._marks.get(doc_id=mark.id)  # type: ignore[arg-type]
                if existing is None:
                    raise
                if record_from(SensationMark, self.path, existing) != mark:
                    raise ValueError(
                        f"a different mark with id {mark.id!r} is already in the journal"
                    ) from None

        self._write(add)

    def update_mark(self, mark: SensationMark) -> None:
        """Replace the saved mark that has `mark.id`; KeyError if there is none."""
        def update() -> None:
            self._replace(self._marks, mark.id, mark.to_dict(), must_exist=True)
            self._mark_cache.put(mark)

        self._write(update)

    def delete_mark(self, mark_id: str) -> None:
        """Remove a mark; KeyError if there is none with that id."""

        def delete() -> None:
            if not self._marks.contains(doc_id=mark_id):  # type: ignore[arg-type]
                raise KeyError(mark_id)
            self._marks.remove(doc_ids=[mark_id])  # type: ignore[list-item]
            self._mark_cache.drop(mark_id)

        self._write(delete)

    def mark(self, mark_id: str) -> SensationMark:
        """The saved mark with this id; KeyError if there is none."""
        doc = self._read(lambda: self._marks.get(doc_id=mark_id))  # type: ignore[arg-type]
        if doc is None:
            raise KeyError(mark_id)
        return record_from(SensationMark, self.path, doc)

    def marks(self, session_id: str | None = None) -> list[SensationMark]:
        """All marks, or those of one session; oldest first (ties in the order saved)."""

        while True:
            with self._lock:
                if self._mark_cache.loaded:
                    return self._mark_cache.marks(session_id)
                loading = self._marks_loading
                if loading is None:  # this thread reads them; another asking meanwhile waits
                    self._marks_loading = loading = threading.Event()
                    docs, generation = self._read(self._marks.all), self._mark_cache.generation
                else:
                    docs = None
            if docs is None:
                loading.wait()
                continue
            try:
                # Checking every record is the slow part: done outside the lock, so that a
                # setting read or a save meanwhile does not wait for it.
                checked = [record_from(SensationMark, self.path, doc) for doc in docs]
                with self._lock:
                    if self._mark_cache.generation == generation:  # no change saved meanwhile
                        self._mark_cache.load(checked)
            finally:
                with self._lock:
                    self._marks_loading = None
                loading.set()

    # -- answers to cues ----------------------------------------------------------------------

    def add_rating(self, rating: Rating) -> None:
        """Save the answer to a `rate` cue (saving the same one again is a no-op)."""
        self._write(lambda: self._replace(self._ratings, rating.id, rating.to_dict()))

    def ratings(self, session_id: str | None = None) -> list[Rating]:
        """All ratings, or those of one session; oldest first."""
        return self._entries(self._ratings, Rating, session_id)

    def add_reflection(self, reflection: Reflection) -> None:
        """Save a written answer to a `reflect` cue as a journal entry."""
        self._write(lambda: self._replace(self._reflections, reflection.id,
                                          reflection.to_dict()))

    def reflections(self, session_id: str | None = None) -> list[Reflection]:
        """All reflections, or those of one session; oldest first."""
        return self._entries(self._reflections, Reflection, session_id)

    def _entries(self, table: Table, kind: type[T], session_id: str | None) -> list[T]:
        def query() -> list[Document]:
            if session_id is None:
                return table.all()
            return table.search(where("session_id") == session_id)

        entries = [record_from(kind, self.path, doc) for doc in self._read(query)]
        entries.sort(key=lambda e: instant(e.timestamp))  # type: ignore[attr-defined]
        return entries

    # -- practice sessions --------------------------------------------------------------------

    def save_session(self, session: PracticeSession) -> None:
        """Insert the session, or replace the saved one with the same id."""
        self._write(lambda: self._replace(self._sessions, session.id, session.to_dict()))

    def session(self, session_id: str) -> PracticeSession:
        """The saved session with this id; KeyError if there is none."""
        doc = self._read(lambda: self._sessions.get(doc_id=session_id))  # type: ignore[arg-type]
        if doc is None:
            raise KeyError(session_id)
        return record_from(PracticeSession, self.path, doc)

    def sessions(self) -> list[PracticeSession]:
        """All sessions, newest first (by start time; ties: the one saved last first)."""
        docs = self._read(self._sessions.all)
        sessions = [record_from(PracticeSession, self.path, doc) for doc in reversed(docs)]
        sessions.sort(key=lambda s: instant(s.started), reverse=True)
        return sessions

    # -- settings -----------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        """The saved value of a setting, or `default` if it was never set.

        Read from the settings kept in memory, without waiting for the journal's lock: the GUI
        thread reads settings, and a save folding the log may hold the lock for a fifth of a
        second with 20,000 records."""
        self._check_open()
        values = self._setting_values
        if values is None:
            with self._lock:
                docs = self._read(self._settings.all)
                values = {str(doc.doc_id): doc["value"] for doc in docs if "value" in doc}
                self._setting_values = values
        # A deep copy: the caller may change what it gets.
        return copy.deepcopy(values[key]) if key in values else default

    def set_setting(self, key: str, value: Any) -> None:
        """Save a setting. `value` must be plain JSON (None, bool, number, str, list, dict)."""
        if not isinstance(key, str) or not key:
            raise TypeError(f"a setting's name must be a non-empty string, not {key!r}")
        try:
            json.dumps(value, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise TypeError(f"the setting {key!r} must be a plain JSON value: {exc}") from exc
        def save() -> None:
            self._replace(self._settings, key, {"value": value})
            if self._setting_values is not None:
                self._setting_values[key] = copy.deepcopy(value)

        self._write(save)

    # -- plumbing -----------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise StorageError("The journal has been closed.")

    def _read(self, action: Callable[[], T]) -> T:
        with self._lock:
            self._check_open()
            try:
                return action()
            except OSError as exc:
                raise StorageReadError(self.path, exc) from exc

    @property
    def pending_count(self) -> int:
        """How many refused saves are waiting to be tried again."""
        return len(self._pending)

    def retry_pending(self) -> int:
        """Try the refused saves again, in order; returns how many were saved now.

        Raises StorageWriteError (kept) if the disk still refuses; what is left stays queued."""
        with self._lock:
            self._check_open()
            saved = 0
            while self._pending:
                try:
                    self._pending[0]()
                except OSError as exc:
                    self._forget_caches()
                    raise StorageWriteError(self.path, exc, kept=True) from exc
                except (KeyError, ValueError) as exc:
                    # It can never succeed (the record it changes is gone); trying forever
                    # would hold back every later save.
                    log.error("A kept save could not be applied and was set aside: %r", exc)
                self._pending.pop(0)
                saved += 1
            return saved

    def _write(self, action: Callable[[], T]) -> T:
        with self._lock:
            self._check_open()
            if self._pending:
                try:
                    self.retry_pending()
                except StorageWriteError as exc:
                    self._pending.append(action)
                    raise StorageWriteError(self.path, exc.cause, kept=True) from exc.cause
            try:
                return action()
            except OSError as exc:
                if self._keep_failed:
                    self._forget_caches()
                    self._pending.append(action)
                    raise StorageWriteError(self.path, exc, kept=True) from exc
                self._forget_caches()
                raise StorageWriteError(self.path, exc) from exc

    def _forget_caches(self) -> None:
        # TinyDB clears its query caches only after a successful write. If the file did change
        # before the error (the rename done, the folder fsync failed), a cached answer could be
        # stale, so drop them all; the next read goes to the storage.
        self._db.clear_cache()
        self._mark_cache.forget()
        self._setting_values = None
        for table in (self._marks, self._sessions, self._settings, self._ratings,
                      self._reflections, self._meta):
            table.clear_cache()

    @staticmethod
    def _replace(
        table: Table, doc_id: str, document: dict[str, Any], *, must_exist: bool = False
    ) -> None:
        """Insert or wholly replace one document, in a single write of the file."""

        def overwrite(existing: dict[str, Any]) -> None:
            existing.clear()
            existing.update(document)

        if table.contains(doc_id=doc_id):  # type: ignore[arg-type]
            table.update(overwrite, doc_ids=[doc_id])  # type: ignore[list-item]
        elif must_exist:
            raise KeyError(doc_id)
        else:
            table.insert(Document(document, doc_id=doc_id))  # type: ignore[arg-type]
