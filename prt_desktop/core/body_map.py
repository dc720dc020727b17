"""The body map: the regions of the drawing in `resources/body_map.svg`, and hit-testing.

The drawing is the one source of the regions (DESIGN.md, "Body regions"). It holds two views side
by side, `<g id="view-front">` and `<g id="view-back">`, each with an invisible frame rectangle
(`front-frame`, `back-frame`) that defines the view's coordinate box. Every region is a `<path>`
or `<polygon>` with `class="region"`, its stable id as `id` and its label as a child `<title>`.
Regions and their parent groups carry no transforms, and paths use only M, L, C, Q and Z
(absolute or relative), so this module needs nothing but the standard library, and no Qt.

Points are fractions 0-1 of the view's frame: x to the right, y downwards. Left and right in
region ids are the person's own: on the front view their left is on the viewer's right.

Region ids are stored in people's journals, so an id is never renamed or reused: a region made
finer gets new ids, and its old id joins `RETIRED_REGIONS`, which keeps its label for the marks
that name it (`BodyMap.label`). docs/data.md lists the same table.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

from prt_desktop.core.polygons import (
    Point,
    Ring,
    area_centroid,
    border_distance,
    inside,
    pole_of_inaccessibility,
    ring_contains,
)
from prt_desktop.core.svg_path import parse_path, parse_points

_ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class BodyView(StrEnum):
    FRONT = "front"
    BACK = "back"


class BodyMapError(ValueError):
    """The body-map drawing cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class BodyRegion:
    """One clickable region of one view, its outline flattened to polygons.

    `polygons` are in fractions 0-1 of the view's frame. `frame_aspect` (width / height of the
    frame) only serves to measure distances without distortion when choosing `centroid`.
    """

    id: str
    view: BodyView
    label: str
    polygons: tuple[Ring, ...]
    frame_aspect: float = field(default=1.0, compare=False, repr=False)

    def contains(self, x: float, y: float) -> bool:
        """Whether the point lies inside, by the even-odd rule over all polygons.

        The crossing test is half-open and computed the same way whichever polygon an edge
        belongs to, so a point on a border shared by two regions belongs to exactly one of them.
        """
        min_x, min_y, max_x, max_y = self.bounds
        if not (min_x <= x <= max_x and min_y <= y <= max_y):
            return False
        inside = False
        for ring in self.polygons:
            if ring_contains(ring, x, y):
                inside = not inside
        return inside

    @cached_property
    def bounds(self) -> tuple[float, float, float, float]:
        """min x, min y, max x, max y of all polygons."""
        xs = [x for ring in self.polygons for x, _ in ring]
        ys = [y for ring in self.polygons for _, y in ring]
        return min(xs), min(ys), max(xs), max(ys)

    @cached_property
    def centroid(self) -> Point:
        """A point well inside the region, where a mark placed from the keyboard goes.

        The area centroid when it lies comfortably inside; otherwise (curved or hollow shapes)
        the point farthest from the border, found with the polylabel search.
        """
        a = self.frame_aspect
        rings = [tuple((x * a, y) for x, y in ring) for ring in self.polygons]
        pole, radius = pole_of_inaccessibility(rings)
        cx, cy = area_centroid(rings)
        if inside(rings, cx, cy) and border_distance(rings, cx, cy) >= 0.5 * radius:
            return (cx / a, cy)
        return (pole[0] / a, pole[1])


@dataclass(frozen=True)
class RetiredRegion:
    """A region id of an earlier drawing, kept so that the marks naming it still read well.

    `replaced_by` lists the regions of the drawing that now cover its area.
    """

    id: str
    label: str
    replaced_by: tuple[str, ...]


RETIRED_REGIONS: Mapping[str, RetiredRegion] = MappingProxyType({r.id: r for r in (
    # split into left and right, and the back foot into heel and sole, to reach the granularity
    # of the CHOIR body map (36 front, 38 back before the spine, jaw, temples, pelvis and groin)
    RetiredRegion("front-head", "Head (top and forehead)",
                  ("front-head-right", "front-head-left")),
    RetiredRegion("front-face", "Face", ("front-face-right", "front-face-left")),
    RetiredRegion("front-neck", "Neck (front and throat)",
                  ("front-neck-right", "front-neck-left")),
    RetiredRegion("front-abdomen-upper", "Upper abdomen",
                  ("front-abdomen-upper-right", "front-abdomen-upper-left")),
    RetiredRegion("front-abdomen-lower", "Lower abdomen",
                  ("front-abdomen-lower-right", "front-abdomen-lower-left")),
    RetiredRegion("back-head", "Back of the head", ("back-head-left", "back-head-right")),
    RetiredRegion("back-foot-left", "Left heel and sole", ("back-heel-left", "back-sole-left")),
    RetiredRegion("back-foot-right", "Right heel and sole",
                  ("back-heel-right", "back-sole-right")),
)})


