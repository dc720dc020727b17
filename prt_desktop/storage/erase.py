"""Deleting everything the app keeps about a person: "Delete all my data"."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from pathlib import Path

# INSTANCE_LOCK_NAME: the file a running app locks to be the only one on its data folder
# (ui/single_instance.py); it holds nothing about the person and is let go when the app closes.
from prt_desktop.paths import INSTANCE_LOCK_NAME
from prt_desktop.storage.errors import StorageDeleteError

__all__ = ["INSTANCE_LOCK_NAME", "erase_folder"]

log = logging.getLogger(__name__)


def erase_folder(root: Path, keep: frozenset[str] = frozenset()) -> list[Path]:
    """Delete everything in `root` except the names in `keep`; returns what was deleted.

    Journal, change log, backups, set-aside damaged copies, settings (in the journal), the
    person's own recordings and their index, logs. Raises StorageDeleteError, after deleting all
    it could, if something could not be deleted (it names the first)."""
    removed: list[Path] = []
    failures: list[tuple[Path, OSError]] = []

    def failed(_function: object, path: str, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            failures.append((Path(path), exc))

    try:
        entries = sorted(root.iterdir())
    except FileNotFoundError:
        return removed
    for entry in entries:
        if entry.name in keep:
            continue
        if entry.is_dir() and not entry.is_symlink():
            before = len(failures)
            shutil.rmtree(entry, onerror=lambda f, p, info: failed(f, p, info[1]))
            if len(failures) > before:
                continue
        else:
            try:
                entry.unlink()
            except OSError as exc:
                failures.append((entry, exc))
                continue
        removed.append(entry)
    # The deletions themselves should survive a power cut, like any save.
    with contextlib.suppress(OSError):
        fd = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    if failures:
        path, exc = failures[0]
        log.error("Could not delete %d items, first %s: %r", len(failures), path, exc)
        raise StorageDeleteError(path, exc)
    return removed

