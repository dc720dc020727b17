"""Stored documents turned into the app's checked records, and timestamps into sortable times.

A document that breaks the records' rules (hand-edited, or from a damaged file) raises
CorruptDatabaseError naming it, so the journal never hands half-valid records to the app.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from prt_desktop.storage.errors import CorruptDatabaseError

_LATEST = datetime.max.replace(tzinfo=UTC)


class _Record(Protocol):
    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any: ...


R = TypeVar("R")

_KINDS = {"SensationMark": "mark", "PracticeSession": "session"}


def record_from(kind: type[R], path: Path | None, doc: dict[str, Any]) -> R:
    """`kind.from_dict` of the document, its key as `id`; CorruptDatabaseError if it breaks
    the record's rules."""
    try:
        return kind.from_dict(with_key(doc))  # type: ignore[attr-defined, no-any-return]
    except (TypeError, ValueError, KeyError) as exc:
        what = _KINDS.get(kind.__name__, kind.__name__.lower())
        raise CorruptDatabaseError(path, f"the {what} {doc_id(doc)} is not valid: {exc}") \
            from exc


def with_key(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with its key as `id`: the key is what the journal finds the record by."""
    key = getattr(doc, "doc_id", None)
    return {**doc, "id": key} if key is not None else dict(doc)


def doc_id(doc: dict[str, Any]) -> str:
    return repr(getattr(doc, "doc_id", doc.get("id", "?")))


def instant(timestamp: str) -> datetime:
    """A timestamp as an aware datetime for sorting; an unreadable one sorts last, not lost."""
    try:
        moment = datetime.fromisoformat(timestamp)
    except (TypeError, ValueError):
        return _LATEST
    return moment if moment.tzinfo is not None else moment.astimezone()
