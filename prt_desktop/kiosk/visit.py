"""The anonymous visit: what records of a kiosk visit share, and whether notes may be kept.

Held by `AppServices.kiosk` (None outside kiosk mode), read where records are made.
"""

from __future__ import annotations

from prt_desktop.core.records import new_id


class KioskVisit:
    def __init__(self, *, allow_notes: bool = False) -> None:
        self.allow_notes = allow_notes
        #: A fresh random id for each visitor: never a name, nothing that links two visits.
        self.visit_id = new_id()

    def next_visitor(self) -> None:
        self.visit_id = new_id()
