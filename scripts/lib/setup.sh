# shellcheck shell=bash
# Shared set-up for scripts/run and scripts/test. Source it, then call `prt_setup run` or
# `prt_setup test`. It makes sure of, in order:
#   1. Python >= 3.11 (python3, or the interpreter named by PRT_PYTHON);
#   2. the Debian/Ubuntu packages that Qt, PortAudio and the test audio rig need (skipped where
#      there is no dpkg, or with PRT_SKIP_APT=1);
#   3. the virtual environment .venv/ at the repo root, with the project installed editable with
#      its test extras (and, for `test`, the render extra, so the render tests run too),
#      reinstalled only when pyproject.toml or the extras changed since the last install.
# It sets PRT_ROOT (the repo root) and PRT_VENV (the venv folder).

PRT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PRT_VENV=$PRT_ROOT/.venv
PRT_PYTHON=${PRT_PYTHON:-python3}
# The stamp holds the hash of pyproject.toml and the install spec (so the extras too) at the last
# successful install. The test spec is a superset of the run spec: its stamp satisfies `run` too,
# so alternating ./scripts/run and ./scripts/test never reinstalls.
PRT_STAMP=$PRT_VENV/.prt-install-stamp
PRT_SPEC_RUN='.[test]'
PRT_SPEC_TEST='.[test,render,build]'  # build: CI builds the bundle and smoke-tests it
PRT_INSTALL_SPEC=$PRT_SPEC_RUN

# Qt's offscreen platform (the tests) and what every Qt start needs: GL, fonts, keymaps, D-Bus.
PRT_DEBS_QT=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3
             fonts-dejavu-core)
# `import sounddevice` loads the system's PortAudio.
PRT_DEBS_AUDIO=(libportaudio2)
# Qt's xcb platform, for a window on a real X screen (scripts/run only).
PRT_DEBS_SCREEN=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
                 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
                 libx11-xcb1 libxcb-randr0)
# The test audio rig: a JACK server with the dummy driver, paced in real time (tests/audio_rig.py).
PRT_DEBS_TEST=(jackd2 espeak-ng poppler-utils binutils)  # audio rig; fallback voice; reading PDFs back; objdump and strip for PyInstaller (CI builds the bundle)

prt_say() { printf '%s\n' "$*" >&2; }
prt_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

prt_check_python() {
    command -v "$PRT_PYTHON" >/dev/null 2>&1 ||
        prt_die "$PRT_PYTHON not found. prt-desktop needs Python 3.11 or newer" \
                "(Debian/Ubuntu: sudo apt-get install python3; or set PRT_PYTHON to an interpreter)."
    local verdict
    verdict=$("$PRT_PYTHON" -c 'import sys; print("ok" if sys.version_info >= (3, 11) else "old")' 2>/dev/null) || true
    if [[ "$verdict" != ok ]]; then
        local found
        found=$("$PRT_PYTHON" -V 2>&1 | grep -o 'Python [0-9.]*' || true)
        prt_die "prt-desktop needs Python 3.11 or newer, but $PRT_PYTHON is" \
                "${found:-not a working Python}. Install a newer Python and run again," \
                "e.g. PRT_PYTHON=python3.11 $0"
    fi
}

# True when Debian package $1 is installed (or its t64-renamed twin, as on Ubuntu 24.04 and Debian 13).
prt_deb_installed() {
    local p
    for p in "$1" "${1}t64"; do
        dpkg-query -W -f='${db:Status-Status}\n' "$p" 2>/dev/null | grep -qx installed && return 0
    done
    return 1
}

# The venv module needs ensurepip, which Debian ships apart, in python3-venv (or python3.X-venv).
prt_venv_package() {
    [[ -x "$PRT_VENV/bin/python" ]] && return 0
    "$PRT_PYTHON" -c 'import ensurepip' 2>/dev/null && return 0
    local exe version
    exe=$("$PRT_PYTHON" -c 'import os, sys; print(os.path.realpath(sys.executable))')
    version=$("$PRT_PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    if [[ "$exe" == "$(readlink -f /usr/bin/python3 2>/dev/null)" ]]; then
        echo python3-venv
    else
        echo "python$version-venv"
    fi
}

# PyInstaller (CI builds the bundle) needs the interpreter's shared library, which Debian and
# Ubuntu ship in a package of its own (libpython3.11 for Debian 12's python3).
prt_libpython_package() {
    local exe version
    exe=$("$PRT_PYTHON" -c 'import os, sys; print(os.path.realpath(sys.executable))')
    [[ "$exe" == "$(readlink -f /usr/bin/python3 2>/dev/null)" ]] || return 0
    version=$("$PRT_PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    echo "libpython$version"
}

prt_check_debs() {
    local mode=$1 p
    if [[ "${PRT_SKIP_APT:-0}" == 1 ]]; then
        prt_say "note: PRT_SKIP_APT=1: not checking system packages."
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1; then
        prt_say "note: not a Debian/Ubuntu system (no dpkg): not checking system packages." \
                "Qt and PortAudio must come from elsewhere; see docs/setup.md."
        return 0
    fi
    local wanted=("${PRT_DEBS_QT[@]}" "${PRT_DEBS_AUDIO[@]}")
    case $mode in
        run) wanted+=("${PRT_DEBS_SCREEN[@]}") ;;
        test) wanted+=("${PRT_DEBS_TEST[@]}")
              local libpython
              libpython=$(prt_libpython_package)
              if [[ -n "$libpython" ]]; then wanted+=("$libpython"); fi ;;
    esac
    local venv_pkg
    venv_pkg=$(prt_venv_package)
    [[ -n "$venv_pkg" ]] && wanted=("$venv_pkg" "${wanted[@]}")

    local missing=()
    for p in "${wanted[@]}"; do
        prt_deb_installed "$p" || missing+=("$p")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0

    if [[ $(id -u) -ne 0 ]]; then
        prt_say "Some system packages that prt-desktop needs are missing: ${missing[*]}"
        prt_say "Install them with this command (run 'sudo apt-get update' first if apt cannot find them), then run $0 again:"
        prt_say ""
        prt_say "    sudo apt-get install -y --no-install-recommends ${missing[*]}"
        prt_say ""
        exit 1
    fi
    prt_say "Installing system packages: ${missing[*]}"
    # The fresh root of a container has empty apt lists, so update once before installing.
    # jackd2 asks about real-time priority unless debconf is non-interactive.
    export DEBIAN_FRONTEND=noninteractive
    apt-get -qq -o DPkg::Lock::Timeout=120 update >/dev/null ||
        prt_die "apt-get update failed (see above); cannot install ${missing[*]}."
    apt-get -qq -o DPkg::Lock::Timeout=120 install -y --no-install-recommends "${missing[@]}" >/dev/null ||
        prt_die "apt-get install failed (see above) for: ${missing[*]}"
}

