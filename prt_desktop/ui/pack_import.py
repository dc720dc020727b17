"""Settings → Import a pack…: install a therapist's pack (a .zip) into this data folder.

The zip is checked and installed off the GUI thread (`packs.install.import_pack`: whole or not
at all); the person then reads, in a sentence, that it is installed and used from the next start,
or why it was refused, with the line-numbered details for the therapist behind "Show Details".
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from prt_desktop.ui.tasks import run_in_background

if TYPE_CHECKING:
    from prt_desktop.packs.install import InstallResult
    from prt_desktop.services import AppServices

log = logging.getLogger(__name__)


class PackImporter(QObject):
    finished = Signal(bool, str)
    """The import ended: installed (True) or refused (False), with the sentence shown."""

    def __init__(self, services: AppServices, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.parent_widget = parent
        self.busy = False
        self.box: QMessageBox | None = None
        self.details = ""

    def choose(self) -> None:
        """Ask for the pack's zip file, then import it."""
        dialog = QFileDialog(self.parent_widget, self.tr("Import a pack from your therapist"))
        dialog.setObjectName("packFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Packs (*.zip)"))
        dialog.fileSelected.connect(lambda name: self.start(Path(name)))
        dialog.open()

    def start(self, source: Path) -> None:
        if self.busy:
            return
        self.busy = True
        services = self.services

        def install() -> InstallResult:
            from prt_desktop.core.library import load_library
            from prt_desktop.packs.install import import_pack

            # The whole library, not the one a current pack limits: the new pack may choose others.
            library = load_library(services.audio_folder, services.audio_folder / "clips")
            return import_pack(source, services.location.root, library)

        run_in_background(install, self._installed, self._refused)

    def _installed(self, result: InstallResult) -> None:
        self.busy = False
        self.details = ""
        self._tell(True, self.tr(
            "The pack \u201c{name}\u201d is installed. You will see it the next time you open "
            "the app.").format(name=result.pack.manifest.name))

    def _refused(self, error: BaseException) -> None:
        from prt_desktop.packs.install import PackRefused

        self.busy = False
        if isinstance(error, PackRefused):
            self.details = "\n".join(error.problems)
            text = str(error)
        else:
            log.error("Importing a pack failed: %r", error)
            self.details = ""
            text = self.tr("The pack could not be imported. Nothing was changed.")
        self._tell(False, text + " " + self.tr("Your own data was not touched."))

    def _tell(self, ok: bool, text: str) -> None:
        icon = QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning
        title = self.tr("Pack imported") if ok else self.tr("Pack not imported")
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setObjectName("packImportResult")
        if self.details:
            box.setDetailedText(self.details)
        self.box = box
        box.open()
        self.finished.emit(ok, text)
