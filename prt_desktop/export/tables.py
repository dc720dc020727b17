"""CSV and JSON exports, written atomically (a crash leaves the old file or the new, never half).

CSV: one row per mark, the columns of `MARK_COLUMNS` (documented in docs/export.md).
JSON: everything in the range, every field, with the journal's schema version.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from prt_desktop import __version__
from prt_desktop.core.records import SensationMark
from prt_desktop.export.selection import ExportSelection
from prt_desktop.storage.durable import atomic_write

JSON_FORMAT = "prt-desktop-export"
JSON_FORMAT_VERSION = 1

MARK_COLUMNS: tuple[str, ...] = (
    "mark_id", "date", "time", "timestamp", "session_id", "exercise_id", "view", "region_id",
    "region_label", "x", "y", "qualities", "own_words", "intensity", "threat", "valence",
    "change", "depth", "extent", "cue_index", "note",
)
LIST_SEPARATOR = "; "
# A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"; the
# full-width forms too, which some spreadsheets fold into the plain ones); the person's own words
# and notes are shown as typed, behind an apostrophe that the spreadsheet hides.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")

RegionLabel = Callable[[str], str]


def _text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def mark_row(mark: SensationMark, exercise_id: str, region_label: RegionLabel) -> dict[str, Any]:
    fields = mark.to_dict()
    stamp = mark.timestamp
    return {
        "mark_id": mark.id,
        "date": stamp[:10],
        "time": stamp[11:19],
        "timestamp": stamp,
        "session_id": mark.session_id,
        "exercise_id": exercise_id,
        "view": mark.view,
        "region_id": mark.region_id,
        "region_label": region_label(mark.region_id),
        "x": f"{mark.x:.4f}",
        "y": f"{mark.y:.4f}",
        "qualities": LIST_SEPARATOR.join(mark.qualities),
        "own_words": _text(LIST_SEPARATOR.join(fields.get("own_words") or ())),
        "intensity": mark.intensity,
        "threat": mark.threat,
        "valence": str(mark.valence),
        "change": fields.get("change") or "",
        "depth": fields.get("depth") or "",
        "extent": fields.get("extent") or "",
        "cue_index": "" if fields.get("cue_index") is None else fields["cue_index"],
        "note": _text(mark.note),
    }


def csv_text(selection: ExportSelection, region_label: RegionLabel) -> str:
    out = io.StringIO()
    # The UTF-8 signature lets Excel read accented words correctly; other programs ignore it.
    out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=MARK_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for mark in selection.marks:
        writer.writerow(mark_row(mark, selection.exercise_ids.get(mark.session_id, ""),
                                 region_label))
    return out.getvalue()


def json_document(selection: ExportSelection, region_label: RegionLabel) -> dict[str, Any]:
    regions = sorted({m.region_id for m in selection.marks})
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_FORMAT_VERSION,
        "app_version": __version__,
        "schema_version": selection.schema_version,
        "exported_at": selection.exported_at,
        "range": {
            "first": selection.range.first.isoformat() if selection.range.first else None,
            "last": selection.range.last.isoformat() if selection.range.last else None,
        },
        "regions": {region_id: region_label(region_id) for region_id in regions},
        "sessions": [s.to_dict() for s in selection.sessions],
        "marks": [m.to_dict() for m in selection.marks],
        "ratings": [r.to_dict() for r in selection.ratings],
        "reflections": [r.to_dict() for r in selection.reflections],
    }


def _write_text(target: Path, text: str) -> None:
    def write(handle: BinaryIO) -> None:
        handle.write(text.encode("utf-8"))

    atomic_write(target, write)


def write_csv(target: Path, selection: ExportSelection, region_label: RegionLabel) -> None:
    _write_text(target, csv_text(selection, region_label))


def write_json(target: Path, selection: ExportSelection, region_label: RegionLabel) -> None:
    document = json_document(selection, region_label)
    _write_text(target, json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n")
