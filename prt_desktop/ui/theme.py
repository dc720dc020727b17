"""Colours and sizes in one place: the calm light theme, a calm dark one and a high-contrast one.

Widgets that paint themselves read `theme.TEXT`, `theme.FOCUS_OUTLINE`, ... at paint time, and
the stylesheet (resources/theme.qss, written for the light theme) is turned into another theme's
by swapping its colours one for one (`Palette.qss_colours`), so the themes never drift apart.
`apply(name)` makes a theme current and returns its stylesheet. The stylesheet's point sizes are
multiplied by `text_scale` (set by ui/text_size.py), so a larger text size reaches every widget.

The dark theme is warm dark grey, not black (text 11.8:1 on its surfaces, the focus a light blue
at 7:1); its main buttons are light sage with dark text, as the light theme's are the reverse.

The high-contrast theme is black on white (like Windows' "High Contrast White"): text 21:1,
borders black, the focus a strong blue (8.6:1 on white, more than 3:1 on the body figure's fill),
a selection yellow under black text. It follows the system's contrast preference by default.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette

from prt_desktop import paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high_contrast"
SYSTEM = "system"  # follow the system: high contrast when it asks for it, dark if it is dark


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
    DARK: Palette(
        background="#22201d", surface="#2b2824", text="#ece6de", muted_text="#c9bfb3",
        accent="#8fc1b1", highlight_fill=(143, 193, 177, 60), focus_outline="#8ab4f8",
        mark_fill="#e08a6d", mark_text="#1b1917",
        qss_colours={
            "#f7f4ef": "#22201d", "#fffdf9": "#2b2824",  # backgrounds
            "#ffffff": "#35312c",  # buttons, and the text on the sage buttons
            "#2f2a25": "#ece6de", "#5f574f": "#c9bfb3",  # text
            "#3f6b5e": "#8fc1b1", "#335a4f": "#a9d1c4", "#233f37": "#e6f4ef",  # accent fills
            "#b9aea2": "#8a8076", "#d8cfc4": "#5e574f", "#ece5dc": "#3a3631",  # borders
            "#e4dcd2": "#4a443d", "#b9cfc7": "#4f6b62", "#d9b778": "#a08550",
            "#1f4e8c": "#8ab4f8",  # focus
            "#eef3f1": "#2f3b37", "#dfe9e5": "#37504a",  # hover, selection
            "#fbefd9": "#3d3426",  # the banner
            "#f0ece6": "#2e2b27", "#8a8178": "#9a9086",  # disabled
        },
        # The figure a mid warm grey, lighter lines, so the light-blue focus reads on it.
        figure_colours={"#efe6dc": "#4a443d", "#d9cbbc": "#6b6259", "#8a7f74": "#b3a89c"},
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
CAPTION_MOST_POINTS = 30  # 150%: the caption's size at 200% text (see _caption_rule)
BODY_POINT_SIZE = 12

current = LIGHT
text_scale = 1.0  # 1.0 to 2.0: the person's text size (ui/text_size.py)
_extras: list[str] = []  # rules added on top of every theme (e.g. kiosk mode's touch sizes)

THEME_SETTING = "theme"
"""The journal setting that held the theme before it moved to preferences.THEME (migrated by
ui/appearance.py)."""

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")
_FONT_SIZE = re.compile(r"(font-size\s*:\s*)(\d+(?:\.\d+)?)(pt|px)")


def scaled(qss: str, factor: float) -> str:
    """`qss` with every font size multiplied by `factor` (pixel sizes become points, at
    Qt's 96 px to 72 pt, so they follow the screen's scaling as the rest does)."""

    def scale(match: re.Match[str]) -> str:
        size = float(match.group(2)) * (0.75 if match.group(3) == "px" else 1.0)
        return f"{match.group(1)}{round(size * factor, 1):g}pt"

    return _FONT_SIZE.sub(scale, qss)


def stylesheet(name: str) -> str:
    """The stylesheet of theme `name` at the current text size ("" when the file cannot be
    read: Qt's own look)."""
    try:
        light = paths.resource("theme.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    colours = PALETTES[name].qss_colours
    if colours:
        light = _COLOUR.sub(lambda m: colours.get(m.group(0).lower(), m.group(0)), light)
    return (scaled(light, text_scale) + _controls(PALETTES[name], text_scale)
            + _caption_rule(text_scale))


def _caption_rule(scale: float) -> str:
    """The caption is large text already (20 pt beside 12): it grows with the text size up to
    CAPTION_MOST_POINTS, past which three lines of it would not fit a laptop's window."""
    points = min(CAPTION_POINT_SIZE * scale, CAPTION_MOST_POINTS)
    return f"\nQLabel#captionLabel {{ font-size: {points:g}pt; }}\n"


def _controls(palette: Palette, scale: float) -> str:
    """Check boxes, radio buttons and sliders drawn here, not by Qt's style: its outlines are
    a shade of the window (under 3:1 on the light one, next to invisible on the dark one) and do
    not grow with the text. Hollow when off and filled when on (told by the fill, not by colour
    alone); the slider's handle ringed."""
    swap = palette.qss_colours
    groove, handle = swap.get("#b9aea2", "#b9aea2"), swap.get("#ffffff", "#ffffff")
    box, ring = round(18 * scale), round(20 * scale)
    # The 0-10 answers (check-in, rating cue) sit eleven in a row: narrow padding keeps the
    # row within the window at large text sizes.
    scale_buttons = ", ".join(f"QPushButton#{name}_{value}" for name in (
        "checkInPain", "checkInFear", "rating") for value in range(11))
    return f"""
{scale_buttons} {{ padding: 6px 2px; min-width: 44px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px;
    border: 2px solid {palette.muted_text}; background: {palette.surface}; }}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: {box // 2 + 2}px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{
    background: {palette.accent}; border: 2px solid {palette.text}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {groove}; }}
QSlider:horizontal {{ min-height: {ring + 8}px; }}
QSlider::groove:horizontal {{ height: 6px; background: {groove}; border-radius: 3px; }}
QSlider::sub-page:horizontal {{ background: {palette.accent}; border-radius: 3px; }}
QSlider::handle:horizontal {{ background: {handle}; border: 2px solid {palette.accent};
    width: {ring}px; height: {ring}px; margin: -{ring // 2 - 1}px 0;
    border-radius: {ring // 2 + 2}px; }}
QSlider::groove:vertical {{ width: 6px; background: {groove}; border-radius: 3px; }}
QSlider::handle:vertical {{ background: {handle}; border: 2px solid {palette.accent};
    width: {ring}px; height: {ring}px; margin: 0 -{ring // 2 - 1}px;
    border-radius: {ring // 2 + 2}px; }}
"""


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


_palette_pending: list[bool] = []  # [True] while Qt's palette waits for apply_palette()
_platform_palette: list[QPalette] = []  # the application's own, kept for the light theme


@contextmanager
def on_paper() -> Iterator[None]:
    """Paint in the light theme's colours meanwhile: for what is printed or saved as a PDF,
    which is read on white paper whatever the screen's theme (dark text on a dark page, or
    light text on white, otherwise)."""
    screen = current
    apply(LIGHT)
    try:
        yield
    finally:
        apply(screen)


def _application_palette(app: QApplication) -> QPalette:
    """Qt's palette for the theme: what the stylesheet does not reach (tables' selections,
    placeholder text, links, tooltips, menus) in the same colours."""
    if not _platform_palette:
        _platform_palette.append(QPalette(app.palette()))
    p = PALETTES[current]
    palette = QPalette(_platform_palette[0])
    role = QPalette.ColorRole
    # Placeholder text is read too (Qt's own grey is under 3:1 on the light surface).
    palette.setColor(role.PlaceholderText, QColor(p.muted_text))
    if current == LIGHT:
        return palette
    selection = p.qss_colours.get("#dfe9e5", p.surface)
    for roles, colour in (((role.Window, role.Button, role.ToolTipBase), p.background),
                          ((role.Base, role.AlternateBase), p.surface),
                          ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText,
                            role.BrightText, role.HighlightedText), p.text),
                          ((role.PlaceholderText,), p.muted_text),
                          ((role.Highlight,), selection),
                          ((role.Link, role.LinkVisited), p.focus_outline)):
        for one in roles:
            palette.setColor(one, QColor(colour))
    return palette


