"""The staff PIN and the kiosk settings file, without a screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prt_desktop.kiosk.config import (
    Keep,
    KioskConfig,
    KioskConfigError,
    enabled_in,
    load_config,
    save_config,
)
from prt_desktop.kiosk.pin import PinFormatError, PinGuard, check_pin, hash_pin, valid_pin


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def test_a_pin_is_stored_as_a_salted_scrypt_hash_and_checked() -> None:
    first, second = hash_pin("4321"), hash_pin("4321")
    assert first.startswith("scrypt$16384$8$1$") and "4321" not in first.split("$", 4)[:4]
    assert first != second  # a random salt each time
    assert check_pin("4321", first) and check_pin("4321", second)
    assert not check_pin("4322", first)
    assert valid_pin("0000") and not valid_pin("123") and not valid_pin("12a4")


@pytest.mark.parametrize("stored", ["", "1234", "scrypt$16384$8$1$zz$00",
                                    "scrypt$3$8$1$00112233445566778899$" + "00" * 32,
                                    "bcrypt$16384$8$1$00112233445566778899$" + "00" * 32])
def test_a_malformed_hash_is_refused(stored: str) -> None:
    with pytest.raises(PinFormatError):
        PinGuard(stored)


def test_wrong_pins_are_refused_with_a_growing_delay_that_holds() -> None:
    clock = Clock()
    guard = PinGuard(hash_pin("2468"), clock)
    delays = []
    for _ in range(4):
        attempt = guard.attempt("1111")
        assert not attempt.accepted
        delays.append(attempt.wait_seconds)
        # During the wait even the right PIN is not listened to.
        early = guard.attempt("2468")
        assert not early.accepted and early.wait_seconds == pytest.approx(attempt.wait_seconds)
        clock.now += attempt.wait_seconds
    assert delays == [1, 2, 4, 8]
    assert guard.attempt("2468").accepted
    assert guard.attempt("1111").wait_seconds == 1  # a right PIN starts the count again


def test_kiosk_settings_default_save_and_refuse_bad_values(tmp_path: Path) -> None:
    assert load_config(tmp_path) == KioskConfig()
    assert KioskConfig().keep == Keep.NOTHING and not KioskConfig().allow_notes
    config = KioskConfig(kiosk_pin_hash=hash_pin("9999"), keep=Keep.ANONYMOUS, idle_seconds=60)
    save_config(tmp_path, config)
    assert load_config(tmp_path) == config
    assert json.loads((tmp_path / "kiosk.json").read_text())["keep"] == "anonymous"
    assert not enabled_in(tmp_path)
    (tmp_path / "kiosk.json").write_text('{"enabled": true, "keep": "everything"}')
    assert enabled_in(tmp_path)
    with pytest.raises(KioskConfigError):
        load_config(tmp_path)
    (tmp_path / "kiosk.json").write_text('{"kiosk_pin_hash": "1234"}')
    with pytest.raises(KioskConfigError):
        load_config(tmp_path)
    (tmp_path / "kiosk.json").write_text("{not json")
    with pytest.raises(KioskConfigError):
        load_config(tmp_path)


def test_a_kiosk_without_a_pin_takes_the_packs(tmp_path: Path, monkeypatch) -> None:
    from types import SimpleNamespace

    import prt_desktop.packs.installed as installed
    from prt_desktop.kiosk.config import with_pack_pin

    pack_hash = hash_pin("8642")
    monkeypatch.setattr(installed, "active_pack", lambda root: SimpleNamespace(
        defaults=SimpleNamespace(kiosk_pin_hash=pack_hash)))
    assert with_pack_pin(KioskConfig(), tmp_path).kiosk_pin_hash == pack_hash
    own = KioskConfig(kiosk_pin_hash=hash_pin("1111"))
    assert with_pack_pin(own, tmp_path) == own  # the kiosk's own PIN comes first
    monkeypatch.setattr(installed, "active_pack", lambda root: SimpleNamespace(
        defaults=SimpleNamespace(kiosk_pin_hash="not a hash")))
    assert with_pack_pin(KioskConfig(), tmp_path).kiosk_pin_hash is None


def test_a_hash_whose_cost_no_try_could_meet_is_refused_where_it_is_read() -> None:
    from prt_desktop.kiosk.pin import PinFormatError, parse_hash

    salt, key = "00" * 16, "11" * 32
    with pytest.raises(PinFormatError):
        parse_hash(f"scrypt${2**20}$32$16${salt}${key}")  # ~4 GB per try: staff locked out
    assert parse_hash(f"scrypt$16384$8$1${salt}${key}")[0] == 16384
