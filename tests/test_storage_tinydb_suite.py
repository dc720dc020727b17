"""TinyDB's own test suite, run on the app's storages (scripts/tinydb_suite.py).

The suite's `db` fixture runs every database test over memory, JSON, `AppendLogStorage` and
`DurableJSONStorage`. The pinned TinyDB sdist is downloaded once into a cache folder; without
network access and without the cache, the test is skipped and says why.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "tinydb_suite.py"
NOT_FETCHED = 3


def test_tinydb_own_suite_passes_on_our_storages() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True,
                            timeout=900)
    summary = next((line for line in result.stdout.splitlines()
                    if line.startswith("TINYDB_SUITE")), "")
    if result.returncode == NOT_FETCHED:
        pytest.skip(f"the TinyDB sdist could not be downloaded (no network?): "
                    f"{result.stderr.strip()[-300:]}")
    print(f"\n{summary}")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    counts = dict(re.findall(r"(\w+)=(\d+)", summary))
    assert int(counts["failed"]) == 0 and int(counts["error"]) == 0
    # Each database test runs once per storage; ours are two of the four.
    assert int(counts["passed"]) > 300
