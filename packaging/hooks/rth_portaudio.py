"""PyInstaller runtime hook: make sounddevice load the PortAudio carried in the bundle.

sounddevice finds PortAudio with `ctypes.util.find_library("portaudio")`, which on Linux asks
ldconfig and so finds only a system-wide copy: on a computer without libportaudio2 it finds
nothing, and on one with it, it would load that copy instead of ours. Runtime hooks run before
the app imports anything, so pointing that one name at the bundled library is enough.
"""

import ctypes.util
import os
import sys

_BUNDLED = [os.path.join(sys._MEIPASS, name)  # type: ignore[attr-defined]
            for name in ("libportaudio.so.2", "libportaudio.so", "libportaudio.2.dylib")]
_FOUND = next((path for path in _BUNDLED if os.path.isfile(path)), None)

if _FOUND is not None:
    _system_find_library = ctypes.util.find_library

    def _find_library(name: str) -> str | None:
        if name == "portaudio":
            return _FOUND
        return _system_find_library(name)

    ctypes.util.find_library = _find_library
