"""Session-wide test set-up: Qt offscreen, a real audio output, private data folders.

- Qt runs on its offscreen platform, set here before anything imports Qt; pytest-qt's `qapp`
  is the one application of the session.
- Sound goes through sounddevice and PortAudio for real: the machine's default output device,
  or, where there is none that plays in real time, a JACK server with the dummy driver that the
  suite starts at session start and stops at the end (tests/audio_rig.py says how). Subprocesses
  reach the same device as long as they inherit os.environ (pass `env={**os.environ, ...}`).
- XDG_DATA_HOME, XDG_CONFIG_HOME and XDG_STATE_HOME point into a throw-away folder, so that a
  test that forgets --data-dir can never touch the developer's real journal or settings.

Fixtures: `audio_output` (the device in use), `no_audio_env` (a subprocess environment with no
output device at all), `data_dir` (a fresh, empty data folder per test).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

# Before any Qt import (pytest-qt creates the QApplication lazily, in the `qapp` fixture).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# A start that stops before its window (folder in use, not writable) shows a message box; in the
# suite nobody is there to press OK (prt_desktop.ui.app.NO_DIALOG_ENV).
os.environ["PRT_DESKTOP_NO_DIALOGS"] = "1"

_PRIVATE_HOME = Path(tempfile.mkdtemp(prefix="prt-tests-home-"))
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = str(_PRIVATE_HOME / _variable.lower())
if not os.environ.get("XDG_RUNTIME_DIR"):  # Qt warns without one
    os.environ["XDG_RUNTIME_DIR"] = str(_PRIVATE_HOME / "runtime")
    (_PRIVATE_HOME / "runtime").mkdir(mode=0o700)

sys.path.insert(0, str(Path(__file__).resolve().parent))

import audio_rig  # noqa: E402
import pytest  # noqa: E402
from audio_rig import AudioOutput, AudioSetup  # noqa: E402

_AUDIO = pytest.StashKey[AudioSetup]()


@pytest.hookimpl(tryfirst=True)  # before the terminal reporter prints the header
def pytest_sessionstart(session: pytest.Session) -> None:
    audio = AudioSetup()
    session.config.stash[_AUDIO] = audio
    audio.prepare()


def pytest_report_header(config: pytest.Config) -> str:
    audio = config.stash.get(_AUDIO, None)
    return f"audio output: {audio.describe()}" if audio else "audio output: not prepared"


def pytest_unconfigure(config: pytest.Config) -> None:
    audio = config.stash.get(_AUDIO, None)
    if audio is not None:
        audio.close()
    shutil.rmtree(_PRIVATE_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def audio_output(pytestconfig: pytest.Config) -> AudioOutput:
    """The output device that plays in real time, for tests that need sound."""
    audio = pytestconfig.stash[_AUDIO]
    if audio.output is None:
        pytest.fail(f"no audio output for the tests: {audio.problem}", pytrace=False)
    return audio.output


@pytest.fixture(scope="session")
def _verified_no_audio_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    if not sys.platform.startswith("linux"):
        pytest.skip("no_audio_env hides devices through JACK and ALSA settings: Linux only")
    env = audio_rig.no_audio_env(os.environ, tmp_path_factory.mktemp("no-audio"))
    seen = audio_rig.outputs_seen_by_subprocess(env)
    if seen["outputs"] or seen["default"] is not None:
        pytest.fail(f"no_audio_env still shows output devices: {seen}", pytrace=False)
    return env


@pytest.fixture
def no_audio_env(_verified_no_audio_env: dict[str, str]) -> dict[str, str]:
    """A full environment for a subprocess (`env=`) in which PortAudio finds no output device."""
    return dict(_verified_no_audio_env)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data folder for this test (pass it as --data-dir)."""
    path = tmp_path / "data"
    path.mkdir()
    return path
