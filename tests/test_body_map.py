"""The body-map drawing and its regions: the contract in DESIGN.md ("Body regions").

The drawing in resources/ is the one source of the regions; docs/body-regions.csv must list the
same regions in the same order. Left and right are the person's own.
"""

from __future__ import annotations

import bisect
import csv
import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from prt_desktop.core import polygons, svg_path
from prt_desktop.core.body_map import BodyMap, BodyMapError, BodyView, load_body_map

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "body_map.svg"
CSV = ROOT / "docs" / "body-regions.csv"
SVG_NS = "{http://www.w3.org/2000/svg}"

# The regions the drawing has (finer ones may be added; a region made finer gets new ids and its
# old id is retired, never reused: see tests/test_body_map_retired.py).
MAJOR = [
    "front-groin", "front-pelvis",
    "back-spine-cervical", "back-spine-thoracic", "back-spine-lumbar", "back-spine-sacral",
] + [
    f"{view}-{part}-{side}"
    for side in ("left", "right")
    for view, parts in (
        ("front", ["head", "face", "neck", "abdomen-upper", "abdomen-lower",
                   "jaw", "temple", "chest", "hip", "foot"]),
        ("back", ["head", "neck", "upper-back", "middle-back", "lower-back", "buttock",
                  "hip", "heel", "sole"]),
    )
    for part in parts
] + [
    f"{view}-{part}-{side}"
    for view in ("front", "back")
    for side in ("left", "right")
    for part in ("shoulder", "upper-arm", "elbow", "forearm", "wrist", "hand",
                 "thigh", "knee", "lower-leg", "ankle")
]

# What pain maps' users asked for beyond the CHOIR body map's regions (issue 5): the spine in
# parts, the jaw, the temples, the pelvis and the groin.
EXTRAS = {
    "back-spine-cervical", "back-spine-thoracic", "back-spine-lumbar", "back-spine-sacral",
    "front-jaw-left", "front-jaw-right", "front-temple-left", "front-temple-right",
    "front-pelvis", "front-groin",
}

# Left and right in both views where the CHOIR body map has them (issue 5): shoulders, arms,
# elbows, forearms, wrists, hands (palm in front, back of the hand behind), hips, thighs, knees,
# lower legs and ankles; buttocks, upper, middle and lower back behind; the top of the foot in
# front, the sole behind.
CHOIR_PAIRS = [
    f"{view}-{part}" for view in ("front", "back")
    for part in ("shoulder", "upper-arm", "elbow", "forearm", "wrist", "hand", "hip", "thigh",
                 "knee", "lower-leg", "ankle")
] + ["back-buttock", "back-upper-back", "back-middle-back", "back-lower-back",
     "front-foot", "back-sole"]


@pytest.fixture(scope="module")
def body_map() -> BodyMap:
    return load_body_map(SVG)


def silhouette(view: BodyView) -> tuple[tuple[tuple[float, float], ...], ...]:
    """The drawn outline of one view (the `<view>-silhouette` path), in fractions of the frame."""
    root = ET.parse(SVG).getroot()
    frame = root.find(f".//{SVG_NS}rect[@id='{view}-frame']")
    path = root.find(f".//{SVG_NS}path[@id='{view}-silhouette']")
    assert frame is not None and path is not None
    fx, fy, fw, fh = (float(frame.get(k)) for k in ("x", "y", "width", "height"))
    rings = svg_path.parse_path(path.get("d"), AssertionError)
    return tuple(tuple(((x - fx) / fw, (y - fy) / fh) for x, y in ring) for ring in rings)


def in_rings(rings, x: float, y: float) -> bool:
    return sum(polygons.ring_contains(r, x, y) for r in rings) % 2 == 1


# --------------------------------------------------------------------------- ids and labels


def test_csv_lists_the_drawing_in_the_same_order(body_map: BodyMap) -> None:
    with CSV.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0].keys()) == ["id", "view", "label"]
    in_csv = [(r["id"], r["view"], r["label"]) for r in rows]
    in_svg = [(r.id, r.view.value, r.label) for r in body_map.regions]
    assert in_csv == in_svg


def test_ids_are_unique_kebab_case_and_start_with_their_view(body_map: BodyMap) -> None:
    ids = [r.id for r in body_map.regions]
    assert len(ids) == len(set(ids))
    for region in body_map.regions:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", region.id), region.id
        assert region.id.startswith(f"{region.view}-"), region.id
        assert region.label.strip(), region.id


