"""Settings, Voice and sound: the pauses, the background sound, the chimes and the captions,
shared with the practice's own "Sound and pace" panel."""

from __future__ import annotations

import pytest
from library_maker import make_library
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox
from test_settings import close_app, open_services, open_settings

from prt_desktop.ui.player_choices import PlayerChoices
from prt_desktop.ui.practice_memory import PLAYER_CHOICES_SETTING
from prt_desktop.ui.tasks import wait_for_background


@pytest.fixture
def audio(tmp_path):  # type: ignore[no-untyped-def]
    return make_library(tmp_path / "lib", clip_seconds=0.3)


def stored(services) -> PlayerChoices:  # type: ignore[no-untyped-def]
    assert wait_for_background()
    return PlayerChoices.from_setting(services.journal.setting(PLAYER_CHOICES_SETTING))


def test_captions_are_on_by_default_and_old_choices_keep_them() -> None:
    assert PlayerChoices().captions is True
    assert PlayerChoices.from_setting({"pace": 1.5}).captions is True  # saved before captions
    assert PlayerChoices.from_setting({"captions": False}).captions is False


def test_choices_made_in_settings_are_saved(qtbot, data_dir, audio, audio_output) -> None:
    services = open_services(data_dir, audio)
    services.journal.set_setting(PLAYER_CHOICES_SETTING, {"volume": 40, "pace": 1.0})
    window, page = open_settings(qtbot, services)
    pace = page.findChild(QComboBox, "paceSetting")
    assert pace.currentData() == 1.0
    pace.setFocus()
    qtbot.keyClick(pace, Qt.Key.Key_Down)  # by keyboard: one step longer
    assert stored(services).pace == 1.25
    captions = page.findChild(QCheckBox, "captionsSetting")
    assert captions.isChecked()
    captions.setFocus()
    qtbot.keyClick(captions, Qt.Key.Key_Space)
    background = page.findChild(QCheckBox, "backgroundSetting")
    background.setFocus()
    qtbot.keyClick(background, Qt.Key.Key_Space)
    choices = stored(services)
    assert (choices.captions, choices.background, choices.pace) == (False, True, 1.25)
    assert choices.volume == 40  # what Settings does not show is kept as it was
    close_app(window)


def test_the_practice_page_follows_settings_and_settings_follow_it(qtbot, data_dir, audio,
                                                                   audio_output) -> None:
    services = open_services(data_dir, audio)
    window, page = open_settings(qtbot, services)
    practice = window.practice_page()
    page.findChild(QComboBox, "paceSetting").setCurrentIndex(
        page.findChild(QComboBox, "paceSetting").findData(2.0))
    assert practice.controls.choices.pace == 2.0
    qtbot.waitUntil(lambda: practice.player.pace == 2.0, timeout=3000)  # as the slider does
    page.findChild(QCheckBox, "captionsSetting").setChecked(False)
    assert practice.caption.isHidden()
    page.findChild(QCheckBox, "captionsSetting").setChecked(True)
    assert not practice.caption.isHidden()
    # A choice made in the practice shows in Settings the next time it is opened.
    practice.controls.chimes_toggle.setChecked(False)
    window.show_settings()
    assert not page.findChild(QCheckBox, "chimesSetting").isChecked()
    close_app(window)
