"""Documents that remember being changed, so a storage can save only what changed.

TinyDB hands a storage the whole database on every write. To append just the changed records to
a log, `AppendLogStorage` must tell which documents changed without comparing every one of them.
TinyDB changes a document either by putting a new dict in its table (insert, replace) or by
mutating the dict it read, in place (`update`, the operations in `tinydb.operations`). The
second kind is caught here: the first mutation of a `TrackedDoc` keeps a copy of what it held and
registers the document as dirty with its storage. A write then saves exactly the dirty documents
and the new ones; a failed write (or an update that raised half-way) puts the copies back, so
nothing unsaved is left in memory.

Only the document's own fields are watched: a list or dict *inside* a field changed in place is
not seen. TinyDB's operations assign fields (`doc[f] = ...`, `doc[f] += ...`), so they are seen;
the app always replaces whole documents.
"""

from __future__ import annotations

from typing import Any


class DirtySet:
    """The documents changed in place since the last write, by identity (dicts are unhashable)."""

    def __init__(self) -> None:
        self.docs: dict[int, TrackedDoc] = {}

    def add(self, doc: TrackedDoc) -> None:
        self.docs[id(doc)] = doc

    def __contains__(self, doc: object) -> bool:
        return id(doc) in self.docs

    def __bool__(self) -> bool:
        return bool(self.docs)

    def in_table(self, table: str) -> list[TrackedDoc]:
        return [doc for doc in self.docs.values() if doc.table == table]

    def commit(self) -> None:
        """The changes were saved: forget the copies."""
        for doc in self.docs.values():
            doc.before = None
        self.docs.clear()

    def roll_back(self) -> None:
        """The changes were not saved: put every changed document back as it was."""
        for doc in self.docs.values():
            if doc.before is not None:
                dict.clear(doc)
                dict.update(doc, doc.before)
                doc.before = None
        self.docs.clear()


class TrackedDoc(dict):  # type: ignore[type-arg]
    """A stored document (a plain dict to everyone reading it) that reports its first change."""

    __slots__ = ("before", "dirty", "key", "table")

    def __init__(self, data: dict[str, Any], dirty: DirtySet | None = None, table: str = "",
                 key: str = "") -> None:
        super().__init__(data)
        self.dirty = dirty
        self.table = table
        self.key = key
        self.before: dict[str, Any] | None = None

    def _touch(self) -> None:
        if self.before is None and self.dirty is not None:
            self.before = dict(self)
            self.dirty.add(self)

    def __setitem__(self, key: str, value: Any) -> None:
        self._touch()
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self._touch()
        super().__delitem__(key)

    def __ior__(self, other: Any) -> TrackedDoc:  # type: ignore[override, misc]
        self._touch()
        super().update(other)
        return self

    def update(self, *args: Any, **kwargs: Any) -> None:
        self._touch()
        super().update(*args, **kwargs)

    def pop(self, *args: Any) -> Any:
        self._touch()
        return super().pop(*args)

    def popitem(self) -> tuple[Any, Any]:
        self._touch()
        return super().popitem()

    def clear(self) -> None:
        self._touch()
        super().clear()

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self._touch()
        return super().setdefault(key, default)

    def __reduce__(self) -> tuple[Any, ...]:
        # Copies and pickles are plain dicts: they are not part of any storage.
        return (dict, (dict(self),))

    def __copy__(self) -> dict[str, Any]:
        return dict(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        import copy

        return {key: copy.deepcopy(value, memo) for key, value in self.items()}