def test_major_regions_are_all_there(body_map: BodyMap) -> None:
    ids = {r.id for r in body_map.regions}
    assert [m for m in MAJOR if m not in ids] == []



def test_at_least_the_choir_granularity_before_the_extras(body_map: BodyMap) -> None:
    """CHOIR's body map has 36 front and 38 back regions; the extras come on top of those."""
    ids = {r.id for r in body_map.regions}
    assert EXTRAS - ids == set()
    front = [r.id for r in body_map.regions_in(BodyView.FRONT) if r.id not in EXTRAS]
    back = [r.id for r in body_map.regions_in(BodyView.BACK) if r.id not in EXTRAS]
    assert len(front) >= 36, len(front)
    assert len(back) >= 38, len(back)
    for stem in CHOIR_PAIRS:
        assert {f"{stem}-left", f"{stem}-right"} <= ids, stem


def test_labels_are_unique_and_name_the_side_of_the_id(body_map: BodyMap) -> None:
    labels = [r.label for r in body_map.regions]
    assert len(labels) == len(set(labels))
    for region in body_map.regions:
        words = set(re.findall(r"[a-z]+", region.label.lower()))
        side = region.id.rsplit("-", 1)[1]
        if side in ("left", "right"):
            other = "right" if side == "left" else "left"
            assert side in words and other not in words, (region.id, region.label)
        else:
            assert not words & {"left", "right"}, (region.id, region.label)


def test_every_side_has_its_pair_in_the_same_view(body_map: BodyMap) -> None:
    ids = {r.id for r in body_map.regions}
    for region_id in ids:
        stem, _, side = region_id.rpartition("-")
        if side == "left":
            assert f"{stem}-right" in ids
        if side == "right":
            assert f"{stem}-left" in ids


# --------------------------------------------------------------------------- left and right


@pytest.mark.parametrize("view", list(BodyView))
def test_left_and_right_are_the_persons_own(body_map: BodyMap, view: BodyView) -> None:
    """Front: the person's left is on the viewer's right. Back: on the viewer's left."""
    pairs = 0
    for region in body_map.regions_in(view):
        if not region.id.endswith("-left"):
            continue
        right = body_map.region(region.id.removesuffix("-left") + "-right")
        left_x, right_x = region.centroid[0], right.centroid[0]
        if view is BodyView.FRONT:
            assert left_x > 0.5 > right_x, region.id
        else:
            assert left_x < 0.5 < right_x, region.id
        pairs += 1
    assert pairs >= 15


def test_shoulders_by_name(body_map: BodyMap) -> None:
    front_left = body_map.region("front-shoulder-left").centroid
    front_right = body_map.region("front-shoulder-right").centroid
    back_left = body_map.region("back-shoulder-left").centroid
    back_right = body_map.region("back-shoulder-right").centroid
    assert front_left[0] > front_right[0]
    assert back_left[0] < back_right[0]


# --------------------------------------------------------------------------- hit-testing


def test_each_centroid_hits_its_region_and_no_other(body_map: BodyMap) -> None:
    for region in body_map.regions:
        x, y = region.centroid
        assert body_map.region_at(region.view, x, y) is region
        hits = [r.id for r in body_map.regions_in(region.view) if r.contains(x, y)]
        assert hits == [region.id]


@pytest.mark.parametrize("view", list(BodyView))
@pytest.mark.parametrize(
    "point",
    [
        (0.01, 0.01), (0.99, 0.99), (0.5, 0.005),  # corners, above the head
        (0.5, 0.75),                  # between the knees
        (0.31, 0.10), (0.69, 0.10),   # beside the head
        (0.29, 0.45), (0.71, 0.45),   # between arm and waist
        (0.05, 0.5), (0.95, 0.5),     # beyond the hands
        (0.5, 0.995),                 # below the feet
    ],
)
def test_points_outside_the_body_hit_nothing(body_map: BodyMap, view, point) -> None:
    assert body_map.region_at(view, *point) is None


