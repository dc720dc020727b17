"""History's practices (trend, calendar, the month's list), one area's history, and the export
button, filled as the app fills them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont

from prt_desktop.core.body_map import BodyMap, load_body_map
from prt_desktop.core.records import PracticeSession, SensationMark
from prt_desktop.ui.history_view import HistoryPage

SVG = Path(__file__).resolve().parent.parent / "resources" / "body_map.svg"
TITLES = {"somatic-tracking-short": "Somatic tracking (short)"}


@pytest.fixture(scope="module")
def body_map() -> BodyMap:
    return load_body_map(SVG)


def session(day: str, pain: tuple[int | None, int | None] = (None, None),
            completed: bool = True) -> PracticeSession:
    return PracticeSession("somatic-tracking-short", started=f"{day}T09:00:00+01:00",
                           completed=completed, pain_before=pain[0], pain_after=pain[1])


def mark(region: str, day: str, intensity: int, threat: int) -> SensationMark:
    return SensationMark("s", region.split("-")[0], region, 0.5, 0.5, intensity=intensity,
                         threat=threat, qualities=("pressure",), timestamp=f"{day}T09:05:00+01:00")


def test_practices_tab_trend_calendar_and_month(qtbot, body_map) -> None:
    page = HistoryPage(body_map, TITLES)
    qtbot.addWidget(page)
    page.show_practices([session("2026-03-02", (6, 4)), session("2026-03-04", (4, 2)),
                         session("2026-04-20", (3, None), completed=False)])
    view = page.practices
    assert view.chart.weeks == []  # filled when its tab is first shown
    page.tabs.setCurrentWidget(view)
    assert [w.monday.isoformat() for w in view.chart.weeks] == ["2026-03-02", "2026-04-20"]
    assert view.chart.weeks[0].means["pain_before"] == 5.0
    assert "pain before 5.0" in view.chart.accessibleDescription()
    # The calendar opens on the month of the last practice, its days bold and underlined.
    assert (view.calendar.yearShown(), view.calendar.monthShown()) == (2026, 4)
    practised = view.calendar.dateTextFormat(QDate(2026, 4, 20))
    assert practised.fontUnderline() and practised.fontWeight() == QFont.Weight.Bold
    assert not view.calendar.dateTextFormat(QDate(2026, 4, 21)).fontUnderline()
    rows = [view.list.topLevelItem(i) for i in range(view.list.topLevelItemCount())]
    assert [(r.text(1), r.text(2), r.text(3)) for r in rows] == [
        ("Somatic tracking (short)", "ended early", "3 → -")]
    view.calendar.setCurrentPage(2026, 3)
    assert view.list.topLevelItemCount() == 2
    assert view.summary.text() == "2 practices on 2 days in March 2026; 3 in all."


def test_one_area_over_time(qtbot, body_map) -> None:
    page = HistoryPage(body_map, TITLES)
    qtbot.addWidget(page)
    page.show_marks([mark("front-knee-left", "2026-03-01", 6, 4),
                     mark("back-neck-left", "2026-03-02", 8, 8),
                     mark("front-knee-left", "2026-03-05", 2, 0)])
    view = page.region_history
    page.tabs.setCurrentWidget(view)
    assert view.choice.count() == 2
    assert view.choice.currentData() == "front-knee-left"  # the most often marked first
    assert view.model.rowCount() == 2
    assert [view.model.index(i, 3).data() for i in range(2)] == ["6", "2"]  # oldest first
    assert "marked 2 times" in view.summary.text() and "intensity 4.0" in view.summary.text()
    view.show_region("back-neck-left")
    assert view.model.rowCount() == 1 and "threat 8.0" in view.summary.text()
    page.show_marks([mark("back-neck-left", "2026-03-02", 8, 8)])  # a refresh keeps the choice
    assert view.choice.currentData() == "back-neck-left"


def test_the_export_button_asks_for_an_export(qtbot, body_map) -> None:
    page = HistoryPage(body_map, TITLES)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.export_requested, timeout=1000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)


def test_history_fits_a_small_laptop_screen(qtbot, body_map) -> None:
    page = HistoryPage(body_map, TITLES)
    qtbot.addWidget(page)
    page.show()
    for index in range(page.tabs.count()):  # each tab laid out once, as a person opens them
        page.tabs.setCurrentIndex(index)
    hint = page.minimumSizeHint()
    assert hint.width() <= 920 and hint.height() <= 600, hint  # inside a 960x640 window
