"""Colours and sizes in one place: the calm light theme and a high-contrast one.

Widgets that paint themselves read `theme.TEXT`, `theme.FOCUS_OUTLINE`, ... at paint time, and
the stylesheet (resources/theme.qss, written for the light theme) is turned into another theme's
by swapping its colours one for one (`Palette.qss_colours`), so the two never drift apart.
`apply(name)` makes a theme current and returns its stylesheet.

The high-contrast theme is black on white (like Windows' "High Contrast White"): text 21:1,
borders black, the focus a strong blue (8.6:1 on white, more than 3:1 on the body figure's fill),
a selection yellow under black text. It follows the system's contrast preference by default.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QColor

from prt_desktop import paths

LIGHT = "light"
HIGH_CONTRAST = "high_contrast"
SYSTEM = "system"  # follow the system: high contrast when it asks for it, else light


@dataclass(frozen=True)
class Palette:
    background: str
    surface: str
    text: str
    muted_text: str
    accent: str
    highlight_fill: tuple[int, int, int, int]
    focus_outline: str
    mark_fill: str
    mark_text: str
    qss_colours: dict[str, str] = field(default_factory=dict)
    """Each colour of the light stylesheet, and the colour it becomes in this theme."""
    figure_colours: dict[str, str] = field(default_factory=dict)
    """The same for the body-map drawing (resources/body_map.svg)."""


PALETTES: dict[str, Palette] = {
    LIGHT: Palette(
        background="#f7f4ef", surface="#fffdf9", text="#2f2a25", muted_text="#5f574f",
        accent="#3f6b5e", highlight_fill=(63, 107, 94, 70), focus_outline="#1f4e8c",
        mark_fill="#b5573b", mark_text="#ffffff",
    ),
    HIGH_CONTRAST: Palette(
        background="#ffffff", surface="#ffffff", text="#000000", muted_text="#000000",
        accent="#000000", highlight_fill=(0, 0, 0, 90), focus_outline="#0000cc",
        mark_fill="#000000", mark_text="#ffffff",
        qss_colours={
            "#f7f4ef": "#ffffff", "#fffdf9": "#ffffff", "#ffffff": "#ffffff",  # backgrounds
            "#2f2a25": "#000000", "#5f574f": "#000000",  # text
            "#3f6b5e": "#000000", "#335a4f": "#000000", "#233f37": "#000000",  # accent fills
            "#b9aea2": "#000000", "#d8cfc4": "#000000", "#ece5dc": "#000000",  # borders
            "#e4dcd2": "#000000", "#b9cfc7": "#000000", "#d9b778": "#000000",
            "#1f4e8c": "#0000cc",  # focus
            "#eef3f1": "#ffff99", "#dfe9e5": "#ffff66",  # hover, selection: yellow under black
            "#fbefd9": "#ffffff",  # the banner
            "#f0ece6": "#e6e6e6", "#8a8178": "#444444",  # disabled
        },
        # The figure pale grey with black outlines and dark region lines.
        figure_colours={"#efe6dc": "#f2f2f2", "#d9cbbc": "#595959", "#8a7f74": "#000000"},
    ),
}

# The current colours, read by painting code at paint time (set by `apply`).
BACKGROUND = QColor(PALETTES[LIGHT].background)
SURFACE = QColor(PALETTES[LIGHT].surface)
TEXT = QColor(PALETTES[LIGHT].text)
MUTED_TEXT = QColor(PALETTES[LIGHT].muted_text)
ACCENT = QColor(PALETTES[LIGHT].accent)
HIGHLIGHT_FILL = QColor(*PALETTES[LIGHT].highlight_fill)
FOCUS_OUTLINE = QColor(PALETTES[LIGHT].focus_outline)
MARK_FILL = QColor(PALETTES[LIGHT].mark_fill)
MARK_TEXT = QColor(PALETTES[LIGHT].mark_text)
CAPTION_POINT_SIZE = 20
BODY_POINT_SIZE = 12

current = LIGHT
_extras: list[str] = []  # rules added on top of every theme (e.g. kiosk mode's touch sizes)

THEME_SETTING = "theme"  # the journal setting: SYSTEM (or absent), LIGHT or HIGH_CONTRAST

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")


def stylesheet(name: str) -> str:
    """The stylesheet of theme `name` ("" when the file cannot be read: Qt's own look)."""
    try:
        light = paths.resource("theme.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    colours = PALETTES[name].qss_colours
    if not colours:
        return light
    return _COLOUR.sub(lambda m: colours.get(m.group(0).lower(), m.group(0)), light)


def figure_svg(source: Path) -> bytes:
    """The body-map drawing in the current theme's colours."""
    data = source.read_bytes()
    colours = PALETTES[current].figure_colours
    if not colours:
        return data
    text = data.decode("utf-8")
    return _COLOUR.sub(lambda m: colours.get(m.group(0).lower(), m.group(0)), text).encode()


def apply(name: str) -> str:
    """Make theme `name` current for painting code; returns its stylesheet for the application."""
    global current
    palette = PALETTES[name]
    module = sys.modules[__name__]
    for attribute, value in (("BACKGROUND", palette.background), ("SURFACE", palette.surface),
                             ("TEXT", palette.text), ("MUTED_TEXT", palette.muted_text),
                             ("ACCENT", palette.accent), ("FOCUS_OUTLINE", palette.focus_outline),
                             ("MARK_FILL", palette.mark_fill), ("MARK_TEXT", palette.mark_text)):
        setattr(module, attribute, QColor(value))
    module.HIGHLIGHT_FILL = QColor(*palette.highlight_fill)  # type: ignore[attr-defined]
    current = name
    return stylesheet(name)


def _restyle() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setStyleSheet(stylesheet(current) + "".join(_extras))
        for widget in app.allWidgets():
            widget.update()


def add_extra(rules: str) -> None:
    """Rules kept on top of whichever theme is in use, until `remove_extra`."""
    if rules not in _extras:
        _extras.append(rules)
        _restyle()


def remove_extra(rules: str) -> None:
    if rules in _extras:
        _extras.remove(rules)
        _restyle()


def use(choice: str | None) -> None:
    """Apply the theme for a person's choice (None or SYSTEM: the system's contrast preference)
    to the whole application, if it is not the one in use; painted widgets follow on their next
    paint (the body figure reloads its drawing)."""
    from PySide6.QtWidgets import QApplication

    name = resolve(choice)
    app = QApplication.instance()
    if isinstance(app, QApplication) and (name != current or not app.styleSheet()):
        apply(name)
        _restyle()


def system_wants_high_contrast() -> bool:
    """Whether the system asks for high contrast (Qt 6.10+; False where Qt cannot tell)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = accessibility().contrastPreference()
    return bool(preference == Qt.ContrastPreference.HighContrast)


def resolve(choice: str | None) -> str:
    """The theme for a person's choice (`SYSTEM`, `LIGHT` or `HIGH_CONTRAST`; None: system)."""
    if choice in PALETTES:
        return choice  # type: ignore[return-value]
    return HIGH_CONTRAST if system_wants_high_contrast() else LIGHT


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
