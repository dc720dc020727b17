"""Daily backups of the journal, and opening it again from one when the file is damaged.

Backups: `backups/journal-YYYY-MM-DD.json` in the data folder, the whole journal as one JSON file
(the same format as `journal.json`), written atomically the first time the journal is opened on a
day; the newest `KEEP_BACKUPS` are kept.

Recovery: when `journal.json` (or its change log) cannot be read as a journal at start, both
files are renamed to `journal.json.damaged-<time>` / `journal.json.log.damaged-<time>` (never
deleted), the newest backup that reads cleanly is put in place, and `Recovery` says in plain words
what happened and from which date on entries may be missing. With no usable backup, a new empty
journal is started; the damaged files stay beside it for someone to rescue by hand.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from prt_desktop.storage.durable import atomic_write
from prt_desktop.storage.errors import StorageError, StorageWriteError, UnsupportedSchemaError
from prt_desktop.storage.journal import Journal
from prt_desktop.storage.logstore import AppendLogStorage, log_path_for

log = logging.getLogger(__name__)

KEEP_BACKUPS = 7
BACKUP_FOLDER = "backups"
_BACKUP_NAME = re.compile(r"^journal-(\d{4}-\d{2}-\d{2})\.json$")


@dataclass(frozen=True)
class Recovery:
    """What was done at start because the journal could not be read; `message` is for the person."""

    reason: str
    restored_from: date | None
    damaged_files: tuple[Path, ...]
    damaged_since: datetime | None

    @property
    def message(self) -> str:
        """In plain words; the technical `reason` goes to the log, not to the person."""
        kept = ", ".join(p.name for p in self.damaged_files)
        damaged = ("Your journal file could not be read: it seems to have been damaged, for "
                   "example by a crash or a full disk while it was being saved.")
        if self.restored_from is not None:
            day = self.restored_from.strftime("%d %B %Y")
            return (f"{damaged} The app has put back the copy it kept on {day}. Anything you "
                    f"recorded after {day} may be missing. The damaged file was not thrown "
                    f"away: it is kept in your data folder as {kept}, in case someone can "
                    "rescue more from it.")
        return (f"{damaged} There was no earlier copy to put back, so the app has started a new, "
                f"empty journal. The damaged file was not thrown away: it is kept in your data "
                f"folder as {kept}, in case someone can rescue what is in it.")


def backup_folder(journal_path: Path) -> Path:
    return journal_path.parent / BACKUP_FOLDER


def backups(journal_path: Path) -> list[tuple[date, Path]]:
    """The backups there are, newest first."""
    found = []
    with contextlib.suppress(OSError):
        for entry in backup_folder(journal_path).iterdir():
            match = _BACKUP_NAME.match(entry.name)
            if match:
                with contextlib.suppress(ValueError):
                    found.append((date.fromisoformat(match.group(1)), entry))
    return sorted(found, reverse=True)


def make_daily_backup(journal: Journal, today: date | None = None) -> Path | None:
    """Write today's backup if there is none yet, and drop all but the newest `KEEP_BACKUPS`.

    Returns the new backup, or None if today's was already there. Raises StorageWriteError."""
    if journal.path is None:
        return None
    today = today or date.today()
    folder = backup_folder(journal.path)
    target = folder / f"journal-{today.isoformat()}.json"
    if target.exists():
        return None
    storage = journal.storage
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if isinstance(storage, AppendLogStorage):
            payload = storage.snapshot_bytes()
            atomic_write(target, lambda handle: handle.write(payload))
        else:
            atomic_write(target, lambda handle: handle.write(journal.path.read_bytes()))  # type: ignore[union-attr]
    except OSError as exc:
        raise StorageWriteError(target, exc) from exc
    for _day, old in backups(journal.path)[KEEP_BACKUPS:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def open_journal(path: Path, *, keep_failed_writes: bool = False,
                 ) -> tuple[Journal, Recovery | None]:
    """Open the journal; if it is damaged, recover as the module says.

    A journal made by a newer version of the app is not damaged: `UnsupportedSchemaError` is
    raised and nothing is touched, so that installing that version again finds it as it was
    (setting it aside would start the person on an empty journal, as every backup is newer too).
    Other errors (no permission, disk refusing) are raised as they are.
    """
    def journal() -> Journal:
        return Journal(path, keep_failed_writes=keep_failed_writes)

    try:
        return journal(), None
    except StorageError as exc:
        if not _is_damage(exc):
            raise
        error = exc
    reason = getattr(error, "reason", None) or _newer_reason(error)
    log.error("The journal %s cannot be read (%s); recovering from a backup", path, reason)
    damaged_since = _modified(path)
    log_damaged = getattr(error, "path", None) == log_path_for(path)
    base_day = date.fromtimestamp(path.stat().st_mtime) if log_damaged else None
    aside = _set_aside(path)
    candidates = backups(path)
    if base_day is not None:
        # Only the change log is damaged: the main file, as of the last fold, comes first.
        candidates.insert(0, (base_day, aside[0]))
    for day, candidate in candidates:
        try:
            AppendLogStorage(candidate, access_mode="r")  # reads cleanly?
            data = candidate.read_bytes()
            atomic_write(path, lambda handle, data=data: handle.write(data))
            restored = journal()
        except StorageError as exc:
            log.warning("Backup %s is not usable either: %s", candidate.name, exc)
            for leftover in (path, log_path_for(path)):
                with contextlib.suppress(OSError):
                    leftover.unlink()  # our own copy of a backup that is still in backups/
            continue
        except OSError as exc:
            raise StorageWriteError(path, exc) from exc
        return restored, Recovery(reason, day, aside, damaged_since)
    return journal(), Recovery(reason, None, aside, damaged_since)


def _is_damage(error: StorageError) -> bool:
    from prt_desktop.storage.errors import CorruptDatabaseError

    if isinstance(error, UnsupportedSchemaError):
        return error.found <= error.supported  # an old format with no way up: unusable here
    return isinstance(error, CorruptDatabaseError)


def _newer_reason(error: StorageError) -> str:
    return "its format is not one this version of the app knows"


def _modified(path: Path) -> datetime | None:
    times = []
    for candidate in (path, log_path_for(path)):
        with contextlib.suppress(OSError):
            times.append(candidate.stat().st_mtime)
    return datetime.fromtimestamp(max(times)) if times else None


def _set_aside(path: Path) -> tuple[Path, ...]:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    moved = []
    for original in (path, log_path_for(path)):
        if not original.exists():
            continue
        target = original.with_name(f"{original.name}.damaged-{stamp}")
        try:
            os.replace(original, target)
        except OSError as exc:
            raise StorageWriteError(original, exc) from exc
        moved.append(target)
    return tuple(moved)
