"""Settings about the practice and the person's own data: the check-ins, where the data folder
is, the export for a therapist, importing a therapist's pack, and deleting everything."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.storage.errors import StorageDeleteError
from prt_desktop.ui.practice_memory import CHECK_INS_SETTING
from prt_desktop.ui.tasks import run_serially

if TYPE_CHECKING:
    from prt_desktop.services import AppServices
    from prt_desktop.ui.pack_import import PackImporter

log = logging.getLogger(__name__)

TARGET_HEIGHT = 44


class PracticeSettings(QGroupBox):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Practice"), parent)
        self.setObjectName("practiceSettings")
        self.services = services
        column = QVBoxLayout(self)
        self.check_ins = QCheckBox(self.tr(
            "Ask how I feel (pain and fear, 0 to 10) before and after a practice"))
        self.check_ins.setObjectName("checkInsSetting")
        self.check_ins.setMinimumHeight(TARGET_HEIGHT)
        self.check_ins.setChecked(bool(services.journal.setting(CHECK_INS_SETTING, True)))
        self.check_ins.toggled.connect(self._save)
        column.addWidget(self.check_ins)
        hint = QLabel(self.tr("Every question can always be skipped."))
        hint.setWordWrap(True)
        column.addWidget(hint)

    def _save(self, on: bool) -> None:
        journal = self.services.journal
        run_serially(lambda: journal.set_setting(CHECK_INS_SETTING, on), lambda _: None,
                     lambda error: log.error("Could not save the check-in setting: %r", error))


class DataSettings(QGroupBox):
    deleted = Signal()
    """Everything was deleted (or as much as could be); the app closes shortly after."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your data"), parent)
        self.setObjectName("dataSettings")
        self.services = services
        column = QVBoxLayout(self)
        where = QLabel(self.tr(
            "Everything you record is kept only on this computer, in this folder:"))
        where.setWordWrap(True)
        column.addWidget(where)
        self.folder = QLabel(str(services.location.root))
        self.folder.setObjectName("dataFolder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.folder)
        self.export_button = QPushButton(self.tr("Export for my therapist…"))
        self.export_button.setObjectName("exportSettingsButton")
        self.export_button.setMinimumHeight(TARGET_HEIGHT)
        self.export_button.clicked.connect(self.open_export)
        column.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.import_pack_button = QPushButton(self.tr("Import a pack from my therapist…"))
        self.import_pack_button.setObjectName("importPackButton")
        self.import_pack_button.setMinimumHeight(TARGET_HEIGHT)
        self.import_pack_button.setToolTip(self.tr(
            "A pack (a .zip file) from your therapist: their practices, voice and welcome"))
        self.import_pack_button.clicked.connect(self.import_pack)
        column.addWidget(self.import_pack_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.pack_importer: PackImporter | None = None
        self.delete_button = QPushButton(self.tr("Delete all my data…"))
        self.delete_button.setObjectName("deleteAllButton")
        self.delete_button.setMinimumHeight(TARGET_HEIGHT)
        self.delete_button.clicked.connect(self.ask_to_delete)
        column.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = QLabel()
        self.message.setObjectName("dataMessage")
        self.message.setWordWrap(True)
        column.addWidget(self.message)
        self.confirm: QMessageBox | None = None

    def open_export(self) -> None:
        from prt_desktop.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def import_pack(self) -> None:
        """Settings → Import a pack: choose the zip, install it off the GUI thread, say how it
        went (ui/pack_import.py)."""
        from prt_desktop.ui.pack_import import PackImporter

        if self.pack_importer is None:
            self.pack_importer = PackImporter(self.services, self)
        self.pack_importer.choose()

    def ask_to_delete(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete all my data"), self.tr(
            "This deletes everything the app keeps about you on this computer: every practice, "
            "every mark on the body map, everything you wrote, your recordings of your own "
            "voice, your settings, and the backups. It cannot be undone.\n\nIf you want to keep "
            "a copy for yourself or your therapist, export it first."), parent=self)
        box.setObjectName("deleteAllConfirm")
        self.delete_confirm_button = box.addButton(self.tr("Delete everything"),
                                                   QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Keep my data"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # Enter on a tired evening keeps everything
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _r: self._confirmed(box))
        self.confirm = box
        box.open()

    def _confirmed(self, box: QMessageBox) -> None:
        self.confirm = None
        if box.clickedButton() is not self.delete_confirm_button:
            return
        self.delete_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Deleting…"))
        services = self.services
        run_serially(services.delete_all_data, lambda _removed: self._deleted(),
                     self._not_deleted)

    def _deleted(self) -> None:
        self.message.setText(self.tr("Everything has been deleted. The app will now close."))
        self.deleted.emit()
        quit_after_deleting()

    def _not_deleted(self, error: BaseException) -> None:
        log.error("Deleting all data failed: %r", error)
        if isinstance(error, StorageDeleteError):
            text = str(error)
        else:
            text = self.tr("Not everything could be deleted just now. Please close the app "
                           "and try again.")
        self.message.setText(text + " " + self.tr("The app will now close."))
        # The journal is closed whatever happened: the app cannot go on using it.
        self.deleted.emit()
        quit_after_deleting()


def quit_after_deleting(delay_ms: int = 2500) -> None:
    """Leave the person time to read that everything is gone, then close the app."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(delay_ms, QApplication.quit)
