"""An exercise written out to be read: as HTML (for the app, printing and PDF) and as plain text.

Everything the voice says is here, in order, under the exercise's section headings. What the
voice does not say is given as a short note in brackets: the pauses (consecutive pauses merged
into one, rounded to what a reader can picture), the chimes, and what the app asks the person to
do at each cue. Plain Python, no Qt: the look of the HTML is left to whoever shows it, through the
CSS classes below (`heading`, `say`, `note`, `cue`, `prompt`, `summary`, `posture`, `footer`).

The fixed sentences (notes, labels, the safety footer) are English here and marked with
QT_TRANSLATE_NOOP under the context "Transcript": whoever shows the transcript passes `tr`, which
is given each English text (before its placeholders are filled) and returns it in the app's
language. Without `tr` everything stays English. The exercise's own text is in its language.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from html import escape

from prt_desktop.core.exercise import Chime, Cue, CueKind, Exercise, Measure, Pause, Say, Section
from prt_desktop.core.translatable import QT_TRANSLATE_NOOP

Translate = Callable[[str], str]
"""Given a fixed English text of this module, that text in the reader's language."""

CHIME_NOTE = QT_TRANSLATE_NOOP("Transcript", "a soft chime")
SHORT_PAUSE_NOTE = QT_TRANSLATE_NOOP("Transcript", "a short pause")
PAUSE_SECONDS_NOTE = QT_TRANSLATE_NOOP("Transcript", "a pause of about {n} seconds")
PAUSE_MINUTE_NOTE = QT_TRANSLATE_NOOP("Transcript", "a pause of about 1 minute")
PAUSE_MINUTES_NOTE = QT_TRANSLATE_NOOP("Transcript", "a pause of about {n} minutes")
"""{n} is a whole number or a whole number and a half ('1½')."""
BODY_MAP_CUE = QT_TRANSLATE_NOOP(
    "Transcript", "You are asked to mark where you notice a sensation on the body map.")
# Whole sentences, not "rate {what}": the words around pain and fear change with them in Spanish.
RATE_PAIN_CUE = QT_TRANSLATE_NOOP("Transcript", "You are asked to rate your pain from 0 to 10.")
RATE_FEAR_CUE = QT_TRANSLATE_NOOP("Transcript", "You are asked to rate your fear from 0 to 10.")
RATE_FEELING_CUE = QT_TRANSLATE_NOOP("Transcript",
                                     "You are asked to rate how you feel from 0 to 10.")
WRITE_CUE = QT_TRANSLATE_NOOP("Transcript", "You are asked to write: {prompt}")
SITTING_LABEL = QT_TRANSLATE_NOOP("Transcript", "Sitting")
LYING_LABEL = QT_TRANSLATE_NOOP("Transcript", "Lying down")
FOOTER = QT_TRANSLATE_NOOP(
    "Transcript",
    "You can stop this practice at any time, for any reason, and come back to it another day. "
    "This app does not diagnose, and it does not replace your clinician. If practising brings up "
    "strong feelings, or your pain changes, please stop and talk it over with them.")
TEXTS = (CHIME_NOTE, SHORT_PAUSE_NOTE, PAUSE_SECONDS_NOTE, PAUSE_MINUTE_NOTE, PAUSE_MINUTES_NOTE,
         BODY_MAP_CUE, RATE_PAIN_CUE, RATE_FEAR_CUE, RATE_FEELING_CUE, WRITE_CUE, SITTING_LABEL,
         LYING_LABEL, FOOTER)
"""Every fixed text a transcript may show, as the catalogue knows it."""


def english(text: str) -> str:
    """The `tr` that leaves the English as it is (the default, and the plain-text export's)."""
    return text

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


def describe_pause(seconds: float, tr: Translate = english) -> str:
    """A pause in words a reader can picture: 'a short pause', 'a pause of about 10 seconds',
    'a pause of about 1½ minutes'."""
    if seconds < SHORT_PAUSE_SECONDS:
        return tr(SHORT_PAUSE_NOTE)
    if seconds < 20:
        return tr(PAUSE_SECONDS_NOTE).format(n=math.floor(seconds + 0.5))
    if seconds < 57.5:
        return tr(PAUSE_SECONDS_NOTE).format(n=5 * math.floor(seconds / 5 + 0.5))
    halves = max(2, math.floor(seconds / 30 + 0.5))  # in half minutes
    if halves == 2:
        return tr(PAUSE_MINUTE_NOTE)
    whole, half = divmod(halves, 2)
    return tr(PAUSE_MINUTES_NOTE).format(n=f"{whole}½" if half else str(whole))


