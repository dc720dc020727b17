#!/usr/bin/env python3
"""Body-map figures for scripts/bench.py, measured in a child process on Qt's offscreen platform.

bodymap_hit_ms: a click to its region: `BodyMapWidget.locate` (widget point -> view, fractions,
region by the SVG shapes) for 5,000 random points inside the two views' frames (about a third land
on the body, bodymap_hit_on_body_pct; a miss tests every region of the view, the slowest case);
the 95th percentile, with the median beside it (bodymap_hit_median_ms).
bodymap_paint_ms: a full repaint of a 1000x720 map with 200 marks (the whole widget rendered
into an image, as a paint event does), median of 40; the figure drawn from scratch, the SVG
included, every time (the drawing is cached per size after the first paint: the same repaint
with that cache is bodymap_paint_cached_ms).
bodymap_regions: how many regions the drawing has.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HIT_POINTS = 5000
PAINTS = 40
MARKS = 200
SIZE = (1000, 720)


def _measure_here() -> dict[str, object]:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from prt_desktop.core.body_map import load_body_map
    from prt_desktop.core.records import SensationMark
    from prt_desktop.ui.body_map_widget import BodyMapWidget

    body_map = load_body_map(ROOT / "resources" / "body_map.svg")
    figure = BodyMapWidget(body_map)
    figure.resize(*SIZE)
    figure.show()
    app.processEvents()
    rng = random.Random(5)

    hits = []
    landed = 0
    rects = [p.rect for p in figure.placements()]
    for _ in range(HIT_POINTS):
        rect = rng.choice(rects)
        point = QPointF(rng.uniform(rect.left(), rect.right()),
                        rng.uniform(rect.top(), rect.bottom()))
        started = time.perf_counter()
        found = figure.locate(point)
        hits.append((time.perf_counter() - started) * 1000)
        landed += found is not None and found[3] is not None

    marks = []
    for _ in range(MARKS):
        region = rng.choice(body_map.regions)
        x, y = region.centroid
        marks.append(SensationMark("bench", region.view.value, region.id, x, y,
                                   intensity=rng.randint(0, 10)))
    figure.set_marks(marks)
    # The format of the window's backing store on raster platforms (a non-premultiplied image
    # would add a conversion the screen never pays).
    image = QImage(figure.size() * figure.devicePixelRatioF(),
                   QImage.Format.Format_ARGB32_Premultiplied)

    def paint_once(*, cached: bool) -> float:
        if not cached:
            figure._backdrop = None  # what a resize does: the drawing is rendered again
            figure._paths.clear()
        started = time.perf_counter()
        figure.render(image)
        return (time.perf_counter() - started) * 1000

    paint_once(cached=True)  # warm up fonts and the SVG renderer
    uncached = [paint_once(cached=False) for _ in range(PAINTS)]
    cached = [paint_once(cached=True) for _ in range(PAINTS)]
    hits.sort()
    return {
        "bodymap_hit_ms": round(hits[int(len(hits) * 0.95)], 4),
        "bodymap_hit_median_ms": round(statistics.median(hits), 4),
        "bodymap_hit_on_body_pct": round(landed / HIT_POINTS * 100, 1),
        "bodymap_paint_ms": round(statistics.median(uncached), 2),
        "bodymap_paint_cached_ms": round(statistics.median(cached), 2),
        "bodymap_paint_marks": MARKS,
        "bodymap_regions": len(body_map.regions),
    }


def measure_bodymap() -> dict[str, object]:
    """The figures, from a child process so the bench's own process never loads Qt."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, __file__, "--child"], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=300, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"body-map bench failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    if "--child" in sys.argv:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(_measure_here()))
    else:
        print(json.dumps(measure_bodymap()))
