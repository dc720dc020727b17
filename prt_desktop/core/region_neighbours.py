"""Which region an arrow key leads to on the body map, computed from the drawing's geometry.

From a region's centroid, the arrow's direction picks the region whose centroid lies ahead of it,
within a cone of about 63 degrees either side, scoring `ahead + 2 * sideways` (distances measured
without distortion, in frame heights), so a region straight ahead wins over a nearer one off to
the side. Up and Down stay in the view. Left and Right, where nothing lies further that way in the
view, cross to the other view beside it (front is drawn on the left, back on the right), entering
at the region closest to the edge crossed and the height left; so every region is reachable from
every other with the arrow keys alone.
"""

from __future__ import annotations

from enum import Enum

from prt_desktop.core.body_map import BodyMap, BodyRegion, BodyView

SIDEWAYS_WEIGHT = 2.0
CONE = 2.0  # sideways at most this many times ahead: atan(2) is about 63 degrees


class Direction(Enum):
    LEFT = (-1.0, 0.0)
    RIGHT = (1.0, 0.0)
    UP = (0.0, -1.0)
    DOWN = (0.0, 1.0)


def _point(region: BodyRegion) -> tuple[float, float]:
    x, y = region.centroid
    return x * region.frame_aspect, y


def neighbour(body_map: BodyMap, region: BodyRegion, direction: Direction) -> BodyRegion | None:
    """The region the arrow leads to from `region`, or None where there is none."""
    ux, uy = direction.value
    ox, oy = _point(region)
    best: tuple[float, BodyRegion] | None = None
    for other in body_map.regions_in(region.view):
        if other is region:
            continue
        px, py = _point(other)
        dx, dy = px - ox, py - oy
        ahead = dx * ux + dy * uy
        sideways = abs(dx * uy - dy * ux)
        if ahead <= 1e-9 or sideways > CONE * ahead:
            continue
        score = ahead + SIDEWAYS_WEIGHT * sideways
        if best is None or score < best[0]:
            best = (score, other)
    if best is not None:
        return best[1]
    if direction in (Direction.LEFT, Direction.RIGHT):
        return _across(body_map, region, direction)
    return None


def _across(body_map: BodyMap, region: BodyRegion, direction: Direction) -> BodyRegion | None:
    views = list(BodyView)  # drawn in this order, left to right
    step = 1 if direction == Direction.RIGHT else -1
    index = views.index(region.view) + step
    if not 0 <= index < len(views):
        return None
    _x, y = _point(region)
    candidates = body_map.regions_in(views[index])

    def distance(other: BodyRegion) -> float:
        px, py = _point(other)
        edge = px if step == 1 else other.frame_aspect - px  # how far in from the edge crossed
        return edge + SIDEWAYS_WEIGHT * abs(py - y)

    return min(candidates, key=distance, default=None)
