#!/usr/bin/env python3
"""Run TinyDB's own test suite on the app's storages, beside TinyDB's memory and JSON storages.

TinyDB's sdist ships its tests; their `conftest.py` runs every database test over a `db` fixture
parametrised with "memory" and "json". This script downloads the sdist of the installed TinyDB
version (pip, into a cache folder; nothing is downloaded when it is already there), unpacks it,
adds "appendlog" (`AppendLogStorage`) and "durable" (`DurableJSONStorage`) to that fixture,
widens the one test that matches a storage's repr against TinyDB's own class names, and runs the
suite. It prints one summary line, `TINYDB_SUITE passed=N failed=N ...`, and exits with
pytest's status; exit 3 means the sdist could not be fetched.

    .venv/bin/python scripts/tinydb_suite.py [--cache DIR] [-- extra pytest args]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOT_FETCHED = 3

FIXTURE_PATCH = '''
@pytest.fixture(params=['memory', 'json', 'appendlog', 'durable'])
def db(request, tmp_path: Path):
    if request.param == 'json':
        db_ = TinyDB(tmp_path / 'test.db', storage=JSONStorage)
    elif request.param == 'appendlog':
        from prt_desktop.storage.logstore import AppendLogStorage
        db_ = TinyDB(tmp_path / 'test.db', storage=AppendLogStorage)
    elif request.param == 'durable':
        from prt_desktop.storage.durable import DurableJSONStorage
        db_ = TinyDB(tmp_path / 'test.db', storage=DurableJSONStorage)
    else:
        db_ = TinyDB(storage=MemoryStorage)
'''


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "prt-desktop" / "tinydb-sdist"


def fetch_sdist(cache: Path, tinydb_version: str) -> Path | None:
    """The unpacked sdist folder, downloading it with pip if needed; None if that failed."""
    unpacked = cache / f"tinydb-{tinydb_version}"
    if (unpacked / "tests" / "conftest.py").is_file():
        return unpacked
    cache.mkdir(parents=True, exist_ok=True)
    archive = cache / f"tinydb-{tinydb_version}.tar.gz"
    if not archive.is_file():
        result = subprocess.run(
            [sys.executable, "-m", "pip", "download", f"tinydb=={tinydb_version}",
             "--no-binary", ":all:", "--no-deps", "-d", str(cache)],
            capture_output=True, text=True, timeout=180,
        )
        if result.returncode != 0 or not archive.is_file():
            print(f"Could not download the tinydb {tinydb_version} sdist: "
                  f"{result.stderr.strip()[-500:]}", file=sys.stderr)
            return None
    with tarfile.open(archive) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(cache, filter="data")
        else:  # Python before 3.11.4 (Debian 12 has 3.11.2): the same checks by hand
            members = tar.getmembers()
            for member in members:
                target = (cache / member.name).resolve()
                if not (member.isfile() or member.isdir()) or \
                        not target.is_relative_to(cache.resolve()):
                    print(f"Refusing the tinydb sdist: unexpected entry {member.name!r}",
                          file=sys.stderr)
                    return None
            tar.extractall(cache, members=members)  # every entry checked above
    return unpacked if (unpacked / "tests" / "conftest.py").is_file() else None


def patch_conftest(sdist: Path) -> None:
    conftest = sdist / "tests" / "conftest.py"
    text = conftest.read_text(encoding="utf-8")
    if "appendlog" in text:
        return
    text = text.replace("\r\n", "\n")
    pattern = re.compile(
        r"@pytest\.fixture\(params=\['memory', 'json'\]\)\ndef db\(request, tmp_path: Path\):\n"
        r"    if request\.param == 'json':\n.*?\n    else:\n"
        r"        db_ = TinyDB\(storage=MemoryStorage\)\n",
        re.DOTALL)
    patched, count = pattern.subn(FIXTURE_PATCH.lstrip("\n"), text)
    if count != 1:
        raise SystemExit(f"TinyDB's conftest.py has changed shape, cannot add ours:\n{text}")
    conftest.write_text(patched, encoding="utf-8")
    # test_table_repr matches the repr against TinyDB's own class names only; widen it to ours.
    tables = sdist / "tests" / "test_tables.py"
    text = tables.read_text(encoding="utf-8")
    old = r"storage=<tinydb\.storages\.(MemoryStorage|JSONStorage) object at [a-zA-Z0-9]+>>"
    new = (r"storage=(<tinydb\.storages\.(MemoryStorage|JSONStorage) object at [a-zA-Z0-9]+>|"
           r"(AppendLogStorage|DurableJSONStorage)\('[^']+'\))>")
    if old in text:
        tables.write_text(text.replace(old, new), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=default_cache())
    parser.add_argument("pytest_args", nargs="*")
    args = parser.parse_args()
    tinydb_version = version("tinydb")
    sdist = fetch_sdist(args.cache, tinydb_version)
    if sdist is None:
        print(f"TINYDB_SUITE not-fetched version={tinydb_version}")
        return NOT_FETCHED
    patch_conftest(sdist)
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    # The installed TinyDB is tested (the sdist's own copy is the same version): run from a
    # folder where `import tinydb` cannot find the sdist's package first.
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(sdist),
         "-o", "addopts=", str(sdist / "tests"), *args.pytest_args],
        capture_output=True, text=True, env=env, cwd=sdist.parent, timeout=600,
    )
    output = result.stdout + result.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "--co", "-p", "no:cacheprovider", "--rootdir",
         str(sdist), "-o", "addopts=", str(sdist / "tests")],
        capture_output=True, text=True, env=env, cwd=sdist.parent, timeout=300,
    ).stdout
    per_storage = {name: listed.count(f"[{name}") for name in ("appendlog", "durable")}
    counts = {kind: 0 for kind in ("passed", "failed", "error", "skipped", "xfailed")}
    summary = output.strip().splitlines()[-1] if output.strip() else ""
    for number, kind in re.findall(r"(\d+) (passed|failed|errors?|skipped|xfailed)", summary):
        counts["error" if kind.startswith("error") else kind] = int(number)
    ours = len(set(re.findall(r"FAILED \S+\[(?:appendlog|durable)[^\]]*\]", output)))
    if result.returncode != 0:
        print(output[-6000:])
    print(f"TINYDB_SUITE version={tinydb_version} "
          + " ".join(f"{k}={v}" for k, v in counts.items())
          + f" failed_on_our_storages={ours}"
          + "".join(f" {name}_tests={n}" for name, n in per_storage.items()))
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
