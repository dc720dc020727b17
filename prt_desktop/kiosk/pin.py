"""The staff PIN: stored only as a salted scrypt hash, and tried with a growing delay.

The stored form, `kiosk_pin_hash`, is one ASCII string a clinic's pack can carry as it is:

    scrypt$<n>$<r>$<p>$<salt, hex>$<hash, hex>

e.g. `scrypt$16384$8$1$9f0c...$4b1e...` (a 16-byte random salt, a 32-byte key). Make one with
`python -m prt_desktop.kiosk.pin` (it asks for the PIN twice and prints the string).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

SCHEME = "scrypt"
# scrypt's cost: ~50 ms and 16 MB a try here. Enough to make guessing a 4-digit PIN from a copied
# kiosk.json cost real time, small enough that a staff member does not wait for it.
N, R, P = 2**14, 8, 1
KEY_BYTES = 32
SALT_BYTES = 16
MIN_DIGITS, MAX_DIGITS = 4, 12
#: Delays after the 1st, 2nd, 3rd... wrong PIN: 1, 2, 4, ... seconds, at most 5 minutes.
FIRST_DELAY_S = 1.0
MAX_DELAY_S = 300.0


class PinFormatError(ValueError):
    """A stored hash that is not in the `scrypt$n$r$p$salt$hash` form."""


def valid_pin(pin: str) -> bool:
    """A PIN is 4 to 12 digits: typed on the kiosk's own number pad."""
    return pin.isdigit() and pin.isascii() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


MAX_MEMORY = 256 * 1024 * 1024  # bytes scrypt may use to check a PIN


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    key = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=KEY_BYTES)
    return f"{SCHEME}${N}${R}${P}${salt.hex()}${key.hex()}"


def parse_hash(stored: str) -> tuple[int, int, int, bytes, bytes]:
    parts = stored.split("$") if isinstance(stored, str) else []
    if len(parts) != 6 or parts[0] != SCHEME:
        raise PinFormatError("a kiosk_pin_hash looks like scrypt$16384$8$1$<salt>$<hash>")
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt, key = bytes.fromhex(parts[4]), bytes.fromhex(parts[5])
    except ValueError:
        raise PinFormatError("the numbers, salt or hash of the kiosk_pin_hash are not valid") \
            from None
    # Bounds keep a hostile pack from making every try take minutes or gigabytes.
    # scrypt needs about 128 * n * r bytes: over the limit `check_pin` gives it, every try
    # would fail and lock staff out, so such a hash is refused where it is read.
    if not (2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16
            and 128 * n * r <= MAX_MEMORY // 2 and len(salt) >= 8 and len(key) >= 16):
        raise PinFormatError("the cost, salt or hash length of the kiosk_pin_hash is out of range")
    return n, r, p, salt, key


def check_pin(pin: str, stored: str) -> bool:
    n, r, p, salt, key = parse_hash(stored)
    tried = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=len(key),
                           maxmem=MAX_MEMORY)
    return hmac.compare_digest(tried, key)


@dataclass(frozen=True)
class Attempt:
    accepted: bool
    wait_seconds: float = 0.0
    """How long before the next try is listened to (0 after a right PIN)."""


class PinGuard:
    """Tries of the staff PIN, each wrong one followed by a longer wait (1, 2, 4 ... s).

    A try made while the wait runs is refused without being checked, so the delay holds even
    for someone who gets past the screen's disabled field. The count lives in memory: restarting
    the app would reset it, but on a kiosk nobody can restart it without the PIN.
    """

    def __init__(self, stored_hash: str, clock: Callable[[], float] = time.monotonic) -> None:
        parse_hash(stored_hash)  # refuse a malformed hash now, not at the first try
        self.stored_hash = stored_hash
        self.clock = clock
        self.failures = 0
        self._open_at = 0.0

    def wait_seconds(self) -> float:
        return max(0.0, self._open_at - self.clock())

    def attempt(self, pin: str) -> Attempt:
        waiting = self.wait_seconds()
        if waiting > 0:
            return Attempt(False, waiting)
        if check_pin(pin, self.stored_hash):
            self.failures = 0
            return Attempt(True)
        self.failures += 1
        delay = min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (self.failures - 1))
        self._open_at = self.clock() + delay
        return Attempt(False, delay)


def main() -> int:
    """Print a kiosk_pin_hash for a PIN typed twice (for a clinic's pack or kiosk.json)."""
    import getpass
    import sys

    pin = getpass.getpass("Staff PIN (4-12 digits): ")
    if not valid_pin(pin):
        print("A PIN is 4 to 12 digits.", file=sys.stderr)
        return 2
    if getpass.getpass("The same PIN again: ") != pin:
        print("The two PINs differ.", file=sys.stderr)
        return 2
    print(hash_pin(pin))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
