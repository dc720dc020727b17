"""Rendering the voice clips of the exercise library, offline, at development time.

A build tool behind `scripts/render_audio.py`; the app never imports it (piper-tts is GPL-3.0).

- `settings`: everything that changes how a clip sounds, the known voices, and the short digest
  of both that goes into every clip's name;
- `engines`: the speech engines, Piper (neural) and espeak-ng (the fallback), sentence by sentence;
- `clipping`: trimming, joining sentences, fades, loudness, and writing OGG Vorbis;
- `manifest`: `audio/clips/manifest.json`, the file the app finds clips through;
- `library`: which clip each spoken line needs, and `--check`;
- `renderer`: rendering the lines without a current clip, and pruning;
- `chime`: the bell, computed.

`--check` and `--prune` need only numpy and soundfile: nothing here imports piper until a line
is actually rendered with it.
"""
