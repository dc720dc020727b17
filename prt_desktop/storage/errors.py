"""Typed errors of the journal's storage, each with a sentence a person can read.

The UI shows `str(error)` as it is, so every message says what happened, to which file, and
whether anything was changed.
"""

from __future__ import annotations

import errno
from pathlib import Path


class StorageError(Exception):
    """Base class: something went wrong reading or saving the journal."""


def _where(path: Path | None) -> str:
    return f"the journal file {path}" if path is not None else "the in-memory journal"


def describe_os_error(error: OSError) -> str:
    """A plain-words reason for an OSError (disk full, read-only folder, ...)."""
    if error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", None):
        return "the disk is full"
    if error.errno == errno.EROFS:
        return "the disk or folder is read-only"
    if isinstance(error, PermissionError):
        return "there is no permission to write there (the folder may be read-only)"
    if isinstance(error, IsADirectoryError):
        return "a folder is in the way where the file should be"
    if isinstance(error, NotADirectoryError | FileNotFoundError):
        return "the folder for it cannot be found or created"
    return error.strerror or str(error) or type(error).__name__


class CorruptDatabaseError(StorageError):
    """The journal file exists but cannot be read as a journal. It is left untouched."""

    def __init__(self, path: Path | None, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"The journal file {path} cannot be read: {reason}. "
            "It has been left exactly as it is."
            if path is not None
            else f"The in-memory journal cannot be read: {reason}."
        )


class UnsupportedSchemaError(StorageError):
    """The journal was written by a newer version of the app (or one we cannot upgrade)."""

    def __init__(self, path: Path | None, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        if found > supported:
            detail = ("it was made by a newer version of the app. Please update the app (or "
                      "install the version that made it) to open it")
        else:
            detail = f"its format {found} is too old to be upgraded by this version"
        super().__init__(f"Cannot open {_where(path)}: {detail}. It has not been changed.")


class StorageWriteError(StorageError):
    """Saving failed (disk full, read-only folder, ...). The journal is as it was before."""

    def __init__(self, path: Path | None, cause: OSError, *, kept: bool = False) -> None:
        self.path = path
        self.cause = cause
        #: True when the change is held in memory and saved again later (`Journal.retry_pending`).
        self.kept = kept
        if kept:
            detail = ("What you just entered is kept for now, and the app will keep trying to "
                      "save it every few seconds. Everything saved before it is safe.")
        else:
            detail = "This change was not saved; everything saved before it is safe."
        super().__init__(f"Could not save to {_where(path)}: {describe_os_error(cause)}. {detail}")


class StorageReadError(StorageError):
    """The journal file exists but the system would not let us read it."""

    def __init__(self, path: Path | None, cause: OSError) -> None:
        self.path = path
        self.cause = cause
        reason = cause.strerror or str(cause)
        if isinstance(cause, PermissionError):
            reason = "there is no permission to read it"
        super().__init__(f"Could not read {_where(path)}: {reason}.")


class StorageDeleteError(StorageError):
    """Deleting the person's data could not remove everything; the rest was deleted."""

    def __init__(self, path: Path, cause: OSError) -> None:
        self.path = path
        self.cause = cause
        super().__init__(
            f"Everything else was deleted, but {path} could not be: {describe_os_error(cause)}. "
            "You can delete it yourself, or try again."
        )
