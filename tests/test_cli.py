"""The command line, run as a person or a clinic's IT would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from prt_desktop import __version__


def run_cli(*args: str, env: dict[str, str] | None = None,
            timeout: float = 90) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ if env is None else env)
    return subprocess.run([sys.executable, "-m", "prt_desktop", *args], capture_output=True,
                          text=True, timeout=timeout, env=full_env)


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"prt-desktop {__version__}"


def test_check_passes_on_a_machine_with_sound(data_dir: Path, audio_output) -> None:
    result = run_cli("check", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name in ("exercises", "recordings", "body map", "sound", "database", "data folder"):
        assert any(line.startswith(f"ok    {name}:") for line in lines), (name, lines)
    assert lines[-1] == "All 6 checks passed."
    assert not (data_dir / "journal.json").exists()  # the test record went to a throw-away file


def test_check_fails_clearly_without_an_output_device(data_dir: Path, no_audio_env) -> None:
    result = run_cli("check", "--data-dir", str(data_dir), env=no_audio_env)
    assert result.returncode == 1
    sound = next(line for line in result.stdout.splitlines() if "sound:" in line)
    assert sound.startswith("FAIL") and "No sound output device was found" in sound
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "1 of 6 checks failed."


def test_exercises_json_lists_the_library() -> None:
    result = run_cli("exercises", "--json")
    assert result.returncode == 0, result.stderr
    listing = json.loads(result.stdout)
    found = {e["id"]: e for e in listing["exercises"]}
    entry = found["somatic-tracking-5min"]
    assert entry["techniques"] == ["somatic_tracking"] and entry["language"] == "en"
    assert 240 <= entry["duration_seconds"] <= 420
    assert listing["unavailable"] == []


def test_exercises_table_is_readable() -> None:
    result = run_cli("exercises")
    assert result.returncode == 0
    assert "somatic-tracking-5min" in result.stdout and "Somatic tracking" in result.stdout


def test_data_dir_holds_the_log_and_the_journal(data_dir: Path, audio_output) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PRT_DESKTOP_BENCH_FIRST_PAINT="1")
    result = run_cli("--data-dir", str(data_dir), env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("FIRST_PAINT ")
    assert (data_dir / "journal.json").is_file()
    log = (data_dir / "logs" / "prt-desktop.log").read_text(encoding="utf-8")
    assert "Starting prt-desktop" in log and "Closed normally" in log


def test_unknown_command_is_a_usage_message() -> None:
    result = run_cli("frobnicate")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_sigterm_closes_the_app_cleanly(data_dir: Path, audio_output) -> None:
    import signal
    import time

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-m", "prt_desktop", "--data-dir", str(data_dir)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    journal = data_dir / "journal.json"
    deadline = time.monotonic() + 30
    while not journal.exists() and time.monotonic() < deadline:  # the window is up and ready
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == 0
    log = (data_dir / "logs" / "prt-desktop.log").read_text(encoding="utf-8")
    assert "Closing on signal SIGTERM" in log and "Closed normally" in log
