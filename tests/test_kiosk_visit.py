"""A kiosk visit: anonymous records, no notes unless allowed, and an idle reset that leaves no
trace of the visitor in memory, on screen or on disk beyond what the clinic chose to keep."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from kiosk_app import PIN_HASH, close_kiosk, open_kiosk
from library_maker import make_library
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
)

from prt_desktop import paths
from prt_desktop.core.records import PracticeSession, SensationMark
from prt_desktop.kiosk.config import Keep, KioskConfig
from prt_desktop.playback.player import PlayerState
from prt_desktop.services import AppServices
from prt_desktop.storage import Journal
from prt_desktop.ui.main_window import MainWindow
from prt_desktop.ui.practice_memory import RESUME_SETTING
from prt_desktop.ui.practice_page import PracticePage
from prt_desktop.ui.tasks import wait_for_background

NOTE = "Dentist on Tuesday, my knee"
OWN = "fizzy"
REGION = "back-lower-back-left"


@pytest.fixture
def audio(tmp_path: Path) -> Path:
    return make_library(tmp_path / "lib")


def practise_and_mark(qtbot, window: MainWindow) -> SensationMark:
    """From the welcome: the big Start, skip the check-in, open the map, mark a sensation
    (typing a note and own words into the dialog's fields even when they are hidden)."""
    kiosk = window.kiosk
    qtbot.mouseClick(kiosk.welcome.start_button, Qt.MouseButton.LeftButton)
    page = window.current_practice_page
    assert page is not None and page.session is not None
    if page.check_ins.asking:
        qtbot.mouseClick(page.check_ins.panel.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.player.state == PlayerState.PLAYING, timeout=5000)
    page.open_map(None)
    panel = page.map_panel
    assert panel.map.touch_targets
    region = panel.body_map.region(REGION)
    panel.describe_point(region.view, REGION, *region.centroid)
    dialog = panel.sensation_dialog
    dialog.quality_boxes["tightness"].setChecked(True)
    dialog.note.setPlainText(NOTE)
    dialog.own_words.setText(OWN)
    with qtbot.waitSignal(panel.editor.saved, timeout=5000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    assert wait_for_background()
    return panel.editor.marks[-1]


def texts_on_screen() -> str:
    """Every text a person could read in the app's widgets that still exist."""
    found: list[str] = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            found.append(widget.toPlainText())
        elif isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
    return "\n".join(found)


def wait_for_reset(qtbot, window: MainWindow, action=lambda: None) -> None:
    with qtbot.waitSignal(window.kiosk.visit_reset, timeout=5000):
        action()
    for _ in range(3):  # results of the last saves are delivered, then their relays deleted
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_an_idle_reset_leaves_no_trace_of_the_visit(qtbot, data_dir, audio,
                                                   audio_output) -> None:
    window = open_kiosk(qtbot, data_dir, audio, idle_ms=100)
    try:
        services = window.services
        first_visit = services.kiosk.visit_id
        mark = practise_and_mark(qtbot, window)
        page = window.current_practice_page
        assert mark.visit_id == first_visit and page.session.visit_id == first_visit
        assert mark.note == "" and mark.own_words == ()  # the clinic does not allow notes
        page.map_panel.describe_point("front", "front-chest", 0.5, 0.3)  # a dialog left open
        assert page.map_panel.sensation_dialog.isVisible()
        assert not page.map_panel.sensation_dialog.note.isVisibleTo(
            page.map_panel.sensation_dialog)
        assert "First line" in texts_on_screen() or page.caption.text() != ""
        # Nobody touches it: the map waits (not playing), so "Are you still there?" comes and
        # counts down, then the visit is wiped.
        del page  # the test's own reference: everything else must let go of the page
        qtbot.waitUntil(lambda: window.kiosk.prompt.isVisible(), timeout=3000)
        wait_for_reset(qtbot, window)

        assert window.current_practice_page is None
        assert not [w for w in QApplication.allWidgets() if isinstance(w, PracticePage)]
        assert window.stack.currentWidget() is window.kiosk.welcome
        assert not window.kiosk.prompt.isVisible()
        assert not [w for w in QApplication.topLevelWidgets()
                    if w.isVisible() and w is not window]
        # In memory: a new empty journal and a new visit id; no record of the visit survives.
        assert services.journal.path is None
        assert services.journal.sessions() == [] and services.journal.marks() == []
        assert services.kiosk.visit_id != first_visit
        leftovers = [o for o in gc.get_objects()
                     if isinstance(o, PracticeSession | SensationMark)
                     and o.visit_id == first_visit and o is not mark]
        assert leftovers == []
        # On screen: nothing of the practice, the caption or the marks.
        shown = texts_on_screen()
        for trace in ("First line to notice", "Second line", "lower back", "tightness", NOTE):
            assert trace not in shown
        assert QApplication.clipboard().text() == ""
        # On disk: the clinic keeps nothing, so the folder holds no journal at all.
        assert set(os.listdir(data_dir)) <= {"logs", "kiosk.json", "prt-desktop.lock"}
        assert os.listdir(data_dir / "logs") == []
    finally:
        close_kiosk(window)


def test_im_still_here_keeps_the_visit(qtbot, data_dir, audio, audio_output) -> None:
    window = open_kiosk(qtbot, data_dir, audio, idle_ms=100)
    try:
        practise_and_mark(qtbot, window)
        visit = window.services.kiosk.visit_id
        qtbot.waitUntil(lambda: window.kiosk.prompt.isVisible(), timeout=3000)
        qtbot.mouseClick(window.kiosk.prompt.button, Qt.MouseButton.LeftButton)
        assert not window.kiosk.prompt.isVisible()
        qtbot.wait(60)
        page = window.current_practice_page
        assert page is not None and len(page.map_panel.editor.marks) == 1
        assert window.services.kiosk.visit_id == visit
        window.kiosk.idle.stop()
    finally:
        close_kiosk(window)


def test_a_playing_practice_is_not_taken_for_an_empty_room(qtbot, data_dir, audio,
                                                          audio_output) -> None:
    window = open_kiosk(qtbot, data_dir, audio, idle_ms=50)
    try:
        qtbot.mouseClick(window.kiosk.welcome.start_button, Qt.MouseButton.LeftButton)
        page = window.current_practice_page
        if page.check_ins.asking:
            qtbot.mouseClick(page.check_ins.panel.skip_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.player.state == PlayerState.PLAYING, timeout=5000)
        qtbot.wait(400)
        assert page.player.state == PlayerState.PLAYING and not window.kiosk.prompt.isVisible()
    finally:
        close_kiosk(window)


def test_anonymous_records_are_kept_for_export_without_notes(qtbot, data_dir, audio,
                                                            audio_output) -> None:
    config = KioskConfig(kiosk_pin_hash=PIN_HASH, keep=Keep.ANONYMOUS)
    window = open_kiosk(qtbot, data_dir, audio, config)
    try:
        visit = window.services.kiosk.visit_id
        practise_and_mark(qtbot, window)
        page = window.current_practice_page
        qtbot.mouseClick(page.map_panel.continue_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)  # End practice
        assert window.stack.currentWidget() is window.kiosk.welcome
        del page
        done = window.findChild(QPushButton, "kioskDoneButton")  # "I'm finished: clear my visit"
        wait_for_reset(qtbot, window, lambda: qtbot.mouseClick(done, Qt.MouseButton.LeftButton))
        assert window.services.kiosk.visit_id != visit
    finally:
        close_kiosk(window)
    with Journal(data_dir / "journal.json") as journal:
        [session] = journal.sessions()
        [mark] = journal.marks()
        assert session.visit_id == mark.visit_id == visit
        assert session.ended is not None
        assert mark.note == "" and mark.own_words == () and mark.qualities == ("tightness",)
        assert journal.setting(RESUME_SETTING) is None  # the next visitor is not offered it
    text = (data_dir / "journal.json").read_text() + (
        (data_dir / "journal.json.log").read_text()
        if (data_dir / "journal.json.log").exists() else "")
    assert NOTE not in text and OWN not in text


def test_notes_are_kept_when_the_clinic_allows_them(qtbot, data_dir, audio,
                                                   audio_output) -> None:
    config = KioskConfig(kiosk_pin_hash=PIN_HASH, keep=Keep.ANONYMOUS, allow_notes=True)
    window = open_kiosk(qtbot, data_dir, audio, config)
    try:
        mark = practise_and_mark(qtbot, window)
        assert mark.note == NOTE and mark.own_words == (OWN,)
    finally:
        close_kiosk(window)


def test_keeping_nothing_opens_the_journal_in_memory(tmp_path: Path) -> None:
    location = paths.DataLocation(tmp_path / "data")
    location.ensure()
    services = AppServices.open(location, KioskConfig(kiosk_pin_hash=PIN_HASH))
    try:
        assert services.journal.path is None and services.kiosk is not None
        services.journal.save_session(PracticeSession("x", visit_id=services.kiosk.visit_id))
        services.forget_visit()
        assert services.journal.sessions() == []
        assert sorted(os.listdir(location.root)) == ["logs"]
    finally:
        services.close()


REFLECTING = """\
id: reflecting
title: A question to write about
summary: For tests.
techniques: [somatic_tracking]
language: en
voice: test-voice
posture:
  seated: Sit comfortably.
  lying: Lie comfortably.
segments:
  - say: Before the question.
  - cue: reflect
    prompt: What do you notice?
  - say: After the question.
"""


def test_a_kiosk_without_notes_asks_for_no_writing(qtbot, data_dir, tmp_path,
                                                   audio_output) -> None:
    audio = make_library(tmp_path / "reflect", REFLECTING)
    window = open_kiosk(qtbot, data_dir, audio)
    try:
        qtbot.mouseClick(window.kiosk.welcome.start_button, Qt.MouseButton.LeftButton)
        page = window.current_practice_page
        if page.check_ins.asking:
            qtbot.mouseClick(page.check_ins.panel.skip_button, Qt.MouseButton.LeftButton)
        shown = []
        page.stack.currentChanged.connect(lambda _i: shown.append(page.stack.currentWidget()))
        qtbot.waitUntil(lambda: page.player.state == PlayerState.FINISHED, timeout=10000)
        assert page.reflection_panel not in shown
        assert wait_for_background()
        assert window.services.journal.reflections() == []
    finally:
        close_kiosk(window)
