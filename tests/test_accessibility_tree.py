"""Every control a person can reach by keyboard has a name for screen readers.

The tour of tests/screenshots.py shows each page (safety, Home, check-in, the practice, the body
map, the sensation dialog, History's tabs, Learn, Settings, Record my voice, the export dialog);
on each, every visible widget that takes the keyboard focus must have an accessible name in
Qt's accessibility tree (QAccessible.queryAccessibleInterface(widget).text(Name)), and those
whose name alone is ambiguous (repeated on the page) a description too.

A widget without one in a file this test's author does not own is an expected failure, named
with its file, until it is given a name there.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from screenshots import TOUR, close, look, make_audio, open_window

from prt_desktop.ui import theme


def source_file(widget: QWidget) -> str:
    """The app module that built `widget`: its own class's, or the nearest parent's."""
    current: QWidget | None = widget
    while current is not None:
        module = type(current).__module__
        if module.startswith("prt_desktop"):
            return module.replace(".", "/") + ".py"
        current = current.parentWidget()
    return "?"


def label(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def reachable(root: QWidget) -> list[QWidget]:
    widgets = [root, *root.findChildren(QWidget)]
    return [w for w in widgets if w.isVisible() and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None]


def name_of(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid(), f"no accessible interface: {widget}"
    return interface.text(QAccessible.Text.Name).strip()


def description_of(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description).strip()


def problems(root: QWidget) -> list[tuple[str, str]]:
    """(file, what is missing) for each reachable widget on the page."""
    found = []
    names: dict[str, list[QWidget]] = {}
    for widget in reachable(root):
        name = name_of(widget)
        if not name:
            found.append((source_file(widget),
                          f"{type(widget).__name__} {label(widget)!r} has no accessible name"))
        else:
            names.setdefault(name.lower(), []).append(widget)
    for name, same in names.items():
        if len(same) > 1:
            for widget in same:
                if not description_of(widget):
                    found.append((source_file(widget), f"{type(widget).__name__} "
                                  f"{label(widget)!r}: the name {name!r} is on "
                                  f"{len(same)} controls and it has no description"))
    return found


def focus_unseen(root: QWidget) -> list[tuple[str, str]]:
    """Reachable widgets that look the same focused and unfocused (WCAG 2.4.7)."""
    found = []
    window = root.window()
    window.activateWindow()
    QApplication.processEvents()
    before = QApplication.focusWidget()
    for widget in reachable(root):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        if not widget.hasFocus():
            continue  # its window is not the active one here: nothing to compare
        focused = widget.grab().toImage()
        widget.clearFocus()
        QApplication.processEvents()
        if widget.grab().toImage() == focused:
            found.append((source_file(widget), f"{type(widget).__name__} {label(widget)!r} "
                          "looks the same with and without the keyboard focus"))
    if before is not None:
        before.setFocus()
    return found


@pytest.fixture(scope="module")
def findings(tmp_path_factory, qapp) -> dict[str, list[tuple[str, str]]]:
    """Walk the tour once; what is missing on each page."""
    root = tmp_path_factory.mktemp("a11y")
    (root / "data").mkdir()
    look(qapp, theme.LIGHT, 100)  # the app always runs with its stylesheet
    window = open_window(root / "data", make_audio(root / "lib"))
    found: dict[str, list[tuple[str, str]]] = {}
    try:
        for page, show in TOUR:
            shown = show(window)
            QApplication.processEvents()
            found[page] = problems(shown)
            _reached[page] = len(reachable(shown))
            _unseen[page] = focus_unseen(shown)
    finally:
        close(window)
        qapp.setStyleSheet("")
    return found


_reached: dict[str, int] = {}
_unseen: dict[str, list[tuple[str, str]]] = {}


@pytest.fixture(scope="module")
def reached(findings) -> dict[str, int]:
    """How many reachable controls each page had (so an empty page cannot pass)."""
    return _reached




@pytest.mark.parametrize("page", [name for name, _show in TOUR])
def test_every_control_has_a_name(findings, page: str) -> None:
    missing = findings[page]
    assert not missing, sorted(set(missing))


@pytest.mark.parametrize("page", [name for name, _show in TOUR])
def test_every_control_shows_its_focus(findings, page: str) -> None:
    missing = _unseen[page]
    assert not missing, sorted(set(missing))


def test_captions_are_on_by_default(findings, tmp_path) -> None:
    """On a first start the practice shows each sentence as it is spoken."""
    from screenshots import check_in, home, practice

    (tmp_path / "data").mkdir()
    window = open_window(tmp_path / "data", make_audio(tmp_path / "lib"))
    try:
        for show in (home, check_in, practice):
            show(window)
        caption = window.practice_page().caption
        assert caption.isVisible() and caption.text()
    finally:
        close(window)


def test_the_tour_reaches_controls(findings, reached) -> None:
    assert set(findings) == {name for name, _show in TOUR}
    for page, least in (("home", 5), ("practice", 8), ("body_map", 6), ("sensation", 8),
                        ("check_in", 10), ("settings", 6), ("export", 3)):
        assert reached[page] >= least, (page, reached[page])


if __name__ == "__main__":
    sys.exit(pytest.main([str(Path(__file__))]))
