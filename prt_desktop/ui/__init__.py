"""The Qt user interface.

Importing this package loads PySide6 and switches off one of its import-time costs. shiboken
replaces Python's `__import__` and, for every `.py` module imported after PySide6, reads that
module's whole source (`inspect.getsource`, kept in `linecache`) to see whether it says
`from __feature__ import ...`. The app never uses `__feature__`, so the scan only costs time at
start and about 10 MB of cached source lines for the life of the process (measured with
tracemalloc while a practice plays). Modules imported later are simply treated as not using
`__feature__`, which is what they would have been found to be.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (loads shiboken's import hook, adjusted below)


def _skip_feature_source_scan() -> bool:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False  # a PySide6 without the scan, or with a different one: leave it be
    feature._mod_uses_pyside = lambda _module: False  # type: ignore[attr-defined]
    return True


SOURCE_SCAN_SKIPPED = _skip_feature_source_scan()
