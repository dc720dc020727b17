"""Settings → Appearance: the theme (following the computer's contrast setting by default)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from prt_desktop.ui import theme
from prt_desktop.ui.tasks import run_serially

if TYPE_CHECKING:
    from prt_desktop.services import AppServices

log = logging.getLogger(__name__)

TARGET_HEIGHT = 44


class AppearanceSettings(QGroupBox):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Appearance"), parent)
        self.setObjectName("appearanceSettings")
        self.services = services
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("Colours:"))
        self.choice = QComboBox()
        self.choice.setObjectName("themeChoice")
        self.choice.setAccessibleName(self.tr("Colours of the app"))
        self.choice.setMinimumHeight(TARGET_HEIGHT)
        for name, text in ((theme.SYSTEM, self.tr("As my computer is set (high contrast if it "
                                                  "asks for it)")),
                           (theme.LIGHT, self.tr("Calm and light")),
                           (theme.HIGH_CONTRAST, self.tr("High contrast: black on white"))):
            self.choice.addItem(text, name)
        label.setBuddy(self.choice)
        row.addWidget(label)
        row.addWidget(self.choice, 1)
        column.addLayout(row)
        stored = services.journal.setting(theme.THEME_SETTING, theme.SYSTEM)
        self.choice.setCurrentIndex(max(0, self.choice.findData(stored)))
        self.choice.currentIndexChanged.connect(lambda _i: self._chosen())

    def _chosen(self) -> None:
        choice = self.choice.currentData()
        theme.use(choice)  # at once: the person sees whether it suits them
        journal = self.services.journal
        run_serially(lambda: journal.set_setting(theme.THEME_SETTING, choice), lambda _: None,
                     lambda error: log.error("Could not save the theme: %r", error))
