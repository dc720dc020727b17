"""Noticing a sound device that has gone away.

PortAudio does not always report a device that vanishes (a USB headset pulled out, a sound server
that ends): its callback simply stops being called. So the GUI's timer watches the Feed's
callback counter; if it has not moved for `STALL_SECONDS` while a stream should be running, the
device is taken as gone. Qt-free and clock-injectable for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable

STALL_SECONDS = 2.0


class StallWatch:
    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 stall_seconds: float = STALL_SECONDS) -> None:
        self._clock = clock
        self.stall_seconds = stall_seconds
        self._last_count = -1
        self._last_change = clock()

    def reset(self) -> None:
        self._last_count = -1
        self._last_change = self._clock()

    def stalled(self, count: int) -> bool:
        """Feed the latest callback count; True once it has been still for too long."""
        now = self._clock()
        if count != self._last_count:
            self._last_count = count
            self._last_change = now
            return False
        return now - self._last_change > self.stall_seconds
