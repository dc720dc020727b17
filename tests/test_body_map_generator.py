"""resources/body_map.svg and docs/body-regions.csv are made by scripts/body_map/gen.py.

Change the drawing by changing the generator and running it; this test keeps the two equal.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_generator_reproduces_the_committed_drawing(tmp_path: Path) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "docs").mkdir()
    subprocess.run([sys.executable, "gen.py", str(tmp_path)], cwd=ROOT / "scripts" / "body_map",
                   check=True, capture_output=True, timeout=120)
    for name in ("resources/body_map.svg", "docs/body-regions.csv"):
        assert (tmp_path / name).read_bytes() == (ROOT / name).read_bytes(), name
