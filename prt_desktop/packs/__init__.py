"""A therapist's pack: branding, a choice of exercises and their own recordings, as data.

- `manifest`: reading and checking `pack.yaml` / `pack.json` (line-numbered problems);
- `archive`: unpacking a pack's zip without trusting it (zip slip, links, zip bombs);
- `validate`: checking an unpacked pack's files (sound that decodes, a logo that is a picture);
- `install`: installing into a data folder whole or not at all, and baking into an installer;
- `installed`: the pack in use, applied to the library (`apply`) for the app's services;
- `command`: `prt-desktop import-pack FILE [--data-dir DIR]`.

Plain Python: nothing here imports Qt.
"""
