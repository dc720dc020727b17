"""A second launch on the same data folder says the app is already open, brings the first
window forward and exits with ALREADY_OPEN; another folder opens normally."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from prt_desktop.ui.single_instance import ALREADY_OPEN, InstanceLock

REPO_ROOT = Path(__file__).resolve().parent.parent
ENV = {key: value for key, value in os.environ.items()
       if key != "PRT_DESKTOP_BENCH_FIRST_PAINT"}  # that one quits at the first paint
ENV.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO_ROOT))


def launch(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "prt_desktop", "--data-dir", str(data_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
                            cwd=REPO_ROOT)


def log_of(data: Path) -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace")
                   for p in (data / "logs").glob("*.log*"))


def test_the_lock_is_held_once_per_folder(tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name == "nt", reason="POSIX signals")
def test_a_second_launch_on_the_same_folder_is_refused_and_brings_the_first_forward(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    first = launch(data)
    try:
        deadline = time.monotonic() + 30
        # "Starting" is logged once the first copy holds the folder (probing the lock ourselves
        # could make the first copy believe another one had it).
        while "Starting" not in log_of(data) and time.monotonic() < deadline:
            assert first.poll() is None
            time.sleep(0.05)
        time.sleep(0.5)  # and its window is up
        second = subprocess.run(
            [sys.executable, "-m", "prt_desktop", "--data-dir", str(data)],
            capture_output=True, text=True, env=ENV, cwd=REPO_ROOT, timeout=60)
        assert second.returncode == ALREADY_OPEN
        assert "already open" in second.stderr and str(data) in second.stderr
        assert "brought to the front" in second.stderr
        assert "Traceback" not in second.stderr
        deadline = time.monotonic() + 10
        while "bringing the window forward" not in log_of(data) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "bringing the window forward" in log_of(data)
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=30)
    assert first.returncode == 0


def test_a_copy_that_was_killed_does_not_lock_the_folder_for_good(tmp_path: Path) -> None:
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; "
         "from prt_desktop.ui.single_instance import InstanceLock; "
         "lock = InstanceLock(Path(sys.argv[1])); print(lock.acquire(), flush=True); "
         "time.sleep(60)", str(tmp_path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        assert not InstanceLock(tmp_path).acquire()  # held by a live copy
    finally:
        holder.kill()  # as a crash or `kill -9` would: no chance to let go
        holder.wait()
    assert (tmp_path / "prt-desktop.lock").exists()
    again = InstanceLock(tmp_path)
    assert again.acquire()
    again.release()


def test_a_folder_that_cannot_be_written_is_not_called_already_open(tmp_path: Path) -> None:
    import subprocess
    import sys

    if os.geteuid() == 0:
        pytest.skip("root writes anywhere; the lock cannot be refused by permissions")
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o500)
    try:
        result = subprocess.run([sys.executable, "-m", "prt_desktop", "--data-dir", str(data)],
                                capture_output=True, text=True, env=ENV, cwd=REPO_ROOT,
                                timeout=60)
    finally:
        data.chmod(0o700)
    assert result.returncode == 1
    assert "may not be writable" in result.stderr and "already open" not in result.stderr
