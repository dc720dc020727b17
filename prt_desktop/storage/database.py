"""TinyDB adapted to the journal: string document ids, and reads a failed write cannot taint."""

from __future__ import annotations

import copy
from typing import Any

from tinydb import TinyDB
from tinydb.middlewares import Middleware
from tinydb.table import Table


class JournalTable(Table):
    """Documents keyed by the record's own string id instead of TinyDB's integer counter."""

    document_id_class = str  # type: ignore[assignment]


class JournalDB(TinyDB):
    table_class = JournalTable


class PrivateReads(Middleware):
    """Gives TinyDB its own copy of the data, so that a failed write leaves no trace.

    TinyDB edits the dict that `read()` returned and only then calls `write()`. MemoryStorage
    returns its live dict, so after a failed write the unsaved record would stay in memory, show
    up in reads and be written by the next successful save. Storages whose `read()` builds fresh
    data every time (`reads_are_private`, as DurableJSONStorage) are not copied.
    """

    def read(self) -> dict[str, dict[str, Any]] | None:
        data = self.storage.read()
        if data is None or getattr(self.storage, "reads_are_private", False):
            return data
        return copy.deepcopy(data)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.storage.write(data)

    def close(self) -> None:
        self.storage.close()
