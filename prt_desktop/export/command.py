"""One export, as the app's Export dialog and `prt-desktop export` both make it."""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

from prt_desktop import paths
from prt_desktop.core.body_map import BodyMap, load_body_map
from prt_desktop.core.library import Library, load_library
from prt_desktop.export.selection import DateRange, ExportSelection, JournalReader
from prt_desktop.export.tables import write_csv, write_json

_gui_application: Any = None  # kept alive for the process once made here


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    PDF = "pdf"


class ExportError(Exception):
    """An export that could not be written, with a sentence a person understands."""


def region_labeller(body_map: BodyMap) -> Callable[[str], str]:
    return body_map.label  # knows the retired ids of older drawings too


def exercise_titler(library: Library) -> Callable[[str], str]:
    def title(exercise_id: str) -> str:
        try:
            return library.exercise(exercise_id).title
        except KeyError:  # a practice no longer in the library
            return exercise_id

    return title


def check_target(out: Path) -> None:
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give the name of the file to write.")
    if not out.parent.is_dir():
        raise ExportError(f"The folder {out.parent} does not exist.")


def export(journal: JournalReader, fmt: ExportFormat, out: Path, date_range: DateRange, *,
           include_journal: bool = False, body_map: BodyMap | None = None,
           library: Library | None = None) -> ExportSelection:
    """Read the range from the journal and write the export; returns what it held."""
    check_target(out)
    selection = ExportSelection.read(journal, date_range)
    write_export(selection, fmt, out, include_journal=include_journal, body_map=body_map,
                 library=library)
    return selection


def write_export(selection: ExportSelection, fmt: ExportFormat, out: Path, *,
                 include_journal: bool = False, body_map: BodyMap | None = None,
                 library: Library | None = None) -> None:
    """Write `selection`; the target is replaced whole or not at all. `include_journal` adds the
    written entries to the PDF (CSV and JSON always hold every field, notes included: they are
    the complete record). A PDF is drawn with Qt, so on the GUI thread in the app."""
    check_target(out)
    body_map = body_map or load_body_map(paths.resource("body_map.svg"))
    label = region_labeller(body_map)
    try:
        if fmt == ExportFormat.CSV:
            write_csv(out, selection, label)
        elif fmt == ExportFormat.JSON:
            write_json(out, selection, label)
        else:
            _ensure_gui_application()
            from prt_desktop.export.pdf_report import heat_map_painter, write_pdf

            library = library or load_library(paths.audio_dir(), paths.clips_dir(), None)
            write_pdf(out, selection, region_label=label, exercise_title=exercise_titler(library),
                      include_journal=include_journal,
                      paint_heat_map=heat_map_painter(body_map, selection))
    except PermissionError as error:
        raise ExportError(f"The file {out} could not be written: permission was refused.") \
            from error
    except OSError as error:
        raise ExportError(f"The file {out} could not be written ({error.strerror or error}). "
                          "Check that the disk has free space.") from error


def _ensure_gui_application() -> None:
    """The PDF needs fonts and draws the heat-map widget, so a QApplication; from the command
    line there may be no screen, and no window is shown."""
    global _gui_application
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window is ever shown
        _gui_application = QApplication([])
