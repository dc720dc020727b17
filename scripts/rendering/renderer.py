"""Rendering the lines without a current clip, with Piper or, where it is missing, espeak-ng."""

from __future__ import annotations

import time
from collections.abc import Callable

from .clipping import make_clip, measure, read_clip
from .engines import EngineMissing, SpeechEngine, open_engine
from .library import Library, Line, Target
from .manifest import manifest_entry, summary, write_manifest
from .settings import UnknownVoice, VoiceSpec


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
        if library.unknown_voices:
            raise UnknownVoice("; ".join(sorted(library.unknown_voices.values())))
        library.clips_dir.mkdir(parents=True, exist_ok=True)
        todo: list[tuple[Line, Target]] = []
        for line in library.renderable:
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
        for line in library.renderable:
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
