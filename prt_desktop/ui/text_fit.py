"""Controls as high as their text needs at the person's text size, and never below a touch
target (a fixed 44 px cut the text off at 200%)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

TOUCH_TARGET = 44

_RESTYLED = (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange,
             QEvent.Type.Show)


class _TextHeight(QObject):
    """Keeps each watched widget at least a touch target high, and as high as its text needs
    at the person's text size (a fixed 44 px cut the text off at 200%)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _RESTYLED and isinstance(watched, QWidget):
            watched.setMinimumHeight(max(TOUCH_TARGET, watched.minimumSizeHint().height()))
            # A hidden widget's new minimum does not reach its layout's cache: once shown, it
            # is told again (the export dialog's dates overlapped at 200% text otherwise).
            watched.updateGeometry()
        return False


_text_height: list[_TextHeight] = []


def hold_text_height(*widgets: QWidget) -> None:
    """At least `TOUCH_TARGET` px high, more when the text size needs it (followed as it
    changes)."""
    if not _text_height:
        _text_height.append(_TextHeight())
    for widget in widgets:
        widget.setMinimumHeight(max(TOUCH_TARGET, widget.minimumSizeHint().height()))
        widget.installEventFilter(_text_height[0])
