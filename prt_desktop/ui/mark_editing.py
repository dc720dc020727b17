"""Adding, changing, moving and removing a practice's marks, with undo and redo.

Each change is one `QUndoCommand` holding the mark before and after it (None when there was no
mark), so undo is the same change the other way round. The figure is updated at once and the
journal is written on the app's one writer thread (`run_serially`), in the order of the changes.
If a write fails, the person is told and the marks are read back from the journal, which is the
truth, so the figure never shows what is not on disk; the undo history is dropped then, as it no
longer matches what is stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from prt_desktop.core.records import SensationMark
from prt_desktop.storage import Journal
from prt_desktop.ui.tasks import run_serially

#: Told the error and what could not be done, in words for the person.
FailureReporter = Callable[[BaseException, str], None]


class _MarkChange(QUndoCommand):
    def __init__(self, editor: MarkEditor, before: SensationMark | None,
                 after: SensationMark | None, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.editor._apply(self.before, self.after)

    def undo(self) -> None:
        self.editor._apply(self.after, self.before)


class MarkEditor(QObject):
    marks_changed = Signal()
    """The marks on screen changed (any edit, undo, redo or read-back)."""
    saved = Signal(object)
    """A change reached the journal: the mark as stored, or as it was before being removed."""

    def __init__(self, journal: Journal, report: FailureReporter,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.report = report
        self.undo_stack = QUndoStack(self)
        self._marks: list[SensationMark] = []
        self.session_id: str | None = None

    @property
    def marks(self) -> list[SensationMark]:
        return list(self._marks)

    def mark(self, mark_id: str) -> SensationMark | None:
        return next((m for m in self._marks if m.id == mark_id), None)

    def start(self, session_id: str | None, marks: list[SensationMark] | None = None) -> None:
        """A new practice (or a resumed one with its earlier marks): nothing to undo."""
        self.session_id = session_id
        self._marks = list(marks or [])
        self.undo_stack.clear()
        self.marks_changed.emit()

    # ---- the changes ------------------------------------------------------------------------
    def add(self, mark: SensationMark) -> None:
        self.undo_stack.push(_MarkChange(self, None, mark, self.tr("Add a mark")))

    def change(self, mark: SensationMark, text: str | None = None) -> None:
        """Replace the mark with the same id (new words, numbers or place)."""
        before = self.mark(mark.id)
        if before is None or before == mark:
            return
        self.undo_stack.push(_MarkChange(self, before, mark, text or self.tr("Change a mark")))

    def delete(self, mark_id: str) -> None:
        before = self.mark(mark_id)
        if before is not None:
            self.undo_stack.push(_MarkChange(self, before, None, self.tr("Remove a mark")))

    def _apply(self, before: SensationMark | None, after: SensationMark | None) -> None:
        """Show the change at once, then store it in the background."""
        journal = self.journal
        if before is None and after is not None:
            self._marks.append(after)
            what = self.tr("This mark could not be saved.")
        elif after is None and before is not None:
            self._marks = [m for m in self._marks if m.id != before.id]
            what = self.tr("This mark could not be removed.")
        elif before is not None and after is not None:
            self._marks = [after if m.id == before.id else m for m in self._marks]
            what = self.tr("This change to a mark could not be saved.")
        else:
            return

        def write() -> None:
            if before is None:
                journal.add_mark(after)  # type: ignore[arg-type]
            elif after is None:
                journal.delete_mark(before.id)
            else:
                journal.update_mark(after)

        self.marks_changed.emit()
        stored = after if after is not None else before
        run_serially(write, lambda _: self.saved.emit(stored),
                     lambda error: self._failed(error, what))

    def _failed(self, error: BaseException, what: str) -> None:
        if getattr(error, "kept", False):
            # The journal holds the change and saves it, in order, once the disk allows: what
            # is on screen is what will be stored, and undo stays as it is.
            self.report(error, what)
            return
        self.undo_stack.clear()
        session_id = self.session_id
        journal = self.journal

        def shown(marks: object) -> None:
            if session_id == self.session_id and isinstance(marks, list):
                self._marks = marks
                self.marks_changed.emit()

        def unreadable(_error: BaseException) -> None:
            # Nothing on screen can be trusted; show none rather than marks that may be unsaved.
            if session_id == self.session_id:
                self._marks = []
                self.marks_changed.emit()

        # Queued behind every write already waiting, so it reads what they left.
        run_serially(lambda: journal.marks(session_id) if session_id else [], shown, unreadable)
        self.report(error, what)
