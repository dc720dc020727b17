"""Text at 200%: every page still fits a 1280x800 window (scrolling allowed), no text is cut
off (each label, button, check box and combo box at least as big as its text needs) and no two
neighbours in a layout overlap; the text size changes at once from Settings and is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLayout,
    QScrollArea,
    QStackedLayout,
    QWidget,
)
from screenshots import SIZE, TOUR, close, look, make_audio, open_window
from test_accessibility_tree import source_file

from prt_desktop.ui import preferences as prefs
from prt_desktop.ui import text_size, theme

SHOTS = Path("/tmp/shots")


def label(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    text = text if len(text) < 40 else text[:37] + "..."
    return f"{type(widget).__name__} {widget.objectName() or '-'} {text!r}"


def texts(root: QWidget) -> Iterator[QWidget]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, (QLabel, QAbstractButton, QComboBox)):
            continue
        if not widget.isVisible() or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLabel) and (not widget.text() or (widget.pixmap() is not None
                                           and not widget.pixmap().isNull())):
            continue
        yield widget


def clipped(widget: QWidget) -> str | None:
    """What is cut off of the widget's text, if anything (a pixel of rounding allowed)."""
    need = widget.minimumSizeHint()
    size = widget.size()
    if isinstance(widget, QLabel) and widget.wordWrap():
        height = widget.heightForWidth(size.width())
        if height > size.height() + 1:
            return f"{size.height()} px high, its text needs {height}"
        return None
    if need.width() > size.width() + 1:
        return f"{size.width()} px wide, its text needs {need.width()}"
    if need.height() > size.height() + 1:
        return f"{size.height()} px high, its text needs {need.height()}"
    return None