def describe_cue(cue: Cue, tr: Translate = english) -> Block:
    """What the app asks of the person at a cue, said plainly."""
    if cue.kind is CueKind.BODY_MAP:
        return Block(BlockKind.CUE, tr(BODY_MAP_CUE), cue.prompt)
    if cue.kind is CueKind.RATE:
        sentence = (RATE_PAIN_CUE if cue.measure is Measure.PAIN
                    else RATE_FEAR_CUE if cue.measure is Measure.FEAR else RATE_FEELING_CUE)
        return Block(BlockKind.CUE, tr(sentence), cue.prompt)
    return Block(BlockKind.CUE, tr(WRITE_CUE).format(prompt=cue.prompt))


def transcript_blocks(exercise: Exercise, tr: Translate = english) -> tuple[Block, ...]:
    """The body of the transcript, in the order the practice plays it."""
    blocks: list[Block] = []
    pause = 0.0
    for segment in exercise.segments:
        if isinstance(segment, Pause):
            pause += segment.seconds
            continue
        if pause:
            blocks.append(Block(BlockKind.PAUSE, describe_pause(pause, tr)))
            pause = 0.0
        if isinstance(segment, Say):
            blocks.append(Block(BlockKind.SAY, segment.text))
        elif isinstance(segment, Section):
            blocks.append(Block(BlockKind.HEADING, segment.title))
        elif isinstance(segment, Chime):
            blocks.append(Block(BlockKind.CHIME, tr(CHIME_NOTE)))
        elif isinstance(segment, Cue):
            blocks.append(describe_cue(segment, tr))
    if pause:
        blocks.append(Block(BlockKind.PAUSE, describe_pause(pause, tr)))
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


def transcript_html(exercise: Exercise, css: str = "", tr: Translate = english) -> str:
    """The whole transcript as an HTML document, every piece of the exercise's text escaped.

    `css`, when given, goes into the document's <style>; without it the HTML is plain but
    complete (headings, italic notes). `tr` translates the fixed texts (see the module's doc)."""
    style = f"<style>{css}</style>" if css else ""
    parts = [
        f'<html><head><meta charset="utf-8"/><title>{escape(exercise.title)}</title>{style}'
        "</head><body>",
        f'<h1 class="title">{escape(exercise.title)}</h1>',
        f'<p class="summary">{escape(exercise.summary)}</p>',
        f'<p class="posture"><b>{escape(tr(SITTING_LABEL))}:</b> '
        f'{escape(exercise.posture.seated)}</p>',
        f'<p class="posture"><b>{escape(tr(LYING_LABEL))}:</b> '
        f'{escape(exercise.posture.lying)}</p>',
    ]
    parts.extend(_html_block(block) for block in transcript_blocks(exercise, tr))
    parts.append(f'<hr/><p class="footer">{escape(tr(FOOTER))}</p></body></html>')
    return "\n".join(parts)


def _text_block(block: Block) -> str:
    if block.kind is BlockKind.HEADING:
        return f"\n{block.text}\n{'-' * len(block.text)}"
    if block.kind is BlockKind.SAY:
        return block.text
    if block.kind is BlockKind.CUE:
        return f"({block.text})" + (f"\n    “{block.prompt}”" if block.prompt else "")
    return f"({block.text})"


def transcript_text(exercise: Exercise, tr: Translate = english) -> str:
    """The whole transcript as plain text, one paragraph per line, blank lines between them."""
    parts = [
        f"{exercise.title}\n{'=' * len(exercise.title)}",
        exercise.summary,
        f"{tr(SITTING_LABEL)}: {exercise.posture.seated}\n"
        f"{tr(LYING_LABEL)}: {exercise.posture.lying}",
    ]
    parts.extend(_text_block(block) for block in transcript_blocks(exercise, tr))
    parts.append(f"{'-' * 40}\n{tr(FOOTER)}")
    return "\n\n".join(parts) + "\n"
