"""Storage: the journal of marks, sessions and settings, saved durably in one JSON file.

The rest of the app uses `Journal` only; docs/data.md describes the file.
"""

from prt_desktop.storage.durable import DurableJSONStorage
from prt_desktop.storage.errors import (
    CorruptDatabaseError,
    StorageError,
    StorageReadError,
    StorageWriteError,
    UnsupportedSchemaError,
)
from prt_desktop.storage.journal import Journal
from prt_desktop.storage.schema import CURRENT_SCHEMA_VERSION, MIGRATIONS

__all__ = [
    "CURRENT_SCHEMA_VERSION",
    "MIGRATIONS",
    "CorruptDatabaseError",
    "DurableJSONStorage",
    "Journal",
    "StorageError",
    "StorageReadError",
    "StorageWriteError",
    "UnsupportedSchemaError",
]
