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


def test_delete_all_my_data_asks_first_then_leaves_nothing(qtbot, data_dir, audio, audio_output,
                                                           monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from prt_desktop.core.records import PracticeSession
    from prt_desktop.ui import settings_data

    quits: list[int] = []
    monkeypatch.setattr(settings_data, "quit_after_deleting", lambda: quits.append(1))
    services = open_services(data_dir, audio)
    services.journal.save_session(PracticeSession("somatic-tracking-short", pain_before=5))
    window, page = open_settings(qtbot, services)
    data = page.data_settings

    # "Keep my data" (the default, also Escape) keeps everything.
    qtbot.mouseClick(page.findChild(QPushButton, "deleteAllButton"), Qt.MouseButton.LeftButton)
    box = data.confirm
    assert box is not None and box.defaultButton().text() == "Keep my data"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert wait_for_background()
    assert len(services.journal.sessions()) == 1 and not quits

    qtbot.mouseClick(page.findChild(QPushButton, "deleteAllButton"), Qt.MouseButton.LeftButton)
    box = data.confirm
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(data.delete_confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(quits), timeout=5000)
    assert data.message.text() == "Everything has been deleted. The app will now close."
    left = sorted(p.name for p in data_dir.rglob("*"))
    assert left in ([], ["prt-desktop.lock"])  # only the lock of the app that is running
    window.close()


def test_high_contrast_is_chosen_applied_at_once_and_kept(qtbot, data_dir, audio,
                                                          audio_output) -> None:
    from PySide6.QtWidgets import QApplication, QComboBox

    from prt_desktop.ui import theme

    services = open_services(data_dir, audio)
    window, page = open_settings(qtbot, services)
    choice = page.findChild(QComboBox, "themeChoice")
    try:
        assert choice.currentData() == theme.SYSTEM  # follows the computer unless chosen
        choice.setCurrentIndex(choice.findData(theme.HIGH_CONTRAST))
        assert theme.current == theme.HIGH_CONTRAST
        assert "#0000cc" in QApplication.instance().styleSheet()
        assert theme.TEXT.name() == "#000000"
        # Kept in the data folder's settings.ini, read before the next first paint.
        from prt_desktop.ui.preferences import THEME, Preferences

        assert Preferences(data_dir).get(THEME) == theme.HIGH_CONTRAST
        choice.setCurrentIndex(choice.findData(theme.LIGHT))
        assert theme.current == theme.LIGHT and theme.TEXT.name() == "#2f2a25"
    finally:
        QApplication.instance().setStyleSheet("")
        theme.apply(theme.LIGHT)
        close_app(window)
