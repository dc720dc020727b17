"""Playing one prepared sound once: a take just recorded, or one line of an exercise.

Qt-free, like the player's engine: the PortAudio callback fills from a Feed, and whoever started
the preview polls `finished` (a page's QTimer) instead of being called from the audio thread.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from prt_desktop.playback.feed import Chunk, Feed
from prt_desktop.playback.output import AudioOutput, Stream


def line_frames(take: np.ndarray | None, take_rate: int, clip: Path | None,
                samplerate: int) -> np.ndarray:
    """What to play for a line, at the device's rate: the take, else the line's sound file.
    Decoding and resampling take up to a second for a long line: call it off the GUI thread.
    Raises ClipError when there is nothing to play."""
    from prt_desktop.playback.composer import ClipError, decode_clip
    from prt_desktop.playback.resample import resample

    if take is not None:
        return resample(take, take_rate, samplerate)
    if clip is None:
        raise ClipError("no sound for this line")
    return decode_clip(clip, samplerate)


class Preview:
    def __init__(self) -> None:
        self._feed: Feed | None = None
        self._stream: Stream | None = None

    @property
    def playing(self) -> bool:
        return self._stream is not None

    @property
    def finished(self) -> bool:
        """The sound has been played to its end, or the device stopped or failed."""
        feed = self._feed
        return feed is not None and (feed.stream_ended or feed.error is not None)

    def play(self, output: AudioOutput, frames: np.ndarray) -> None:
        """Play mono frames at `output.samplerate`; raises if the device cannot be opened."""
        self.stop()
        feed = Feed(output.samplerate)
        feed.track.queue.append(Chunk(0, frames))
        feed.track.composed_frames = frames.size
        feed.track.composing_done = True

        def ended() -> None:  # on PortAudio's thread: only set a flag
            feed.stream_ended = True

        stream = output.open(feed, on_finished=ended)
        stream.start()
        self._feed, self._stream = feed, stream

    def stop(self) -> None:
        stream, self._stream, self._feed = self._stream, None, None
        if stream is not None:
            stream.close()
