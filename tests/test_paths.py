"""Where the app finds its own files and keeps the person's."""

from __future__ import annotations

import os
from pathlib import Path

from prt_desktop import paths


def test_shipped_files_are_found_from_the_checkout() -> None:
    assert (paths.audio_dir() / "somatic-tracking-5min.yaml").is_file()
    assert (paths.clips_dir() / "manifest.json").is_file()
    assert paths.resource("body_map.svg").is_file()


def test_default_data_and_log_folders_follow_the_platform(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state-home"))
    location = paths.DataLocation()
    assert not location.explicit
    assert location.root == tmp_path / "data-home" / "prt-desktop"
    assert location.database == location.root / "journal.json"
    assert location.log_dir.is_relative_to(tmp_path / "state-home")
    location.ensure()
    assert location.root.is_dir() and location.log_dir.is_dir()


def test_data_dir_keeps_everything_together(tmp_path: Path) -> None:
    location = paths.DataLocation(tmp_path / "mine")
    assert location.explicit
    assert location.database.parent == tmp_path / "mine"
    assert location.log_dir == tmp_path / "mine" / "logs"


def test_a_frozen_bundle_finds_files_beside_its_code(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert paths.audio_dir() == tmp_path / "audio"
    assert paths.resources_dir() == tmp_path / "resources"
    assert os.fspath(paths.clips_dir()).startswith(str(tmp_path))
