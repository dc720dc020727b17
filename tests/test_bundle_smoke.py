"""The built bundle's smoke test (scripts/smoke_bundle.py), when a bundle is named.

Building takes ~4 minutes of both cores, more than the suite's budget allows, so the suite does
not build one. Build with `.venv/bin/python scripts/build_installer.py`, then run
`PRT_BUNDLE=dist/prt-desktop/prt-desktop ./scripts/test tests/test_bundle_smoke.py`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = os.environ.get("PRT_BUNDLE")

pytestmark = pytest.mark.skipif(
    not BUNDLE, reason="no bundle built: set PRT_BUNDLE=dist/prt-desktop/prt-desktop after "
    "scripts/build_installer.py (a build takes ~4 min, over the suite's budget)")


def test_the_bundle_passes_its_smoke_test(audio_output) -> None:  # type: ignore[no-untyped-def]
    bundle = Path(BUNDLE or "").resolve()
    assert bundle.is_file(), f"PRT_BUNDLE={BUNDLE} is not a file"
    extra = ["--unshare"] if sys.platform.startswith("linux") and os.geteuid() == 0 else []
    # The smoke script prepares its own sound device: the suite's JACK server is already the
    # default output in os.environ, which it inherits and finds.
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "smoke_bundle.py"),
                             str(bundle), *extra], capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "PASSED" in result.stdout


def test_the_bundle_carries_portaudio_and_libsndfile() -> None:
    internal = Path(BUNDLE or "").resolve().parent / "_internal"
    if sys.platform.startswith("linux"):
        assert (internal / "libportaudio.so.2").is_file()
        assert list((internal / "_soundfile_data").glob("libsndfile*"))
    assert (internal / "audio" / "clips" / "manifest.json").is_file()
    for dropped in ("translations", "qml"):
        assert not list(internal.rglob(f"PySide6/Qt/{dropped}/*")), dropped
