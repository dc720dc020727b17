"""Retired region ids: regions of earlier drawings, made finer since, still name people's marks.

A region id is stored in the journal, so it is never renamed or reused. When a region is split,
its old id goes into `RETIRED_REGIONS` with its old label, and every place that names a mark's
region (History, the heat map, exports) shows that label.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from prt_desktop.core.body_map import RETIRED_REGIONS, BodyMap, load_body_map
from prt_desktop.core.records import SensationMark
from prt_desktop.export.command import region_labeller
from prt_desktop.export.selection import DateRange, ExportSelection
from prt_desktop.export.tables import csv_text

ROOT = Path(__file__).resolve().parent.parent
DATA_MD = ROOT / "docs" / "data.md"


@pytest.fixture(scope="module")
def body_map() -> BodyMap:
    return load_body_map(ROOT / "resources" / "body_map.svg")


def test_retired_ids_are_gone_from_the_drawing_and_replaced_in_it(body_map: BodyMap) -> None:
    ids = {r.id for r in body_map.regions}
    labels = {r.label for r in body_map.regions}
    for old in RETIRED_REGIONS.values():
        assert old.id not in ids, old.id  # never reused for a new region
        assert old.label not in labels, old.id  # an old mark reads differently from a new one
        view = old.id.split("-", 1)[0]
        assert len(old.replaced_by) >= 2, old.id
        for new in old.replaced_by:
            assert new in ids and new.startswith(f"{view}-"), (old.id, new)


def test_the_split_regions_are_retired() -> None:
    assert set(RETIRED_REGIONS) == {
        "front-head", "front-face", "front-neck", "front-abdomen-upper", "front-abdomen-lower",
        "back-head", "back-foot-left", "back-foot-right"}
    assert RETIRED_REGIONS["back-foot-left"].replaced_by == ("back-heel-left", "back-sole-left")


def test_label_knows_current_retired_and_unknown_ids(body_map: BodyMap) -> None:
    assert body_map.label("front-neck-left") == body_map.region("front-neck-left").label
    assert body_map.label("front-neck") == "Neck (front and throat)"
    assert body_map.label("back-foot-right") == "Right heel and sole"
    assert body_map.label("front-tail") == "front-tail"  # no drawing had it: the id says where
    with pytest.raises(KeyError):
        body_map.region("front-neck")  # retired ids have no shape to hit or paint


def test_an_old_mark_exports_with_its_old_label(body_map: BodyMap) -> None:
    old = SensationMark("s", "back", "back-foot-left", 0.45, 0.93, intensity=4,
                        timestamp="2024-05-01T09:00:00+02:00")
    new = SensationMark("s", "back", "back-heel-left", 0.45, 0.92, intensity=2,
                        timestamp="2024-05-02T09:00:00+02:00")
    selection = ExportSelection(range=DateRange(), schema_version=1, sessions=(),
                                marks=(old, new), ratings=(), reflections=())
    rows = list(csv.DictReader(io.StringIO(csv_text(selection, region_labeller(body_map)))))
    assert [(r["region_id"], r["region_label"]) for r in rows] == [
        ("back-foot-left", "Left heel and sole"), ("back-heel-left", "Left heel")]


def test_history_names_an_old_mark_by_its_old_label(qapp: object, body_map: BodyMap) -> None:
    from prt_desktop.ui.history_marks_model import MarksTableModel

    model = MarksTableModel(body_map)
    assert model.where("front-abdomen-upper") == "Upper abdomen"
    assert model.where("front-abdomen-upper-left") == "Upper abdomen, left side"


def test_data_md_lists_the_retired_ids() -> None:
    """docs/data.md's "Retired region ids" table: id, old label, the ids that replaced it."""
    text = DATA_MD.read_text(encoding="utf-8")
    section = text.split("Retired region ids", 1)[1].split("\n#", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = (cells[1], tuple(re.findall(r"`([a-z0-9-]+)`", cells[2])))
    assert rows == {r.id: (r.label, r.replaced_by) for r in RETIRED_REGIONS.values()}


def test_a_mark_on_a_retired_region_can_be_shown_and_moved_on_the_map(qtbot) -> None:
    from prt_desktop.ui.body_map_widget import BodyMapWidget

    figure = BodyMapWidget(load_body_map(ROOT / "resources" / "body_map.svg"))
    qtbot.addWidget(figure)
    old = SensationMark("s", "front", "front-neck", 0.5, 0.2, intensity=3)
    figure.add_mark(old)  # from a practice begun before the drawing was split
    figure.begin_move(old.id)
    assert figure.marks == [old] and figure.moving == old.id
