"""Packs: the manifest and its line-numbered problems, installing, and every hostile zip refused
with its own message, leaving the data folder as it was."""

from __future__ import annotations

import argparse
import json
import os
import zipfile
from pathlib import Path

import pytest
from test_packs_maker import (
    LINE,
    PIN_HASH,
    add_entry,
    add_symlink,
    full_manifest,
    listing,
    make_pack_folder,
    make_pack_zip,
    real_library,
    write_ogg,
    zip_folder,
)

from prt_desktop.core.clips import recording_name
from prt_desktop.packs import command
from prt_desktop.packs.archive import ArchiveLimits
from prt_desktop.packs.install import PackRefused, import_pack
from prt_desktop.packs.installed import active_pack
from prt_desktop.packs.manifest import PackError, parse_manifest


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return real_library()


# ---- the manifest ---------------------------------------------------------------------------
def test_a_full_manifest_is_read() -> None:
    manifest = parse_manifest(full_manifest())
    assert manifest.id == "riverside-clinic"
    assert manifest.name == "Riverside Pain Clinic"
    assert manifest.exercises == ("calming-breath", "somatic-tracking-5min")
    assert manifest.recordings[0].text == LINE
    assert manifest.defaults.pace == 1.25
    assert manifest.defaults.kiosk is True
    assert manifest.defaults.kiosk_pin_hash == PIN_HASH


def test_a_json_manifest_is_read_too() -> None:
    text = json.dumps({"format": 1, "id": "clinic", "name": "Clinic",
                       "defaults": {"kiosk": False}}, indent=1)
    manifest = parse_manifest(text, "pack.json")
    assert manifest.exercises is None and manifest.defaults.kiosk is False


def test_every_problem_is_reported_with_its_line() -> None:
    text = ("format: 1\n"
            "id: Not An Id\n"
            "name: Clinic\n"
            "colour: blue\n"
            "logo: ../logo.png\n"
            "exercises: [calming-breath, calming-breath]\n"
            "defaults:\n"
            "  pace: 3\n"
            "  kiosk: maybe\n"
            "  kiosk_pin_hash: 1234\n")
    with pytest.raises(PackError) as caught:
        parse_manifest(text)
    found = {(p.line, p.message.split(" ")[0]) for p in caught.value.problems}
    lines = sorted(p.line for p in caught.value.problems)
    assert lines == [2, 4, 5, 6, 8, 9, 10], caught.value
    assert all(str(p).startswith(f"pack.yaml, line {p.line}: ") for p in caught.value.problems)
    assert "unknown field 'colour'" in str(caught.value)
    assert "listed twice" in str(caught.value)
    assert "never the PIN itself" in str(caught.value)
    assert found


def test_missing_fields_and_broken_yaml() -> None:
    with pytest.raises(PackError, match="the field 'name' is missing"):
        parse_manifest("format: 1\nid: clinic\n")
    with pytest.raises(PackError, match="line 3: this line cannot be read"):
        parse_manifest("format: 1\nid: clinic\nname: a: b: c\n")
    with pytest.raises(PackError, match="line 1"):
        parse_manifest('{"format": 1,,}', "pack.json")
    with pytest.raises(PackError, match="format 1"):
        parse_manifest("format: 2\nid: clinic\nname: Clinic\n")


