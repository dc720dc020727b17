"""The person's text size, 100% to 200%, applied to the whole application at once.

Most text takes its size from the stylesheet (resources/theme.qss sets every widget's point
size), so the stylesheet's sizes are scaled (`theme.text_scale`); the application font is scaled
too, for what the stylesheet does not reach (dialogs Qt builds, widgets that paint from their
own font). Changing it while the app runs restyles every widget, and layouts follow their new
size hints.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from prt_desktop.ui import theme

SIZES = (100, 125, 150, 175, 200)

_base_font: list[QFont] = []  # the application's font at 100%, kept from the first call


def factor(percent: int) -> float:
    """The scale for `percent`, held between 100% and 200%."""
    return min(max(int(percent), SIZES[0]), SIZES[-1]) / 100.0


def apply(app: QApplication, percent: int, *, restyle: bool = True) -> None:
    """Show all text at `percent` of its normal size, at once (`restyle=False`: the caller
    restyles the application itself, once, e.g. with a new theme too)."""
    if not _base_font:
        _base_font.append(QFont(app.font()))
    scale = factor(percent)
    font = QFont(_base_font[0])
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * scale))
    changed = scale != theme.text_scale
    theme.text_scale = scale
    app.setFont(font)
    if restyle and (changed or not app.styleSheet()):
        theme.restyle()


def current() -> int:
    """The text size in use, in percent."""
    return round(theme.text_scale * 100)
