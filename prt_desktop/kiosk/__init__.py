"""Kiosk mode for clinic waiting rooms, the parts without Qt: the staff PIN (hashed, with a
growing delay after wrong tries) and the clinic's kiosk settings (`kiosk.json` in the data
folder). The screens are in `prt_desktop/ui/kiosk_*.py`; docs/kiosk.md describes it all."""

from __future__ import annotations

from pathlib import Path

#: The clinic's kiosk settings, in the data folder (prt_desktop/kiosk/config.py reads them).
CONFIG_NAME = "kiosk.json"


def enabled_in(root: Path) -> bool:
    """Whether this data folder runs as a kiosk: its `kiosk.json` says `"enabled"`, or, without
    one that says either way, the clinic's pack in use has `kiosk: true` in its defaults.

    Read on every start before the window appears, so it costs nothing without a kiosk.json or a
    pack: no import of the settings (or hashlib) or of the packs unless there is one. A
    kiosk.json that cannot be read counts as a kiosk: it then stays locked with the reason on
    screen (app.start_kiosk) rather than opening as the full app to whoever is in front of it.
    """
    path = root / CONFIG_NAME
    if path.is_file():
        import json

        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return True
        if not isinstance(data, dict):
            return True
        if "enabled" in data:
            return data["enabled"] is True
    return _pack_asks_for_kiosk(root)


def _pack_asks_for_kiosk(root: Path) -> bool:
    from prt_desktop import paths

    if not (root / "packs").is_dir() and not (paths.bundle_root() / "pack").is_dir():
        return False
    try:
        from prt_desktop.packs.installed import active_pack

        pack = active_pack(root)
        return bool(pack is not None and pack.manifest.defaults.kiosk)
    except Exception as error:  # an unreadable pack is logged where it is applied; no kiosk
        import logging

        logging.getLogger(__name__).warning("The pack's kiosk setting cannot be read: %r", error)
        return False
