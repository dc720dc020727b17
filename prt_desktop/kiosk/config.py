"""The clinic's kiosk settings, in `kiosk.json` in the data folder.

A file of its own, not the journal: with "keep nothing" the journal lives in memory and is
emptied after every visit, but the PIN and these choices must stay. A clinic's pack may carry
the same keys (docs/kiosk.md):

    {"kiosk_pin_hash": "scrypt$16384$8$1$<salt>$<hash>", "keep": "nothing",
     "allow_notes": false, "idle_seconds": 90, "countdown_seconds": 20, "enabled": true}

`enabled: true` starts the app in kiosk mode without `--kiosk`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from prt_desktop.kiosk import CONFIG_NAME, enabled_in
from prt_desktop.kiosk.pin import parse_hash

__all__ = ["CONFIG_NAME", "enabled_in"]  # re-exported: kiosk.json's name and the quick check

#: The app's exit status when staff leave kiosk mode with the PIN; a service manager told not
#: to restart on it (systemd: RestartPreventExitStatus=4) leaves the kiosk closed for them.
STAFF_EXIT_CODE = 4


class Keep(StrEnum):
    """What the kiosk keeps of a visit."""

    NOTHING = "nothing"
    """A journal in memory only, emptied after each visit: nothing of a visit touches disk."""
    ANONYMOUS = "anonymous"
    """The journal in the data folder, for export: practices and marks with an anonymous visit
    id, never a name; notes and own words only if `allow_notes`."""


class KioskConfigError(ValueError):
    """kiosk.json (or a pack's kiosk settings) holds a value that cannot be used."""


@dataclass(frozen=True)
class KioskConfig:
    kiosk_pin_hash: str | None = None
    keep: Keep = Keep.NOTHING
    allow_notes: bool = False
    idle_seconds: int = 90
    countdown_seconds: int = 20
    enabled: bool = False

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "keep", Keep(self.keep))
        except ValueError:
            raise KioskConfigError("keep must be 'nothing' or 'anonymous'") from None
        if self.kiosk_pin_hash is not None:
            try:
                parse_hash(self.kiosk_pin_hash)
            except ValueError as error:
                raise KioskConfigError(str(error)) from None
        for name, low, high in (("idle_seconds", 15, 3600), ("countdown_seconds", 5, 120)):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise KioskConfigError(f"{name} must be a whole number from {low} to {high}")
        for name in ("allow_notes", "enabled"):
            if not isinstance(getattr(self, name), bool):
                raise KioskConfigError(f"{name} must be true or false")

    @property
    def keeps_records(self) -> bool:
        return self.keep == Keep.ANONYMOUS

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KioskConfig:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "keep": self.keep.value}

    def with_changes(self, **changes: Any) -> KioskConfig:
        return replace(self, **changes)


def config_path(root: Path) -> Path:
    return root / CONFIG_NAME


def load_config(root: Path) -> KioskConfig:
    """The folder's kiosk settings; the defaults when there is no file. A damaged file raises
    KioskConfigError: a kiosk must not quietly start without its PIN."""
    path = config_path(root)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return KioskConfig()
    except OSError as error:
        raise KioskConfigError(f"{path} cannot be read: {error}") from None
    try:
        data = json.loads(text)
    except ValueError:
        raise KioskConfigError(f"{path} is not valid JSON") from None
    if not isinstance(data, dict):
        raise KioskConfigError(f"{path} must hold one JSON object")
    return KioskConfig.from_dict(data)


def save_config(root: Path, config: KioskConfig) -> None:
    from prt_desktop.storage.durable import atomic_write

    body = json.dumps(config.to_dict(), indent=2).encode("utf-8")
    atomic_write(config_path(root), lambda handle: handle.write(body))


def with_pack_pin(config: KioskConfig, root: Path) -> KioskConfig:
    """Without a PIN of its own, the kiosk takes the `kiosk_pin_hash` of the clinic's pack in
    use (its `defaults`), so staff are not asked to choose one. A pack that cannot be read, or
    whose hash is not in the form above, leaves the config as it was (staff then choose)."""
    if config.kiosk_pin_hash is not None:
        return config
    try:
        from prt_desktop.packs.installed import active_pack

        pack = active_pack(root)
        pin_hash = pack.defaults.kiosk_pin_hash if pack is not None else None
        return config.with_changes(kiosk_pin_hash=pin_hash) if pin_hash else config
    except Exception as error:  # a pack must never keep the kiosk from starting
        import logging

        logging.getLogger(__name__).warning("The pack's kiosk PIN cannot be used: %r", error)
        return config
