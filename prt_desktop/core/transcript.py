"""An exercise written out to be read: as HTML (for the app, printing and PDF) and as plain text.

Everything the voice says is here, in order, under the exercise's section headings. What the
voice does not say is given as a short note in brackets: the pauses (consecutive pauses merged
into one, rounded to what a reader can picture), the chimes, and what the app asks the person to
do at each cue. Plain Python, no Qt: the look of the HTML is left to whoever shows it, through the
CSS classes below (`heading`, `say`, `note`, `cue`, `prompt`, `summary`, `posture`, `footer`).

The fixed sentences are English, like those of `core.safety`; the exercise's own text is in its
language.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from html import escape

from prt_desktop.core.exercise import Chime, Cue, CueKind, Exercise, Measure, Pause, Say, Section

CHIME_NOTE = "a soft chime"
SHORT_PAUSE_NOTE = "a short pause"
SITTING_LABEL = "Sitting"
LYING_LABEL = "Lying down"
FOOTER = (
    "You can stop this practice at any time, for any reason, and come back to it another day. "
    "This app does not diagnose, and it does not replace your clinician. If practising brings up "
    "strong feelings, or your pain changes, please stop and talk it over with them."
)
SHORT_PAUSE_SECONDS = 4.0
"""Pauses shorter than this are a breath between sentences: 'a short pause', not a number."""


class BlockKind(StrEnum):
    HEADING = "heading"
    SAY = "say"
    PAUSE = "pause"
    CHIME = "chime"
    CUE = "cue"


@dataclass(frozen=True)
class Block:
    """One paragraph of the transcript's body. `prompt` is the on-screen prompt of a cue, shown
    beneath its note when the note does not already contain it."""

    kind: BlockKind
    text: str
    prompt: str = ""


def describe_pause(seconds: float) -> str:
    """A pause in words a reader can picture: 'a short pause', 'a pause of about 10 seconds',
    'a pause of about 1½ minutes'."""
    if seconds < SHORT_PAUSE_SECONDS:
        return SHORT_PAUSE_NOTE
    if seconds < 20:
        return f"a pause of about {math.floor(seconds + 0.5)} seconds"
    if seconds < 57.5:
        return f"a pause of about {5 * math.floor(seconds / 5 + 0.5)} seconds"
    halves = max(2, math.floor(seconds / 30 + 0.5))  # in half minutes
    whole, half = divmod(halves, 2)
    amount = f"{whole}½" if half else str(whole)
    unit = "minute" if halves == 2 else "minutes"
    return f"a pause of about {amount} {unit}"


def describe_cue(cue: Cue) -> Block:
    """What the app asks of the person at a cue, said plainly."""
    if cue.kind is CueKind.BODY_MAP:
        return Block(BlockKind.CUE, "You are asked to mark where you notice a sensation on the "
                     "body map.", cue.prompt)
    if cue.kind is CueKind.RATE:
        what = ("your pain" if cue.measure is Measure.PAIN
                else "your fear" if cue.measure is Measure.FEAR else "how you feel")
        return Block(BlockKind.CUE, f"You are asked to rate {what} from 0 to 10.", cue.prompt)
    return Block(BlockKind.CUE, f"You are asked to write: {cue.prompt}")


def transcript_blocks(exercise: Exercise) -> tuple[Block, ...]:
    """The body of the transcript, in the order the practice plays it."""
    blocks: list[Block] = []
    pause = 0.0
    for segment in exercise.segments:
        if isinstance(segment, Pause):
            pause += segment.seconds
            continue
        if pause:
            blocks.append(Block(BlockKind.PAUSE, describe_pause(pause)))
            pause = 0.0
        if isinstance(segment, Say):
            blocks.append(Block(BlockKind.SAY, segment.text))
        elif isinstance(segment, Section):
            blocks.append(Block(BlockKind.HEADING, segment.title))
        elif isinstance(segment, Chime):
            blocks.append(Block(BlockKind.CHIME, CHIME_NOTE))
        elif isinstance(segment, Cue):
            blocks.append(describe_cue(segment))
    if pause:
        blocks.append(Block(BlockKind.PAUSE, describe_pause(pause)))
    return tuple(blocks)


def _html_block(block: Block) -> str:
    text = escape(block.text)
    if block.kind is BlockKind.HEADING:
        return f'<h2 class="heading">{text}</h2>'
    if block.kind is BlockKind.SAY:
        return f'<p class="say">{text}</p>'
    if block.kind is BlockKind.CUE:
        prompt = (f'<br/><span class="prompt">“{escape(block.prompt)}”</span>'
                  if block.prompt else "")
        return f'<p class="cue"><i>{text}</i>{prompt}</p>'
    return f'<p class="note"><i>({text})</i></p>'


def transcript_html(exercise: Exercise, css: str = "") -> str:
    """The whole transcript as an HTML document, every piece of the exercise's text escaped.

    `css`, when given, goes into the document's <style>; without it the HTML is plain but
    complete (headings, italic notes)."""
    style = f"<style>{css}</style>" if css else ""
    parts = [
        f'<html><head><meta charset="utf-8"/><title>{escape(exercise.title)}</title>{style}'
        "</head><body>",
        f'<h1 class="title">{escape(exercise.title)}</h1>',
        f'<p class="summary">{escape(exercise.summary)}</p>',
        f'<p class="posture"><b>{SITTING_LABEL}:</b> {escape(exercise.posture.seated)}</p>',
        f'<p class="posture"><b>{LYING_LABEL}:</b> {escape(exercise.posture.lying)}</p>',
    ]
    parts.extend(_html_block(block) for block in transcript_blocks(exercise))
    parts.append(f'<hr/><p class="footer">{escape(FOOTER)}</p></body></html>')
    return "\n".join(parts)


def _text_block(block: Block) -> str:
    if block.kind is BlockKind.HEADING:
        return f"\n{block.text}\n{'-' * len(block.text)}"
    if block.kind is BlockKind.SAY:
        return block.text
    if block.kind is BlockKind.CUE:
        return f"({block.text})" + (f"\n    “{block.prompt}”" if block.prompt else "")
    return f"({block.text})"


def transcript_text(exercise: Exercise) -> str:
    """The whole transcript as plain text, one paragraph per line, blank lines between them."""
    parts = [
        f"{exercise.title}\n{'=' * len(exercise.title)}",
        exercise.summary,
        f"{SITTING_LABEL}: {exercise.posture.seated}\n{LYING_LABEL}: {exercise.posture.lying}",
    ]
    parts.extend(_text_block(block) for block in transcript_blocks(exercise))
    parts.append(f"{'-' * 40}\n{FOOTER}")
    return "\n\n".join(parts) + "\n"
