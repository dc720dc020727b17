"""Geometry helpers for the body-map generator: splines, polygon splitting, validation."""
from __future__ import annotations

import math

R = 1  # decimals kept in the drawing


def rnd(p):
    return (round(p[0], R), round(p[1], R))


def catmull_rom(points, spacing=3.5, start_phantom=None, end_phantom=None):
    """Centripetal Catmull-Rom through points, sampled about every `spacing` units."""
    pts = [tuple(p) for p in points]
    if len(pts) == 2:
        a, b = pts
        n = max(1, int(math.dist(a, b) / spacing))
        return [rnd((a[0] + (b[0] - a[0]) * i / n, a[1] + (b[1] - a[1]) * i / n))
                for i in range(n + 1)]
    p_first = start_phantom or (2 * pts[0][0] - pts[1][0], 2 * pts[0][1] - pts[1][1])
    p_last = end_phantom or (2 * pts[-1][0] - pts[-2][0], 2 * pts[-1][1] - pts[-2][1])
    ext = [p_first, *pts, p_last]
    out = [rnd(pts[0])]
    for k in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[k - 1], ext[k], ext[k + 1], ext[k + 2]
        n = max(2, int(math.dist(p1, p2) / spacing))
        t0 = 0.0
        t1 = t0 + max(math.dist(p0, p1), 1e-6) ** 0.5
        t2 = t1 + max(math.dist(p1, p2), 1e-6) ** 0.5
        t3 = t2 + max(math.dist(p2, p3), 1e-6) ** 0.5
        for i in range(1, n + 1):
            t = t1 + (t2 - t1) * i / n

            def lerp(a, b, ta, tb, t=t):
                if tb == ta:
                    return a
                return (
                    (tb - t) / (tb - ta) * a[0] + (t - ta) / (tb - ta) * b[0],
                    (tb - t) / (tb - ta) * a[1] + (t - ta) / (tb - ta) * b[1],
                )

            a1 = lerp(p0, p1, t0, t1)
            a2 = lerp(p1, p2, t1, t2)
            a3 = lerp(p2, p3, t2, t3)
            b1 = lerp(a1, a2, t0, t2)
            b2 = lerp(a2, a3, t1, t3)
            c = lerp(b1, b2, t1, t2)
            out.append(rnd(c))
    return dedupe(out)


def dedupe(pts):
    out = []
    for p in pts:
        if not out or out[-1] != p:
            out.append(p)
    return out


def mirror(p, cx=200.0):
    return rnd((2 * cx - p[0], p[1]))


def point_in(poly, x, y):
    inside = False
    n = len(poly)
    j = n - 1
    for i in range(n):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def seg_dist(p, a, b):
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    L = dx * dx + dy * dy
    t = 0.0 if L == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / L))
    q = (ax + t * dx, ay + t * dy)
    return math.dist(p, q), q


def _ccw(a, b, c):
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def segments_cross(a, b, c, d):
    """Proper crossing or touching of segments ab and cd (shared endpoints excluded by caller)."""
    d1, d2 = _ccw(c, d, a), _ccw(c, d, b)
    d3, d4 = _ccw(a, b, c), _ccw(a, b, d)
    return bool((d1 > 0) != (d2 > 0) and (d3 > 0) != (d4 > 0) and d1 and d2 and d3 and d4)


def is_simple(poly):
    n = len(poly)
    if len(set(poly)) != n:
        return False
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue
            c, d = poly[j], poly[(j + 1) % n]
            if segments_cross(a, b, c, d):
                return False
    return True


def area(poly):
    s = 0.0
    for i in range(len(poly)):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % len(poly)]
        s += x1 * y2 - x2 * y1
    return s / 2