def overlapping(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    layouts = [w.layout() for w in [root, *root.findChildren(QWidget)] if w.layout()]
    nested: list[QLayout] = []
    for layout in layouts:
        stack = [layout]
        while stack:
            current = stack.pop()
            nested.append(current)
            for i in range(current.count()):
                child = current.itemAt(i).layout()
                if child is not None:
                    stack.append(child)
    for layout in nested:
        if isinstance(layout, QStackedLayout):
            continue  # one page at a time, on top of each other by design
        items = []
        for i in range(layout.count()):
            widget = layout.itemAt(i).widget()
            if widget is not None and widget.isVisible():
                items.append(widget)
        for i, first in enumerate(items):
            for second in items[i + 1:]:
                common: QRect = first.geometry().intersected(second.geometry())
                if common.width() > 1 and common.height() > 1:
                    yield first, f"{label(first)} overlaps {label(second)}"


def problems(window: QWidget, shown: QWidget) -> list[tuple[str, str]]:
    found = []
    if shown is window and (window.width(), window.height()) != SIZE:
        hint = window.minimumSizeHint()
        found.append((source_file(window.findChild(QWidget, "practicePage") or window)
                      if hint.width() > SIZE[0] else "?",
                      f"the window grew to {window.width()}x{window.height()} "
                      f"(its content needs {hint.width()}x{hint.height()})"))
    for widget in texts(shown):
        cut = clipped(widget)
        if cut:
            found.append((source_file(widget), f"{label(widget)}: {cut}"))
    for widget, what in overlapping(shown):
        found.append((source_file(widget), what))
    return found


def too_big(window: QWidget) -> list[tuple[str, str]]:
    """The innermost widgets, shown or not (a page not open yet, a cue's panel), that need
    more than the 1280x800 window can give: they make the window grow past the screen."""
    width, height = SIZE[0] - 40, SIZE[1] - 80  # the window's margins and the nav row

    def need(widget: QWidget) -> tuple[int, int]:
        hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        return hint.width(), hint.height()

    def scrolls(widget: QWidget) -> bool:
        """Inside a scroll area: free to be taller than the window (scrolling is fine)."""
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                return True
            parent = parent.parentWidget()
        return False

    found = []
    candidates = [w for w in window.findChildren(QWidget) if not w.isWindow()]
    for axis, limit, word in ((0, width, "wide"), (1, height, "high")):
        big = [w for w in candidates if need(w)[axis] > limit and not (axis and scrolls(w))]
        for widget in big:
            if any(other is not widget and widget.isAncestorOf(other) for other in big):
                continue  # a part of it is the one too big
            found.append((source_file(widget), f"{label(widget)} needs {need(widget)[axis]} "
                          f"px {word}, more than the window's {limit}"))
    return found


@pytest.fixture(scope="module", params=[theme.LIGHT, theme.HIGH_CONTRAST])
def at_200(request, tmp_path_factory, qapp) -> Iterator[tuple[str, dict]]:
    """The tour at 200% text in a theme: what is wrong on each page."""
    name = request.param
    look(qapp, name, 200)
    root = tmp_path_factory.mktemp(f"scale-{name}")
    (root / "data").mkdir()
    window = open_window(root / "data", make_audio(root / "lib"))
    found: dict[str, list[tuple[str, str]]] = {}
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        for page, show in TOUR:
            window.resize(*SIZE)
            shown = show(window)
            QApplication.processEvents()
            found[page] = problems(window, shown)
            shown.grab().save(str(SHOTS / f"scaling-{page}-{name}-200.png"))
        found["too big"] = too_big(window)
    finally:
        close(window)
        look(qapp, theme.LIGHT, 100)
        qapp.setStyleSheet("")
    yield name, found


@pytest.mark.parametrize("page", [name for name, _show in TOUR])
def test_nothing_is_cut_off_at_200_percent(at_200, page: str) -> None:
    _theme, found = at_200
    assert not found[page], sorted(set(found[page]))


def test_every_part_fits_the_window_at_200_percent(at_200) -> None:
    _theme, found = at_200
    assert not found["too big"], sorted(set(found["too big"]))


def test_the_text_size_scales_every_font_and_comes_back(qtbot, qapp) -> None:
    look(qapp, theme.LIGHT, 100)
    try:
        box = QLabel("Some text")
        qtbot.addWidget(box)
        box.show()
        normal = box.font().pointSizeF()
        normal_hint = box.sizeHint()
        text_size.apply(qapp, 200)
        assert box.font().pointSizeF() == pytest.approx(normal * 2, abs=0.1)
        assert box.sizeHint().height() > normal_hint.height() * 1.6
        assert "font-size: 24pt" in qapp.styleSheet()
        text_size.apply(qapp, 150)
        assert box.font().pointSizeF() == pytest.approx(normal * 1.5, abs=0.1)
        text_size.apply(qapp, 100)
        assert box.font().pointSizeF() == pytest.approx(normal, abs=0.1)
        assert text_size.current() == 100
    finally:
        look(qapp, theme.LIGHT, 100)
        qapp.setStyleSheet("")


def test_settings_change_text_theme_and_language_and_keep_them(qtbot, qapp, data_dir) -> None:
    from types import SimpleNamespace

    from prt_desktop.ui.settings_appearance import AppearanceSettings

    stored = prefs.Preferences(data_dir)
    look(qapp, theme.LIGHT, 100)
    group = AppearanceSettings(SimpleNamespace(), stored)  # type: ignore[arg-type]
    qtbot.addWidget(group)
    group.show()
    try:
        assert group.choice.currentData() == theme.SYSTEM
        assert [group.text_size.itemData(i) for i in range(group.text_size.count())] == [
            100, 125, 150, 175, 200]
        group.text_size.setCurrentIndex(group.text_size.findData(175))
        assert text_size.current() == 175
        group.choice.setCurrentIndex(group.choice.findData(theme.DARK))
        assert theme.current == theme.DARK and theme.TEXT.name() == "#ece6de"
        with qtbot.waitSignal(group.language_changed) as signal:
            group.language.setCurrentIndex(group.language.findData("es"))
        assert signal.args == ["es"]
        again = prefs.Preferences(data_dir)  # as the next start reads them
        assert again.get(prefs.TEXT_SCALE) == 175
        assert again.get(prefs.THEME) == theme.DARK
        assert again.get(prefs.LANGUAGE) == "es"
        for combo in (group.choice, group.text_size, group.language):
            assert combo.accessibleName() and combo.accessibleDescription()
    finally:
        look(qapp, theme.LIGHT, 100)
        qapp.setStyleSheet("")


def test_before_the_first_paint_a_named_theme_and_the_text_size_apply(qtbot, qapp) -> None:
    from prt_desktop.ui import appearance

    chosen = prefs.Preferences(None)
    chosen.set(prefs.THEME, theme.SYSTEM)
    chosen.set(prefs.TEXT_SCALE, 125)
    asked: list[bool] = []
    original = theme.system_wants_high_contrast
    theme.system_wants_high_contrast = lambda: asked.append(True) or True  # type: ignore
    try:
        appearance.apply_before_first_paint(qapp, chosen)
        assert not asked and theme.current == theme.LIGHT  # 'system' waits for apply_system
        assert text_size.current() == 125 and "font-size: 15pt" in qapp.styleSheet()
        appearance.apply_system(chosen)
        assert asked and theme.current == theme.HIGH_CONTRAST
        chosen.set(prefs.THEME, theme.DARK)
        appearance.apply_before_first_paint(qapp, chosen)
        assert theme.current == theme.DARK and "#22201d" in qapp.styleSheet()
    finally:
        theme.system_wants_high_contrast = original  # type: ignore[assignment]
        look(qapp, theme.LIGHT, 100)
        qapp.setStyleSheet("")


def test_the_theme_chosen_in_the_journal_is_taken_over_once(qtbot, data_dir) -> None:
    from prt_desktop.storage import Journal
    from prt_desktop.ui import appearance
    from prt_desktop.ui.tasks import wait_for_background

    journal = Journal(data_dir / "journal.json")
    journal.set_setting(theme.THEME_SETTING, theme.HIGH_CONTRAST)
    stored = prefs.Preferences(data_dir)
    try:
        assert appearance.take_over_journal_theme(stored, journal)
        assert stored.get(prefs.THEME) == theme.HIGH_CONTRAST
        assert wait_for_background()
        assert journal.setting(theme.THEME_SETTING) == theme.SYSTEM
        stored.set(prefs.THEME, theme.SYSTEM)  # the person then chooses 'system' again
        assert not appearance.take_over_journal_theme(stored, journal)
        assert stored.get(prefs.THEME) == theme.SYSTEM
    finally:
        journal.close()
