"""The heat map's and the start-and-end view's sums, the arrow keys' neighbours, and the newer
mark fields: plain Python, no Qt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from prt_desktop.core.body_map import BodyMap, BodyView, load_body_map
from prt_desktop.core.mark_summary import (
    Measure,
    by_practice,
    highest,
    marks_between,
    start_and_end,
    summarise,
)
from prt_desktop.core.records import RecordError, SensationMark
from prt_desktop.core.region_neighbours import Direction, neighbour
from prt_desktop.core.vocabulary import Change, Depth, Extent, own_words

SVG = Path(__file__).resolve().parent.parent / "resources" / "body_map.svg"


@pytest.fixture(scope="module")
def body_map() -> BodyMap:
    return load_body_map(SVG)


def mark(region: str = "front-knee-left", when: str = "2025-03-01T10:00:00+01:00", *,
         session: str = "s1", intensity: int = 0, threat: int = 0,
         cue: int | None = None) -> SensationMark:
    return SensationMark(session, region.split("-")[0], region, 0.5, 0.5, intensity=intensity,
                         threat=threat, timestamp=when, cue_index=cue)


def test_summary_counts_and_means_per_region() -> None:
    marks = [mark(intensity=4, threat=2), mark(intensity=7, threat=5),
             mark("back-neck-left", intensity=1, threat=0)]
    found = summarise(marks)
    knee = found["front-knee-left"]
    assert (knee.count, knee.mean_intensity, knee.mean_threat) == (2, 5.5, 3.5)
    assert knee.value(Measure.COUNT) == 2 and knee.value(Measure.THREAT) == 3.5
    assert found["back-neck-left"].count == 1
    assert highest(found, Measure.COUNT) == 2 and highest(found, Measure.INTENSITY) == 10
    assert summarise([]) == {} and highest({}, Measure.COUNT) == 0


def test_date_range_uses_the_day_the_mark_was_made_where_it_was_made() -> None:
    late_evening_abroad = mark(when="2025-03-01T23:30:00-08:00")  # already 2 March in UTC
    first = mark(when="2025-02-28T08:00:00+00:00")
    unreadable = mark(when="not a time")
    marks = [late_evening_abroad, first, unreadable]
    assert marks_between(marks, date(2025, 3, 1), date(2025, 3, 1)) == [late_evening_abroad]
    assert marks_between(marks, None, date(2025, 2, 28)) == [first]
    assert marks_between(marks, None, None) == [late_evening_abroad, first]


def test_start_and_end_are_the_first_and_last_cue() -> None:
    a = mark(cue=3, when="2025-03-01T10:00:00+00:00")
    chosen = mark(cue=None, when="2025-03-01T10:01:00+00:00")  # opened by choice after cue 3
    b = mark(cue=9, when="2025-03-01T10:05:00+00:00")
    c = mark(cue=15, when="2025-03-01T10:09:00+00:00")
    d = mark(cue=15, when="2025-03-01T10:09:30+00:00")
    assert start_and_end([a, chosen, b, c, d]) == ([a, chosen], [c, d])
    assert start_and_end([a, chosen]) == ([a, chosen], [])
    old = [mark(), mark()]
    assert start_and_end(old) == (old, [])


def test_marks_grouped_by_practice_newest_first() -> None:
    marks = [mark(session="old", when="2025-01-01T10:00:00+00:00"),
             mark(session="new", when="2025-02-01T10:00:00+00:00"),
             mark(session="old", when="2025-01-01T10:05:00+00:00")]
    practices = by_practice(marks)
    assert [p.session_id for p in practices] == ["new", "old"]
    assert len(practices[1].marks) == 2


def test_new_fields_round_trip_and_old_records_read_as_not_said() -> None:
    full = SensationMark("s", "back", "back-neck-left", 0.1, 0.2, qualities=("warmth",),
                         own_words=("fizzy",), change="changing", depth="deep",
                         extent="spread", cue_index=4)
    assert SensationMark.from_dict(full.to_dict()) == full
    assert full.change is Change.CHANGING and full.depth is Depth.DEEP
    assert full.extent is Extent.SPREAD
    older = full.to_dict()
    for name in ("own_words", "change", "depth", "extent", "cue_index"):
        del older[name]  # as a journal written before these fields holds it
    read = SensationMark.from_dict(older)
    assert (read.own_words, read.change, read.depth, read.extent, read.cue_index) == \
        ((), None, None, None, None)


@pytest.mark.parametrize("bad", [{"change": "wobbly"}, {"depth": "middle"},
                                 {"own_words": ("",)}, {"own_words": ("x" * 41,)},
                                 {"cue_index": -1}, {"cue_index": True}])
def test_new_fields_are_checked(bad: dict[str, object]) -> None:
    with pytest.raises(RecordError):
        SensationMark("s", "front", "front-neck-left", 0.5, 0.5, **bad)  # type: ignore[arg-type]


def test_own_words_are_tidied() -> None:
    assert own_words(" Fizzy ,like  a band,, fizzy, tightness ") == ("fizzy", "like a band")
    assert len(own_words(",".join(f"w{i}" for i in range(9)))) == 5


def test_every_region_is_reachable_with_the_arrow_keys(body_map: BodyMap) -> None:
    start = body_map.regions[0]
    seen, todo = {start.id}, [start]
    while todo:
        region = todo.pop()
        for direction in Direction:
            found = neighbour(body_map, region, direction)
            if found is not None and found.id not in seen:
                seen.add(found.id)
                todo.append(found)
    assert seen == {r.id for r in body_map.regions}


def test_arrows_lead_to_the_region_that_way(body_map: BodyMap) -> None:
    def go(region_id: str, direction: Direction) -> str | None:
        found = neighbour(body_map, body_map.region(region_id), direction)
        return found.id if found else None

    # Screen directions: on the front the person's left is on the viewer's right.
    assert go("front-chest-left", Direction.LEFT) == "front-chest-right"
    assert go("front-chest-right", Direction.RIGHT) == "front-chest-left"
    assert go("front-chest-left", Direction.DOWN) == "front-abdomen-upper-left"
    assert go("back-spine-lumbar", Direction.UP) == "back-spine-thoracic"
    assert go("front-head-left", Direction.UP) is None
    # From the front's right-hand edge, Right goes on to the back view beside it, and back.
    across = go("front-shoulder-left", Direction.RIGHT)
    assert across is not None and body_map.region(across).view == BodyView.BACK
    assert go(across, Direction.LEFT) is not None
    for region in body_map.regions:  # every step lands where the arrow points
        for direction, sign in ((Direction.UP, -1), (Direction.DOWN, 1)):
            found = neighbour(body_map, region, direction)
            if found is not None:
                assert (found.centroid[1] - region.centroid[1]) * sign > 0, (region.id, found.id)
