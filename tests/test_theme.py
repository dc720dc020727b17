"""The themes: readable contrast everywhere, and the body map's focus plain in high contrast."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from prt_desktop.core.body_map import load_body_map
from prt_desktop.ui import theme
from prt_desktop.ui.body_map_widget import BodyMapWidget

SVG = Path(__file__).resolve().parent.parent / "resources" / "body_map.svg"
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
HEX = r"(#[0-9a-fA-F]{6})"


@pytest.fixture(autouse=True)
def light_again() -> Iterator[None]:
    yield
    theme.apply(theme.LIGHT)  # other tests paint in the light theme


def rules(qss: str) -> Iterator[tuple[str, dict[str, str]]]:
    for selector, body in RULE.findall(re.sub(r"/\*.*?\*/", "", qss, flags=re.S)):
        found = {}
        for name in ("color", "background"):
            match = re.search(rf"(?<![-\w]){name}\s*:\s*{HEX}", body)
            if match:
                found[name] = match.group(1)
        yield selector.strip(), found


THEMES = [(theme.LIGHT, 4.5), (theme.DARK, 4.5), (theme.HIGH_CONTRAST, 7.0)]


@pytest.mark.parametrize(("name", "least"), THEMES)
def test_text_is_readable_in_every_rule(name: str, least: float) -> None:
    qss = theme.stylesheet(name)
    base = dict(next(found for selector, found in rules(qss) if selector == "QWidget"))
    checked = 0
    for selector, found in rules(qss):
        if ":disabled" in selector or not found:
            continue  # a disabled control need not meet it (WCAG 1.4.3 exempts inactive ones)
        if re.search(r"::(chunk|groove|sub-page|handle|indicator)", selector):
            continue  # parts of a control that hold no text
        text = QColor(found.get("color", base["color"]))
        background = QColor(found.get("background", base["background"]))
        ratio = theme.contrast_ratio(text, background)
        assert ratio >= least, f"{name}: {selector} has text at {ratio:.1f}:1"
        checked += 1
    assert checked >= 15


@pytest.mark.parametrize(("name", "least"), THEMES)
def test_painted_colours_are_readable(name: str, least: float) -> None:
    theme.apply(name)
    for text, ground in ((theme.TEXT, theme.BACKGROUND), (theme.TEXT, theme.SURFACE),
                         (theme.MUTED_TEXT, theme.SURFACE), (theme.MARK_TEXT, theme.MARK_FILL)):
        assert theme.contrast_ratio(text, ground) >= least
    assert theme.contrast_ratio(theme.FOCUS_OUTLINE, theme.SURFACE) >= 3.0  # WCAG 1.4.11


def test_high_contrast_swaps_every_colour_of_the_light_stylesheet() -> None:
    light = set(re.findall(HEX, theme.stylesheet(theme.LIGHT).lower()))
    assert light <= set(theme.PALETTES[theme.HIGH_CONTRAST].qss_colours)
    assert set(re.findall(HEX, theme.stylesheet(theme.HIGH_CONTRAST).lower())) <= {
        "#ffffff", "#000000", "#0000cc", "#ffff99", "#ffff66", "#e6e6e6", "#444444"}


def test_dark_swaps_every_colour_of_the_light_stylesheet_for_a_dark_one() -> None:
    light = set(re.findall(HEX, theme.stylesheet(theme.LIGHT).lower()))
    swaps = theme.PALETTES[theme.DARK].qss_colours
    assert light <= set(swaps)
    dark = theme.PALETTES[theme.DARK]
    assert QColor(dark.background).lightness() > 0, "calm dark grey, not pure black"
    # Light surfaces become dark ones, dark text becomes light.
    for light_colour in ("#f7f4ef", "#fffdf9", "#dfe9e5", "#fbefd9"):
        assert QColor(swaps[light_colour]).lightness() < 100
    assert QColor(swaps["#2f2a25"]).lightness() > 200


@pytest.mark.parametrize("name", [theme.LIGHT, theme.DARK, theme.HIGH_CONTRAST])
def test_the_focus_outline_stands_out_from_every_surface(name: str) -> None:
    palette = theme.PALETTES[name]
    focus = QColor(palette.focus_outline)
    qss = theme.stylesheet(name).lower()
    # Where a focus border is drawn: on the page, on surfaces and around the main buttons.
    grounds = {palette.background, palette.surface}
    for selector, found in rules(qss):
        if ":focus" in selector and "background" in found:
            grounds.add(found["background"])
    for ground in grounds:
        assert theme.contrast_ratio(focus, QColor(ground)) >= 3.0, (name, ground)


@pytest.mark.parametrize(("scheme", "high", "expected"), [
    ("Dark", False, theme.DARK), ("Light", False, theme.LIGHT), ("Unknown", False, theme.LIGHT),
    ("Dark", True, theme.HIGH_CONTRAST), ("Light", True, theme.HIGH_CONTRAST)])
def test_system_follows_the_computer(qtbot, monkeypatch, scheme: str, high: bool,
                                     expected: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()
    monkeypatch.setattr(type(hints), "colorScheme",
                        lambda _self: getattr(Qt.ColorScheme, scheme))
    monkeypatch.setattr(theme, "system_wants_high_contrast", lambda: high)
    assert theme.resolve(theme.SYSTEM) == expected
    assert theme.resolve(None) == expected
    assert theme.resolve(theme.LIGHT) == theme.LIGHT and theme.resolve(theme.DARK) == theme.DARK


def test_font_sizes_are_scaled_and_pixels_become_points() -> None:
    qss = "QLabel { font-size: 12pt; } QPushButton { font-size: 16px; padding: 6px; }"
    assert theme.scaled(qss, 2.0) == (
        "QLabel { font-size: 24pt; } QPushButton { font-size: 24pt; padding: 6px; }")
    assert theme.scaled(qss, 1.25) == (
        "QLabel { font-size: 15pt; } QPushButton { font-size: 15pt; padding: 6px; }")


@pytest.mark.parametrize("name", [theme.HIGH_CONTRAST, theme.DARK])
def test_the_focused_region_stands_out(qtbot, name: str) -> None:
    theme.apply(name)
    body_map = load_body_map(SVG)
    figure = BodyMapWidget(body_map)
    qtbot.addWidget(figure)
    figure.resize(900, 700)
    figure.show()
    qtbot.waitExposed(figure)
    before = figure.grab().toImage()
    figure.setFocus()
    qtbot.waitUntil(figure.hasFocus)
    region = figure.selected_region
    assert region is not None
    after = figure.grab().toImage()
    centre = figure.widget_point(region.view, *region.centroid)
    fill = before.pixelColor(centre.toPoint())
    # The outline's colour against the figure's own fill, where it is drawn.
    assert theme.contrast_ratio(theme.FOCUS_OUTLINE, fill) >= 3.0
    changed = outlined = 0
    path = figure.region_path(region, figure.view_rect(region.view))
    for polygon in path.toSubpathPolygons():
        for point in polygon:
            p = QPointF(point).toPoint()
            if after.pixelColor(p) != before.pixelColor(p):
                changed += 1
            if theme.contrast_ratio(after.pixelColor(p), fill) >= 3.0:
                outlined += 1
    assert changed > 10 and outlined > 10


def test_extra_rules_stay_when_the_theme_changes(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    rules = "QPushButton { min-height: 48px; }"
    try:
        theme.use(theme.LIGHT)
        theme.add_extra(rules)
        theme.use(theme.HIGH_CONTRAST)
        assert rules in app.styleSheet() and "#0000cc" in app.styleSheet()
        theme.remove_extra(rules)
        assert rules not in app.styleSheet()
    finally:
        theme.remove_extra(rules)
        app.setStyleSheet("")


def test_paper_is_painted_in_the_light_colours_whatever_the_screen() -> None:
    theme.apply(theme.DARK)
    with theme.on_paper():
        assert theme.TEXT.name() == theme.PALETTES[theme.LIGHT].text
        assert theme.current == theme.LIGHT
    assert theme.current == theme.DARK and theme.TEXT.name() == "#ece6de"


@pytest.mark.parametrize("name", [theme.LIGHT, theme.DARK, theme.HIGH_CONTRAST])
def test_a_chosen_thing_is_told_by_more_than_its_colour(name: str) -> None:
    """WCAG 1.4.1: what is checked, selected or open also differs in weight or shape."""
    checked = 0
    qss = re.sub(r"/\*.*?\*/", "", theme.stylesheet(name), flags=re.S)
    for selector, body in RULE.findall(qss):
        if not re.search(r":(checked|selected)\b", selector) or re.search(
                r":(disabled|hover)", selector):
            continue
        assert re.search(r"font-weight|border|image|text-decoration", body), selector.strip()
        checked += 1
    assert checked >= 4


def test_qt_palette_waits_until_after_the_first_paint(qapp) -> None:
    """Building Qt's palette costs ~30 ms of enums: the stylesheet colours the first paint and
    the palette follows with apply_system (appearance.py)."""
    from PySide6.QtGui import QPalette

    from prt_desktop.ui import appearance
    from prt_desktop.ui import preferences as prefs

    chosen = prefs.Preferences(None)
    chosen.set(prefs.THEME, theme.DARK)
    before = qapp.palette().color(QPalette.ColorRole.Window).name()
    try:
        appearance.apply_before_first_paint(qapp, chosen)
        assert theme.current == theme.DARK
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == before
        appearance.apply_system(chosen)
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == \
            theme.PALETTES[theme.DARK].background
    finally:
        theme.apply(theme.LIGHT)
        theme.restyle()
        qapp.setStyleSheet("")
