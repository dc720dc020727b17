"""The check-ins of a practice: pain and fear before it starts and after it ends, if the person
wants them (the CHECK_INS_SETTING, on unless turned off in Settings).

A new practice asks before the voice begins; a resumed one does not ask again. A practice that
comes to its end asks after; one the person ends early does not hold them back with questions.
The answers are kept with the practice's session (pain_before, fear_before, pain_after,
fear_after); a skipped question stays "not said".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from prt_desktop.ui.check_in import CheckInPanel, Moment
from prt_desktop.ui.practice_memory import CHECK_INS_SETTING

if TYPE_CHECKING:
    from prt_desktop.ui.practice_page import PracticePage


class PracticeCheckIns(QObject):
    def __init__(self, page: PracticePage) -> None:
        super().__init__(page)
        self.page = page
        self.panel = CheckInPanel()
        self.panel.answered.connect(self._answered)
        self._then: Callable[[], None] | None = None

    def wanted(self) -> bool:
        return bool(self.page.services.journal.setting(CHECK_INS_SETTING, True))

    @property
    def asking(self) -> bool:
        return self._then is not None

    def ask(self, moment: Moment, then: Callable[[], None]) -> None:
        """Show the check-in over the practice; `then` runs once it is answered or skipped."""
        self._then = then
        self.panel.ask(moment)
        self.page.controls.setVisible(False)  # nothing to play or end until this is answered
        self.page.stack.setCurrentWidget(self.panel)

    def _answered(self, pain: int | None, fear: int | None) -> None:
        page, then = self.page, self._then
        self._then = None
        session = page.session
        if session is not None and (pain is not None or fear is not None):
            if self.panel.moment == Moment.BEFORE:
                session = replace(session, pain_before=pain, fear_before=fear)
            else:
                session = replace(session, pain_after=pain, fear_after=fear)
            page.session = session
            page.save_session()
        page.stack.setCurrentIndex(0)
        page.controls.setVisible(True)
        if then is not None:
            then()
