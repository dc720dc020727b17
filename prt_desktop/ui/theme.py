"""Colours and sizes in one place, so a dark or high-contrast theme can replace them later."""

from __future__ import annotations

from PySide6.QtGui import QColor

BACKGROUND = QColor("#f7f4ef")
SURFACE = QColor("#fffdf9")
TEXT = QColor("#2f2a25")
MUTED_TEXT = QColor("#5f574f")
ACCENT = QColor("#3f6b5e")
HIGHLIGHT_FILL = QColor(63, 107, 94, 70)
FOCUS_OUTLINE = QColor("#1f4e8c")
MARK_FILL = QColor("#b5573b")
MARK_TEXT = QColor("#ffffff")
CAPTION_POINT_SIZE = 20
BODY_POINT_SIZE = 12
