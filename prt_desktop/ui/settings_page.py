"""Settings: which sound device practices play through, with a test sound.

The device list is read off the GUI thread (the first read loads PortAudio); the choice is kept in
the services at once and saved to the journal on the writer thread (`run_serially`). It applies
from the next practice on: the window hands the new output to the practice page (`output_changed`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.playback.devices import (
    device_label,
    list_output_devices,
    match_output_device,
    rescan_output_devices,
    setting_name,
)
from prt_desktop.playback.output import OutputDevice
from prt_desktop.playback.preview import Preview
from prt_desktop.ui.preferences import Preferences
from prt_desktop.ui.settings_appearance import AppearanceSettings
from prt_desktop.ui.settings_data import DataSettings, PracticeSettings
from prt_desktop.ui.settings_reminders import ReminderSettings
from prt_desktop.ui.settings_sound import SoundSettings
from prt_desktop.ui.tasks import run_in_background, run_serially

if TYPE_CHECKING:
    from prt_desktop.services import AppServices
    from prt_desktop.ui.errors import ErrorReporter

log = logging.getLogger(__name__)

TARGET_HEIGHT = 44  # px: comfortable to hit, also with a trembling hand
TEST_SOUND_SECONDS = 1.0
TEST_SOUND_GAIN = 0.3  # about -10 dB: a quiet check, never a shock in headphones
TEST_SOUND_FADE_SECONDS = 0.15
POLL_INTERVAL_MS = 50


class SettingsPage(QWidget):
    devices_listed = Signal()
    """The device choice has been filled from a fresh list of devices."""
    output_changed = Signal()
    """The next practice should ask the services for its output again (new choice or new list)."""
    choice_saved = Signal()
    """The chosen device has been written to the journal."""
    test_sound_finished = Signal()
    """The test sound has played to its end, or the device stopped."""

    def __init__(self, services: AppServices, errors: ErrorReporter,
                 preferences: Preferences | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.services = services
        self.preferences = preferences or Preferences(services.location.root)
        self.errors = errors
        self.devices: list[OutputDevice] = []
        self.preview = Preview()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self._poll)
        self._build()
        self.look_for_devices(again=False)

    # ---- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        # One scrolling column: at 200% text the groups are taller than a small laptop's screen.
        scroll = QScrollArea()
        scroll.setObjectName("settingsScroll")
        scroll.setAccessibleName(self.tr("All settings"))
        scroll.setAccessibleDescription(self.tr(
            "Sound, voice, appearance, reminders, check-ins and your data, one group after "
            "another"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        content.setObjectName("settingsContent")
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        self.scroll = scroll
        outer = QVBoxLayout(content)
        outer.addWidget(QLabel(self.tr("<h2>Settings</h2>")))
        sound = QGroupBox(self.tr("Sound"))
        sound.setObjectName("soundSettings")
        column = QVBoxLayout(sound)
        column.setSpacing(12)

        row = QHBoxLayout()
        label = QLabel(self.tr("Play practices through:"))
        self.choice = QComboBox()
        self.choice.setObjectName("outputDeviceChoice")
        self.choice.setAccessibleName(self.tr("Sound device for practices"))
        self.choice.setMinimumHeight(TARGET_HEIGHT)
        self.choice.setMinimumContentsLength(24)
        label.setBuddy(self.choice)
        row.addWidget(label)
        row.addWidget(self.choice, 1)
        column.addLayout(row)

        self.status = QLabel()
        self.status.setObjectName("soundStatus")
        self.status.setWordWrap(True)
        column.addWidget(self.status)

        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Play a test sound"))
        self.test_button.setObjectName("testSoundButton")
        self.test_button.clicked.connect(self.play_test_sound)
        self.refresh_button = QPushButton(self.tr("Look for devices again"))
        self.refresh_button.setObjectName("refreshDevicesButton")
        self.refresh_button.clicked.connect(lambda: self.look_for_devices(again=True))
        for button in (self.test_button, self.refresh_button):
            button.setMinimumHeight(TARGET_HEIGHT)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)

        self.test_message = QLabel()
        self.test_message.setObjectName("testSoundMessage")
        self.test_message.setWordWrap(True)
        self.test_message.setVisible(False)  # shown once there is something to say
        column.addWidget(self.test_message)

        outer.addWidget(sound)
        self.sound_settings = SoundSettings(self.services)
        outer.addWidget(self.sound_settings)
        self.appearance_settings = AppearanceSettings(self.services, self.preferences)
        outer.addWidget(self.appearance_settings)
        self.reminder_settings = ReminderSettings(self.preferences)
        outer.addWidget(self.reminder_settings)
        self.practice_settings = PracticeSettings(self.services)
        self.data_settings = DataSettings(self.services)
        outer.addWidget(self.practice_settings)
        outer.addWidget(self.data_settings)
        outer.addStretch(1)
        self.choice.currentIndexChanged.connect(lambda _i: self._chosen())

    # ---- the device list --------------------------------------------------------------------
    def look_for_devices(self, again: bool = True) -> None:
        """Fill the choice from the devices PortAudio lists; `again` makes it look afresh."""
        self.stop_test_sound()  # looking again restarts PortAudio, which ends any sound
        self._set_busy(True)
        self.status.setText(self.tr("Looking for sound devices…"))
        run_in_background(rescan_output_devices if again else list_output_devices,
                          lambda devices: self._show_devices(devices, again),
                          self._listing_failed)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.choice, self.test_button, self.refresh_button):
            widget.setEnabled(not busy)

    def _show_devices(self, devices: list[OutputDevice], again: bool) -> None:
        self.devices = list(devices)
        saved = self.services.output_device
        default = next((device for device in self.devices if device.is_default), None)
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("System default: {device}").format(
            device=device_label(default)) if default else self.tr("System default"), None)
        for device in self.devices:
            self.choice.addItem(device_label(device), setting_name(device, self.devices))
        index = 0
        if saved is not None:
            chosen = match_output_device(self.devices, saved)
            if chosen is None:  # kept, so it is used again once it is plugged back in
                self.choice.addItem(self.tr("{device} (not connected)").format(device=saved),
                                    saved)
                index = self.choice.count() - 1
            else:
                index = self.devices.index(chosen) + 1
        self.choice.setCurrentIndex(index)
        self.choice.blockSignals(False)
        self._set_busy(False)
        self.test_button.setEnabled(bool(self.devices))
        self._describe_choice()
        if again:
            # Device numbers may have changed: the next practice finds its device afresh.
            self.services.set_output_device(saved)
            self.output_changed.emit()
        self.devices_listed.emit()

    def _listing_failed(self, error: BaseException) -> None:
        log.error("Could not list the sound devices: %r", error)
        self._show_devices([], again=False)

    def _describe_choice(self, saved_now: bool = False) -> None:
        """Say in plain words where the next practice will be heard."""
        saved = self.services.output_device
        chosen = match_output_device(self.devices, saved) if saved is not None else None
        default = next((device for device in self.devices if device.is_default), None)
        if not self.devices:
            text = self.tr(
                "No sound device was found. Practices still work: the words are shown on screen "
                "as they would be spoken. To hear them, connect headphones or speakers, then "
                "press “Look for devices again”.")
        elif saved is not None and chosen is None:
            text = self.tr(
                "“{device}”, which you chose, is not connected now, so practices play through "
                "the system default. Connect it and press “Look for devices again”, or choose "
                "another device.").format(device=saved)
        elif chosen is not None:
            text = self.tr("Practices play through {device}.").format(
                device=device_label(chosen))
        elif default is not None:
            text = self.tr("Practices play through the system default, {device}.").format(
                device=device_label(default))
        else:
            text = self.tr("Practices play through the system default.")
        if saved_now:
            text = self.tr("Saved. Your choice applies from the next practice.") + " " + text
        self.status.setText(text)

    # ---- choosing ---------------------------------------------------------------------------
    def _chosen(self) -> None:
        name = self.choice.currentData()
        if name == self.services.output_device:
            return
        self.stop_test_sound()
        services = self.services
        services.set_output_device(name)  # in memory at once: the next practice uses it
        self.output_changed.emit()
        self._describe_choice()
        from prt_desktop.services import OUTPUT_DEVICE_SETTING

        def save() -> None:  # on the writer thread
            services.journal.set_setting(OUTPUT_DEVICE_SETTING, name)

        run_serially(save, lambda _: self._saved(), self._save_failed)

    def _saved(self) -> None:
        self._describe_choice(saved_now=True)
        self.choice_saved.emit()

    def _save_failed(self, error: BaseException) -> None:
        log.error("Could not save the chosen sound device: %r", error)
        self.errors.show_message(self, self.tr("Settings"), self.tr(
            "Your choice of sound device could not be saved, so it applies only until the app "
            "is closed. Nothing else has been changed."))

    # ---- the test sound ---------------------------------------------------------------------
    def play_test_sound(self) -> None:
        """About a second of the chime, quietly, through the chosen device."""
        from prt_desktop.playback.composer import ClipError, decode_clip

        self.stop_test_sound()
        output = self.services.output()
        if output.captions_only:
            self._say_test(self.tr(
                "No sound device was found, so no test sound can be played."))
            return
        try:
            frames = quiet_excerpt(decode_clip(self.services.chime_path, output.samplerate),
                                   output.samplerate)
        except ClipError as error:
            log.warning("Could not read the test sound: %r", error)
            self._say_test(self.tr("The test sound could not be read."))
            return
        try:
            self.preview.play(output, frames)
        except Exception:
            log.exception("Could not open the sound output for the test sound")
            self._say_test(self.tr(
                "The sound device could not be started. Check that it is connected and switched "
                "on, or choose another device."))
            return
        self._say_test(self.tr("Playing a soft chime…"))
        self._timer.start()

    def _say_test(self, text: str) -> None:
        self.test_message.setText(text)
        self.test_message.setVisible(True)

    def stop_test_sound(self) -> None:
        self._timer.stop()
        self.preview.stop()

    def _poll(self) -> None:
        if self.preview.finished:
            self.stop_test_sound()
            self._say_test(self.tr(
                "Did you hear a soft chime? If not, check the volume, or choose another device "
                "and try again."))
            self.test_sound_finished.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop_test_sound()
        super().hideEvent(event)


def quiet_excerpt(frames: np.ndarray, samplerate: int) -> np.ndarray:
    """The first second of `frames`, softened and faded out so it never ends in a click."""
    excerpt = frames[: int(TEST_SOUND_SECONDS * samplerate)] * TEST_SOUND_GAIN
    fade = min(excerpt.size, int(TEST_SOUND_FADE_SECONDS * samplerate))
    if fade:
        excerpt[-fade:] *= np.linspace(1.0, 0.0, fade, dtype=excerpt.dtype)
    return excerpt.astype(np.float32, copy=False)

