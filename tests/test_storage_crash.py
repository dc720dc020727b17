"""Killing the app while it saves loses nothing that was acknowledged as saved.

A child process adds marks in a loop and prints each id once `add_mark` has returned. We kill it
with SIGKILL at a random moment, then open the journal: it must open, and every printed id must be
in it. The same file is used for every round, so each round also checks the earlier ones.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from prt_desktop.storage import Journal

ROUNDS = 20
REPO_ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import sys
from pathlib import Path
from prt_desktop.core.records import SensationMark
from prt_desktop.storage import Journal

journal = Journal(Path(sys.argv[1]))
print("ready", flush=True)
n = 0
while True:
    mark = SensationMark("crash-test", "front", "chest", 0.5, 0.5, intensity=n % 11,
                         note="a note long enough to make the file grow " * 3)
    journal.add_mark(mark)
    sys.stdout.write(mark.id + "\\n")
    sys.stdout.flush()
    n += 1
"""


def run_and_kill(path: Path, rng: random.Random) -> list[str]:
    """Start a writer, kill it after a random number of saves, return the ids it acknowledged."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, env=env, cwd=REPO_ROOT
    )
    assert child.stdout is not None
    assert child.stdout.readline() == b"ready\n"
    lines = [child.stdout.readline() for _ in range(rng.randint(1, 25))]
    # Kill mid-save most of the time: right away, or after a short random pause.
    if rng.random() < 0.5:
        time.sleep(rng.uniform(0, 0.004))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    lines += child.stdout.read().splitlines(keepends=True)
    child.stdout.close()
    # Only whole lines count: the id is printed after add_mark returned.
    return [line.decode().strip() for line in lines if line.endswith(b"\n")]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (not on Windows)")
def test_killing_the_writer_mid_save_loses_no_acknowledged_mark(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    rng = random.Random(20240501)
    acknowledged: list[str] = []
    started = time.monotonic()
    for _ in range(ROUNDS):
        acknowledged += run_and_kill(path, rng)
        with Journal(path) as journal:  # opens: never a half-written file
            saved = {mark.id for mark in journal.marks()}
        missing = [mark_id for mark_id in acknowledged if mark_id not in saved]
        assert missing == [], f"{len(missing)} acknowledged marks were lost"
    leftovers = len(list(tmp_path.glob(".journal.json.*.tmp")))
    print(
        f"\nkill test: {ROUNDS} kills, {len(acknowledged)} marks acknowledged, all found, "
        f"{len(saved)} in the file, {leftovers} temporary files left by kills, "
        f"{time.monotonic() - started:.1f} s"
    )
