"""The body map: the regions of the drawing in `resources/body_map.svg`, and hit-testing.

The drawing is the one source of the regions (DESIGN.md, "Body regions"). It holds two views side
by side, `<g id="view-front">` and `<g id="view-back">`, each with an invisible frame rectangle
(`front-frame`, `back-frame`) that defines the view's coordinate box. Every region is a `<path>`
or `<polygon>` with `class="region"`, its stable id as `id` and its label as a child `<title>`.
Regions and their parent groups carry no transforms, and paths use only M, L, C, Q and Z
(absolute or relative), so this module needs nothing but the standard library, and no Qt.

Points are fractions 0-1 of the view's frame: x to the right, y downwards. Left and right in
region ids are the person's own: on the front view their left is on the viewer's right.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

Point = tuple[float, float]
Ring = tuple[Point, ...]
Fail = Callable[[str], Exception]  # makes the error to raise, given what is wrong

_ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PATH_TOKEN = re.compile(
    r"(?P<cmd>[A-Za-z])|(?P<num>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)|(?P<sep>[\s,]+)|(?P<bad>.)"
)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_CURVE_STEPS = 16  # straight pieces per Bézier segment; plenty for shapes a finger points at


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
            if _ring_contains(ring, x, y):
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
        pole, radius = _pole_of_inaccessibility(rings)
        cx, cy = _area_centroid(rings)
        if _inside(rings, cx, cy) and _border_distance(rings, cx, cy) >= 0.5 * radius:
            return (cx / a, cy)
        return (pole[0] / a, pole[1])


@dataclass(frozen=True)
class BodyMap:
    """All regions of the drawing, with the frames of its views."""

    regions: tuple[BodyRegion, ...]
    frames: Mapping[BodyView, tuple[float, float, float, float]]
    source: Path

    def region(self, region_id: str) -> BodyRegion:
        """The region with this id; KeyError if the drawing has none."""
        for region in self.regions:
            if region.id == region_id:
                return region
        raise KeyError(region_id)

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
            rings = _parse_path(elem.get("d", ""), lambda m: self.fail(f"{what}: {m}"))
        elif tag == "polygon":
            rings = [_parse_points(elem.get("points", ""), lambda m: self.fail(f"{what}: {m}"))]
        else:
            raise self.fail(f"{what} is a <{tag}>; regions must be <path> or <polygon>")
        rings = [ring for ring in rings if len(ring) >= 3]
        if not rings:
            raise self.fail(f"{what} has no shape (fewer than three points)")
        self.found.append((region_id, view, label, rings))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse_points(text: str, fail: Fail) -> list[Point]:
    numbers = [float(n) for n in _NUMBER.findall(text)]
    if _NUMBER.sub("", text).strip(" \t\r\n,"):
        raise fail("the points attribute holds something other than numbers")
    if len(numbers) % 2:
        raise fail("the points attribute has an odd count of numbers")
    return list(zip(numbers[::2], numbers[1::2], strict=True))


def _path_tokens(d: str, fail: Fail) -> Iterator[str | float]:
    for match in _PATH_TOKEN.finditer(d):
        if match.lastgroup == "cmd":
            command = match.group()
            if command not in "MmLlCcQqZz":
                raise fail(
                    f'unsupported path command "{command}" (only M, L, C, Q and Z are allowed)'
                )
            yield command
        elif match.lastgroup == "num":
            yield float(match.group())
        elif match.lastgroup == "bad":
            raise fail(f'unexpected character "{match.group()}" in the path data')


def _parse_path(d: str, fail: Fail) -> list[list[Point]]:
    """Subpaths of `d`, curves flattened, each treated as closed."""
    tokens = list(_path_tokens(d, fail))
    rings: list[list[Point]] = []
    ring: list[Point] = []
    i = 0
    command = ""
    cur = start = (0.0, 0.0)

    def numbers(count: int) -> list[float]:
        nonlocal i
        values = tokens[i : i + count]
        if len(values) < count or not all(isinstance(v, float) for v in values):
            raise fail(f'the path command "{command}" is missing numbers')
        i += count
        return values  # type: ignore[return-value]

    def absolute(x: float, y: float) -> Point:
        return (cur[0] + x, cur[1] + y) if command.islower() else (x, y)

    while i < len(tokens):
        token = tokens[i]
        if isinstance(token, str):
            command = token
            i += 1
        elif not command or command in "Zz":
            raise fail("the path data starts or continues with numbers but no command")
        if command in "Zz":
            if ring:
                rings.append(ring)
            ring = []
            cur = start
            continue
        if command in "Mm":
            if ring:
                rings.append(ring)
            cur = start = absolute(*numbers(2))
            ring = [cur]
            command = "l" if command == "m" else "L"  # further pairs are line-tos
            continue
        if not ring:
            ring = [cur]
        if command in "Ll":
            cur = absolute(*numbers(2))
            ring.append(cur)
        elif command in "Cc":
            values = numbers(6)
            c1, c2, end = (absolute(*values[k : k + 2]) for k in (0, 2, 4))
            ring.extend(_bezier((cur, c1, c2, end)))
            cur = end
        else:  # Q or q
            values = numbers(4)
            c1, end = (absolute(*values[k : k + 2]) for k in (0, 2))
            ring.extend(_bezier((cur, c1, end)))
            cur = end
    if ring:
        rings.append(ring)
    return rings


def _bezier(points: tuple[Point, ...]) -> list[Point]:
    """Points along a quadratic or cubic Bézier after its start, by de Casteljau."""
    out = []
    for step in range(1, _CURVE_STEPS + 1):
        t = step / _CURVE_STEPS
        level = list(points)
        while len(level) > 1:
            level = [
                (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
                for a, b in itertools.pairwise(level)
            ]
        out.append(level[0])
    return out


# --------------------------------------------------------------------------- geometry


def _ring_contains(ring: Ring, x: float, y: float) -> bool:
    inside = False
    previous = ring[-1]
    for current in ring:
        (x1, y1), (x2, y2) = previous, current
        previous = current
        if (y1 > y) == (y2 > y):
            continue
        # Order the edge the same way whichever ring it comes from, so neighbours agree exactly.
        if (y1, x1) > (y2, x2):
            x1, y1, x2, y2 = x2, y2, x1, y1
        if x < x1 + (x2 - x1) * (y - y1) / (y2 - y1):
            inside = not inside
    return inside


def _inside(rings: list[Ring], x: float, y: float) -> bool:
    return sum(_ring_contains(r, x, y) for r in rings) % 2 == 1


def _border_distance(rings: list[Ring], x: float, y: float) -> float:
    best = math.inf
    for ring in rings:
        previous = ring[-1]
        for current in ring:
            (ax, ay), (bx, by) = previous, current
            previous = current
            dx, dy = bx - ax, by - ay
            length2 = dx * dx + dy * dy
            t = ((x - ax) * dx + (y - ay) * dy) / length2 if length2 else 0.0
            t = max(0.0, min(1.0, t))
            best = min(best, math.hypot(x - ax - t * dx, y - ay - t * dy))
    return best


def _area_centroid(rings: list[Ring]) -> Point:
    area = cx = cy = 0.0
    for ring in rings:
        previous = ring[-1]
        for current in ring:
            (x1, y1), (x2, y2) = previous, current
            previous = current
            cross = x1 * y2 - x2 * y1
            area += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
    if abs(area) < 1e-15:
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        return (sum(xs) / len(xs), sum(ys) / len(ys))
    return (cx / (3 * area), cy / (3 * area))


def _pole_of_inaccessibility(rings: list[Ring], precision: float = 1e-3) -> tuple[Point, float]:
    """The inside point farthest from the border and that distance (Mapbox's polylabel)."""
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    min_x, min_y, max_x, max_y = min(xs), min(ys), max(xs), max(ys)
    size = min(max_x - min_x, max_y - min_y)
    if size <= 0:
        return ((min_x + max_x) / 2, (min_y + max_y) / 2), 0.0

    def signed(x: float, y: float) -> float:
        d = _border_distance(rings, x, y)
        return d if _inside(rings, x, y) else -d

    def cell(x: float, y: float, h: float) -> tuple[float, float, float, float, float]:
        d = signed(x, y)
        return (-(d + h * math.sqrt(2)), x, y, h, d)  # heap key: best possible distance

    h = size / 2
    queue = []
    x = min_x
    while x < max_x:
        y = min_y
        while y < max_y:
            heapq.heappush(queue, cell(x + h, y + h, h))
            y += size
        x += size
    cx, cy = _area_centroid(rings)
    best = (cx, cy, signed(cx, cy))
    while queue:
        _key, x, y, h, d = heapq.heappop(queue)
        if d > best[2]:
            best = (x, y, d)
        if d + h * math.sqrt(2) - best[2] <= precision:
            continue
        h /= 2
        for ox in (-h, h):
            for oy in (-h, h):
                heapq.heappush(queue, cell(x + ox, y + oy, h))
    return (best[0], best[1]), best[2]
