"""Killing the app while it saves loses nothing that was acknowledged as saved.

The suite runs a few dozen rounds of scripts/crash_test.py (a child saves and deletes marks, is
killed with SIGKILL at a random moment, the journal is opened and checked); run the script by hand
for hundreds: `.venv/bin/python scripts/crash_test.py --iterations 500`.
"""

from __future__ import annotations

import importlib.util
import signal
import sys
import time
from pathlib import Path

import pytest

ROUNDS = 30
SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "crash_test.py"


def load_crash_test():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("crash_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_test"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (not on Windows)")
def test_killing_the_writer_mid_save_loses_no_acknowledged_change(tmp_path: Path) -> None:
    crash_test = load_crash_test()
    started = time.monotonic()
    tally = crash_test.run(ROUNDS, tmp_path, seed=20240501)
    assert tally.lost == [], f"{len(tally.lost)} acknowledged marks were lost"
    assert tally.revived == [], f"{len(tally.revived)} acknowledged deletions came back"
    assert tally.kills == ROUNDS
    assert len(tally.added) > ROUNDS
    print(f"\nkill test: {tally.kills} kills, {len(tally.added)} adds and {len(tally.deleted)} "
          f"deletes acknowledged, none lost, {tally.repairs} torn last lines cut off, "
          f"{time.monotonic() - started:.1f} s")
