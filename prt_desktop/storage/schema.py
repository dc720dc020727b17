"""The journal's schema version and the migrations that bring an older journal up to date.

The version lives in the `meta` table as `{"schema": {"schema_version": N}}`. A new journal is
created at `CURRENT_SCHEMA_VERSION`. An older one is upgraded at open by running
`MIGRATIONS[v]` for each version v it is behind, in order, and written back in one atomic write.
A newer one is refused with `UnsupportedSchemaError`, never touched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from prt_desktop.storage.errors import CorruptDatabaseError, UnsupportedSchemaError

#: The version of the journal format this app writes (docs/data.md describes it).
CURRENT_SCHEMA_VERSION = 1

META_TABLE = "meta"
SCHEMA_DOC = "schema"
SCHEMA_FIELD = "schema_version"

#: A raw journal: table name -> document id -> document, as stored in the JSON file.
RawData = dict[str, dict[str, Any]]

#: version v -> a function turning a raw journal at version v into one at v + 1. It may change
#: the data it gets in place and return it; the version field is updated by `migrate`, not by it.
MIGRATIONS: dict[int, Callable[[RawData], RawData]] = {}


def stored_version(data: RawData | None, path: Path | None) -> int | None:
    """The schema version written in `data`; None for a journal that holds nothing yet."""
    if not data or not any(data.values()):
        return None
    schema = data.get(META_TABLE, {}).get(SCHEMA_DOC)
    if schema is None:
        raise CorruptDatabaseError(path, "it holds records but no schema version")
    version = schema.get(SCHEMA_FIELD)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CorruptDatabaseError(path, f"its schema version {version!r} is not a whole number")
    return version


def new_database() -> RawData:
    """What an empty journal holds: just its schema version."""
    return {META_TABLE: {SCHEMA_DOC: {SCHEMA_FIELD: CURRENT_SCHEMA_VERSION}}}


def check_supported(version: int, path: Path | None) -> None:
    if version > CURRENT_SCHEMA_VERSION:
        raise UnsupportedSchemaError(path, version, CURRENT_SCHEMA_VERSION)
    for step in range(version, CURRENT_SCHEMA_VERSION):
        if step not in MIGRATIONS:
            raise UnsupportedSchemaError(path, version, CURRENT_SCHEMA_VERSION)


def migrate(data: RawData, version: int, path: Path | None) -> RawData:
    """Bring `data` from `version` up to `CURRENT_SCHEMA_VERSION` (nothing is written here)."""
    check_supported(version, path)
    for step in range(version, CURRENT_SCHEMA_VERSION):
        data = MIGRATIONS[step](data)
        data.setdefault(META_TABLE, {}).setdefault(SCHEMA_DOC, {})[SCHEMA_FIELD] = step + 1
    return data
