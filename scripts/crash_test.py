#!/usr/bin/env python3
"""Kill a process that is saving to the journal, at random moments, and check nothing is lost.

A child process opens the journal and saves in a loop: it adds marks and, now and then, deletes
one it added earlier, printing `add <id>` or `del <id>` once the call has returned (the app's
"acknowledged"; `deleting <id>` is printed before a deletion starts, as a deletion cut short by
the kill may or may not have happened). The parent kills it with SIGKILL after a random number
of saves and a random pause, then opens the journal itself: it must open, every acknowledged
mark must be there, and no acknowledged deletion may have come back. The same files are used
for every round, so each round checks all earlier ones too. In half the rounds the child folds
its log into the base every ~40 saves, so kills also land in the middle of folding.

    .venv/bin/python scripts/crash_test.py --iterations 500 [--seed N] [--folder DIR]

SIGKILL stops the process, not the machine: data the kernel has accepted survives it. The
fsyncs that guard against power loss are checked by reading the code (logstore.py) and by the
torn-line tests in tests/test_storage_log.py, not here.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import random, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from prt_desktop.core.records import SensationMark
from prt_desktop.storage import Journal
from prt_desktop.storage.logstore import AppendLogStorage

class OftenFolded(AppendLogStorage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, compact_bytes=16_000, **kwargs)

storage = OftenFolded if sys.argv[3] == "fold" else None
journal = Journal(Path(sys.argv[2]), storage=storage)
rng = random.Random(int(sys.argv[4]))
print("ready", flush=True)
mine = []
n = 0
while True:
    if mine and rng.random() < 0.15:
        gone = mine.pop(rng.randrange(len(mine)))
        # Said before deleting: a kill during the deletion may or may not undo the mark.
        sys.stdout.write("deleting " + gone + "\\n")
        sys.stdout.flush()
        journal.delete_mark(gone)
        sys.stdout.write("del " + gone + "\\n")
    else:
        mark = SensationMark("crash-test", "front", "front-chest-left", 0.5, 0.5,
                             intensity=n % 11, note="a note long enough to grow the log " * 3)
        journal.add_mark(mark)
        mine.append(mark.id)
        sys.stdout.write("add " + mark.id + "\\n")
    sys.stdout.flush()
    n += 1
"""


@dataclass
class Tally:
    kills: int = 0
    added: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)
    deleting: set[str] = field(default_factory=set)
    repairs: int = 0
    lost: list[str] = field(default_factory=list)
    revived: list[str] = field(default_factory=list)


def run_and_kill(path: Path, rng: random.Random) -> list[tuple[str, str]]:
    """Start a writer, kill it at a random moment, return what it acknowledged."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    mode = "fold" if rng.random() < 0.5 else "plain"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ROOT), str(path), mode, str(rng.randrange(2**31))],
        stdout=subprocess.PIPE, env=env, cwd=ROOT,
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    if first != b"ready\n":
        child.kill()
        child.wait()
        raise RuntimeError(f"the writer did not start: {first!r}")
    lines = [child.stdout.readline() for _ in range(rng.randint(1, 60))]
    if rng.random() < 0.7:
        time.sleep(rng.uniform(0, 0.01))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    lines += child.stdout.read().splitlines(keepends=True)
    child.stdout.close()
    done = []
    for line in lines:
        if line.endswith(b"\n"):  # a half-printed line was not acknowledged
            verb, _, mark_id = line.decode().strip().partition(" ")
            done.append((verb, mark_id))
    return done


def check(path: Path, tally: Tally) -> None:
    sys.path.insert(0, str(ROOT))
    from prt_desktop.storage import Journal

    with Journal(path) as journal:  # opens: never a broken journal
        saved = {mark.id for mark in journal.marks()}
        storage = journal.storage
        tally.repairs += len(getattr(storage, "repairs", []))
    tally.lost = sorted(tally.added - tally.deleting - saved)
    tally.revived = sorted(tally.deleted & saved)


def run(iterations: int, folder: Path, seed: int, verbose: bool = False) -> Tally:
    if not hasattr(signal, "SIGKILL"):
        raise SystemExit("needs SIGKILL (not on Windows)")
    rng = random.Random(seed)
    path = folder / "journal.json"
    tally = Tally()
    for i in range(iterations):
        sets = {"add": tally.added, "del": tally.deleted, "deleting": tally.deleting}
        for verb, mark_id in run_and_kill(path, rng):
            sets[verb].add(mark_id)
        tally.kills += 1
        check(path, tally)
        if tally.lost or tally.revived:
            break
        if verbose and (i + 1) % 50 == 0:
            print(f"{i + 1} kills, {len(tally.added)} adds, {len(tally.deleted)} deletes: "
                  "nothing lost", flush=True)
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--iterations", type=int, default=500)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--folder", type=Path, help="keep the journal here (default: temporary)")
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="prt-crash-") as temp:
        folder = args.folder or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        tally = run(args.iterations, folder, args.seed, verbose=True)
    print(f"CRASH_TEST seed={args.seed} kills={tally.kills} acknowledged_adds={len(tally.added)} "
          f"acknowledged_deletes={len(tally.deleted)} lost={len(tally.lost)} "
          f"revived={len(tally.revived)} torn_tails_repaired={tally.repairs} "
          f"seconds={time.monotonic() - started:.0f}")
    return 1 if tally.lost or tally.revived else 0


if __name__ == "__main__":
    sys.exit(main())
