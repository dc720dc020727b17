"""Which clip every spoken line needs, and whether it is there and current (`--check`).

A line's clip is current when `audio/clips/<clip_name(voice, text, digest)>` decodes and the
manifest lists it with that digest (see `settings`). A line whose voice cannot be rendered here
(no Piper, or not the voice) may get an espeak-ng stand-in under the stand-in's own voice id;
it never counts as the line's clip, so `--check` keeps failing until the real voice renders it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import soundfile as sf

from prt_desktop.core.clips import clip_name, normalise_text

from .clipping import read_clip
from .manifest import Manifest, load_manifest, summary
from .settings import (
    DEFAULT_SETTINGS,
    RenderSettings,
    UnknownVoice,
    VoiceSpec,
    settings_digest,
    voice_spec,
)


@dataclass
class Line:
    """One distinct (voice, text) of the library, and everywhere it is spoken (for messages)."""

    voice: str
    text: str
    places: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Target:
    """The clip a line needs in one voice: its spec, settings digest and file name."""

    spec: VoiceSpec
    digest: str
    text: str

    @property
    def name(self) -> str:
        return clip_name(self.spec.id, self.text, self.digest)


def read_lines(audio_dir: Path) -> tuple[list[Line], int]:
    """Every distinct spoken line of the exercise files in `audio_dir`, and how many files."""
    from prt_desktop.core.script_file import load_exercise_file

    lines: dict[tuple[str, str], Line] = {}
    paths = sorted(audio_dir.glob("*.yaml"))
    for path in paths:
        exercise = load_exercise_file(path)
        for say in exercise.spoken_lines:
            key = (exercise.voice, normalise_text(say.text))
            line = lines.setdefault(key, Line(exercise.voice, normalise_text(say.text)))
            line.places.append(f"{path.name}:{say.line}" if say.line else path.name)
    return list(lines.values()), len(paths)


class Library:
    """The lines of one library folder against its clips folder, under one set of settings."""

    def __init__(
        self,
        audio_dir: Path,
        settings: RenderSettings = DEFAULT_SETTINGS,
        voice_dir: Path | None = None,
    ) -> None:
        self.clips_dir = audio_dir / "clips"
        self.settings = settings
        self.voice_dir = voice_dir
        self.lines, self.exercise_count = read_lines(audio_dir)
        self.manifest: Manifest = load_manifest(self.clips_dir)
        self._specs: dict[str, VoiceSpec] = {}
        self._problems: dict[Target, str | None] = {}
        self._by_voice_text = {
            (str(e.get("voice", "")), normalise_text(str(e.get("text", "")))): name
            for name, e in self.manifest.items()
        }
        # A voice no spec is known for: its lines are reported by --check and stop a render.
        self.unknown_voices: dict[str, str] = {}
        for voice in {line.voice for line in self.lines}:
            try:
                self._specs[voice] = voice_spec(voice, voice_dir)
            except UnknownVoice as error:
                self.unknown_voices[voice] = str(error)
        self.renderable = [line for line in self.lines if line.voice not in self.unknown_voices]

    def target(self, voice: str, text: str) -> Target:
        if voice not in self._specs:
            self._specs[voice] = voice_spec(voice, self.voice_dir)
        spec = self._specs[voice]
        return Target(spec, settings_digest(spec, self.settings), text)

    def stand_in(self, line: Line) -> Target | None:
        spec = self.target(line.voice, line.text).spec
        return self.target(spec.stand_in, line.text) if spec.stand_in else None

    def problem(self, target: Target) -> str | None:
        """Why the target's clip is not current, or None when it is (decoded once per run)."""
        if target not in self._problems:
            self._problems[target] = self._find_problem(target)
        return self._problems[target]

    def forget(self, target: Target) -> None:
        self._problems.pop(target, None)

    def _find_problem(self, target: Target) -> str | None:
        entry = self.manifest.get(target.name)
        path = self.clips_dir / target.name
        if entry is None:
            older = self._by_voice_text.get((target.spec.id, target.text))
            if older is not None:
                settings = self.manifest[older].get("settings") or "unknown"
                return (
                    f"stale clip {older} (rendered with settings {settings}; "
                    f"the current settings of {target.spec.id} are {target.digest})"
                )
            return "no clip" if not path.exists() else f"{target.name} is not in the manifest"
        if entry.get("settings") != target.digest:
            return f"stale clip {target.name} (its manifest entry has other settings)"
        if not path.exists():
            return f"the clip file {target.name} is missing"
        try:
            audio, _ = read_clip(path)
        except (sf.LibsndfileError, RuntimeError, ValueError) as error:
            return f"the clip {target.name} cannot be decoded ({error})"
        return None if audio.size else f"the clip {target.name} is empty"

    def wanted(self) -> set[str]:
        """The clips the library needs: each line's current clip, and a current stand-in where
        the line's own clip is not there yet."""
        names: set[str] = set()
        for line in self.renderable:
            target = self.target(line.voice, line.text)
            names.add(target.name)
            stand_in = self.stand_in(line)
            if stand_in and self.problem(target) and not self.problem(stand_in):
                names.add(stand_in.name)
        return names

    def orphans(self) -> list[str]:
        wanted = self.wanted()
        on_disk = {p.name for p in self.clips_dir.glob("*.ogg")}
        return sorted((on_disk | set(self.manifest)) - wanted)

    def check(self, say: Callable[[str], None] = print) -> int:
        """List every line without a current clip (file:line and why); 1 if there is one."""
        failing = 0
        for line in self.lines:
            if line.voice in self.unknown_voices:
                failing += 1
                for place in line.places:
                    say(f"{place}: {self.unknown_voices[line.voice]}")
                continue
            reason = self.problem(self.target(line.voice, line.text))
            if reason is None:
                continue
            stand_in = self.stand_in(line)
            if stand_in is not None and not self.problem(stand_in):
                reason += f"; only an espeak-ng stand-in ({stand_in.spec.id}) speaks it"
            failing += 1
            for place in line.places:
                say(f"{place}: {reason}: {line.text[:70]!r}")
        orphans = self.orphans()
        if orphans:
            say(
                f"{len(orphans)} clip(s) no line uses (informational; --prune deletes them): "
                + ", ".join(orphans[:8])
                + (" …" if len(orphans) > 8 else "")
            )
        if failing:
            say(
                f"{failing} line(s) without a current clip; "
                "run: .venv/bin/python scripts/render_audio.py"
            )
            return 1
        say(f"all {len(self.lines)} spoken line(s) have a current clip. {summary(self.manifest)}")
        return 0
