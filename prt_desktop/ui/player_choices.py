"""The person's player choices (remembered between practices) and the background sound.

`PlayerChoices` is what is saved in the journal setting "player_choices"; `BackgroundSound`
loads the shipped bed off the GUI thread and fades it in and out on the player.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from prt_desktop.playback.background import DEFAULT_VOLUME, BackgroundBed, load_background
from prt_desktop.playback.player import Player, PlayerState
from prt_desktop.ui.tasks import run_in_background

log = logging.getLogger(__name__)

PACE_STEPS = 4  # the pace slider's units per 1x: steps of 0.25


@dataclass(frozen=True)
class PlayerChoices:
    """What the person chose last time; stored as a plain dict in the journal."""

    volume: int = 100  # 0-100, the slider's value
    pace: float = 1.0  # 0.5-2, how long the pauses are
    background: bool = False
    background_volume: int = round(DEFAULT_VOLUME * 100)  # 0-100
    chimes: bool = True
    transcript: bool = True  # the transcript panel beside the caption
    captions: bool = True  # the caption of the sentence being spoken; on unless turned off

    @classmethod
    def from_setting(cls, value: object) -> PlayerChoices:
        """Read a stored dict leniently: anything missing or out of range takes its default."""
        if not isinstance(value, dict):
            return cls()
        default = cls()

        def number(key: str, low: float, high: float) -> Any:
            got = value.get(key)
            if isinstance(got, bool) or not isinstance(got, int | float) or not low <= got <= high:
                return getattr(default, key)
            return got

        def flag(key: str) -> bool:
            got = value.get(key)
            return got if isinstance(got, bool) else getattr(default, key)

        return cls(volume=int(number("volume", 0, 100)),
                   pace=round(float(number("pace", 0.5, 2.0)) * PACE_STEPS) / PACE_STEPS,
                   background=flag("background"),
                   background_volume=int(number("background_volume", 0, 100)),
                   chimes=flag("chimes"), transcript=flag("transcript"),
                   captions=flag("captions"))

    def to_setting(self) -> dict[str, Any]:
        return asdict(self)


class BackgroundSound(QObject):
    """The optional bed under the voice: decoded once per stream rate off the GUI thread, a fresh
    bed for each practice (so it fades in from its start), faded in and out when toggled."""

    unavailable = Signal(str)
    """The background sound could not be loaded (a sentence for the person)."""

    def __init__(self, player: Player, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.path = path
        self.enabled = False
        self.volume = DEFAULT_VOLUME
        self.bed: BackgroundBed | None = None
        self._loops: dict[int, np.ndarray] = {}  # stream rate -> the decoded loop
        self._loading: set[int] = set()

    def before_play(self) -> None:
        """Call just before `player.play()`: the new practice gets its own bed, or none."""
        rate = self.player.output.samplerate
        loop = self._loops.get(rate)
        self.bed = BackgroundBed(loop, rate, self.volume) if self.enabled and loop is not None \
            else None
        self.player.set_background(self.bed)
        if self.enabled and loop is None:
            self._load(rate)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if self.bed is not None:
            if enabled:
                self.bed.start_fade_in()
            else:
                self.bed.start_fade_out()
        elif enabled:
            rate = self.player.output.samplerate
            if rate in self._loops:
                self._attach(rate, BackgroundBed(self._loops[rate], rate, self.volume))
            else:
                self._load(rate)

    def set_volume(self, volume: float) -> None:
        self.volume = volume
        if self.bed is not None:
            self.bed.volume = volume

    def _load(self, rate: int) -> None:
        if rate in self._loading:
            return
        self._loading.add(rate)
        path, volume = self.path, self.volume

        def loaded(bed: object) -> None:
            self._loading.discard(rate)
            assert isinstance(bed, BackgroundBed)
            self._loops[rate] = bed.loop
            if self.enabled and self.bed is None:
                bed.volume = self.volume
                self._attach(rate, bed)

        def failed(error: BaseException) -> None:
            self._loading.discard(rate)
            log.error("The background sound %s could not be loaded: %r", path, error)
            self.unavailable.emit(self.tr("The background sound could not be played. The "
                                          "practice goes on without it."))

        run_in_background(lambda: load_background(path, rate, volume), loaded, failed)

    def _attach(self, rate: int, bed: BackgroundBed) -> None:
        """Mix `bed` into the practice now playing (it fades in from its first block)."""
        if self.player.state in (PlayerState.STOPPED, PlayerState.FINISHED) \
                or self.player.output.samplerate != rate:
            return  # nothing playing at this rate; the next before_play() makes a bed
        self.bed = bed
        self.player.set_background(bed)
