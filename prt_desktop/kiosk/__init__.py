"""Kiosk mode for clinic waiting rooms, the parts without Qt: the staff PIN (hashed, with a
growing delay after wrong tries) and the clinic's kiosk settings (`kiosk.json` in the data
folder). The screens are in `prt_desktop/ui/kiosk_*.py`; docs/kiosk.md describes it all."""

from __future__ import annotations

from pathlib import Path

#: The clinic's kiosk settings, in the data folder (prt_desktop/kiosk/config.py reads them).
CONFIG_NAME = "kiosk.json"


def enabled_in(root: Path) -> bool:
    """Whether the folder's settings (e.g. from a clinic's pack) ask for kiosk mode. Read on
    every start before the window appears, so it costs nothing without a kiosk.json: no import
    of the settings (or of hashlib) unless there is one."""
    path = root / CONFIG_NAME
    if not path.is_file():
        return False
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("enabled") is True
