"""Closing while the disk still refuses some saves: try once more, then let the person choose."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from prt_desktop.ui.tasks import run_serially, wait_for_background

if TYPE_CHECKING:
    from prt_desktop.storage import Journal


def may_close_with_unsaved(window: QWidget, journal: Journal | None) -> bool:
    """Saves the disk refused are kept in memory and would be lost by closing: try them once
    more, and if the disk still refuses, ask (keeping the app open is the default)."""
    if journal is None or not wait_for_background() or not journal.pending_count:
        return True
    run_serially(journal.retry_pending, lambda _n: None, lambda _e: None)
    wait_for_background()
    count = journal.pending_count
    if not count:
        return True

    # The texts keep the window's translation context, where they were written first.
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Not saved yet"),
        QCoreApplication.translate(
            "MainWindow",
            "{count} of your latest entries could not be saved yet: the disk refuses them (it "
            "may be full, or taken away). If you close the app now, they will be lost.\n\n"
            "You can keep the app open, free some space or reconnect the disk, and close it "
            "afterwards.").format(count=count), parent=window)
    box.setObjectName("unsavedOnClose")
    keep = box.addButton(QCoreApplication.translate("MainWindow", "Keep the app open"),
                         QMessageBox.ButtonRole.RejectRole)
    box.addButton(QCoreApplication.translate("MainWindow", "Close and lose them"),
                  QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is not keep
