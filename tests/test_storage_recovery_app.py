"""The app opens on a damaged journal and tells the person, in plain words, what it restored."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from prt_desktop import paths
from prt_desktop.core.records import SensationMark
from prt_desktop.storage import Journal
from prt_desktop.storage.recovery import make_daily_backup
from prt_desktop.ui.app import open_services_in_background
from prt_desktop.ui.errors import ErrorReporter
from prt_desktop.ui.main_window import MainWindow


def test_the_app_opens_on_a_damaged_journal_and_says_what_it_restored(
    qtbot, tmp_path: Path
) -> None:
    location = paths.DataLocation(tmp_path / "data")
    location.ensure()
    mark = SensationMark("s", "back", "back-lower-back-left", 0.5, 0.5)
    with Journal(location.database) as journal:
        journal.add_mark(mark)
        make_daily_backup(journal, today=date.today() - timedelta(days=2))
    location.database.write_bytes(location.database.read_bytes()[:40])  # cut off

    window = MainWindow(ErrorReporter("test log"))
    qtbot.addWidget(window)
    window.show()
    open_services_in_background(window, location)
    qtbot.waitUntil(lambda: window.services is not None, timeout=15000)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "storageNotice") is not None)
    box = window.findChild(QMessageBox, "storageNotice")
    assert "could not be read" in box.text() and "may be missing" in box.text()
    assert window.services.journal.marks() == [mark]
    assert list(location.root.glob("journal.json.damaged-*"))
    box.accept()
    window.services.close()
