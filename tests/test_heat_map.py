"""History's heat map and start-and-end views, drawn from the same drawing as the map."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from prt_desktop.core.body_map import BodyMap, load_body_map
from prt_desktop.core.mark_summary import Measure
from prt_desktop.core.records import SensationMark
from prt_desktop.ui.heat_map import STEPS, HeatMapView, step_of
from prt_desktop.ui.history_view import HistoryPage

SVG = Path(__file__).resolve().parent.parent / "resources" / "body_map.svg"


@pytest.fixture(scope="module")
def body_map() -> BodyMap:
    return load_body_map(SVG)


def mark(region: str, day: str, intensity: int, threat: int = 0, session: str = "s1",
         cue: int | None = None, minute: int = 0) -> SensationMark:
    return SensationMark(session, region.split("-")[0], region, 0.5, 0.5, intensity=intensity,
                         threat=threat, timestamp=f"{day}T10:{minute:02d}:00+00:00",
                         cue_index=cue)


MARKS = [mark("front-knee-left", "2025-03-01", 6, 4), mark("front-knee-left", "2025-03-02", 2, 0),
         mark("back-neck-right", "2025-03-02", 8, 8), mark("front-jaw-left", "2025-04-10", 1, 1)]


def test_heat_map_follows_the_range_and_measure(qtbot, body_map) -> None:
    view = HeatMapView(body_map)
    qtbot.addWidget(view)
    view.set_marks(MARKS)
    assert view.range()[0] == date(2025, 3, 1)  # everything, from the first mark
    assert view.table.topLevelItemCount() == 3
    view.first.setDate(QDate(2025, 3, 2))
    view.last.setDate(QDate(2025, 3, 31))
    assert set(view.figure.summaries) == {"front-knee-left", "back-neck-right"}
    assert view.figure.summaries["front-knee-left"].count == 1
    assert "2 marks in 2 areas" in view.summary_label.text()
    view.measure_choice.setCurrentIndex(view.measure_choice.findData(Measure.THREAT))
    assert view.figure.measure == Measure.THREAT
    rows = [[view.table.topLevelItem(r).text(c) for c in range(4)] for r in range(2)]
    assert "neck" in rows[0][0].lower()
    assert rows[0][3] == "8.0"  # most threatening first
    assert view.legend.ranges() == ["0\u20132", "2\u20134", "4\u20136", "6\u20138", "8\u201310"]
    view.first.setDate(QDate(2026, 1, 1))
    view.last.setDate(QDate(2026, 1, 2))
    assert view.table.topLevelItemCount() == 0 and "No marks" in view.summary_label.text()


def test_colour_steps_cover_the_scale() -> None:
    assert step_of(0.1, 10) == 0 and step_of(10, 10) == len(STEPS) - 1 and step_of(5, 10) == 2
    assert step_of(1, 1) == len(STEPS) - 1


def test_history_has_heat_map_and_start_end_tabs(qtbot, body_map) -> None:
    page = HistoryPage(body_map)
    qtbot.addWidget(page)
    practice = [mark("front-knee-left", "2025-05-01", 7, cue=3, session="p"),
                mark("front-knee-left", "2025-05-01", 3, cue=12, session="p", minute=9),
                mark("front-neck", "2025-05-01", 2, cue=12, session="p", minute=10)]
    page.show_marks(MARKS + practice)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["What you noticed", "Practices", "One area", "Heat map", "Start and end",
                    "What you wrote"]
    assert page.heat_map.table.topLevelItemCount() == 0  # filled when first shown
    page.tabs.setCurrentWidget(page.heat_map)
    assert page.heat_map.table.topLevelItemCount() == 4
    listed = [page.heat_map.table.topLevelItem(i).text(0) for i in range(4)]
    assert "Neck (front and throat)" in listed  # front-neck, retired: its old label
    view = page.start_end
    page.tabs.setCurrentWidget(view)
    assert view.choice.count() == 2 and "3 marks" in view.choice.itemText(0)  # newest first
    assert [m.intensity for m in view.start_map.marks] == [7]
    assert [m.intensity for m in view.end_map.marks] == [3, 2]
    assert "average intensity 2.5" in view.end_text.text()
    view.choice.setCurrentIndex(1)
    assert view.end_map.marks == [] and "one point only" in view.end_text.text()
