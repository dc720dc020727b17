"""Settings about the practice and the person's own data: the check-ins, where the data folder
is, the export for a therapist (and, once the storage offers it, deleting everything)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from prt_desktop.ui.practice_memory import CHECK_INS_SETTING
from prt_desktop.ui.tasks import run_serially

if TYPE_CHECKING:
    from prt_desktop.services import AppServices

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

    def open_export(self) -> None:
        from prt_desktop.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
