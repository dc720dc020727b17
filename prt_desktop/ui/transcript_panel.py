"""The words of the practice beside the caption: every spoken line, the one being heard marked.

The line being heard is shown in bold with a marker in front (and a soft fill), so it does not
rely on colour; screen readers get "Now: ..." as its accessible text. Clicking a line, or
pressing Enter on it, asks to go there.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from prt_desktop.core.exercise import Exercise, Say
from prt_desktop.ui import theme

SEGMENT_ROLE = Qt.ItemDataRole.UserRole
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 1
MARKER = "▶"  # in front of the line being heard
PAD_X, PAD_Y, MARKER_WIDTH = 10, 8, 22


class _LineDelegate(QStyledItemDelegate):
    """Draws one line: wrapped to the panel's width, the current one bold with a marker and a
    fill."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def _text_width(self) -> int:
        return max(80, self.view.viewport().width() - 2 * PAD_X - MARKER_WIDTH)

    def _text_height(self, font: QFont, text: str, bold: bool) -> int:
        font = QFont(font)
        font.setBold(bold)
        return QFontMetrics(font).boundingRect(
            QRect(0, 0, self._text_width(), 100_000), Qt.TextFlag.TextWordWrap, text).height()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = self._text_height(option.font, str(index.data(Qt.ItemDataRole.DisplayRole)),
                                   bool(index.data(CURRENT_ROLE)))
        return QSize(self.view.viewport().width(), height + 2 * PAD_Y)

    def bold_changes_height(self, text: str) -> bool:
        """Whether `text` takes more rows in bold (the list must then be laid out again)."""
        font = self.view.font()
        return self._text_height(font, text, True) != self._text_height(font, text, False)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        rect = option.rect
        current = bool(index.data(CURRENT_ROLE))
        state = option.state
        if current:
            painter.fillRect(rect, theme.HIGHLIGHT_FILL)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, theme.BACKGROUND)
        font = QFont(option.font)
        font.setBold(current)
        painter.setFont(font)
        painter.setPen(theme.TEXT)
        if current:
            painter.drawText(QRect(rect.left() + PAD_X, rect.top() + PAD_Y, MARKER_WIDTH,
                                   rect.height() - 2 * PAD_Y),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, MARKER)
        painter.drawText(QRect(rect.left() + PAD_X + MARKER_WIDTH, rect.top() + PAD_Y,
                               self._text_width(), rect.height() - 2 * PAD_Y),
                         Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop,
                         str(index.data(Qt.ItemDataRole.DisplayRole)))
        painter.setPen(QPen(theme.MUTED_TEXT.lighter(180), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if state & QStyle.StateFlag.State_HasFocus and self.view.hasFocus():
            painter.setPen(QPen(theme.FOCUS_OUTLINE, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()


class TranscriptPanel(QListWidget):
    line_chosen = Signal(int)
    """The person chose a line to go to (its index into exercise.segments)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptPanel")
        self.setAccessibleName(self.tr("The words of this practice"))
        self.setAccessibleDescription(self.tr(
            "The line being heard is marked. Choose a line to go to it."))
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap lines when the width changes
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so the width the lines wrap to does not change as the list fills.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setMouseTracking(True)
        self._delegate = _LineDelegate(self)
        self.setItemDelegate(self._delegate)
        self._rows: dict[int, int] = {}  # segment index -> row, for every spoken line
        self._says: list[int] = []  # segment indices of the spoken lines, in order
        self._current: QListWidgetItem | None = None
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def show_exercise(self, exercise: Exercise) -> None:
        self.clear()
        self._rows.clear()
        self._says.clear()
        self._current = None
        for index, segment in enumerate(exercise.segments):
            if isinstance(segment, Say):
                item = QListWidgetItem(segment.text)
                item.setData(SEGMENT_ROLE, index)
                self._rows[index] = self.count()
                self._says.append(index)
                self.addItem(item)
        if self.count():
            self.setCurrentRow(0)  # where keyboard focus starts in the list

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # QListView lays out again only when its height changes (top-to-bottom flow); the lines
        # wrap to the width, so measure them again when that changes too.
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    @property
    def current_segment(self) -> int | None:
        """The segment index of the highlighted line, if any."""
        return None if self._current is None else int(self._current.data(SEGMENT_ROLE))

    def follow(self, segment_index: int) -> None:
        """Mark the line being heard at `segment_index`: the last spoken line at or before it
        (during the pause after a line, that line stays marked), and scroll it into view."""
        heard = bisect.bisect_right(self._says, segment_index)
        item = self.item(self._rows[self._says[heard - 1]]) if heard else None
        if item is self._current:
            return
        changed = [i for i in (self._current, item) if i is not None]
        if self._current is not None:
            self._mark(self._current, current=False)
        self._current = item
        if item is not None:
            self._mark(item, current=True)
        if any(self._delegate.bold_changes_height(i.text()) for i in changed):
            self.doItemsLayout()  # a line in bold takes one more row
        if item is not None:
            self.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _mark(self, item: QListWidgetItem, *, current: bool) -> None:
        item.setData(CURRENT_ROLE, current)
        text = item.text()
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     self.tr("Now: {line}").format(line=text) if current else text)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.line_chosen.emit(int(item.data(SEGMENT_ROLE)))
