"""The check-in panel: one tap per line, a second tap clears it, Skip gives nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from prt_desktop.ui.check_in import CheckInPanel, Moment


def _answers(panel: CheckInPanel) -> list[tuple[object, object]]:
    seen: list[tuple[object, object]] = []
    panel.answered.connect(lambda pain, fear: seen.append((pain, fear)))
    return seen


def test_one_tap_each_then_done(qtbot) -> None:
    panel = CheckInPanel()
    qtbot.addWidget(panel)
    panel.ask(Moment.BEFORE)
    seen = _answers(panel)
    qtbot.mouseClick(panel.pain.buttons[6], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.fear.buttons[4], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.pain.buttons[5], Qt.MouseButton.LeftButton)  # changes her mind
    assert [b.isChecked() for b in panel.pain.buttons].count(True) == 1
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert seen == [(5, 4)]


def test_a_second_tap_clears_and_a_line_may_be_left_out(qtbot) -> None:
    panel = CheckInPanel()
    qtbot.addWidget(panel)
    panel.ask(Moment.AFTER)
    seen = _answers(panel)
    qtbot.mouseClick(panel.fear.buttons[7], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.fear.buttons[7], Qt.MouseButton.LeftButton)
    assert not any(b.isChecked() for b in panel.fear.buttons)
    qtbot.mouseClick(panel.pain.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert seen == [(0, None)]


def test_skip_gives_nothing_and_asking_again_starts_empty(qtbot) -> None:
    panel = CheckInPanel()
    qtbot.addWidget(panel)
    panel.ask(Moment.BEFORE)
    seen = _answers(panel)
    qtbot.mouseClick(panel.pain.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert seen == [(None, None)]
    panel.ask(Moment.AFTER)
    assert panel.pain.value is None and panel.fear.value is None
    assert panel.done_button.text() == "Save and finish"


def test_by_keyboard_alone(qtbot) -> None:
    panel = CheckInPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.ask(Moment.BEFORE)
    seen = _answers(panel)
    panel.pain.buttons[8].setFocus()
    qtbot.keyClick(panel.pain.buttons[8], Qt.Key.Key_Space)
    panel.done_button.setFocus()
    qtbot.keyClick(panel.done_button, Qt.Key.Key_Space)
    assert seen == [(8, None)]
    assert panel.pain.buttons[8].accessibleName() == "Pain right now: 8 out of 10"
