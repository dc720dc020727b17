"""History's practices: the trend of the check-ins week by week, a calendar with the days
practised, and the practices of the chosen month with their check-ins."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.core.records import PracticeSession
from prt_desktop.core.trends import weekly_check_ins
from prt_desktop.ui import words
from prt_desktop.ui.history_text import when_text
from prt_desktop.ui.trend_chart import TrendChart


def _day(session: PracticeSession) -> date:
    return datetime.fromisoformat(session.started).date()


def _change(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return "-"
    return f"{'-' if before is None else before} → {'-' if after is None else after}"


class PracticesView(QWidget):
    def __init__(self, titles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practicesView")
        self.titles = titles
        self.sessions: list[PracticeSession] = []
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr(
            "Pain and fear before and after practice, week by week (the average of the "
            "check-ins you gave)."))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.chart = TrendChart()
        layout.addWidget(self.chart, 2)
        row = QHBoxLayout()
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("practiceCalendar")
        self.calendar.setAccessibleName(self.tr("Calendar of the days you practised"))
        self.calendar.setAccessibleDescription(self.tr(
            "Days with a practice are shown in bold and underlined."))
        self.calendar.setGridVisible(True)
        # The keyboard lands on the calendar's inner grid (its focus proxy): a screen reader
        # reads that one's name, so it carries the calendar's.
        grid = self.calendar.findChild(QTableView, "qt_calendar_calendarview")
        if grid is not None:
            grid.setAccessibleName(self.calendar.accessibleName())
            grid.setAccessibleDescription(self.calendar.accessibleDescription())
        # Weekends in the same calm text as other days (Qt draws them red by default).
        weekday = QTextCharFormat()
        weekday.setForeground(self.palette().text())
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, weekday)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._show_month())
        self.calendar.selectionChanged.connect(self._show_month)
        row.addWidget(self.calendar, 2)
        self.list = QTreeWidget()
        self.list.setObjectName("practiceList")
        self.list.setAccessibleName(self.tr("Practices of the month shown"))
        self.list.setHeaderLabels([self.tr("When"), self.tr("Practice"), self.tr("Finished"),
                                   self.tr("Pain"), self.tr("Fear")])
        self.list.headerItem().setToolTip(3, self.tr("Pain before → after the practice"))
        self.list.headerItem().setToolTip(4, self.tr("Fear before → after the practice"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        row.addWidget(self.list, 3)
        layout.addLayout(row, 3)
        self.summary = QLabel()
        self.summary.setObjectName("practiceSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self._marked: list[QDate] = []

    def show_practices(self, sessions: list[PracticeSession]) -> None:
        self.sessions = sorted(sessions, key=lambda s: datetime.fromisoformat(s.started))
        self.chart.set_weeks(weekly_check_ins(self.sessions))
        for day in self._marked:
            self.calendar.setDateTextFormat(day, QTextCharFormat())
        # Bold and underlined, not colour alone, so the days read in any theme.
        practised = QTextCharFormat()
        practised.setFontWeight(QFont.Weight.Bold)
        practised.setFontUnderline(True)
        self._marked = []
        for day in sorted({_day(s) for s in self.sessions}):
            qday = QDate(day.year, day.month, day.day)
            self.calendar.setDateTextFormat(qday, practised)
            self._marked.append(qday)
        if self.sessions:
            last = _day(self.sessions[-1])
            self.calendar.setCurrentPage(last.year, last.month)
        self._show_month()

    def _show_month(self) -> None:
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        chosen = [s for s in self.sessions if (_day(s).year, _day(s).month) == (year, month)]
        self.list.clear()
        for session in reversed(chosen):
            item = QTreeWidgetItem([
                when_text(session.started),
                self.titles.get(session.exercise_id, session.exercise_id),
                self.tr("yes") if session.completed else self.tr("ended early"),
                _change(session.pain_before, session.pain_after),
                _change(session.fear_before, session.fear_after),
            ])
            self.list.addTopLevelItem(item)
        for column in range(5):
            self.list.resizeColumnToContents(column)
        days = len({_day(s) for s in chosen})
        if not self.sessions:
            self.summary.setText(self.tr(
                "Nothing here yet. Your practices appear here, with the check-ins you gave."))
        else:
            practices = words.count(len(chosen), self.tr("1 practice"), self.tr("{n} practices"))
            on_days = words.count(days, self.tr("1 day"), self.tr("{n} days"))
            self.summary.setText(self.tr(
                "{practices} on {days} in {month}; {total} in all.").format(
                practices=practices, days=on_days, total=len(self.sessions),
                month=QLocale().toString(QDate(year, month, 1), "MMMM yyyy")))
