"""Check-ins in a practice: asked before a new practice and after one that reaches its end, kept
with the practice, skippable, not asked again on resuming, and not at all when turned off."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_maker import make_library
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from test_practice_screen import LINES, click, close_app, open_app, starts

from prt_desktop.core.exercise import Chime
from prt_desktop.playback.player import PlayerState
from prt_desktop.ui.practice_memory import CHECK_INS_SETTING
from prt_desktop.ui.tasks import wait_for_background


@pytest.fixture
def lines_audio(tmp_path: Path) -> Path:
    return make_library(tmp_path / "lines", LINES, clip_seconds=1.5)


def _with_check_ins(qtbot, data_dir: Path, audio: Path):
    window = open_app(qtbot, data_dir, audio)
    window.services.journal.set_setting(CHECK_INS_SETTING, True)
    return window


def _session(window):
    assert wait_for_background()
    sessions = window.services.journal.sessions()
    assert len(sessions) == 1
    return sessions[0]


def test_before_and_after_are_kept_with_the_practice(qtbot, data_dir, lines_audio) -> None:
    window = _with_check_ins(qtbot, data_dir, lines_audio)
    window.start_exercise("lines")
    page = window.practice_page()
    panel = page.check_ins.panel
    assert page.stack.currentWidget() is panel and panel.isVisible()
    assert page.player.state == PlayerState.STOPPED  # the voice waits for the answer
    assert not page.controls.isVisible()
    click(qtbot, panel.pain.buttons[6])
    click(qtbot, panel.fear.buttons[3])
    with qtbot.waitSignal(page.player.timeline_ready, timeout=5000):
        click(qtbot, panel.done_button)
    assert page.player.state == PlayerState.PLAYING
    assert page.controls.isVisible()
    session = _session(window)
    assert (session.pain_before, session.fear_before) == (6, 3)

    last = next(i for i, s in enumerate(page.exercise.segments) if isinstance(s, Chime) and i)
    page.player.seek(starts(page)[last] - 0.5)
    with qtbot.waitSignal(page.player.finished, timeout=6000):
        pass
    qtbot.waitUntil(lambda: page.stack.currentWidget() is panel, timeout=3000)
    assert panel.done_button.text() == "Save and finish"
    click(qtbot, panel.pain.buttons[4])
    click(qtbot, panel.done_button)
    session = _session(window)
    assert session.completed
    assert (session.pain_before, session.fear_before) == (6, 3)
    assert (session.pain_after, session.fear_after) == (4, None)
    assert page.stack.currentIndex() == 0
    close_app(window)


def test_skipping_starts_the_practice_and_keeps_nothing(qtbot, data_dir, lines_audio) -> None:
    window = _with_check_ins(qtbot, data_dir, lines_audio)
    window.start_exercise("lines")
    page = window.practice_page()
    qtbot.keyClick(page.check_ins.panel.pain.buttons[0], Qt.Key.Key_Space)
    with qtbot.waitSignal(page.player.timeline_ready, timeout=5000):
        click(qtbot, page.check_ins.panel.skip_button)
    session = _session(window)
    assert (session.pain_before, session.fear_before) == (None, None)
    close_app(window)


def test_a_resumed_practice_is_not_asked_again(qtbot, data_dir, lines_audio) -> None:
    window = _with_check_ins(qtbot, data_dir, lines_audio)
    window.start_exercise("lines")
    page = window.practice_page()
    with qtbot.waitSignal(page.player.timeline_ready, timeout=5000):
        click(qtbot, page.check_ins.panel.skip_button)
    page.player.seek(3.0)
    click(qtbot, window.findChild(QPushButton, "stopButton"))
    qtbot.waitUntil(window.resume_bar.isVisible, timeout=3000)
    with qtbot.waitSignal(page.player.timeline_ready, timeout=5000):
        click(qtbot, window.findChild(QPushButton, "resumeButton"))
    assert page.stack.currentIndex() == 0 and not page.check_ins.asking
    close_app(window)


def test_turned_off_nothing_is_asked(qtbot, data_dir, lines_audio) -> None:
    window = open_app(qtbot, data_dir, lines_audio)  # check-ins off, as the helper sets
    page = window.practice_page()
    with qtbot.waitSignal(page.player.timeline_ready, timeout=5000):
        window.start_exercise("lines")
    assert page.stack.currentIndex() == 0 and not page.check_ins.asking
    close_app(window)
