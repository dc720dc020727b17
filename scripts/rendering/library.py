"""Which clip every spoken line needs, whether it is there and current, and rendering the rest.

A line's clip is current when `audio/clips/<clip_name(voice, text, digest)>` decodes and the
manifest lists it with that digest (see `settings`). A line whose voice cannot be rendered here
(no Piper, or not the voice) may get an espeak-ng stand-in under the stand-in's own voice id;
it never counts as the line's clip, so `--check` keeps failing until the real voice renders it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import soundfile as sf

from prt_desktop.core.clips import clip_name, normalise_text

from .clipping import make_clip, measure, read_clip
from .engines import EngineMissing, SpeechEngine, open_engine
from .manifest import Manifest, load_manifest, manifest_entry, write_manifest
from .settings import DEFAULT_SETTINGS, RenderSettings, VoiceSpec, settings_digest, voice_spec


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
            for name, other in self.manifest.items():
                same = other.get("voice") == target.spec.id
                if same and normalise_text(str(other.get("text", ""))) == target.text:
                    return (
                        f"stale clip {name} (rendered with settings {other.get('settings')}; "
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
        for line in self.lines:
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


class Renderer:
    """Renders lines into clips, opening each voice's engine once, falling back to espeak-ng."""

    def __init__(
        self, library: Library, engine: str = "auto", say: Callable[[str], None] = print
    ) -> None:
        self.library = library
        self.engine_choice = engine  # "auto", "piper" or "espeak"
        self.say = say
        self._engines: dict[str, SpeechEngine | EngineMissing] = {}
        self._warned: set[str] = set()

    def engine_for(self, spec: VoiceSpec) -> SpeechEngine:
        if spec.id not in self._engines:
            try:
                self._engines[spec.id] = open_engine(
                    spec, self.library.settings, self.library.voice_dir
                )
            except EngineMissing as error:
                self._engines[spec.id] = error
        found = self._engines[spec.id]
        if isinstance(found, EngineMissing):
            raise found
        return found

    def choose(self, line: Line) -> Target:
        """The clip to render for a line: its own voice, or its espeak-ng stand-in."""
        target = self.library.target(line.voice, line.text)
        stand_in = self.library.stand_in(line)
        if stand_in is None or self.engine_choice == "piper":
            return target
        if self.engine_choice == "espeak":
            return stand_in
        try:
            self.engine_for(target.spec)
            return target
        except EngineMissing as error:
            if target.spec.id not in self._warned:
                self._warned.add(target.spec.id)
                self.say(
                    f"note: {error}\n      Rendering the lines of {target.spec.id} with "
                    f"espeak-ng instead, as stand-ins under the voice id {stand_in.spec.id}; "
                    "--check still lists those lines until the real voice renders them."
                )
            return stand_in

    def render_one(self, target: Target, stands_in_for: str = "") -> float:
        engine = self.engine_for(target.spec)
        sentences, rate = engine.sentences(target.text)
        path = self.library.clips_dir / target.name
        facts = make_clip(path, sentences, rate, self.library.settings)
        self.library.manifest[target.name] = manifest_entry(
            target.text,
            target.spec.id,
            target.digest,
            target.spec.engine.value,
            facts,
            stands_in_for,
        )
        self.library.forget(target)
        return facts.seconds

    def render(self, force: bool = False, prune: bool = False) -> int:
        library = self.library
        library.clips_dir.mkdir(parents=True, exist_ok=True)
        todo: list[tuple[Line, Target]] = []
        for line in library.lines:
            own = library.target(line.voice, line.text)
            if not force and not library.problem(own):
                continue
            target = self.choose(line)
            if target is own or force or library.problem(target):
                todo.append((line, target))
        started = time.perf_counter()
        spoken = 0.0
        for i, (line, target) in enumerate(todo, 1):
            stands_in_for = line.voice if target.spec.id != line.voice else ""
            seconds = self.render_one(target, stands_in_for)
            spoken += seconds
            self.say(f"[{i}/{len(todo)}] {target.name} {seconds:5.2f}s  {line.text[:60]}")
        took = time.perf_counter() - started
        if todo:
            self.say(f"rendered {len(todo)} line(s), {spoken:.1f} s of speech, in {took:.1f} s")
        else:
            self.say(f"nothing to render: all {len(library.lines)} line(s) have a current clip")
        self._adopt_unlisted()
        wanted = library.wanted()
        if prune:
            for path in sorted(library.clips_dir.glob("*.ogg*")):
                if path.name not in wanted:
                    path.unlink()
                    self.say(f"pruned {path.name}")
        # The manifest lists only clips a line needs: a superseded clip (an edited line, older
        # settings) must never be found by the app, even before --prune deletes its file.
        on_disk = {p.name for p in library.clips_dir.glob("*.ogg")}
        library.manifest = {k: v for k, v in library.manifest.items() if k in wanted & on_disk}
        write_manifest(library.clips_dir, library.manifest)
        self.say(summary(library.manifest))
        return 0

    def _adopt_unlisted(self) -> None:
        """A wanted clip on disk the manifest lacks (copied in by hand): measure and list it."""
        library = self.library
        for line in library.lines:
            target = library.target(line.voice, line.text)
            path = library.clips_dir / target.name
            if target.name not in library.manifest and path.exists():
                audio, rate = read_clip(path)
                library.manifest[target.name] = manifest_entry(
                    target.text,
                    target.spec.id,
                    target.digest,
                    target.spec.engine.value,
                    measure(audio, rate),
                )
                library.forget(target)


def summary(manifest: Manifest) -> str:
    """Clips, minutes of speech and the loudness spread, from the manifest."""
    seconds = sum(float(e.get("seconds", 0.0)) for e in manifest.values())
    lufs = [float(e["lufs"]) for e in manifest.values() if "lufs" in e]
    text = f"{len(manifest)} clip(s), {seconds / 60:.1f} min of speech"
    if lufs:
        text += (
            f", loudness {min(lufs):.2f} to {max(lufs):.2f} LUFS "
            f"(spread {max(lufs) - min(lufs):.2f} LU)"
        )
    return text
