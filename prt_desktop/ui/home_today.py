"""Home: today's practice from the four-week programme, and help for a hard moment.

The card only suggests: the list below it always offers every practice. The programme's place
is kept in the journal's settings (`core.programme.PROGRAMME_SETTING`), read and written on the
writer thread so a change always lands before the next read. Practice counts are shown only
when the person turned them on (streaks can add pressure).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.core.practice_counts import PracticeCounts, count_practice
from prt_desktop.core.programme import (
    CONTEXT,
    DAYS,
    PROGRAMME_SETTING,
    ProgrammeState,
    Suggestion,
    flare_up_choices,
)
from prt_desktop.ui.accessibility import announce
from prt_desktop.ui.flow_layout import FlowLayout
from prt_desktop.ui.tasks import run_serially

if TYPE_CHECKING:
    from prt_desktop.core.exercise import Exercise
    from prt_desktop.core.library import Library
    from prt_desktop.storage import Journal

log = logging.getLogger(__name__)

TARGET_HEIGHT = 44
BIG_TARGET_HEIGHT = 72


def _minutes_text(library: Library, exercise: Exercise) -> str:
    # The list's own words and context: one translation for both places.
    minutes = max(1, round(library.clips.duration(exercise) / 60))
    if minutes == 1:
        return QCoreApplication.translate("PracticeListPage", "about 1 minute")
    return QCoreApplication.translate("PracticeListPage", "about {n} minutes").format(n=minutes)


def _reason(suggestion: Suggestion) -> str:
    return QCoreApplication.translate(CONTEXT, suggestion.reason)


def _button(text: str, name: str, accessible: str, height: int = TARGET_HEIGHT) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setMinimumHeight(height)
    return button


class FlareUpDialog(QDialog):
    """The choice offered at once for a hard moment: each practice a big button."""

    chosen = Signal(str)
    """The person chose this exercise (its id) to start now."""

    def __init__(self, library: Library, choices: list[Suggestion],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flareUpDialog")
        self.setWindowTitle(self.tr("A hard moment"))
        column = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Hard moments pass. If you like, one of these short practices may help right now. "
            "You may stop at any time."))
        intro.setObjectName("flareUpIntro")
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.choices: list[QPushButton] = []
        for suggestion in choices:
            exercise = library.exercise(suggestion.exercise_id)
            button = _button(
                f"{exercise.title} ({_minutes_text(library, exercise)})\n"
                f"{_reason(suggestion)}",
                "flareUpChoice", self.tr("Start {title}").format(title=exercise.title),
                BIG_TARGET_HEIGHT)
            button.setProperty("exercise_id", suggestion.exercise_id)
            button.clicked.connect(
                lambda _checked=False, eid=suggestion.exercise_id: self._choose(eid))
            column.addWidget(button)
            self.choices.append(button)
        care = QLabel(self.tr(
            "If this pain is new, or different from your usual pain, or you feel unwell, please "
            "contact a doctor rather than practising."))
        care.setObjectName("flareUpCare")
        care.setWordWrap(True)
        column.addWidget(care)
        self.close_button = _button(self.tr("Not now"), "flareUpClose",
                                    self.tr("Close without starting a practice"))
        self.close_button.clicked.connect(self.reject)
        column.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(520, self.sizeHint().height())
        if self.choices:
            self.choices[0].setDefault(True)
            self.choices[0].setFocus()

    def _choose(self, exercise_id: str) -> None:
        self.accept()
        self.chosen.emit(exercise_id)


class TodayCard(QFrame):
    """Today's practice from the programme, with its reason and the programme's own controls."""

    exercise_chosen = Signal(str)
    """The person chose an exercise (its id) to start."""
    refreshed = Signal()
    """The card shows what was read from the journal (programme place and counts)."""

    def __init__(self, library: Library, journal: Journal, *,
                 show_counts: Callable[[], bool] = lambda: False,
                 today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.library = library
        self.journal = journal
        self.show_counts = show_counts
        self.today = today
        # The settings are kept in memory, so reading them here is quick; a refresh on the
        # writer thread follows whenever Home is shown.
        self.state = ProgrammeState.from_setting(journal.setting(PROGRAMME_SETTING))
        self.suggestion: Suggestion | None = None
        self._read_request = 0

        column = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Today's practice"))
        self.heading.setObjectName("todayHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        top.addWidget(self.heading)
        self.day_label = QLabel()
        self.day_label.setObjectName("todayDay")
        top.addWidget(self.day_label, 1, Qt.AlignmentFlag.AlignRight)
        column.addLayout(top)
        self.title = QLabel()
        self.title.setObjectName("todayTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        column.addWidget(self.title)
        self.reason = QLabel()
        self.reason.setObjectName("todayReason")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setWordWrap(True)
        column.addWidget(self.reason)
        self.counts = QLabel()
        self.counts.setObjectName("practiceCounts")
        self.counts.setWordWrap(True)
        self.counts.setVisible(False)
        column.addWidget(self.counts)

        buttons = FlowLayout()  # wraps at large text sizes: three buttons need ~1500 px at 200%
        begin = self.tr("Begin the four-week programme")
        self.start_button = _button(self.tr("Start today's practice"), "todayStart",
                                    self.tr("Start today's practice"))
        self.begin_button = _button(begin, "programmeBegin", begin)
        self.pause_button = _button("", "programmePause", "")  # its words follow the state
        self.restart_button = _button(self.tr("Start again from day 1"), "programmeRestart",
                                      self.tr("Start the programme again from day 1"))
        for button in (self.start_button, self.begin_button, self.pause_button,
                       self.restart_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        self.start_button.clicked.connect(self._start_today)
        self.begin_button.clicked.connect(self.begin)
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.restart_button.clicked.connect(self._ask_restart)
        self.restart_question: QMessageBox | None = None
        self._show(None)

    # ---- reading and showing ----------------------------------------------------------------
    def refresh(self) -> None:
        """Read the programme's place (and the sessions, when counts are shown) on the writer
        thread, after any change still on its way there, then show them."""
        journal, counting = self.journal, self.show_counts()
        self._read_request += 1
        request = self._read_request

        def read() -> tuple[object, list | None]:
            return (journal.setting(PROGRAMME_SETTING),
                    journal.sessions() if counting else None)

        def shown(found: tuple[object, list | None]) -> None:
            if request != self._read_request:
                return  # a newer read is on its way
            stored, sessions = found
            self.state = ProgrammeState.from_setting(stored)
            self._show(None if sessions is None else count_practice(sessions, self.today()))
            self.refreshed.emit()

        run_serially(read, shown,
                     lambda error: log.error("Could not read the programme: %r", error))

    def set_library(self, library: Library) -> None:
        self.library = library
        self._show(None)

    def _show(self, counts: PracticeCounts | None) -> None:
        today = self.today()
        state = self.state
        self.suggestion = None
        started = state is not None
        finished = started and state.finished(today)
        self.begin_button.setVisible(not started)
        self.pause_button.setVisible(started and not finished)
        self.restart_button.setVisible(started)
        if state is None:
            self.day_label.clear()
            self.title.setText(self.tr("A suggested four-week path"))
            self.reason.setText(self.tr(
                "If you like, the app can suggest one short practice a day for four weeks, "
                "starting with how pain works, and say why it chose it. You may always choose "
                "anything else, pause it or start again."))
        elif finished:
            self.day_label.clear()
            self.title.setText(self.tr("You have come to the end of the four weeks"))
            self.reason.setText(self.tr(
                "You may keep choosing any practice below, or start the programme again."))
        else:
            day = state.day(today)
            where = (self.tr("Paused on day {day} of {days}") if state.paused
                     else self.tr("Day {day} of {days}"))
            self.day_label.setText(where.format(day=day, days=DAYS))
            action = (self.tr("Resume the programme") if state.paused
                      else self.tr("Pause the programme"))
            self.pause_button.setText(action)
            self.pause_button.setAccessibleName(action)
            self.suggestion = state.suggestion(today, self.library.exercises)
            self._show_suggestion(state.paused)
        self.start_button.setVisible(self.suggestion is not None and not (
            state is not None and state.paused))
        self._show_counts(counts)

    def _show_suggestion(self, paused: bool) -> None:
        if self.suggestion is None:
            self.title.setText(self.tr("No suggestion for today"))
            self.reason.setText(self.tr(
                "This set of practices has nothing that fits today's step. You may choose any "
                "practice below."))
            return
        exercise = self.library.exercise(self.suggestion.exercise_id)
        self.title.setText(f"{exercise.title} ({_minutes_text(self.library, exercise)})")
        if paused:
            self.reason.setText(self.tr(
                "The programme is paused; it will wait on this day for as long as you like. "
                "You may resume it whenever you wish."))
        else:
            self.reason.setText(_reason(self.suggestion))
        self.start_button.setAccessibleName(self.tr("Start today's practice: {title}").format(
            title=exercise.title))

    def _show_counts(self, counts: PracticeCounts | None) -> None:
        self.counts.setVisible(counts is not None)
        if counts is None:
            self.counts.clear()
            return
        parts = [
            self.tr("Practices in the last 7 days: {n}").format(n=counts.this_week),
            self.tr("Days you practised in the last 4 weeks: {n}").format(
                n=counts.days_in_four_weeks),
        ]
        if counts.days_in_a_row >= 2:  # a run that ended is simply not mentioned
            parts.append(self.tr("Days in a row: {n}").format(n=counts.days_in_a_row))
        self.counts.setText(" · ".join(parts))

    # ---- the person's choices ---------------------------------------------------------------
    def _start_today(self) -> None:
        if self.suggestion is not None:
            self.exercise_chosen.emit(self.suggestion.exercise_id)

    def begin(self) -> None:
        """Start the programme at day 1 today (also restarts it)."""
        self._change(ProgrammeState.start(self.today()))
        if self.start_button.isVisible():
            self.start_button.setFocus()

    def _ask_restart(self) -> None:
        """Starting again loses the place, so it is asked first, unless the four weeks are over."""
        if self.state is None or self.state.finished(self.today()):
            self.begin()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Start again from day 1?"),
                          self.tr("Start the programme again from day 1? Your practices so far "
                                  "stay in your history."), parent=self)
        box.setObjectName("restartQuestion")
        again = box.addButton(self.tr("Start again from day 1"),
                              QMessageBox.ButtonRole.AcceptRole)
        again.setObjectName("restartConfirm")
        keep = box.addButton(self.tr("Keep my place"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("restartKeep")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self.begin() if box.clickedButton() is again
                             else None)
        self.restart_question = box
        box.open()

    def _pause_or_resume(self) -> None:
        if self.state is None:
            return
        today = self.today()
        self._change(self.state.resume(today) if self.state.paused else self.state.pause(today))
        self.pause_button.setFocus()

    def _change(self, state: ProgrammeState) -> None:
        self.state = state
        self._read_request += 1  # a read already on its way would show the old place
        self._show(None)
        announce(self.reason)
        value, journal = state.to_setting(), self.journal
        run_serially(lambda: journal.set_setting(PROGRAMME_SETTING, value),
                     lambda _: self.refresh() if self.show_counts() else None,
                     lambda error: log.error("Could not save the programme: %r", error))


class HomeToday(QWidget):
    """The top of Home: today's card and, beside it, the button for a hard moment."""

    exercise_chosen = Signal(str)
    """The person chose an exercise (its id) to start, from the card or the flare-up choice."""

    def __init__(self, library: Library, journal: Journal, *,
                 show_counts: Callable[[], bool] = lambda: False,
                 today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeToday")
        self.library = library
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.card = TodayCard(library, journal, show_counts=show_counts, today=today)
        row.addWidget(self.card, 1)
        # Two lines, so that the card keeps its width when the text is made large.
        self.flare_up_button = QPushButton(self.tr("Having a hard\nmoment?"))
        self.flare_up_button.setObjectName("flareUpButton")
        self.flare_up_button.setAccessibleName(self.tr(
            "Having a hard moment? Short practices for right now"))
        self.flare_up_button.setToolTip(self.tr(
            "A short somatic tracking or a grounding practice, at once"))
        self.flare_up_button.setMinimumHeight(BIG_TARGET_HEIGHT)
        self.flare_up_button.setSizePolicy(QSizePolicy.Policy.Minimum,
                                           QSizePolicy.Policy.Expanding)
        row.addWidget(self.flare_up_button)
        self.dialog: FlareUpDialog | None = None
        self.card.exercise_chosen.connect(self.exercise_chosen)
        self.flare_up_button.clicked.connect(self.open_flare_up)
        self._update_flare_up()

    def set_library(self, library: Library) -> None:
        self.library = library
        self.card.set_library(library)
        self._update_flare_up()

    def refresh(self) -> None:
        self.card.refresh()

    def _update_flare_up(self) -> None:
        self.flare_up_button.setVisible(bool(flare_up_choices(self.library.exercises)))

    def open_flare_up(self) -> None:
        """Offer the short somatic tracking and the grounding practice, at once."""
        choices = flare_up_choices(self.library.exercises)
        if not choices:
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = FlareUpDialog(self.library, choices, self)
        self.dialog.chosen.connect(self.exercise_chosen)
        self.dialog.open()
        self.dialog.choices[0].setFocus()
