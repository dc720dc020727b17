"""What happens when a practice waits at a cue: the body map, a 0-10 rating or a written answer
opens over it, is answered or skipped, and the practice goes on.

The page keeps playing and saving; `PracticeCues` owns the three panels and the state of the cue
being answered, so the practice screen stays about playing.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from prt_desktop.core.exercise import Cue, CueKind
from prt_desktop.core.records import Rating, Reflection
from prt_desktop.ui.accessibility import announce
from prt_desktop.ui.cue_panels import RatingPanel, ReflectionPanel
from prt_desktop.ui.map_panel import MapPanel

if TYPE_CHECKING:
    from prt_desktop.ui.practice_page import PracticePage

CLICK_GUARD_SECONDS = 0.6


class PracticeCues(QObject):
    def __init__(self, page: PracticePage) -> None:
        super().__init__(page)
        self.page = page
        services = page.services
        self.map_panel = MapPanel(services.body_map(), services.journal, page.storage_failed,
                                  kiosk=services.kiosk)
        self.rating_panel = RatingPanel()
        self.reflection_panel = ReflectionPanel()
        self.cue: Cue | None = None
        self.cue_index: int | None = None
        self.map_from_cue = False
        self.drafts: dict[int, str] = {}  # words written at a cue that was left by seeking
        # A double click on a panel's last button must not land on "End practice" underneath.
        self.ignore_end_until = 0.0
        self.map_panel.continue_requested.connect(self.close_map)
        self.rating_panel.answered.connect(self._rating_answered)
        self.reflection_panel.answered.connect(self._reflection_answered)
        self.rating_panel.end_requested.connect(page.end_practice)
        self.reflection_panel.end_requested.connect(page.end_practice)
        escape_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.map_panel)
        escape_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape_key.activated.connect(self._escape_on_map)

    def reset(self) -> None:
        """A new practice: no cue waiting, no drafts; the map shows this practice's marks."""
        self.cue = None
        self.cue_index = None
        self.drafts.clear()

    def leave(self) -> None:
        """Close the cue's panel after a seek took the practice elsewhere; words already written
        are kept for when the same question comes again."""
        page = self.page
        if page.stack.currentWidget() is self.reflection_panel and self.cue_index is not None:
            draft = self.reflection_panel.edit.toPlainText()
            if draft.strip():
                self.drafts[self.cue_index] = draft
        self.cue = None
        self.map_from_cue = False
        self.map_panel.map.cancel_move()
        if page.stack.currentIndex() != 0:
            page.stack.setCurrentIndex(0)
            page.play_button.setFocus()

    def reached(self, index: int) -> None:
        page = self.page
        assert page.exercise is not None
        cue = page.exercise.segments[index]
        if not isinstance(cue, Cue):
            page.player.continue_after_cue()
            return
        kiosk = page.services.kiosk
        if cue.kind == CueKind.REFLECT and kiosk is not None and not kiosk.allow_notes:
            # A kiosk that keeps no words asks for none: the practice simply goes on.
            page.player.continue_after_cue()
            return
        self.cue = cue
        self.cue_index = index
        if cue.kind == CueKind.BODY_MAP:
            self.open_map(cue.prompt, index)
        elif cue.kind == CueKind.RATE:
            assert cue.measure is not None
            self.rating_panel.ask(cue.prompt, cue.measure)
            page.stack.setCurrentWidget(self.rating_panel)
            announce(self.rating_panel.prompt)
        else:
            self.reflection_panel.ask(cue.prompt)
            draft = self.drafts.pop(index, "")
            if draft:
                self.reflection_panel.edit.setPlainText(draft)
            page.stack.setCurrentWidget(self.reflection_panel)
            announce(self.reflection_panel.prompt)

    def _rating_answered(self, value: int | None) -> None:
        page = self.page
        cue, session, exercise = self.cue, page.session, page.exercise
        if value is not None and cue is not None and cue.measure is not None \
                and session is not None and exercise is not None:
            rating = Rating(session.id, exercise.id, cue.measure.value, value, cue.prompt)
            journal = page.services.journal
            page.save(lambda: journal.add_rating(rating),
                      self.tr("This rating could not be saved."))
        self._go_on()

    def _reflection_answered(self, text: str | None) -> None:
        page = self.page
        cue, session, exercise = self.cue, page.session, page.exercise
        if text and cue is not None and session is not None and exercise is not None:
            entry = Reflection(session.id, exercise.id, cue.prompt, text)
            journal = page.services.journal

            def keep_a_copy() -> None:
                # The words go to the clipboard, not into a message (messages can be logged).
                QApplication.clipboard().setText(text)

            page.save(lambda: journal.add_reflection(entry),
                      self.tr("What you wrote could not be saved. It has been copied, so you "
                              "can paste it somewhere safe."), on_failed=keep_a_copy)
        self._go_on()

    def _go_on(self) -> None:
        page = self.page
        self.ignore_end_until = time.monotonic() + CLICK_GUARD_SECONDS
        self.cue = None
        page.stack.setCurrentIndex(0)
        page.player.continue_after_cue()
        page.play_button.setFocus()

    # ---- body map ---------------------------------------------------------------------------
    def open_map(self, prompt: str | None, cue_index: int | None = None) -> None:
        page = self.page
        self.map_from_cue = prompt is not None
        if not self.map_from_cue:
            page.player.pause()
        self.map_panel.show_prompt(prompt or self.tr(
            "Where do you notice something right now? Tap that spot, or go back when ready."),
            cue_index)
        page.stack.setCurrentWidget(self.map_panel)
        announce(self.map_panel.prompt)

    def _escape_on_map(self) -> None:
        if self.map_panel.map.moving is not None:
            self.map_panel.map.cancel_move()
        else:
            self.close_map()

    def close_map(self) -> None:
        page = self.page
        if page.stack.currentWidget() is not self.map_panel:
            return
        self.map_panel.map.cancel_move()
        page.stack.setCurrentIndex(0)
        self.cue = None
        if self.map_from_cue:
            page.player.continue_after_cue()
        else:
            page.player.resume()
        page.play_button.setFocus()