@dataclass(frozen=True)
class BodyMap:
    """All regions of the drawing, with the frames of its views."""

    regions: tuple[BodyRegion, ...]
    frames: Mapping[BodyView, tuple[float, float, float, float]]
    source: Path

    def region(self, region_id: str) -> BodyRegion:
        """The region with this id; KeyError if the drawing has none (retired ids included)."""
        return self._by_id[region_id]

    def find(self, region_id: str) -> BodyRegion | None:
        """The region with this id, or None (a retired id from an older drawing, say)."""
        return self._by_id.get(region_id)

    def label(self, region_id: str) -> str:
        """What to call the region a record names: the drawing's label, else a retired id's old
        label, else the id itself (from no drawing this app has had; it still says where)."""
        region = self._by_id.get(region_id)
        if region is not None:
            return region.label
        retired = RETIRED_REGIONS.get(region_id)
        return retired.label if retired is not None else region_id

    @cached_property
    def _by_id(self) -> Mapping[str, BodyRegion]:
        return MappingProxyType({region.id: region for region in self.regions})

    def regions_in(self, view: BodyView) -> tuple[BodyRegion, ...]:
        """The regions of one view, in drawing order."""
        return tuple(r for r in self.regions if r.view == view)

    def region_at(self, view: BodyView, x: float, y: float) -> BodyRegion | None:
        """The region of `view` under the point (fractions of the frame), or None."""
        for region in self.regions:
            if region.view == view and region.contains(x, y):
                return region
        return None

    def aspect(self, view: BodyView) -> float:
        """Width / height of the view's frame."""
        _x, _y, width, height = self.frames[view]
        return width / height


def load_body_map(path: Path) -> BodyMap:
    """Read and check the drawing; BodyMapError says what is wrong with it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BodyMapError(f"{path}: cannot read the body-map drawing ({error.strerror})") from None
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise BodyMapError(f"{path}: not a readable SVG file (XML error: {error})") from None
    if _local(root.tag) != "svg":
        raise BodyMapError(f"{path}: the root element is <{_local(root.tag)}>, not <svg>")
    return _Reader(path).read(root)


# --------------------------------------------------------------------------- reading the SVG


class _Reader:
    """Walks the SVG once, collecting frames and regions with their view."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.frames: dict[BodyView, tuple[float, float, float, float]] = {}
        self.found: list[tuple[str, BodyView, str, list[list[Point]]]] = []

    def fail(self, message: str) -> BodyMapError:
        return BodyMapError(f"{self.path}: {message}")

    def read(self, root: ET.Element) -> BodyMap:
        self._walk(root, None, None)
        for view in BodyView:
            if view not in self.frames:
                raise self.fail(
                    f'no frame for the {view} view: expected <rect id="{view}-frame"> '
                    f'inside <g id="view-{view}">'
                )
        seen: set[str] = set()
        regions = []
        for region_id, view, label, rings in self.found:
            if region_id in seen:
                raise self.fail(f'two regions have the id "{region_id}"')
            seen.add(region_id)
            fx, fy, fw, fh = self.frames[view]
            polygons = tuple(
                tuple(((x - fx) / fw, (y - fy) / fh) for x, y in ring) for ring in rings
            )
            regions.append(BodyRegion(region_id, view, label, polygons, frame_aspect=fw / fh))
        for view in BodyView:
            if not any(r.view == view for r in regions):
                raise self.fail(f"the {view} view has no regions")
        return BodyMap(tuple(regions), MappingProxyType(dict(self.frames)), self.path)

    def _walk(self, elem: ET.Element, view: BodyView | None, transformed: str | None) -> None:
        elem_id = elem.get("id", "")
        if elem.get("transform") is not None:
            transformed = elem_id or f"<{_local(elem.tag)}>"
        if elem_id.startswith("view-"):
            try:
                view = BodyView(elem_id.removeprefix("view-"))
            except ValueError:
                raise self.fail(f'unknown view group "{elem_id}"') from None
        if view is not None and elem_id == f"{view}-frame":
            self.frames[view] = self._frame(elem)
        if "region" in elem.get("class", "").split():
            self._region(elem, view, transformed)
            return
        for child in elem:
            self._walk(child, view, transformed)

    def _frame(self, elem: ET.Element) -> tuple[float, float, float, float]:
        name = elem.get("id")
        if _local(elem.tag) != "rect":
            raise self.fail(f'the frame "{name}" must be a <rect>, not <{_local(elem.tag)}>')
        try:
            x, y, w, h = (float(elem.get(k, "0")) for k in ("x", "y", "width", "height"))
        except ValueError:
            message = f'the frame "{name}" needs plain numbers for x, y, width and height'
            raise self.fail(message) from None
        if w <= 0 or h <= 0:
            raise self.fail(f'the frame "{name}" has no area')
        return (x, y, w, h)

    def _region(self, elem: ET.Element, view: BodyView | None, transformed: str | None) -> None:
        region_id = elem.get("id")
        what = f'region "{region_id}"' if region_id else f"a <{_local(elem.tag)}> region"
        if not region_id:
            raise self.fail(f"{what} has no id")
        if not _ID_PATTERN.fullmatch(region_id):
            raise self.fail(f"{what}: ids are lowercase kebab-case (letters, digits, hyphens)")
        if view is None:
            raise self.fail(f'{what} is outside both <g id="view-front"> and <g id="view-back">')
        if not region_id.startswith(f"{view}-"):
            raise self.fail(f'{what} lies in the {view} view, so its id must start with "{view}-"')
        if transformed is not None:
            raise self.fail(f'{what}: transforms are not allowed (found on "{transformed}")')
        title = next((c for c in elem if _local(c.tag) == "title"), None)
        label = " ".join((title.text or "").split()) if title is not None else ""
        if not label:
            raise self.fail(f"{what} has no <title> with its label")
        tag = _local(elem.tag)
        if tag == "path":
            rings = parse_path(elem.get("d", ""), lambda m: self.fail(f"{what}: {m}"))
        elif tag == "polygon":
            rings = [parse_points(elem.get("points", ""), lambda m: self.fail(f"{what}: {m}"))]
        else:
            raise self.fail(f"{what} is a <{tag}>; regions must be <path> or <polygon>")
        rings = [ring for ring in rings if len(ring) >= 3]
        if not rings:
            raise self.fail(f"{what} has no shape (fewer than three points)")
        self.found.append((region_id, view, label, rings))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
