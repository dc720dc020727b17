"""The export dialog as a person uses it: a range and a kind of file in, a sentence back."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from prt_desktop.core.records import PracticeSession, Reflection, SensationMark
from prt_desktop.paths import DataLocation
from prt_desktop.services import AppServices
from prt_desktop.ui.export_dialog import ExportDialog


@pytest.fixture
def services(data_dir: Path):
    services = AppServices.open(DataLocation(data_dir))
    now = datetime.now().astimezone()
    old = PracticeSession("somatic-tracking-short",
                          started=(now - timedelta(days=60)).isoformat(timespec="seconds"),
                          pain_before=6)
    recent = PracticeSession("somatic-tracking-short",
                             started=(now - timedelta(days=1)).isoformat(timespec="seconds"),
                             pain_before=4, pain_after=2)
    for session in (old, recent):
        services.journal.save_session(session)
        services.journal.add_mark(SensationMark(
            session_id=session.id, view="front", region_id="front-neck-left", x=0.5, y=0.2,
            intensity=3, threat=2, note="softer at the end", timestamp=session.started))
    services.journal.add_reflection(Reflection(
        session_id=recent.id, exercise_id=recent.exercise_id, prompt="What changed?",
        text="It eased.", timestamp=recent.started))
    yield services
    services.close()


def _export(qtbot, dialog: ExportDialog, out: Path) -> str:
    dialog.export_to(out)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    return dialog.message.text()


def test_the_last_thirty_days_as_json(qtbot, services: AppServices, tmp_path: Path) -> None:
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.format_buttons["json"].setChecked(True)
    assert dialog.include_journal.isHidden()  # CSV and JSON always hold the notes
    message = _export(qtbot, dialog, tmp_path / "records")
    out = tmp_path / "records.json"  # the kind's ending is added when it is missing
    assert message == f"Saved 1 practice and 1 marked sensation to {out}"
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [s["pain_after"] for s in document["sessions"]] == [2]
    assert document["reflections"][0]["text"] == "It eased."


def test_everything_as_csv(qtbot, services: AppServices, tmp_path: Path) -> None:
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.format_buttons["csv"].setChecked(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.all_dates, Qt.MouseButton.LeftButton)
    assert not dialog.first.isEnabled()
    _export(qtbot, dialog, tmp_path / "marks.csv")
    lines = (tmp_path / "marks.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3  # the header and both marks


def test_a_pdf_with_or_without_what_i_wrote(qtbot, services: AppServices,
                                            tmp_path: Path) -> None:
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.first.setDate(QDate.fromString((date.today() - timedelta(days=90)).isoformat(),
                                          Qt.DateFormat.ISODate))
    message = _export(qtbot, dialog, tmp_path / "report.pdf")
    assert message.startswith("Saved 2 practices and 2 marked sensations")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_a_folder_that_is_gone_is_said_in_words(qtbot, services: AppServices,
                                                tmp_path: Path) -> None:
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    message = _export(qtbot, dialog, tmp_path / "gone" / "report.pdf")
    assert message == f"The folder {tmp_path / 'gone'} does not exist."
    assert dialog.export_button.isEnabled()


def test_the_dialog_stays_until_it_can_say_how_the_export_went(qtbot, services: AppServices,
                                                               tmp_path: Path) -> None:
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.format_buttons["csv"].setChecked(True)
    dialog.export_to(tmp_path / "marks.csv")
    assert dialog.busy and not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()  # neither Escape nor closing ends it mid-way
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.message.text().startswith("Saved ")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
