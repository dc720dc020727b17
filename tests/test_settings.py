"""Settings: choosing the sound device, as a person does it, on the JACK rig."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from library_maker import make_library
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from prt_desktop import paths
from prt_desktop.core.library import load_library
from prt_desktop.playback import devices
from prt_desktop.playback.output import SoundDeviceOutput, best_output
from prt_desktop.playback.preview import Preview
from prt_desktop.services import OUTPUT_DEVICE_SETTING, AppServices
from prt_desktop.storage import Journal
from prt_desktop.ui import settings_page
from prt_desktop.ui.errors import ErrorReporter
from prt_desktop.ui.main_window import MainWindow
from prt_desktop.ui.settings_page import SettingsPage
from prt_desktop.ui.tasks import wait_for_background

GONE_DEVICE = "Headphones that were unplugged"


@pytest.fixture
def audio(tmp_path: Path) -> Path:
    return make_library(tmp_path / "lib", clip_seconds=0.3)


def open_services(data_dir: Path, audio: Path) -> AppServices:
    location = paths.DataLocation(data_dir)
    location.ensure()
    return AppServices(location, Journal(location.database),
                       load_library(audio, audio / "clips"), audio, paths.resources_dir())


def open_settings(qtbot, services: AppServices) -> tuple[MainWindow, SettingsPage]:
    """The app past the safety screen, with Settings opened from its button and devices listed."""
    services.safety_acknowledged = 99
    window = MainWindow(ErrorReporter("test log"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach(services)
    with qtbot.waitSignal(window.settings_page().devices_listed, timeout=5000):
        qtbot.mouseClick(window.findChild(QPushButton, "navSettings"), Qt.MouseButton.LeftButton)
    page = window.findChild(SettingsPage, "settingsPage")
    assert window.stack.currentWidget() is page
    return window, page


def choose(qtbot, page: SettingsPage, text: str) -> None:
    """Pick the entry by its visible text with the keyboard, as a person would."""
    combo = page.findChild(QComboBox, "outputDeviceChoice")
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setFocus()
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def status(page: SettingsPage) -> str:
    return page.findChild(QLabel, "soundStatus").text()


def close_app(window: MainWindow) -> None:
    window.close()
    window.services.close()


def test_the_list_holds_the_rigs_device_and_marks_the_default(audio_output) -> None:
    listed = devices.list_output_devices()
    rig = [d for d in listed if d.index == audio_output.index]
    assert len(rig) == 1 and rig[0].is_default
    assert [d for d in listed if d.is_default] == rig
    assert rig[0].name == audio_output.name and rig[0].host_api == audio_output.hostapi
    assert rig[0].samplerate == int(audio_output.samplerate) and rig[0].channels >= 1
    if audio_output.started_by_tests:
        assert devices.device_label(rig[0]) == "system (JACK)"
    assert devices.find_output_device(audio_output.name) == rig[0]
    assert devices.find_output_device(devices.device_label(rig[0])) == rig[0]
    assert devices.find_output_device(GONE_DEVICE) is None


def test_choosing_the_device_saves_it_and_the_next_practice_opens_it(
        qtbot, data_dir, audio, audio_output) -> None:
    window, page = open_settings(qtbot, open_services(data_dir, audio))
    combo = page.findChild(QComboBox, "outputDeviceChoice")
    assert combo.currentIndex() == 0 and combo.currentText().startswith("System default")
    assert combo.minimumHeight() >= 44
    assert "system default" in status(page)
    practice = window.practice_page()  # made before the choice: it must still get the new device
    label = devices.device_label(devices.find_output_device(audio_output.name))

    with qtbot.waitSignal(page.choice_saved, timeout=5000):
        choose(qtbot, page, label)
    assert wait_for_background()
    assert window.services.journal.setting(OUTPUT_DEVICE_SETTING) == audio_output.name
    assert "next practice" in status(page)
    assert isinstance(practice.player.output, SoundDeviceOutput) and practice.player.output.chosen
    qtbot.wait(20)  # let the layout follow the new text
    page.grab().save("/tmp/settings.png")
    close_app(window)

    services = open_services(data_dir, audio)
    try:
        assert services.output_device == audio_output.name
        output = services.output()
        assert isinstance(output, SoundDeviceOutput) and output.chosen
        assert output.device.name == audio_output.name
        preview = Preview()
        preview.play(output, make_tone(output.samplerate, 0.2))
        assert preview._stream._stream.device == audio_output.index  # that device, by its index
        qtbot.waitUntil(lambda: preview.finished, timeout=3000)
        preview.stop()
    finally:
        services.close()


def test_back_to_system_default(qtbot, data_dir, audio, audio_output) -> None:
    services = open_services(data_dir, audio)
    services.journal.set_setting(OUTPUT_DEVICE_SETTING, audio_output.name)
    services.output_device = audio_output.name
    window, page = open_settings(qtbot, services)
    assert page.findChild(QComboBox, "outputDeviceChoice").currentText().startswith(
        audio_output.name)
    with qtbot.waitSignal(page.choice_saved, timeout=5000):
        choose(qtbot, page, page.choice.itemText(0))
    assert wait_for_background()
    assert services.journal.setting(OUTPUT_DEVICE_SETTING) is None
    assert services.output_device is None and not services.output().chosen
    close_app(window)


def test_a_device_that_is_gone_falls_back_to_the_default(
        qtbot, data_dir, audio, audio_output) -> None:
    output = best_output(preferred=GONE_DEVICE)
    assert isinstance(output, SoundDeviceOutput) and not output.chosen
    assert output.device.is_default

    services = open_services(data_dir, audio)
    services.journal.set_setting(OUTPUT_DEVICE_SETTING, GONE_DEVICE)
    services.close()
    services = open_services(data_dir, audio)
    assert services.output_device == GONE_DEVICE
    assert not services.output().captions_only and not services.output().chosen
    window, page = open_settings(qtbot, services)
    combo = page.findChild(QComboBox, "outputDeviceChoice")
    assert combo.currentText() == f"{GONE_DEVICE} (not connected)"
    assert "is not connected now" in status(page) and "system default" in status(page)
    # Kept, so the device is used again once it is back; the test sound uses the default.
    with qtbot.waitSignal(page.test_sound_finished, timeout=5000):
        qtbot.mouseClick(page.findChild(QPushButton, "testSoundButton"), Qt.MouseButton.LeftButton)
    assert services.journal.setting(OUTPUT_DEVICE_SETTING) == GONE_DEVICE
    close_app(window)


def test_the_test_sound_plays_and_looking_again_finds_the_device(
        qtbot, data_dir, audio, audio_output) -> None:
    window, page = open_settings(qtbot, open_services(data_dir, audio))
    button = page.findChild(QPushButton, "testSoundButton")
    assert button.isEnabled() and button.minimumHeight() >= 44
    with qtbot.waitSignal(page.test_sound_finished, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert page.preview.playing
    assert "Did you hear" in page.findChild(QLabel, "testSoundMessage").text()

    with qtbot.waitSignal(page.devices_listed, timeout=10000):
        qtbot.mouseClick(page.findChild(QPushButton, "refreshDevicesButton"),
                         Qt.MouseButton.LeftButton)
    labels = [page.choice.itemText(i) for i in range(page.choice.count())]
    assert any(text.startswith(audio_output.name) for text in labels[1:])
    with qtbot.waitSignal(page.test_sound_finished, timeout=5000):  # still plays afterwards
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    close_app(window)


def test_no_devices_says_so_and_practice_runs_with_captions(
        qtbot, monkeypatch, data_dir, audio, audio_output) -> None:
    monkeypatch.setattr(settings_page, "list_output_devices", lambda: [])
    window, page = open_settings(qtbot, open_services(data_dir, audio))
    assert "No sound device was found" in status(page)
    assert "words are shown on screen" in status(page)
    assert not page.findChild(QPushButton, "testSoundButton").isEnabled()
    assert page.findChild(QPushButton, "refreshDevicesButton").isEnabled()
    assert page.choice.count() == 1
    qtbot.wait(20)
    page.grab().save("/tmp/settings-none.png")
    close_app(window)


def test_no_portaudio_devices_in_a_subprocess(no_audio_env) -> None:
    script = (
        "import json\n"
        "from prt_desktop.playback.devices import list_output_devices, find_output_device\n"
        "from prt_desktop.playback.output import best_output\n"
        "output = best_output(preferred='system')\n"
        "print(json.dumps({'devices': len(list_output_devices()),\n"
        "                  'found': find_output_device('system') is not None,\n"
        "                  'captions_only': output.captions_only}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], env=no_audio_env, capture_output=True,
                            text=True, timeout=60, check=True)
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"devices": 0, "found": False, "captions_only": True}


def make_tone(samplerate: int, seconds: float):  # type: ignore[no-untyped-def]
    import numpy as np

    t = np.arange(int(samplerate * seconds), dtype=np.float32) / samplerate
    return (0.1 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