prt_hash_pyproject() {
    "$PRT_VENV/bin/python" - "$PRT_ROOT/pyproject.toml" "${1:-$PRT_INSTALL_SPEC}" <<'EOF'
import hashlib, sys
digest = hashlib.sha256(open(sys.argv[1], "rb").read())
digest.update(sys.argv[2].encode())
print(digest.hexdigest())
EOF
}

prt_ensure_venv() {
    local created=0
    if [[ -e "$PRT_VENV" ]] && ! "$PRT_VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
        # A venv whose interpreter is gone (Python upgraded or removed): start over.
        prt_say "The virtual environment in .venv/ is broken; creating it again."
        rm -rf "$PRT_VENV"
    fi
    if [[ ! -e "$PRT_VENV" ]]; then
        prt_say "Creating the virtual environment in .venv/ with $("$PRT_PYTHON" -V 2>&1)"
        "$PRT_PYTHON" -m venv "$PRT_VENV" || prt_die "could not create .venv/ with $PRT_PYTHON -m venv."
        created=1
    fi
    local want have=""
    want=$(prt_hash_pyproject)
    [[ -f "$PRT_STAMP" ]] && have=$(<"$PRT_STAMP")
    if [[ "$PRT_INSTALL_SPEC" == "$PRT_SPEC_RUN" && -n "$have" &&
          "$have" == "$(prt_hash_pyproject "$PRT_SPEC_TEST")" ]]; then
        want=$have
    fi
    if [[ "$want" == "$have" && -x "$PRT_VENV/bin/prt-desktop" && -x "$PRT_VENV/bin/ruff" ]]; then
        return 0
    fi
    if [[ $created == 1 ]]; then
        prt_say "Installing prt-desktop and its dependencies into .venv/" \
                "(the first time downloads about 200 MB, mostly Qt; this takes a few minutes)"
    elif [[ -n "$have" ]]; then
        prt_say "pyproject.toml or the extras ($PRT_INSTALL_SPEC) changed: reinstalling prt-desktop into .venv/"
    else
        prt_say "Installing prt-desktop into .venv/ (no record of a finished install there)"
    fi
    rm -f "$PRT_STAMP"
    (cd "$PRT_ROOT" &&
        PIP_DISABLE_PIP_VERSION_CHECK=1 "$PRT_VENV/bin/python" -m pip install \
            -qq --progress-bar off -e "$PRT_INSTALL_SPEC") ||
        prt_die "pip could not install the project into .venv/ (its errors are above)."
    printf '%s\n' "$want" >"$PRT_STAMP"
}

# The translations (resources/i18n/*.ts -> .qm) with the lrelease that PySide6 brings. The .qm
# files are committed too (pip install . has no lrelease step), and a file is rewritten only when
# it changes, so this is quiet and leaves the checkout clean; if it fails the committed ones stay.
prt_compile_translations() {
    "$PRT_VENV/bin/python" "$PRT_ROOT/scripts/i18n.py" --release --quiet ||
        prt_say "note: could not compile the translations; the ones in resources/i18n/ are used."
}

# Other runs of the scripts in the same checkout (a developer's test run beside an editor's) must
# not install into .venv/ at the same time: hold a lock while checking and installing, and only
# then, so that the tests themselves run side by side.
prt_lock_venv() {
    command -v flock >/dev/null 2>&1 || return 0
    local key
    key=$(printf '%s' "$PRT_ROOT" | cksum | cut -d' ' -f1)
    exec 9>"${TMPDIR:-/tmp}/prt-desktop-venv-$key-$(id -u).lock"
    flock 9
}

prt_unlock_venv() {
    command -v flock >/dev/null 2>&1 || return 0
    flock -u 9
    exec 9>&-
}

prt_setup() {
    local mode=$1
    case $mode in
        run) PRT_INSTALL_SPEC=$PRT_SPEC_RUN ;;
        test) PRT_INSTALL_SPEC=$PRT_SPEC_TEST ;;
        *) prt_die "prt_setup: unknown mode '$mode'" ;;
    esac
    prt_check_python
    prt_check_debs "$mode"
    prt_lock_venv
    prt_ensure_venv
    prt_compile_translations
    prt_unlock_venv
}
