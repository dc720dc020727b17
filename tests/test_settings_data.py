"""Settings for the practice and the person's data: the check-ins switch, the data folder, the
export opened from Settings."""

from __future__ import annotations

import pytest
from library_maker import make_library
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton
from test_settings import close_app, open_services, open_settings

from prt_desktop.ui.export_dialog import ExportDialog
from prt_desktop.ui.practice_memory import CHECK_INS_SETTING
from prt_desktop.ui.tasks import wait_for_background


@pytest.fixture
def audio(tmp_path):  # type: ignore[no-untyped-def]
    return make_library(tmp_path / "lib", clip_seconds=0.3)


def test_check_ins_can_be_turned_off_and_on(qtbot, data_dir, audio, audio_output) -> None:
    services = open_services(data_dir, audio)
    window, page = open_settings(qtbot, services)
    box = page.findChild(QCheckBox, "checkInsSetting")
    assert box.isChecked()  # asked unless turned off
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert wait_for_background()
    assert services.journal.setting(CHECK_INS_SETTING) is False
    assert not window.practice_page().check_ins.wanted()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # and by keyboard
    assert wait_for_background()
    assert services.journal.setting(CHECK_INS_SETTING) is True
    close_app(window)


def test_the_data_folder_is_shown_and_export_opens(qtbot, data_dir, audio, audio_output) -> None:
    services = open_services(data_dir, audio)
    window, page = open_settings(qtbot, services)
    assert page.findChild(QLabel, "dataFolder").text() == str(data_dir)
    qtbot.mouseClick(page.findChild(QPushButton, "exportSettingsButton"),
                     Qt.MouseButton.LeftButton)
    dialog = page.findChild(ExportDialog, "exportDialog")
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.close()
    close_app(window)