class Subdivision:
    """A polygon split recursively by cut polylines whose ends lie on piece boundaries."""

    def __init__(self, outline):
        self.pieces = [list(outline)]

    def ensure_vertex(self, p, max_dist=6.0):
        best = None
        for piece in self.pieces:
            for v in piece:
                d = math.dist(p, v)
                if best is None or d < best[0]:
                    best = (d, v, None)
        for piece in self.pieces:
            n = len(piece)
            for i in range(n):
                a, b = piece[i], piece[(i + 1) % n]
                d, q = seg_dist(p, a, b)
                if d < best[0] - 1e-9:
                    best = (d, rnd(q), (a, b))
        d, q, edge = best
        if d > max_dist:
            raise ValueError(f"cut end {p} is {d:.1f} from any boundary")
        if edge is None or math.dist(q, edge[0]) < 0.6 or math.dist(q, edge[1]) < 0.6:
            # close enough to an existing vertex: use the nearest vertex
            if edge is not None:
                q = edge[0] if math.dist(q, edge[0]) <= math.dist(q, edge[1]) else edge[1]
            return q
        a, b = edge
        for piece in self.pieces:
            n = len(piece)
            for i in range(n):
                u, w = piece[i], piece[(i + 1) % n]
                if (u, w) in ((a, b), (b, a)):
                    piece.insert(i + 1, q)
                    break
        return q

    def cut(self, name, cut):
        cut = list(cut)
        c0 = self.ensure_vertex(cut[0])
        cn = self.ensure_vertex(cut[-1])
        inner = [p for p in cut[1:-1] if p not in (c0, cn)]
        # drop interior samples too close to the snapped ends
        while inner and math.dist(inner[0], c0) < 2.6:
            inner.pop(0)
        while inner and math.dist(inner[-1], cn) < 2.6:
            inner.pop()
        cut = [c0, *inner, cn]
        mid = cut[len(cut) // 2] if len(cut) > 2 else ((c0[0] + cn[0]) / 2, (c0[1] + cn[1]) / 2)
        for k, piece in enumerate(self.pieces):  # noqa: B007 (k is used after the checks)
            inner_inside = len(cut) == 2 or all(point_in(piece, *p) for p in inner)
            if c0 in piece and cn in piece and inner_inside:
                if len(cut) == 2 and not point_in(piece, *mid):
                    continue
                break
        else:
            raise ValueError(f"cut {name}: no piece holds it")
        i, j = piece.index(c0), piece.index(cn)
        n = len(piece)
        chain1 = [piece[(i + s) % n] for s in range((j - i) % n + 1)]
        chain2 = [piece[(j + s) % n] for s in range((i - j) % n + 1)]
        a = chain1 + inner[::-1]
        b = chain2 + inner
        for poly in (a, b):
            if not is_simple(poly):
                raise ValueError(f"cut {name} gives a self-crossing piece")
            if abs(area(poly)) < 1:
                raise ValueError(f"cut {name} gives an empty piece")
        self.pieces[k:k + 1] = [a, b]


def catmull_rom_beziers(points, start_phantom=None, end_phantom=None):
    """The same centripetal Catmull-Rom curve as `catmull_rom`, as exact cubic Bézier segments."""
    pts = [tuple(p) for p in points]
    p_first = start_phantom or (2 * pts[0][0] - pts[1][0], 2 * pts[0][1] - pts[1][1])
    p_last = end_phantom or (2 * pts[-1][0] - pts[-2][0], 2 * pts[-1][1] - pts[-2][1])
    ext = [p_first, *pts, p_last]
    out = []
    for k in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[k - 1], ext[k], ext[k + 1], ext[k + 2]
        d01 = max(math.dist(p0, p1), 1e-6) ** 0.5
        d12 = max(math.dist(p1, p2), 1e-6) ** 0.5
        d23 = max(math.dist(p2, p3), 1e-6) ** 0.5
        m1 = [(p1[i] - p0[i]) / d01 - (p2[i] - p0[i]) / (d01 + d12) + (p2[i] - p1[i]) / d12
              for i in (0, 1)]
        m2 = [(p2[i] - p1[i]) / d12 - (p3[i] - p1[i]) / (d12 + d23) + (p3[i] - p2[i]) / d23
              for i in (0, 1)]
        c1 = (p1[0] + m1[0] * d12 / 3, p1[1] + m1[1] * d12 / 3)
        c2 = (p2[0] - m2[0] * d12 / 3, p2[1] - m2[1] * d12 / 3)
        out.append((p1, c1, c2, p2))
    return out
