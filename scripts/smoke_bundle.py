#!/usr/bin/env python3
"""Smoke-test a built bundle the way a clinic's IT helper would use it, with no Python around it.

    .venv/bin/python scripts/smoke_bundle.py [dist/prt-desktop/prt-desktop] [--unshare] [--json]

1. `prt-desktop check` offscreen, on a real sound device: the machine's own, or JACK's dummy
   driver started by tests/audio_rig.py (its variables reach the bundle's process);
2. the window, offscreen, to its first real page (the app prints FIRST_PAINT and READY and quits);
3. the window again, left running, then stopped with SIGTERM as a service manager would: it must
   close cleanly with exit code 0;
4. each run's log (DATA/logs) must show no import error, no Qt plugin error, no traceback;
5. with --unshare (root, Linux): 1-3 again inside `unshare -n`, a network namespace with no
   network at all, which must make no difference.
Exit 0 only if every step passed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

LOG_PROBLEMS = re.compile(
    r"ModuleNotFoundError|ImportError|No module named|Traceback|Could not load the Qt platform"
    r"|Cannot load library|could not be loaded|PortAudio library not found|qt\.qpa\.plugin"
    r"|Failed to (?:load|find)|cannot open shared object", re.IGNORECASE)
SETTLE_SECONDS = 4.0


class Smoke:
    def __init__(self, bundle: Path, env: dict[str, str], wrapper: list[str], label: str) -> None:
        self.bundle, self.env, self.wrapper, self.label = bundle, env, wrapper, label
        self.results: list[dict[str, object]] = []
        self.work = Path(tempfile.mkdtemp(prefix=f"prt-smoke-{label}-"))

    def record(self, step: str, ok: bool, seconds: float, detail: str) -> bool:
        self.results.append({"step": f"{self.label}: {step}", "ok": ok,
                             "seconds": round(seconds, 2), "detail": detail})
        print(f"{'ok  ' if ok else 'FAIL'}  {self.label}: {step} ({seconds:.1f} s) {detail}",
              flush=True)
        return ok

    def command(self, *args: str) -> list[str]:
        return [*self.wrapper, str(self.bundle), *args]

    def log_problems(self, data: Path) -> list[str]:
        lines = []
        for log in sorted((data / "logs").glob("*.log*")):
            lines += [f"{log.name}: {line.strip()}" for line in
                      log.read_text(encoding="utf-8", errors="replace").splitlines()
                      if LOG_PROBLEMS.search(line)]
        return lines

    def check(self) -> bool:
        data = self.work / "check"
        started = time.monotonic()
        result = subprocess.run(self.command("check", "--data-dir", str(data)), env=self.env,
                                capture_output=True, text=True, timeout=180)
        print(result.stdout.rstrip(), flush=True)
        if result.returncode != 0:
            print(result.stderr[-3000:], file=sys.stderr)
        return self.record("prt-desktop check", result.returncode == 0,
                           time.monotonic() - started, f"exit {result.returncode}")

    def window_to_ready(self) -> bool:
        data = self.work / "ready"
        env = dict(self.env, PRT_DESKTOP_BENCH_FIRST_PAINT="1")
        started = time.monotonic()
        result = subprocess.run(self.command("--data-dir", str(data)), env=env,
                                capture_output=True, text=True, timeout=120)
        events = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
        ok = result.returncode == 0 and "FIRST_PAINT" in events and "READY" in events
        problems = self.log_problems(data)
        self.record("window opens offscreen (first paint, first page)", ok,
                    time.monotonic() - started, f"exit {result.returncode}, printed {events}")
        return self.record("log of the window run is clean", not problems, 0.0,
                           "; ".join(problems[:5]) or "no import, plugin or traceback lines") and ok

    def window_sigterm(self) -> bool:
        data = self.work / "sigterm"
        started = time.monotonic()
        process = subprocess.Popen(self.command("--data-dir", str(data)), env=self.env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(SETTLE_SECONDS)
        alive = process.poll() is None
        process.send_signal(signal.SIGTERM)
        try:
            _out, err = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            _out, err = process.communicate()
            return self.record("SIGTERM closes the window cleanly", False, 0.0, "did not exit")
        log_text = "".join(p.read_text(errors="replace") for p in (data / "logs").glob("*.log*"))
        closed = "Closed normally" in log_text
        ok = alive and process.returncode == 0 and closed
        self.record("SIGTERM closes the window cleanly", ok, time.monotonic() - started,
                    f"running before the signal: {alive}, exit {process.returncode}, "
                    f"log says closed normally: {closed} {err[-500:] if not ok else ''}")
        problems = self.log_problems(data)
        return self.record("log of the SIGTERM run is clean", not problems, 0.0,
                           "; ".join(problems[:5]) or "no import, plugin or traceback lines") and ok

    def run(self) -> bool:
        steps = [self.check(), self.window_to_ready(), self.window_sigterm()]
        shutil.rmtree(self.work, ignore_errors=True)
        return all(steps)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundle", nargs="?", type=Path,
                        default=ROOT / "dist" / "prt-desktop" / "prt-desktop")
    parser.add_argument("--unshare", action="store_true",
                        help="also run every step inside `unshare -n` (no network at all)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    bundle = args.bundle.resolve()
    if not bundle.is_file():
        print(f"No bundle at {bundle}: build one with scripts/build_installer.py", file=sys.stderr)
        return 2
    from audio_rig import AudioSetup

    started = time.monotonic()
    audio = AudioSetup()
    audio.prepare(os.environ.get("PRT_TEST_AUDIO", "auto"))  # puts the JACK variables in environ
    print(f"sound output: {audio.describe()}", flush=True)
    runtime = Path(tempfile.mkdtemp(prefix="prt-smoke-runtime-"))
    runtime.chmod(0o700)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime))
    env.pop("PYTHONPATH", None)  # the bundle must need nothing from this checkout
    runs = [Smoke(bundle, env, [], "plain")]
    if args.unshare:
        if shutil.which("unshare") is None or os.geteuid() != 0:
            print("--unshare needs the unshare tool and root", file=sys.stderr)
            return 2
        runs.append(Smoke(bundle, env, ["unshare", "-n", "--"], "no-network"))
    try:
        ok = all([smoke.run() for smoke in runs])
    finally:
        audio.close()
        shutil.rmtree(runtime, ignore_errors=True)
    results = [r for smoke in runs for r in smoke.results]
    seconds = round(time.monotonic() - started, 1)
    if args.json:
        print(json.dumps({"ok": ok, "smoke_seconds": seconds, "steps": results}, indent=1))
    print(f"{'PASSED' if ok else 'FAILED'}: {sum(r['ok'] for r in results)} of {len(results)} "
          f"steps, {seconds} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
