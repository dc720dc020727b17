"""The change log's line format (AppendLogStorage, logstore.py): a JSON header line naming the
base file it continues, then one line per saved change, `<crc32 hex> <json>`, so a torn or
damaged line is told apart from a good one; and the base file's JSON, written document by
document."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterator
from typing import Any

LOG_FORMAT = 1

Tables = dict[str, dict[str, Any]]


def header_line(base_digest: str) -> bytes:
    return json.dumps({"prt_journal_log": LOG_FORMAT, "base": base_digest}).encode() + b"\n"


def encode_line(entry: dict[str, Any], json_kwargs: dict[str, Any], encoding: str) -> bytes:
    body = json.dumps(entry, **json_kwargs).encode(encoding)
    return b"%08x " % zlib.crc32(body) + body + b"\n"

def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def encode_tables(tables: Tables, json_kwargs: dict[str, Any], encoding: str) -> bytes:
    # One small dumps per document rather than one for the whole database: the writer thread
    # then gives the GUI thread the interpreter between documents instead of holding it for the
    # ~50 ms a 20,000-record dump takes.
    dumps = json.dumps
    parts: list[str] = []
    for name, table in tables.items():
        docs = ",".join(f"{dumps(str(key))}:{dumps(doc, **json_kwargs)}"
                        for key, doc in table.items())
        parts.append(f"{dumps(str(name))}:{{{docs}}}")
    return ("{" + ",".join(parts) + "}").encode(encoding)


def split_lines(raw: bytes) -> Iterator[tuple[int, bytes]]:
    """(offset, line with its newline if it has one), for every line of `raw`."""
    offset = 0
    while offset < len(raw):
        end = raw.find(b"\n", offset)
        stop = len(raw) if end < 0 else end + 1
        yield offset, raw[offset:stop]
        offset = stop


def parse_header(text: bytes) -> dict[str, Any] | None:
    if not text.endswith(b"\n"):
        return None
    try:
        header = json.loads(text)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(header, dict) or header.get("prt_journal_log") != LOG_FORMAT:
        return None
    return header


def decode_line(text: bytes) -> dict[str, Any] | None:
    """A log line's entry, or None if it is torn or fails its checksum."""
    if not text.endswith(b"\n") or len(text) < 10 or text[8:9] != b" ":
        return None
    body = text[9:-1]
    try:
        if int(text[:8], 16) != zlib.crc32(body):
            return None
        entry = json.loads(body)
    except ValueError:
        return None
    return entry if isinstance(entry, dict) else None