# ---- installing -----------------------------------------------------------------------------
def test_a_pack_zip_is_installed_whole(tmp_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    result = import_pack(make_pack_zip(tmp_path), data, library)
    assert result.folder == data / "packs" / "riverside-clinic"
    assert (result.folder / "logo.png").is_file()
    assert (result.folder / "voice" / recording_name(LINE)).is_file()
    assert json.loads((data / "packs" / "active.json").read_text()) == {"id": "riverside-clinic"}
    assert [p.name for p in data.iterdir()] == ["packs"]  # no temporary folder left
    pack = active_pack(data)
    assert pack is not None and pack.defaults.kiosk is True
    assert pack.defaults.kiosk_pin_hash is not None


def test_a_zipped_folder_and_a_plain_folder_both_install(tmp_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    source = make_pack_folder(tmp_path / "src")
    nested = zip_folder(source, tmp_path / "nested.zip", prefix="Riverside pack/")
    assert import_pack(nested, tmp_path / "a", library).pack.manifest.id == "riverside-clinic"
    assert import_pack(source, tmp_path / "b", library).folder.is_dir()


def test_importing_again_replaces_the_pack(tmp_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    import_pack(make_pack_zip(tmp_path, "one.zip"), data, library)
    newer = full_manifest().replace("Riverside Pain Clinic", "Riverside, renamed")
    import_pack(make_pack_zip(tmp_path, "two.zip", newer), data, library)
    assert active_pack(data).name == "Riverside, renamed"  # type: ignore[union-attr]
    assert sorted(p.name for p in (data / "packs").iterdir()) == ["active.json",
                                                                  "riverside-clinic"]


def test_a_record_my_voice_folder_is_taken_as_it_is(tmp_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    from prt_desktop.storage.recordings import RecordingStore

    source = tmp_path / "src"
    make_pack_folder(source, "format: 1\nid: clinic\nname: Clinic\nrecordings: recordings\n")
    store = RecordingStore(source / "recordings")
    import numpy as np
    t = np.arange(22050) / 22050
    store.save(LINE, (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32), 22050)
    result = import_pack(source, tmp_path / "data", library)
    assert (result.folder / "voice" / recording_name(LINE)).is_file()
    assert [r.text for r in result.pack.recordings] == [LINE]


# ---- refusals: each its own message, the data folder unchanged -------------------------------
def _refused(source: Path, data: Path, library, limits: ArchiveLimits | None = None) -> str:  # type: ignore[no-untyped-def]
    before = listing(data)
    with pytest.raises(PackRefused) as caught:
        import_pack(source, data, library, limits)
    assert listing(data) == before, "a refused pack changed the data folder"
    return caught.value.describe()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "journal.json").write_text("{}")
    return folder


def test_zip_slip_is_refused(tmp_path: Path, data: Path, library) -> None:  # type: ignore[no-untyped-def]
    archive = make_pack_zip(tmp_path)
    add_entry(archive, "../../evil.txt", b"owned")
    assert "leads outside its folder ('../../evil.txt')" in _refused(archive, data, library)
    assert not (tmp_path / "evil.txt").exists()
    archive = make_pack_zip(tmp_path, "inner.zip")
    add_entry(archive, "voice-files/../../evil.txt", b"owned")
    assert "leads outside its folder" in _refused(archive, data, library)


def test_absolute_paths_are_refused(tmp_path: Path, data: Path, library) -> None:  # type: ignore[no-untyped-def]
    archive = make_pack_zip(tmp_path)
    add_entry(archive, "/tmp/evil.txt", b"owned")
    assert "absolute path ('/tmp/evil.txt')" in _refused(archive, data, library)
    archive = make_pack_zip(tmp_path, "windows.zip")
    add_entry(archive, "C:/Windows/evil.txt", b"owned")
    assert "absolute path" in _refused(archive, data, library)


def test_links_are_refused(tmp_path: Path, data: Path, library) -> None:  # type: ignore[no-untyped-def]
    archive = make_pack_zip(tmp_path)
    add_symlink(archive, "voice-files/passwords.ogg", "/etc/passwd")
    assert "contains a link ('voice-files/passwords.ogg')" in _refused(archive, data, library)


def test_a_link_in_a_pack_folder_is_refused(tmp_path: Path, data: Path, library) -> None:  # type: ignore[no-untyped-def]
    source = make_pack_folder(tmp_path / "src")
    os.symlink("/etc/passwd", source / "notes.txt")
    assert "'notes.txt' is a link" in _refused(source, data, library)


def test_a_zip_bomb_by_total_size_is_refused(tmp_path: Path, data: Path, library) -> None:  # type: ignore[no-untyped-def]
    archive = make_pack_zip(tmp_path)
    add_entry(archive, "filler.bin", os.urandom(300_000), compress=zipfile.ZIP_STORED)
    limits = ArchiveLimits(max_total_bytes=200_000)
    assert "would expand to more than 0 MB" in _refused(archive, data, library, limits)


def test_a_zip_bomb_by_file_count_is_refused(tmp_path: Path, data: Path, library) -> None:  # type: ignore[no-untyped-def]
    archive = make_pack_zip(tmp_path)
    with zipfile.ZipFile(archive, "a") as handle:
        for index in range(2001):
            handle.writestr(f"many/{index}.txt", b"")
    assert "holds 2004 files; a pack may hold at most 2000" in _refused(archive, data, library)


def test_a_zip_bomb_by_compression_ratio_is_refused(tmp_path: Path, data: Path, library) -> None:  # type: ignore[no-untyped-def]
    archive = make_pack_zip(tmp_path)
    add_entry(archive, "voice-files/quiet.ogg", bytes(20 * 1024 * 1024))  # 20 MB of zeros, ~20 KB
    assert "'voice-files/quiet.ogg' in the pack is compressed" in _refused(archive, data, library)
    assert "zip bomb" in _refused(archive, data, library)


def test_a_header_that_lies_about_its_size_is_caught(tmp_path: Path, data: Path, library) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "liar.zip"
    payload = os.urandom(50_000)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as handle:
        handle.writestr("pack.yaml", "format: 1\nid: clinic\nname: Clinic\n")
        handle.writestr("big.bin", payload)
    raw = bytearray(archive.read_bytes())
    # Patch the central directory's uncompressed size of big.bin down to 10 bytes.
    central = raw.rfind(b"PK\x01\x02", 0, raw.rfind(b"PK\x05\x06"))
    raw[central + 24:central + 28] = (10).to_bytes(4, "little")
    archive.write_bytes(bytes(raw))
    message = _refused(archive, data, library)
    assert "expands to more than its header says" in message or "damaged" in message


def test_a_text_file_posing_as_a_recording_is_refused(tmp_path: Path, data: Path, library) -> None:  # type: ignore[no-untyped-def]
    source = make_pack_folder(tmp_path / "src")
    (source / "voice-files" / "welcome.ogg").write_text("I am not a sound file at all.\n")
    message = _refused(zip_folder(source, tmp_path / "fake.zip"), data, library)
    assert "pack.yaml, line 11: 'voice-files/welcome.ogg': it is not a sound file" in message
    source2 = make_pack_folder(tmp_path / "src2")  # not named in the manifest: checked all the same
    (source2 / "extra.ogg").write_bytes(b"OggS" + bytes(100))
    assert "'extra.ogg': it is not a sound file" in _refused(source2, data, library)


def test_a_record_my_voice_entry_that_is_not_sound_is_refused(tmp_path: Path, data: Path,
                                                             library) -> None:  # type: ignore[no-untyped-def]
    import json

    source = tmp_path / "src"
    make_pack_folder(source, "format: 1\nid: clinic\nname: Clinic\nrecordings: recordings\n")
    (source / "recordings").mkdir()
    (source / "recordings" / "evil.sh").write_text("#!/bin/sh\necho hello\n")
    (source / "recordings" / "manifest.json").write_text(
        json.dumps({"evil.sh": {"text": LINE}}), encoding="utf-8")
    message = _refused(zip_folder(source, tmp_path / "evil.zip"), data, library)
    assert "the recording 'recordings/evil.sh' is not a sound file" in message
    assert "/tmp/" not in message and ".pack-import" not in message

def test_an_invalid_manifest_is_refused_with_its_lines(tmp_path: Path, data: Path, library) -> None:  # type: ignore[no-untyped-def]
    bad = full_manifest().replace("somatic-tracking-5min", "no-such-practice")
    message = _refused(make_pack_zip(tmp_path, manifest=bad), data, library)
    assert "its contents have problems" in message
    assert "pack.yaml, line 9: there is no exercise 'no-such-practice'" in message
    no_manifest = tmp_path / "empty.zip"
    with zipfile.ZipFile(no_manifest, "w") as handle:
        handle.writestr("readme.txt", "hello")
    assert "has no manifest" in _refused(no_manifest, data, library)


def test_a_missing_logo_or_a_logo_that_is_no_picture(tmp_path: Path, data: Path, library) -> None:  # type: ignore[no-untyped-def]
    source = make_pack_folder(tmp_path / "src")
    (source / "logo.png").write_text("<html>")
    assert "the logo is not a PNG picture" in _refused(source, data, library)
    (source / "logo.png").unlink()
    assert "the logo 'logo.png' is not in the pack" in _refused(source, data, library)


def test_not_a_zip_and_nothing_there(tmp_path: Path, data: Path, library) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "pack.zip"
    junk.write_text("not a zip")
    assert "cannot be opened as a zip file" in _refused(junk, data, library)
    assert "There is no pack at" in _refused(tmp_path / "missing.zip", data, library)


def test_a_refusal_into_a_new_data_folder_leaves_no_folder(tmp_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    archive = make_pack_zip(tmp_path)
    add_entry(archive, "../evil", b"x")
    with pytest.raises(PackRefused):
        import_pack(archive, tmp_path / "new-data", library)
    assert not (tmp_path / "new-data").exists()


def test_a_refused_pack_keeps_the_one_installed_before(tmp_path: Path, data: Path, library) -> None:  # type: ignore[no-untyped-def]
    import_pack(make_pack_zip(tmp_path), data, library)
    archive = make_pack_zip(tmp_path, "second.zip")
    add_symlink(archive, "link", "/etc")
    _refused(archive, data, library)
    assert active_pack(data).name == "Riverside Pain Clinic"  # type: ignore[union-attr]


# ---- the command ---------------------------------------------------------------------------
def _cli(argv: list[str]) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(parents=[common])
    commands = parser.add_subparsers(dest="command")
    command.register(commands, common)
    args = parser.parse_args(argv)
    assert args.command == "import-pack"
    return command.run(args)


def test_the_import_pack_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert _cli(["import-pack", str(make_pack_zip(tmp_path)), "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "Installed the pack 'Riverside Pain Clinic'" in out and "2 practices" in out
    hostile = make_pack_zip(tmp_path, "hostile.zip")
    add_entry(hostile, "../escape", b"x")
    before = listing(data)
    assert _cli(["import-pack", str(hostile), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert "leads outside its folder" in err and "Traceback" not in err
    assert listing(data) == before


def test_recordings_decode_for_real(tmp_path: Path) -> None:
    from prt_desktop.packs.validate import decode_problem

    assert decode_problem(write_ogg(tmp_path / "ok.ogg")) is None
    (tmp_path / "text.ogg").write_text("hello")
    assert decode_problem(tmp_path / "text.ogg") is not None


# ---- baked into an installer -----------------------------------------------------------------
def test_a_baked_pack_is_used_when_none_was_imported(tmp_path: Path, library,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from prt_desktop import paths
    from prt_desktop.packs import installed
    from prt_desktop.packs.install import bake

    bundle = tmp_path / "bundle"
    valid = bake(make_pack_zip(tmp_path), bundle / "pack", library)
    assert (bundle / "pack" / "voice" / recording_name(LINE)).is_file()
    assert valid.manifest.defaults.kiosk is True
    monkeypatch.setattr(paths, "bundle_root", lambda: bundle)
    data = tmp_path / "data"
    assert installed.active_pack(data).folder == bundle / "pack"  # type: ignore[union-attr]
    other = full_manifest().replace("id: riverside-clinic", "id: imported-later")
    import_pack(make_pack_zip(tmp_path, "later.zip", other), data, library)
    assert installed.active_pack(data).manifest.id == "imported-later"  # type: ignore[union-attr]


def test_baking_refuses_a_bad_pack(tmp_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    from prt_desktop.packs.install import bake

    archive = make_pack_zip(tmp_path)
    add_symlink(archive, "evil", "/etc/shadow")
    with pytest.raises(PackRefused, match="contains a link"):
        bake(archive, tmp_path / "bundle" / "pack", library)
    assert not (tmp_path / "bundle" / "pack").exists()


def test_an_oversized_or_non_utf8_manifest_is_refused(tmp_path: Path, data: Path, library) -> None:  # type: ignore[no-untyped-def]
    source = make_pack_folder(tmp_path / "src")
    (source / "pack.yaml").write_text("format: 1\nid: clinic\nname: Clinic\n" + "#" * 300_000)
    assert "far longer than a manifest needs" in _refused(source, data, library)
    (source / "pack.yaml").write_bytes(b"format: 1\nid: clinic\nname: Cl\xe9nic\n")
    assert "not saved as UTF-8" in _refused(source, data, library)


def test_a_failure_while_putting_in_place_keeps_the_previous_pack(  # type: ignore[no-untyped-def]
        tmp_path: Path, data: Path, library, monkeypatch: pytest.MonkeyPatch) -> None:
    import prt_desktop.packs.install as install

    import_pack(make_pack_zip(tmp_path), data, library)
    before = listing(data)
    real_replace = os.replace
    calls = []

    def failing_replace(source, target) -> None:  # type: ignore[no-untyped-def]
        calls.append(target)
        if len(calls) == 2:  # the new pack's rename into place: the disk refuses
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(install.os, "replace", failing_replace)
    with pytest.raises(PackRefused, match="No space left on device"):
        import_pack(make_pack_zip(tmp_path, "again.zip"), data, library)
    assert listing(data) == before
    assert active_pack(data).name == "Riverside Pain Clinic"  # type: ignore[union-attr]


def test_names_windows_cannot_hold_safely_are_refused(tmp_path: Path, data: Path,
                                                      library) -> None:  # type: ignore[no-untyped-def]
    for index, name in enumerate(("voice-files/a.ogg:hidden", "CON", "voice-files/aux.ogg",
                                  "voice-files/trailing.ogg.", "voice-files/space ")):
        archive = make_pack_zip(tmp_path, f"win{index}.zip")
        add_entry(archive, name, b"x")
        assert "a name Windows cannot hold safely" in _refused(archive, data, library), name


def test_a_file_and_a_folder_of_the_same_name_are_refused_in_words(tmp_path: Path, data: Path,
                                                                   library) -> None:  # type: ignore[no-untyped-def]
    archive = make_pack_zip(tmp_path, "clash.zip")
    add_entry(archive, "extra", b"x")
    add_entry(archive, "extra/inside.txt", b"y")
    assert "as both a file and a folder" in _refused(archive, data, library)
