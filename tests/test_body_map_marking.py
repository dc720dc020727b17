"""Marking, changing, moving, removing and undoing on the practice's body map, by mouse and by
keyboard, each change in the journal file and still there when it is opened again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QPushButton

from prt_desktop.core.body_map import BodyMap, BodyView, load_body_map
from prt_desktop.core.records import SensationMark
from prt_desktop.core.vocabulary import Change, Depth, Extent, Valence
from prt_desktop.storage import Journal
from prt_desktop.ui.body_map_widget import TOUCH_TARGET, BodyMapWidget
from prt_desktop.ui.map_panel import MapPanel
from prt_desktop.ui.tasks import wait_for_background

SVG = Path(__file__).resolve().parent.parent / "resources" / "body_map.svg"


@pytest.fixture(scope="module")
def body_map() -> BodyMap:
    return load_body_map(SVG)


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "journal.json"


@pytest.fixture
def panel(qtbot, body_map: BodyMap, journal_path: Path) -> Iterator[MapPanel]:
    journal = Journal(journal_path)
    failures: list[str] = []
    panel = MapPanel(body_map, journal, lambda error, what: failures.append(what))
    panel.failures = failures  # type: ignore[attr-defined]
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.start("session-1")
    panel.show_prompt("Mark what you notice.", cue_index=2)
    yield panel
    wait_for_background()
    journal.close()


def stored(panel: MapPanel) -> list[SensationMark]:
    """The marks in the journal once every queued write has landed."""
    assert wait_for_background()
    return panel.editor.journal.marks("session-1")


def after_restart(panel: MapPanel, journal_path: Path) -> list[SensationMark]:
    """The marks as a journal opened again from the same folder reads them."""
    assert wait_for_background()
    panel.editor.journal.close()
    with Journal(journal_path) as reopened:
        return reopened.marks("session-1")


def at(figure: BodyMapWidget, region_id: str) -> QPoint:
    region = figure.body_map.region(region_id)
    return figure.widget_point(region.view, *region.centroid).toPoint()


def save_dialog(qtbot, panel: MapPanel) -> None:
    dialog = panel.sensation_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(panel.editor.saved, timeout=5000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)


def add_by_click(qtbot, panel: MapPanel, region_id: str, intensity: int = 3) -> SensationMark:
    qtbot.mouseClick(panel.map, Qt.MouseButton.LeftButton, pos=at(panel.map, region_id))
    panel.sensation_dialog.intensity.slider.setValue(intensity)
    save_dialog(qtbot, panel)
    return panel.editor.marks[-1]


def test_every_field_is_stored_and_survives_a_restart(qtbot, panel, journal_path) -> None:
    qtbot.mouseClick(panel.map, Qt.MouseButton.LeftButton,
                     pos=at(panel.map, "back-lower-back-left"))
    dialog = panel.sensation_dialog
    assert "lower back" in dialog.windowTitle().lower() or dialog.isVisible()
    dialog.quality_boxes["tightness"].setChecked(True)
    dialog.quality_boxes["calm"].setChecked(True)
    qtbot.keyClicks(dialog.own_words, "fizzy, Like a band")
    dialog.intensity.slider.setValue(6)
    dialog.threat.slider.setValue(2)
    dialog.valence_buttons[Valence.UNPLEASANT].setChecked(True)
    dialog.choices["change"][Change.CHANGING].setChecked(True)
    dialog.choices["depth"][Depth.DEEP].setChecked(True)
    dialog.choices["extent"][Extent.SPREAD].setChecked(True)
    qtbot.keyClicks(dialog.note, "Softer as I breathe out")
    save_dialog(qtbot, panel)

    shown = panel.map.marks
    assert len(shown) == 1 and panel.list.count() == 1  # on the figure and in the list at once
    [kept] = after_restart(panel, journal_path)
    assert kept == shown[0]
    assert kept.region_id == "back-lower-back-left" and kept.view == "back"
    assert kept.qualities == ("tightness", "calm") and kept.own_words == ("fizzy", "like a band")
    assert (kept.intensity, kept.threat, kept.valence) == (6, 2, Valence.UNPLEASANT)
    assert (kept.change, kept.depth, kept.extent) == (Change.CHANGING, Depth.DEEP, Extent.SPREAD)
    assert kept.note == "Softer as I breathe out" and kept.cue_index == 2
    assert panel.body_map.region(kept.region_id).contains(kept.x, kept.y)


def test_change_move_remove_and_undo_each(qtbot, panel, journal_path) -> None:
    original = add_by_click(qtbot, panel, "front-knee-left", intensity=3)
    panel.list.setCurrentRow(0)

    # Change: the dialog opens with what was said, and the new number is kept.
    qtbot.mouseClick(panel.change_button, Qt.MouseButton.LeftButton)
    dialog = panel.sensation_dialog
    assert dialog.intensity.slider.value() == 3
    dialog.intensity.slider.setValue(8)
    save_dialog(qtbot, panel)
    assert stored(panel)[0].intensity == 8

    # Move: drag the mark onto the other knee.
    start, end = at(panel.map, "front-knee-left"), at(panel.map, "front-knee-right")
    qtbot.mousePress(panel.map, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(panel.map, pos=start + QPoint(10, 0))
    qtbot.mouseMove(panel.map, pos=end)
    with qtbot.waitSignal(panel.editor.saved, timeout=5000):
        qtbot.mouseRelease(panel.map, Qt.MouseButton.LeftButton, pos=end)
    [moved] = stored(panel)
    assert moved.region_id == "front-knee-right" and moved.intensity == 8
    assert moved.id == original.id and panel.map.marks == [moved]

    # Remove.
    panel.list.setCurrentRow(0)
    with qtbot.waitSignal(panel.editor.saved, timeout=5000):
        qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert stored(panel) == [] and panel.map.marks == [] and panel.list.count() == 0

    # Undo, one step at a time, all the way back; each step on disk.
    steps = [("front-knee-right", 8), ("front-knee-left", 8), ("front-knee-left", 3)]
    for region_id, intensity in steps:
        with qtbot.waitSignal(panel.editor.saved, timeout=5000):
            qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
        [kept] = stored(panel)
        assert (kept.region_id, kept.intensity) == (region_id, intensity)
        assert panel.map.marks == [kept]
    with qtbot.waitSignal(panel.editor.saved, timeout=5000):
        panel.undo_button.click()
    assert stored(panel) == [] and not panel.undo_button.isEnabled()
    # And Ctrl+Shift+Z / Redo brings the mark back.
    with qtbot.waitSignal(panel.editor.saved, timeout=5000):
        panel.redo_button.click()
    assert [m.id for m in after_restart(panel, journal_path)] == [original.id]


def test_keyboard_only_marking_and_moving(qtbot, panel, journal_path) -> None:
    figure = panel.map
    figure.setFocus()
    qtbot.waitUntil(figure.hasFocus)
    assert figure.selected_region is not None  # focus lands on a region, announced by name
    assert figure.selected_region.label in figure.accessibleName()
    qtbot.keyClick(figure, Qt.Key.Key_Down)
    qtbot.keyClick(figure, Qt.Key.Key_Down)
    region = figure.selected_region
    assert region.label in figure.accessibleName()
    assert "Press Enter to mark it" in figure.accessibleDescription()
    qtbot.keyClick(figure, Qt.Key.Key_Return)
    dialog = panel.sensation_dialog
    qtbot.waitUntil(dialog.isVisible)
    first = dialog.quality_boxes["pressure"]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)  # tick the first word
    slider = dialog.intensity.slider
    slider.setFocus()
    for _ in range(4):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    with qtbot.waitSignal(panel.editor.saved, timeout=5000):
        qtbot.keyClick(slider, Qt.Key.Key_Return)  # Enter saves: Save is the default button
    [kept] = stored(panel)
    assert kept.region_id == region.id and kept.qualities == ("pressure",)
    assert kept.intensity == 4 and region.contains(kept.x, kept.y)

    # Move it with the keyboard: choose it in the list, Move..., an arrow, Enter.
    panel.activateWindow()  # the offscreen platform does not hand activation back from a dialog
    panel.list.setCurrentRow(0)
    panel.move_button.click()
    qtbot.waitUntil(figure.hasFocus)
    assert figure.moving == kept.id
    qtbot.keyClick(figure, Qt.Key.Key_Up)
    target = figure.selected_region
    assert target.id != region.id and "move the mark here" in figure.accessibleDescription()
    with qtbot.waitSignal(panel.editor.saved, timeout=5000):
        qtbot.keyClick(figure, Qt.Key.Key_Return)
    [moved] = stored(panel)
    assert moved.region_id == target.id and figure.moving is None
    # Ctrl+Z undoes the move.
    with qtbot.waitSignal(panel.editor.saved, timeout=5000):
        qtbot.keyClick(figure, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert after_restart(panel, journal_path)[0].region_id == region.id


def test_a_failed_write_shows_what_is_on_disk(qtbot, panel, journal_path, monkeypatch) -> None:
    kept = add_by_click(qtbot, panel, "front-neck-left")
    panel.list.setCurrentRow(0)

    def refuse(_mark_id: str) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(panel.editor.journal, "delete_mark", refuse)
    panel.delete_button.click()
    assert panel.map.marks == []  # at once
    qtbot.waitUntil(lambda: panel.map.marks == [kept], timeout=5000)  # read back: still stored
    assert panel.failures == ["This mark could not be removed."]
    assert not panel.undo_button.isEnabled()


def test_large_targets_let_every_region_be_chosen_with_a_44_px_target(qtbot, body_map) -> None:
    figure = BodyMapWidget(body_map)
    qtbot.addWidget(figure)
    figure.touch_targets = True
    figure.resize(900, 700)
    figure.show()
    qtbot.waitExposed(figure)
    assert figure.mark_radius * 2 >= TOUCH_TARGET
    chosen: list[str] = []
    figure.point_chosen.connect(lambda _v, region_id, _x, _y: chosen.append(region_id))
    direct = 0
    for region in body_map.regions:
        chosen.clear()
        qtbot.mouseClick(figure, Qt.MouseButton.LeftButton, pos=at(figure, region.id))
        if chosen:
            direct += 1
            assert chosen == [region.id]
            continue
        chooser = figure.chooser
        assert chooser is not None and chooser.isVisible(), region.id
        button = chooser.findChild(QPushButton, f"choose_{region.id}")
        assert button is not None, region.id
        assert button.height() >= TOUCH_TARGET and button.width() >= TOUCH_TARGET
        assert chooser.geometry().bottom() <= figure.height()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert chosen == [region.id]
    assert 0 < direct < len(body_map.regions)  # big regions need no second step


def test_a_region_in_focus_is_announced(qtbot, body_map, monkeypatch) -> None:
    events: list[object] = []
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        staticmethod(lambda event: events.append(event.type())))
    figure = BodyMapWidget(body_map)
    qtbot.addWidget(figure)
    figure.resize(600, 600)
    figure.show()
    figure.setFocus()
    qtbot.waitUntil(figure.hasFocus)
    events.clear()
    qtbot.keyClick(figure, Qt.Key.Key_Right)
    assert QAccessible.Event.NameChanged in events
    assert QAccessible.Event.DescriptionChanged in events
    assert figure.selected_region.view in (BodyView.FRONT, BodyView.BACK)


def test_a_save_the_disk_refuses_stays_on_screen_and_is_saved_later(
        qtbot, body_map, journal_path, monkeypatch) -> None:
    from test_storage_retry import FullDisk

    disk = FullDisk(monkeypatch)
    journal = Journal(journal_path, keep_failed_writes=True)
    failures: list[str] = []
    panel = MapPanel(body_map, journal, lambda error, what: failures.append(str(error)))
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.start("session-1")
    disk.on = True
    qtbot.mouseClick(panel.map, Qt.MouseButton.LeftButton, pos=at(panel.map, "front-neck-left"))
    qtbot.mouseClick(panel.sensation_dialog.findChild(QPushButton, "saveButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert "keep trying" in failures[0]
    kept = panel.editor.marks[-1]
    assert wait_for_background()
    assert panel.map.marks == [kept]  # still shown: it is kept, not lost
    assert panel.undo_button.isEnabled()
    disk.on = False
    assert journal.retry_pending() == 1
    assert journal.marks("session-1") == [kept]
    journal.close()
