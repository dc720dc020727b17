"""Plane geometry on polygons given as rings of points: inside tests, distances, inner points."""

from __future__ import annotations

import heapq
import math

Point = tuple[float, float]
Ring = tuple[Point, ...]


def ring_contains(ring: Ring, x: float, y: float) -> bool:
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


def inside(rings: list[Ring], x: float, y: float) -> bool:
    return sum(ring_contains(r, x, y) for r in rings) % 2 == 1


def border_distance(rings: list[Ring], x: float, y: float) -> float:
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


def area_centroid(rings: list[Ring]) -> Point:
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


def pole_of_inaccessibility(rings: list[Ring], precision: float = 1e-3) -> tuple[Point, float]:
    """The inside point farthest from the border and that distance (Mapbox's polylabel)."""
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    min_x, min_y, max_x, max_y = min(xs), min(ys), max(xs), max(ys)
    size = min(max_x - min_x, max_y - min_y)
    if size <= 0:
        return ((min_x + max_x) / 2, (min_y + max_y) / 2), 0.0

    def signed(x: float, y: float) -> float:
        d = border_distance(rings, x, y)
        return d if inside(rings, x, y) else -d

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
    cx, cy = area_centroid(rings)
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