def _restyle(palette: bool = True) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        if palette:
            app.setPalette(_application_palette(app))
        _palette_pending[:] = [] if palette else [True]
        app.setStyleSheet(stylesheet(current) + scaled("".join(_extras), text_scale))
        for widget in app.allWidgets():
            widget.update()


def restyle(*, palette: bool = True) -> None:
    """Apply the current theme and text size to the whole application again (after
    `text_scale` changed). `palette=False` leaves Qt's palette for `apply_palette`: building it
    costs ~30 ms of Qt's enums, and nothing on the first paint shows what it colours."""
    _restyle(palette)


def apply_palette() -> None:
    """Give Qt's palette the current theme's colours, if a restyle left it for later."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if _palette_pending and isinstance(app, QApplication):
        app.setPalette(_application_palette(app))
        _palette_pending.clear()


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
    """Apply the theme for a person's choice (None or SYSTEM: the system's contrast preference,
    then its colour scheme) to the whole application, if it is not the one in use; painted
    widgets follow on their next paint (the body figure reloads its drawing)."""
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


def system_is_dark() -> bool:
    """Whether the system's colour scheme is dark (Qt 6.5+; False where Qt cannot tell)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and bool(scheme() == Qt.ColorScheme.Dark)


def resolve(choice: str | None) -> str:
    """The theme for a person's choice (`SYSTEM`, `LIGHT`, `DARK` or `HIGH_CONTRAST`; None:
    the system's): high contrast when the system asks for it, else dark when it is dark."""
    if choice in PALETTES:
        return choice  # type: ignore[return-value]
    if system_wants_high_contrast():
        return HIGH_CONTRAST
    return DARK if system_is_dark() else LIGHT


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
