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

# Python modules the app never imports; some are pulled in by optional imports of libraries.
EXCLUDED_MODULES = [
    "tkinter", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtPdf",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtMultimedia", "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtXml",
    "PySide6.QtConcurrent", "PySide6.QtHelp", "PySide6.QtStateMachine", "PySide6.QtDBus",
    "pytest", "pytestqt", "_pytest", "setuptools", "pkg_resources", "pip", "IPython",
    "numpy.f2py", "numpy.distutils", "numpy.testing", "pydoc_data", "lib2to3",
    # No network, ever: without ssl the app could not make a TLS connection even by mistake,
    # and OpenSSL (5 MB) stays out; hashlib falls back to Python's own sha256.
    "ssl", "_ssl", "_hashlib", "dbm", "_dbm", "_gdbm", "sqlite3", "_sqlite3", "_tkinter",
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
    """PyInstaller's TOC without the binaries the app never loads."""
    kept = [entry for entry in binaries if _keep_binary(entry[0])]
    return _prune_system_libraries(kept) if sys.platform.startswith("linux") else kept


_SYSTEM_LIB = re.compile(r"^lib[^/\\]*\.so[.\d]*$")
# Loaded with ctypes (dlopen), so nothing links to them: always kept.
_DLOPENED = ("libpython", "libportaudio")
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


def _prune_system_libraries(binaries: list) -> list:  # type: ignore[type-arg]
    """Drop the system libraries that only a dropped plugin needed (the GTK theme plugin brings
    GTK's pango, cairo and atk; the TLS plugins OpenSSL): PyInstaller collected them before
    the plugins were filtered. What stays is what the kept binaries link to, transitively."""
    from PyInstaller.depend.bindepend import get_imports

    binaries = [e for e in binaries if e[0] not in SYSTEM_PROVIDED]
    system = {entry[0]: entry for entry in binaries
              if _SYSTEM_LIB.match(entry[0]) and entry[2] == "BINARY"}
    roots = [e for e in binaries if e[0] not in system or e[0].startswith(_DLOPENED)]
    needed = {e[0] for e in roots if e[0] in system}
    queue = [e[1] for e in roots if e[2] == "BINARY"]
    while queue:
        source = queue.pop()
        try:
            imports = get_imports(source)
        except Exception:  # not an ELF file PyInstaller can read: nothing to follow
            continue
        for name, _resolved in imports:
            base = os.path.basename(name)
            if base in system and base not in needed:
                needed.add(base)
                queue.append(system[base][1])
    dropped = set(system) - needed
    return [e for e in binaries if e[0] not in dropped
            and not (e[2] == "SYMLINK" and os.path.basename(e[1]) in dropped)]


def slim_datas(datas: list) -> list:  # type: ignore[type-arg]
    return [entry for entry in datas if not _DROPPED_DATA.search(entry[0])]
