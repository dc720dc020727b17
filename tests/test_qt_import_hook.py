"""PySide6's import hook must not read and keep the source of every module the app imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import linecache, sys
sys.path.insert(0, {folder!r})
import PySide6.QtCore
{setup}
import probe_module
print("cached" if {source!r} in linecache.cache else "not cached")
"""


def _import_after_pyside(tmp_path: Path, setup: str) -> str:
    module = tmp_path / "probe_module.py"
    module.write_text("VALUE = 1\n" * 200, encoding="utf-8")
    code = PROBE.format(folder=str(tmp_path), setup=setup, source=str(module))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    return result.stdout.strip()


def test_modules_imported_after_the_ui_package_are_not_read_into_memory(tmp_path: Path) -> None:
    if _import_after_pyside(tmp_path, "") != "cached":
        pytest.skip("this PySide6 does not read the source of imported modules")
    assert _import_after_pyside(tmp_path, "import prt_desktop.ui") == "not cached"


def test_the_adjustment_is_applied() -> None:
    import prt_desktop.ui

    assert prt_desktop.ui.SOURCE_SCAN_SKIPPED
