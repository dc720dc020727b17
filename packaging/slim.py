"""What the bundle leaves out: Qt plugins, QML, translations and libraries the app does not use.

Used by prt-desktop.spec (and by tests, which check the lists against a built bundle). The app
uses QtCore, QtGui, QtWidgets, QtSvg (the body map), QtNetwork (only QLocalSocket: a second
launch brings the first window forward) and QtPrintSupport (printing a practice's words). A Qt
plugin can pull in a whole library (the virtual keyboard brings QtQuick and QtQml, the PDF image
plugin QtPdf), so excluding Python modules alone is not enough: plugins and libraries are
filtered by name here.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

# Python modules the app never imports; some are pulled in by optional imports of libraries.
EXCLUDED_MODULES = [
    "tkinter", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtPdf",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtMultimedia", "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtXml",
    "PySide6.QtConcurrent", "PySide6.QtHelp", "PySide6.QtStateMachine", "PySide6.QtDBus",
    "pytest", "pytestqt", "_pytest", "setuptools", "pkg_resources", "pip", "IPython",
    "numpy.f2py", "numpy.distutils", "numpy.testing", "pydoc_data", "lib2to3",
    # No network, ever: without ssl the app could not make a TLS connection even by mistake
    # (libssl stays out). _hashlib (OpenSSL's libcrypto, 4.6 MB) stays in: kiosk mode's PIN
    # uses hashlib.scrypt, which only OpenSSL provides.
    "ssl", "_ssl", "dbm", "_dbm", "_gdbm", "sqlite3", "_sqlite3", "_tkinter",
    "curses", "_curses", "readline",
]

# Qt libraries the app needs, by the name between "Qt6" and the extension.
QT_LIBS_KEPT = {"Core", "Gui", "Widgets", "Svg", "Network", "PrintSupport", "DBus", "XcbQpa",
                "WaylandClient", "WlShellIntegration", "OpenGL", "EglFSDeviceIntegration"}

# Plugin folders kept, and within them which plugins; everything else in plugins/ goes.
PLUGINS_KEPT = {
    "platforms": {"qxcb", "qoffscreen", "qwayland", "qwayland-egl", "qwayland-generic",
                  "qminimal", "qwindows", "qcocoa"},
    "platformthemes": {"qxdgdesktopportal"},  # not gtk3: it would pull in GTK
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    "imageformats": {"qsvg", "qico", "qjpeg", "qgif"},
    "iconengines": {"qsvgicon"},
    "xcbglintegrations": None,  # None: the whole folder
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient"},
    "wayland-graphics-integration-client": None,
    "printsupport": {"cupsprintersupport"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
}

_QT_LIB = re.compile(r"(?:^|[/\\])(?:lib)?Qt6([A-Za-z]+)(?:\.so[.\d]*|\.dll|\.dylib)$")
_PLUGIN = re.compile(r"[/\\]plugins[/\\]([^/\\]+)[/\\](?:lib)?([^/\\.]+)[^/\\]*$")
_DROPPED_DATA = re.compile(r"[/\\](translations|qml|metatypes|include|typesystems|glue|scripts"
                           r"|examples|doc)[/\\]|\.pyi$|[/\\]Qt[/\\]lib[/\\]cmake[/\\]")


def _keep_binary(dest: str) -> bool:
    plugin = _PLUGIN.search(dest)
    if plugin is not None:
        folder, name = plugin.groups()
        if folder not in PLUGINS_KEPT:
            return False
        wanted = PLUGINS_KEPT[folder]
        return wanted is None or name in wanted
    lib = _QT_LIB.search(dest)
    if lib is not None:
        return lib.group(1) in QT_LIBS_KEPT
    # PySide6's own Python bindings for modules the app never imports (QtQml.abi3.so, ...).
    module = re.search(r"PySide6[/\\](Qt[A-Za-z]+)\.", dest)
    if module is not None:
        return module.group(1) in {f"Qt{name}" for name in QT_LIBS_KEPT}
    return not re.search(r"[/\\]Qt[/\\]lib[/\\](libavcodec|libavformat|libavutil"
                         r"|libswresample|libswscale|libffmpeg)", dest)


def slim_binaries(binaries: list) -> list:  # type: ignore[type-arg]
    """PyInstaller's TOC without the binaries the app never loads, nor (Linux) the ones the
    computer provides. What only a dropped plugin linked to is removed after the build, from
    the folder itself (linux_package.prune_bundle), where every file's links can be read."""
    kept = [entry for entry in binaries if _keep_binary(entry[0])]
    if sys.platform.startswith("linux"):
        kept = [entry for entry in kept if os.path.basename(entry[0]) not in SYSTEM_PROVIDED]
    return kept


# Taken from the computer, not the bundle, like its OpenGL driver: the printing system. libcups
# brings GnuTLS, Kerberos, Avahi and their kin (~11 MB), and must match the computer's CUPS
# anyway. Where it is missing, Qt's printing plugin does not load and the Print dialog offers
# saving as PDF only; everything else works.
SYSTEM_PROVIDED = {"libcups.so.2"}
# Also from the computer, as AppImage's exclude list has it: libraries every Linux desktop has,
# that must match its display server, fonts or sound server (a bundled ALSA library would load
# the computer's PipeWire or PulseAudio ALSA plugin built against another ALSA), or that belong
# to the C library itself (libmvec).
SYSTEM_PROVIDED |= {"libX11.so.6", "libX11-xcb.so.1", "libxcb.so.1", "libfontconfig.so.1",
                    "libfreetype.so.6", "libharfbuzz.so.0", "libexpat.so.1", "libz.so.1",
                    "libgcc_s.so.1", "libmvec.so.1", "libasound.so.2", "libgpg-error.so.0"}


# Qt's own translations of its standard buttons and dialogs stay for the languages the app ships
# (resources/i18n/prt_desktop_<code>.ts; ui/i18n.py loads qtbase_<code>.qm beside our own).
_LANGUAGES = sorted(p.stem.rsplit("_", 1)[1] for p in
                    (Path(__file__).resolve().parent.parent / "resources" / "i18n").glob("*.ts"))
_KEPT_DATA = re.compile(r"[/\\]translations[/\\]qtbase_(?:" + "|".join(_LANGUAGES or ["-"])
                        + r")\.qm$")
# The translators' source files: the app reads only the compiled .qm beside them.
_DROPPED_OURS = re.compile(r"(?:^|[/\\])resources[/\\]i18n[/\\][^/\\]+\.ts$")


def slim_datas(datas: list) -> list:  # type: ignore[type-arg]
    return [entry for entry in datas if _KEPT_DATA.search(entry[0]) or not (
        _DROPPED_DATA.search(entry[0]) or _DROPPED_OURS.search(entry[0]))]
