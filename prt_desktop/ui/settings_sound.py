"""Settings → Voice and sound: the pauses, the background sound, the chimes and the captions.

The same remembered choices as the practice's own "Sound and pace" panel (the journal setting
"player_choices"), so either place shows what the other set. A change is saved on the writer
thread and handed to a practice page that already exists through `choices_changed`.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.ui.player_choices import PACE_STEPS, PlayerChoices
from prt_desktop.ui.player_controls import pace_words
from prt_desktop.ui.practice_memory import PLAYER_CHOICES_SETTING
from prt_desktop.ui.tasks import run_serially

if TYPE_CHECKING:
    from prt_desktop.services import AppServices

log = logging.getLogger(__name__)

TARGET_HEIGHT = 44


class SoundSettings(QGroupBox):
    choices_changed = Signal(object)
    """The person changed a choice here (the new PlayerChoices)."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Voice and sound"), parent)
        self.setObjectName("soundChoiceSettings")
        self.services = services
        self.choices = PlayerChoices.from_setting(
            services.journal.setting(PLAYER_CHOICES_SETTING, None))
        column = QVBoxLayout(self)

        row = QHBoxLayout()
        pace_label = QLabel(self.tr("Pauses between the lines:"))
        self.pace = QComboBox()
        self.pace.setObjectName("paceSetting")
        self.pace.setAccessibleName(self.tr("Length of the pauses"))
        self.pace.setAccessibleDescription(self.tr(
            "How long the voice leaves you in silence between its lines"))
        self.pace.setMinimumHeight(TARGET_HEIGHT)
        for steps in range(PACE_STEPS // 2, PACE_STEPS * 2 + 1):
            words = pace_words(steps / PACE_STEPS)
            self.pace.addItem(words[:1].upper() + words[1:], steps / PACE_STEPS)
        pace_label.setBuddy(self.pace)
        row.addWidget(pace_label)
        row.addWidget(self.pace, 1)
        column.addLayout(row)

        self.background = QCheckBox(self.tr("A soft background sound under the voice"))
        self.background.setObjectName("backgroundSetting")
        row = QHBoxLayout()
        volume_label = QLabel(self.tr("Its volume:"))
        self.background_volume = QSlider(Qt.Orientation.Horizontal)
        self.background_volume.setObjectName("backgroundVolumeSetting")
        self.background_volume.setAccessibleName(self.tr("Background sound volume"))
        self.background_volume.setRange(0, 100)
        self.background_volume.setPageStep(10)
        self.background_volume.setMinimumHeight(TARGET_HEIGHT)
        volume_label.setBuddy(self.background_volume)
        row.addWidget(volume_label)
        row.addWidget(self.background_volume, 1)
        self.chimes = QCheckBox(self.tr("A chime at the start and at the end"))
        self.chimes.setObjectName("chimesSetting")
        self.captions = QCheckBox(self.tr("Captions: show each sentence as it is spoken"))
        self.captions.setObjectName("captionsSetting")
        self.transcript = QCheckBox(self.tr(
            "Show the whole text of the practice beside the caption"))
        self.transcript.setObjectName("transcriptSetting")
        column.addWidget(self.background)
        column.addLayout(row)
        for box in (self.chimes, self.captions, self.transcript):
            column.addWidget(box)
        for box in (self.background, self.chimes, self.captions, self.transcript):
            box.setMinimumHeight(TARGET_HEIGHT)
        hint = QLabel(self.tr("These apply at once, also to a practice you have paused."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.show_choices(self.choices)
        self.pace.currentIndexChanged.connect(lambda _i: self._changed())
        self.background_volume.valueChanged.connect(lambda _v: self._changed())
        for box in (self.background, self.chimes, self.captions, self.transcript):
            box.toggled.connect(lambda _on: self._changed())

    def show_choices(self, choices: PlayerChoices) -> None:
        """Show `choices` (e.g. changed in a practice) without counting it as a change here."""
        self.choices = choices
        widgets = (self.pace, self.background_volume, self.background, self.chimes,
                   self.captions, self.transcript)
        for widget in widgets:
            widget.blockSignals(True)
        self.pace.setCurrentIndex(max(0, self.pace.findData(choices.pace)))
        self.background.setChecked(choices.background)
        self.background_volume.setValue(choices.background_volume)
        self.background_volume.setEnabled(choices.background)
        self.chimes.setChecked(choices.chimes)
        self.captions.setChecked(choices.captions)
        self.transcript.setChecked(choices.transcript)
        for widget in widgets:
            widget.blockSignals(False)

    def _changed(self) -> None:
        choices = dataclasses.replace(
            self.choices, pace=float(self.pace.currentData()),
            background=self.background.isChecked(),
            background_volume=self.background_volume.value(), chimes=self.chimes.isChecked(),
            captions=self.captions.isChecked(), transcript=self.transcript.isChecked())
        self.background_volume.setEnabled(choices.background)
        self.choices = choices
        self.choices_changed.emit(choices)
        journal, stored = self.services.journal, choices.to_setting()
        run_serially(lambda: journal.set_setting(PLAYER_CHOICES_SETTING, stored), lambda _: None,
                     lambda error: log.error("Could not save the sound choices: %r", error))
