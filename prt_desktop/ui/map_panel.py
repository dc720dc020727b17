"""The body map as it opens over a practice: a prompt, the figure, this practice's marks with
ways to change, move and remove them (and undo), and a way back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.core.body_map import BodyMap, BodyView
from prt_desktop.core.records import SensationMark
from prt_desktop.storage import Journal
from prt_desktop.ui import words
from prt_desktop.ui.body_map_widget import TOUCH_TARGET, BodyMapWidget
from prt_desktop.ui.mark_editing import FailureReporter, MarkEditor
from prt_desktop.ui.sensation_dialog import SensationDescription, SensationDialog

if TYPE_CHECKING:
    from prt_desktop.kiosk.visit import KioskVisit

def mark_summary(mark: SensationMark, region_label: str) -> str:
    """One line about a mark, as the lists show it: where, how strong, what it was like."""
    named = ", ".join([words.quality(q) for q in mark.qualities] + list(mark.own_words))
    text = f"{region_label}: {mark.intensity}/10"
    return f"{text}, {named}" if named else text


class MapPanel(QWidget):
    continue_requested = Signal()
    """The person is done with the map and wants the practice to go on."""

    def __init__(self, body_map: BodyMap, journal: Journal, report: FailureReporter,
                 parent: QWidget | None = None, *, kiosk: KioskVisit | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapPanel")
        self.body_map = body_map
        self.kiosk = kiosk  # kiosk mode: marks carry its visit id; notes only if it allows
        self.editor = MarkEditor(journal, report, self)
        self.sensation_dialog: SensationDialog | None = None
        self.cue_index: int | None = None  # the cue that opened the map; None: opened by choice
        layout = QVBoxLayout(self)
        self.prompt = QLabel()
        self.prompt.setObjectName("mapPrompt")
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        middle = QHBoxLayout()
        self.map = BodyMapWidget(body_map)
        self.map.touch_targets = kiosk is not None  # a kiosk is a touch screen
        middle.addWidget(self.map, 3)
        middle.addLayout(self._build_marks_column(), 1)
        layout.addLayout(middle, 1)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("mapStatus")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("skipButton")
        self.skip_button.setAccessibleDescription(self.tr("Go on without marking anything"))
        self.continue_button = QPushButton(self.tr("Continue the practice"))
        self.continue_button.setObjectName("continueButton")
        row.addWidget(self.skip_button)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        self.skip_button.clicked.connect(self.continue_requested)
        self.continue_button.clicked.connect(self.continue_requested)
        self.map.point_chosen.connect(self.describe_point)
        self.map.mark_moved.connect(self._moved)
        self.map.mark_clicked.connect(self._select_in_list)
        self.map.move_ended.connect(lambda: self.status.setText(""))
        self.editor.marks_changed.connect(self._show_marks)
        self.editor.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.editor.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        for keys, action in ((QKeySequence.StandardKey.Undo, self.editor.undo_stack.undo),
                             (QKeySequence.StandardKey.Redo, self.editor.undo_stack.redo)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

    def _build_marks_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        title = QLabel(self.tr("Marks in this practice"))
        column.addWidget(title)
        self.list = QListWidget()
        self.list.setObjectName("practiceMarks")
        self.list.setAccessibleName(self.tr("Marks in this practice"))
        self.list.setWordWrap(True)
        title.setBuddy(self.list)
        column.addWidget(self.list, 1)
        grid = QGridLayout()
        self.change_button = QPushButton(self.tr("Change\u2026"))
        self.change_button.setObjectName("changeMarkButton")
        self.move_button = QPushButton(self.tr("Move\u2026"))
        self.move_button.setObjectName("moveMarkButton")
        self.move_button.setAccessibleDescription(self.tr(
            "Then click the new place, or choose it with the arrow keys and press Enter"))
        self.delete_button = QPushButton(self.tr("Remove"))
        self.delete_button.setObjectName("deleteMarkButton")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoMarkButton")
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setObjectName("redoMarkButton")
        buttons = (self.change_button, self.move_button, self.delete_button, self.undo_button,
                   self.redo_button)
        for i, button in enumerate(buttons):
            button.setMinimumHeight(TOUCH_TARGET)
            button.setEnabled(False)
            grid.addWidget(button, i // 2, i % 2)
        column.addLayout(grid)
        self.change_button.clicked.connect(self.edit_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(lambda: self.editor.undo_stack.undo())
        self.redo_button.clicked.connect(lambda: self.editor.undo_stack.redo())
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        return column

    # ---- a practice's marks -----------------------------------------------------------------
    def start(self, session_id: str | None, marks: list[SensationMark] | None = None) -> None:
        self.map.cancel_move()
        self.editor.start(session_id, marks)

    def show_prompt(self, text: str, cue_index: int | None = None) -> None:
        self.prompt.setText(text)
        self.cue_index = cue_index
        self.map.setFocus()

    def selected_mark(self) -> SensationMark | None:
        item = self.list.currentItem()
        return self.editor.mark(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _show_marks(self) -> None:
        current = self.selected_mark()
        self.list.clear()
        for mark in self.editor.marks:
            item = QListWidgetItem(mark_summary(mark, self._label(mark.region_id)))
            item.setData(Qt.ItemDataRole.UserRole, mark.id)
            self.list.addItem(item)
            if current is not None and mark.id == current.id:
                self.list.setCurrentItem(item)
        self.map.set_marks(self.editor.marks)
        self._current_changed()

    def _label(self, region_id: str) -> str:
        return words.region(self.body_map.label(region_id))

    def _current_changed(self, *_args: object) -> None:
        mark = self.selected_mark()
        for button in (self.change_button, self.move_button, self.delete_button):
            button.setEnabled(mark is not None)
        self.map.select_mark(mark.id if mark else None)

    def _select_in_list(self, mark_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == mark_id:
                self.list.setCurrentRow(row)

    # ---- marking and editing ----------------------------------------------------------------
    def describe_point(self, view: str, region_id: str, x: float, y: float) -> None:
        """Ask about the sensation at a chosen point; saving it adds the mark."""
        session_id = self.editor.session_id or "no-session"
        cue_index = self.cue_index

        def add(described: SensationDescription) -> None:
            mark = SensationMark(session_id=session_id, view=BodyView(view).value,
                                 region_id=region_id, x=x, y=y, cue_index=cue_index,
                                 visit_id=self.kiosk.visit_id if self.kiosk else None,
                                 **self._allowed(described).fields())  # type: ignore[arg-type]
            self.editor.add(mark)
            self._select_in_list(mark.id)

        self._ask(region_id, None, add)

    def edit_selected(self) -> None:
        mark = self.selected_mark()
        if mark is None:
            return

        def change(described: SensationDescription) -> None:
            self.editor.change(SensationMark.from_dict({
                **mark.to_dict(), **self._allowed(described).fields()}))

        self._ask(mark.region_id, SensationDescription.of(mark), change)

    def _ask(self, region_id: str, initial: SensationDescription | None,
             then: Callable[[SensationDescription], None]) -> None:
        dialog = SensationDialog(self._label(region_id), self, initial=initial,
                                 notes=self.kiosk is None or self.kiosk.allow_notes)
        self.sensation_dialog = dialog
        dialog.accepted.connect(lambda: then(dialog.description()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self.map.setFocus)
        dialog.open()

    def _allowed(self, described: SensationDescription) -> SensationDescription:
        """A kiosk that does not allow notes never stores free text, whatever the dialog
        returned."""
        if self.kiosk is None or self.kiosk.allow_notes:
            return described
        return replace(described, note="", own_words=())

    def move_selected(self) -> None:
        mark = self.selected_mark()
        if mark is None:
            return
        self.status.setText(self.tr(
            "Click or tap the new place for this mark, or choose it with the arrow keys and "
            "press Enter. Escape leaves it where it is."))
        self.map.begin_move(mark.id)

    def _moved(self, mark_id: str, view: str, region_id: str, x: float, y: float) -> None:
        mark = self.editor.mark(mark_id)
        if mark is None:
            return
        moved = SensationMark.from_dict({**mark.to_dict(), "view": view,
                                         "region_id": region_id, "x": x, "y": y})
        self.editor.change(moved, self.tr("Move a mark"))
        self._select_in_list(mark_id)

    def delete_selected(self) -> None:
        mark = self.selected_mark()
        if mark is not None:
            self.editor.delete(mark.id)
            self.status.setText(self.tr("Mark removed. Undo brings it back."))