@pytest.mark.parametrize("view", list(BodyView))
def test_regions_tile_the_silhouette(body_map: BodyMap, view: BodyView) -> None:
    """On a fine grid every point is in at most one region, and in one exactly when it lies in
    the drawn silhouette (half a user unit of slack at the outline, for hand-drawn curves).
    The grid's odd step of 1.37 user units lands points close to many borders."""
    outline = silhouette(view)
    regions = body_map.regions_in(view)
    _x, _y, width, height = body_map.frames[view]
    tolerance = 0.5 / height
    step_x, step_y = 1.37 / width, 1.37 / height
    gaps, overlaps, outside = [], [], []
    y = step_y / 2
    while y < 1:
        in_outline = _row_classifier(outline, y)
        row = [r for r in regions if r.bounds[1] <= y <= r.bounds[3]]
        x = step_x / 2
        while x < 1:
            hits = [r.id for r in row if r.contains(x, y)]
            if len(hits) > 1:
                overlaps.append((x, y, hits))
            elif in_outline(x) != bool(hits) and not _near_outline(
                outline, x, y, width / height, tolerance
            ):
                (gaps if not hits else outside).append((round(x, 4), round(y, 4)))
            x += step_x
        y += step_y
    assert overlaps == []
    assert gaps == []
    assert outside == []


def _row_classifier(rings, y: float):
    """Inside test for every point of one grid row at once: the x where edges cross the row,
    with the same half-open rule as BodyRegion.contains."""
    crossings = []
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > y) != (y2 > y):
                if (y1, x1) > (y2, x2):
                    x1, y1, x2, y2 = x2, y2, x1, y1
                crossings.append(x1 + (x2 - x1) * (y - y1) / (y2 - y1))
    crossings.sort()
    return lambda x: (len(crossings) - bisect.bisect_right(crossings, x)) % 2 == 1


def _near_outline(outline, x: float, y: float, aspect: float, tolerance: float) -> bool:
    """Distance measured in frame heights, with x scaled to match."""
    scaled = [tuple((px * aspect, py) for px, py in ring) for ring in outline]
    return polygons.border_distance(scaled, x * aspect, y) < tolerance


@pytest.mark.parametrize("view", list(BodyView))
def test_no_cracks_along_borders(body_map: BodyMap, view: BodyView) -> None:
    """Just across the middle of every border segment lies another region or the outside
    (the smooth outline may bulge half a user unit beyond the regions' flattened edges):
    a crack thinner than any grid would show up here."""
    outline = silhouette(view)
    regions = body_map.regions_in(view)
    _x, _y, width, height = body_map.frames[view]
    eps_x, eps_y = 0.05 / width, 0.05 / height
    problems = []
    for region in regions:
        for ring in region.polygons:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
                dx, dy = (x2 - x1) * width, (y2 - y1) * height
                length = math.hypot(dx, dy)
                if length < 0.2:
                    continue
                mx, my = (x1 + x2) / 2, (y1 + y2) / 2
                for sign in (1, -1):
                    px = mx + sign * (-dy / length) * eps_x
                    py = my + sign * (dx / length) * eps_y
                    hits = [r for r in regions if r.contains(px, py)]
                    crack = not hits and in_rings(outline, px, py) and not _near_outline(
                        outline, px, py, width / height, 0.5 / height
                    )
                    if len(hits) > 1 or crack:
                        problems.append((region.id, round(px, 4), round(py, 4), len(hits)))
    assert problems == []


def test_lookups(body_map: BodyMap) -> None:
    assert body_map.region("back-spine-lumbar").view is BodyView.BACK
    with pytest.raises(KeyError):
        body_map.region("front-tail")
    front = body_map.regions_in(BodyView.FRONT)
    assert front and all(r.view is BodyView.FRONT for r in front)
    assert set(body_map.regions) == set(front) | set(body_map.regions_in(BodyView.BACK))
    for view in BodyView:
        _x, _y, width, height = body_map.frames[view]
        assert body_map.aspect(view) == pytest.approx(width / height)
    assert body_map.frames[BodyView.FRONT][2:] == body_map.frames[BodyView.BACK][2:]
    assert body_map.source == SVG
    for region in body_map.regions:
        for ring in region.polygons:
            assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in ring), region.id


# --------------------------------------------------------------------------- reading the SVG

