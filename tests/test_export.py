"""Exports for the therapist: CSV, JSON and PDF files read back and checked against the journal."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from prt_desktop import paths
from prt_desktop.core.body_map import load_body_map
from prt_desktop.core.records import PracticeSession, Reflection, SensationMark
from prt_desktop.core.trends import weekly_check_ins
from prt_desktop.export.command import ExportError, ExportFormat, export
from prt_desktop.export.selection import DateRange
from prt_desktop.export.tables import MARK_COLUMNS
from prt_desktop.storage.journal import Journal

PLUS_TWO = timezone(timedelta(hours=2))
MINUS_FIVE = timezone(timedelta(hours=-5))


def _stamp(day: int, hour: int, tz: timezone = PLUS_TWO) -> str:
    return datetime(2026, 10, day, hour, 0, tzinfo=tz).isoformat()


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    journal = Journal(tmp_path / "data" / "journal.json")
    early = PracticeSession("somatic-tracking-short", started=_stamp(5, 9), ended=_stamp(5, 10),
                            completed=True, pain_before=7, pain_after=4, fear_before=6,
                            fear_after=3)
    late = PracticeSession("grounding-five-senses", started=_stamp(20, 23, MINUS_FIVE),
                           completed=False, pain_before=5)
    for session in (early, late):
        journal.save_session(session)
    journal.add_mark(SensationMark(
        session_id=early.id, view="front", region_id="front-chest-left", x=0.5, y=0.31,
        qualities=("pressure", "warmth"), intensity=6, threat=4, note="=1+1 eased off",
        timestamp=_stamp(5, 9)))
    journal.add_mark(SensationMark(
        session_id=late.id, view="back", region_id="back-lower-back-left", x=0.4, y=0.5,
        qualities=("tightness",), intensity=3, threat=1, timestamp=_stamp(20, 23, MINUS_FIVE)))
    journal.add_reflection(Reflection(session_id=early.id, exercise_id=early.exercise_id,
                                      prompt="What did you notice?",
                                      text="The pressure softened as I watched it.",
                                      timestamp=_stamp(5, 10)))
    yield journal
    journal.close()


def test_csv_has_one_row_per_mark_with_the_documented_columns(journal: Journal,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "marks.csv"
    export(journal, ExportFormat.CSV, out, DateRange())
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0].keys()) == MARK_COLUMNS
    marks = {m.id: m for m in journal.marks()}
    assert {r["mark_id"] for r in rows} == set(marks)
    chest = next(r for r in rows if r["region_id"] == "front-chest-left")
    mark = marks[chest["mark_id"]]
    assert chest["qualities"].split("; ") == list(mark.qualities)
    assert int(chest["intensity"]) == mark.intensity and int(chest["threat"]) == mark.threat
    assert chest["exercise_id"] == "somatic-tracking-short"
    assert chest["region_label"] == load_body_map(paths.resource("body_map.svg")).region(
        "front-chest-left").label
    assert float(chest["y"]) == pytest.approx(mark.y, abs=1e-4)
    # A note that a spreadsheet would run as a formula is kept as text.
    assert chest["note"] == "'=1+1 eased off"


def test_json_holds_everything_with_the_schema_version(journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    export(journal, ExportFormat.JSON, out, DateRange())
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["schema_version"] == journal.schema_version
    assert sorted(m["id"] for m in document["marks"]) == sorted(m.id for m in journal.marks())
    assert {m["id"]: m for m in document["marks"]} == {m.id: m.to_dict() for m in journal.marks()}
    assert {s["id"]: s for s in document["sessions"]} == {
        s.id: s.to_dict() for s in journal.sessions()}
    assert [r["text"] for r in document["reflections"]] == [
        "The pressure softened as I watched it."]
    assert set(document["regions"]) == {"front-chest-left", "back-lower-back-left"}


def test_a_date_range_keeps_the_days_as_the_person_lived_them(journal: Journal,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "late.json"
    # 23:00 on 20 October at UTC-5 is already 21 October in UTC: it belongs to the 20th.
    export(journal, ExportFormat.JSON, out, DateRange(date(2026, 10, 20), date(2026, 10, 20)))
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [m["region_id"] for m in document["marks"]] == ["back-lower-back-left"]
    assert [s["exercise_id"] for s in document["sessions"]] == ["grounding-five-senses"]
    assert document["range"] == {"first": "2026-10-20", "last": "2026-10-20"}
    with pytest.raises(ValueError):
        DateRange(date(2026, 10, 21), date(2026, 10, 20))


def test_a_failed_export_leaves_the_earlier_file_whole(journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "marks.csv"
    out.write_text("the earlier export\n", encoding="utf-8")
    folder_mode = tmp_path.stat().st_mode
    with pytest.raises(ExportError, match="does not exist"):
        export(journal, ExportFormat.CSV, tmp_path / "missing" / "x.csv", DateRange())
    with pytest.raises(ExportError, match="is a folder"):
        export(journal, ExportFormat.CSV, tmp_path, DateRange())
    assert out.read_text(encoding="utf-8") == "the earlier export\n"
    assert tmp_path.stat().st_mode == folder_mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "marks.csv"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")
@pytest.mark.parametrize("include_journal", [True, False])
def test_pdf_report_reads_back(journal: Journal, tmp_path: Path, qapp: object,
                               include_journal: bool) -> None:
    out = tmp_path / "report.pdf"
    export(journal, ExportFormat.PDF, out, DateRange(), include_journal=include_journal)
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Practice report" in text
    assert "Practices started: 2 (1 completed)" in text
    assert "Pain 7 → 4, fear 6 → 3" in text
    assert "Sensations marked on the body map: 2." in text
    assert "Body map: where sensations were marked" in text
    assert ("The pressure softened as I watched it." in text) is include_journal
    assert ("=1+1 eased" in text) is include_journal  # "off" may come out as a ligature


def test_weekly_check_ins_average_what_was_given() -> None:
    sessions = [
        PracticeSession("a", started=_stamp(5, 9), pain_before=8, pain_after=4),  # a Monday
        PracticeSession("a", started=_stamp(11, 9), pain_before=6, fear_after=2),  # Sunday
        PracticeSession("a", started=_stamp(12, 9)),  # the next Monday, no check-ins
    ]
    weeks = weekly_check_ins(sessions)
    assert [w.monday for w in weeks] == [date(2026, 10, 5), date(2026, 10, 12)]
    assert weeks[0].means == {"pain_before": 7.0, "pain_after": 4.0, "fear_after": 2.0}
    assert weeks[0].counts["pain_before"] == 2 and weeks[0].practices == 2
    assert weeks[1].means == {} and weeks[1].practices == 1


def test_cells_a_spreadsheet_would_run_are_kept_as_text() -> None:
    from prt_desktop.export.tables import mark_row

    for typed in ("=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", "\uff1d1+1", "\uff20x"):
        mark = SensationMark(session_id="s", view="front", region_id="front-knee-left",
                             x=0.5, y=0.5, note=typed)
        assert mark_row(mark, "e", lambda r: r)["note"] == "'" + typed
    plain = SensationMark(session_id="s", view="front", region_id="front-knee-left", x=0.5,
                          y=0.5, note="Eased a little")
    assert mark_row(plain, "e", lambda r: r)["note"] == "Eased a little"


def test_the_range_is_english_by_default_as_the_command_line_prints_it() -> None:
    assert DateRange().describe() == "all dates"
    assert DateRange(date(2026, 10, 5)).describe() == "from 05 October 2026"
    assert DateRange(None, date(2026, 10, 5)).describe() == "up to 05 October 2026"
    assert (DateRange(date(2026, 1, 2), date(2026, 10, 5)).describe()
            == "02 January 2026 to 05 October 2026")


def test_the_range_can_be_said_in_another_language() -> None:
    spanish = {"all dates": "todas las fechas", "{first} to {last}": "del {first} al {last}"}

    def tr(text: str) -> str:
        return spanish.get(text, text)

    def day(when: date) -> str:
        return f"{when.day} de {('enero', 'octubre')[when.month > 1]}"

    assert DateRange().describe(tr, day) == "todas las fechas"
    assert (DateRange(date(2026, 1, 2), date(2026, 10, 5)).describe(tr, day)
            == "del 2 de enero al 5 de octubre")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")
def test_a_spanish_report_gives_its_range_in_spanish(journal: Journal, tmp_path: Path,
                                                      qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from prt_desktop.ui import i18n

    out = tmp_path / "informe.pdf"
    i18n.install(qapp, "es")  # type: ignore[arg-type]
    try:
        export(journal, ExportFormat.PDF, out, DateRange(date(2026, 10, 1), date(2026, 10, 31)))
        between = QCoreApplication.translate("DateRange", "{first} to {last}")
    finally:
        i18n.install(qapp, "en")  # type: ignore[arg-type]
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    said = between.format(first="1 de octubre de 2026", last="31 de octubre de 2026")
    assert said[:1].upper() + said[1:] in text
    assert "October" not in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils' pdftoppm")
def test_in_the_dark_theme_the_report_is_dark_text_on_white(journal: Journal, tmp_path: Path,
                                                             qapp) -> None:
    from PySide6.QtGui import QImage

    from prt_desktop.ui import theme

    before = theme.current
    qapp.setStyleSheet(theme.apply(theme.DARK))  # as the app does in the dark theme
    try:
        out = tmp_path / "report.pdf"
        export(journal, ExportFormat.PDF, out, DateRange())
        assert theme.current == theme.DARK  # the screen keeps its theme
    finally:
        qapp.setStyleSheet(theme.apply(before))
    subprocess.run(["pdftoppm", "-r", "60", "-gray", "-png", "-singlefile", str(out),
                    str(tmp_path / "page")], check=True, timeout=60)
    image = QImage(str(tmp_path / "page.png"))
    top = [image.pixelColor(x, y).value() for y in range(image.height() // 5)
           for x in range(image.width())]
    assert sum(top) / len(top) > 235  # white paper
    assert min(top) < 100  # the title in the light theme's text colour (#2f2a25)
