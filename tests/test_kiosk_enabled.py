"""When a data folder runs as a kiosk: its kiosk.json, else the clinic's pack; never opened as
the full app because the kiosk's settings are damaged."""

from __future__ import annotations

from pathlib import Path

from test_packs_maker import full_manifest, make_pack_folder, real_library

from prt_desktop.kiosk import enabled_in
from prt_desktop.packs.install import import_pack


def test_a_damaged_kiosk_json_keeps_the_kiosk_rather_than_opening_the_app(tmp_path: Path) -> None:
    assert not enabled_in(tmp_path)
    for damaged in ('{"enabled": tru', "[]", "\x00\x00"):
        (tmp_path / "kiosk.json").write_text(damaged)
        assert enabled_in(tmp_path), damaged
    (tmp_path / "kiosk.json").write_text('{"enabled": false}')
    assert not enabled_in(tmp_path)


def test_a_pack_with_kiosk_true_makes_the_folder_a_kiosk(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert "kiosk: true" in full_manifest()
    import_pack(make_pack_folder(tmp_path / "src", full_manifest()), data, real_library())
    assert enabled_in(data)
    (data / "kiosk.json").write_text('{"enabled": false}')  # the clinic's own choice wins
    assert not enabled_in(data)