FRAMES = """
  <g id="view-front"><rect id="front-frame" x="0" y="0" width="100" height="100" fill="none"/>
    {front}
  </g>
  <g id="view-back"><rect id="back-frame" x="100" y="0" width="100" height="100" fill="none"/>
    <polygon id="back-all" class="region" points="100,0 200,0 200,100 100,100">
      <title>All</title></polygon>
  </g>
"""


def write_svg(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "map.svg"
    path.write_text(f'<svg xmlns="http://www.w3.org/2000/svg">{body}</svg>', encoding="utf-8")
    return path


def region(d: str, region_id: str = "front-part", attrs: str = "") -> str:
    return f'<path id="{region_id}" class="region" {attrs} d="{d}"><title>Part</title></path>'


def test_path_commands_absolute_relative_and_curves(tmp_path: Path) -> None:
    shapes = "".join([
        region("M0,0 L40,0 L40,40 L0,40 Z", "front-square"),
        region("m50 10 l40 0 0 30 -40 0z", "front-relative"),
        region("M0,60 Q20,40 40,60 Z", "front-quad"),          # a bump over y=60, apex y=50
        region("M50,90 C50,50 90,50 90,90 z", "front-cubic"),   # a dome over y=90, top y=60
    ])
    loaded = load_body_map(write_svg(tmp_path, FRAMES.format(front=shapes)))
    at = lambda x, y: getattr(loaded.region_at(BodyView.FRONT, x, y), "id", None)  # noqa: E731
    assert at(0.2, 0.2) == "front-square"
    assert at(0.7, 0.2) == "front-relative"
    assert at(0.7, 0.05) is None
    assert at(0.2, 0.57) == "front-quad"
    assert at(0.2, 0.49) is None
    assert at(0.7, 0.7) == "front-cubic"
    assert at(0.7, 0.58) is None
    assert at(0.1, 0.52) is None  # above the quadratic near its end
    assert loaded.region("back-all").contains(0.5, 0.5)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (FRAMES.format(front=region("M0,0 A5,5 0 0 1 10,10 Z")), 'unsupported path command "A"'),
        (FRAMES.format(front=region("M0,0 H10 V10 Z")), 'unsupported path command "H"'),
        (FRAMES.replace('<rect id="front-frame"', '<rect id="front-box"').format(
            front=region("M0,0 L10,0 L10,10 Z")), "no frame for the front view"),
        (FRAMES.format(front=region("M0,0 L10,0 L10,10 Z", attrs='transform="scale(2)"')),
         "transforms are not allowed"),
        (FRAMES.replace('<g id="view-front">', '<g id="view-front" transform="translate(1)">')
         .format(front=region("M0,0 L10,0 L10,10 Z")), "transforms are not allowed"),
        (FRAMES.format(front='<polygon id="front-x" class="region" points="0,0 9,0 9,9"/>'),
         "has no <title>"),
        (FRAMES.format(front=region("M0,0 L10,0 L10,10 Z", "back-part")),
         'must start with "front-"'),
        (FRAMES.format(front=region("M0,0 L10,0 L10,10 Z", "front-Part")), "kebab-case"),
        (FRAMES.format(front=region("M0,0 L10,0 L10,10 Z") * 2), 'two regions have the id'),
        (FRAMES.format(front=region("M0,0 L10")), "missing numbers"),
        (FRAMES.format(front=""), "the front view has no regions"),
        (FRAMES.format(front=region("M0,0 L10,0 L10,10 Z")) + region("M0,0 L1,0 L1,1 Z"),
         "outside both"),
    ],
)
def test_broken_drawings_are_refused_clearly(tmp_path: Path, body: str, expected: str) -> None:
    path = write_svg(tmp_path, body)
    with pytest.raises(BodyMapError) as caught:
        load_body_map(path)
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_not_xml_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "map.svg"
    path.write_text("<svg><g></svg", encoding="utf-8")
    with pytest.raises(BodyMapError, match="not a readable SVG"):
        load_body_map(path)
    with pytest.raises(BodyMapError, match="cannot read"):
        load_body_map(tmp_path / "missing.svg")
    assert issubclass(BodyMapError, ValueError)


def test_imports_without_qt() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from pathlib import Path\n"
        "from prt_desktop.core.body_map import load_body_map\n"
        f"m = load_body_map(Path({str(SVG)!r}))\n"
        "assert not any(n.startswith('PySide6') and sys.modules[n] for n in sys.modules)\n"
        "print(len(m.regions))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 0
