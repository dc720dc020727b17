"""A pack in the app: the branding on the practice list, the library limited to the pack's
practices with its recordings used, Settings → Import a pack, and no network, ever."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from library_maker import make_library
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QPushButton
from test_packs_maker import (
    LINE,
    add_entry,
    full_manifest,
    listing,
    make_pack_zip,
    real_library,
    write_ogg,
)
from test_practice_loop import close_app, open_app

from prt_desktop.core.clips import recording_name
from prt_desktop.core.exercise import Say
from prt_desktop.packs import installed
from prt_desktop.packs.install import import_pack
from prt_desktop.ui.practice_list import PracticeListPage
from prt_desktop.ui.tasks import wait_for_background

# The pack for the small test library, whose one practice is short-tracking.
SHORT_PACK = full_manifest().replace(
    "  - calming-breath\n  - somatic-tracking-5min\n", "  - short-tracking\n")


@pytest.fixture
def packed_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    import_pack(make_pack_zip(tmp_path), data, real_library())
    return data


def test_the_library_is_limited_to_the_pack_and_speaks_with_its_recordings(packed_data: Path,
                                                                          tmp_path: Path) -> None:
    library = installed.apply(real_library(), packed_data)
    assert [e.id for e in library.exercises] == ["calming-breath", "somatic-tracking-5min"]
    breath = library.exercise("calming-breath")
    first = next(s for s in breath.segments if isinstance(s, Say))
    assert first.text == LINE
    path = library.clips.path_for(breath, first)
    assert path == packed_data / "packs/riverside-clinic/voice" / recording_name(LINE)
    other = breath.spoken_lines[1]
    assert library.clips.path_for(breath, other).parent.name == "clips"  # rendered voice
    # The person's own recording of the line comes before the therapist's.
    own = tmp_path / "own"
    write_ogg(own / recording_name(LINE))
    from prt_desktop import paths
    from prt_desktop.core.library import load_library
    mine = installed.apply(load_library(paths.audio_dir(), paths.clips_dir(), own), packed_data)
    assert mine.clips.path_for(breath, first) == own / recording_name(LINE)


def test_without_a_pack_the_library_is_unchanged(tmp_path: Path) -> None:
    library = real_library()
    assert installed.apply(library, tmp_path / "empty") is library
    assert installed.pack_of(library) is None


def test_a_damaged_installed_pack_is_ignored_not_fatal(packed_data: Path) -> None:
    (packed_data / "packs/riverside-clinic/pack.yaml").write_text("format: [")
    library = real_library()
    assert installed.apply(library, packed_data) is library


def test_the_practice_list_shows_the_pack(qtbot, packed_data: Path) -> None:  # type: ignore[no-untyped-def]
    page = PracticeListPage(installed.apply(real_library(), packed_data))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.findChild(QLabel, "packName").text() == "Riverside Pain Clinic · Sam Example"
    welcome = page.findChild(QLabel, "packWelcome")
    assert welcome.isVisible() and welcome.text().startswith("Welcome. These are the practices")
    logo = page.findChild(QLabel, "packLogo")
    assert logo.isVisible() and not logo.pixmap().isNull()
    titles = [page.list.item(i).text() for i in range(page.list.count())]
    assert len(titles) == 2 and titles[0].startswith("Calming breath")


def test_the_practice_list_has_no_banner_without_a_pack(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = PracticeListPage(real_library().in_language("en"))
    qtbot.addWidget(page)
    page.show()
    assert not page.findChild(QLabel, "packName").isVisible()
    assert page.list.count() == 16


def _settings(qtbot, data_dir: Path, audio: Path):  # type: ignore[no-untyped-def]
    window = open_app(qtbot, data_dir, audio)
    window.services.journal.set_setting("safety_acknowledged_version", 99)
    page = window.settings_page()
    return window, page.data_settings


def test_settings_imports_a_pack(qtbot, tmp_path: Path, data_dir: Path, audio_output) -> None:  # type: ignore[no-untyped-def]
    window, settings = _settings(qtbot, data_dir, make_library(tmp_path / "lib", clip_seconds=0.3))
    assert settings.findChild(QPushButton, "importPackButton").text().startswith("Import a pack")
    settings.import_pack()  # opens the file dialog; choosing a file there calls start()
    importer = settings.pack_importer
    assert importer is not None
    with qtbot.waitSignal(importer.finished, timeout=10000) as finished:
        importer.start(make_pack_zip(tmp_path, manifest=SHORT_PACK))
    assert finished.args[0] is True, importer.details
    assert "Riverside Pain Clinic" in finished.args[1]
    assert installed.active_pack(data_dir).name == "Riverside Pain Clinic"  # type: ignore[union-attr]
    importer.box.close()
    close_app(window)


def test_settings_refuses_a_hostile_pack_and_says_why(qtbot, tmp_path: Path, data_dir: Path,  # type: ignore[no-untyped-def]
                                                      audio_output) -> None:
    window, settings = _settings(qtbot, data_dir, make_library(tmp_path / "lib", clip_seconds=0.3))
    wait_for_background()
    before = listing(data_dir)
    hostile = make_pack_zip(tmp_path)
    add_entry(hostile, "../../outside.txt", b"x")
    settings.import_pack()
    with qtbot.waitSignal(settings.pack_importer.finished, timeout=10000) as finished:
        settings.pack_importer.start(hostile)
    assert finished.args[0] is False and "leads outside its folder" in finished.args[1]
    box = settings.findChild(QMessageBox, "packImportResult")
    assert box is not None and "Traceback" not in box.text()
    assert listing(data_dir) == before
    box.close()
    close_app(window)


# ---- no network, ever -----------------------------------------------------------------------
@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any attempt to open a network socket fails the test (local Unix sockets stay allowed:
    the one-copy-per-folder check uses them, and they never leave the computer)."""
    attempts: list[str] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in (socket.AF_INET, socket.AF_INET6, -1):
                attempts.append(f"socket({family})")
                raise OSError("network access attempted")
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(f"create_connection{args}")
        raise OSError("network access attempted")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_the_guard_catches_a_connection(no_network: list[str]) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert len(no_network) == 2


def test_a_full_practice_and_a_pack_import_open_no_network_socket(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, data_dir: Path, audio_output, no_network: list[str]) -> None:
    import_pack(make_pack_zip(tmp_path), data_dir / "other", real_library())
    audio = make_library(tmp_path / "lib", clip_seconds=0.3)
    window = open_app(qtbot, data_dir, audio)
    qtbot.mouseClick(window.findChild(QPushButton, "acknowledgeButton"), Qt.MouseButton.LeftButton)
    exercises = window.findChild(QListWidget, "exerciseList")
    exercises.setFocus()
    qtbot.keyClick(exercises, Qt.Key.Key_Return)
    page = window.practice_page()
    caption = window.findChild(QLabel, "captionLabel")
    qtbot.waitUntil(lambda: caption.text() == "First line to notice.", timeout=5000)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.map_panel, timeout=5000)
    qtbot.mouseClick(window.findChild(QPushButton, "continueButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "practice has ended" in caption.text(), timeout=8000)
    qtbot.waitUntil(lambda: window.services.journal.sessions()[0].completed, timeout=3000)
    close_app(window)
    assert no_network == []
