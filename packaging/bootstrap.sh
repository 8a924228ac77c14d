#!/usr/bin/env bash
# Set up everything streamer-app needs on a fresh machine, then run it or its tests.
#   bash packaging/bootstrap.sh run [ARGS...]   set up, then start the app (the demo if no creator is set)
#   bash packaging/bootstrap.sh test [ARGS...]  set up, then run the whole test suite
# System packages (Qt's libraries, Xvfb, Chromium for the overlay tests) come from apt
# when it is there and we may use it; Python packages go into .venv beside this file.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"; shift || true

PY="${PYTHON:-python3}"
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
  || { echo "streamer-app needs Python 3.11 or newer ($("$PY" --version 2>&1) found)"; exit 1; }

system_packages=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0
  libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libglib2.0-0 fonts-dejavu-core fonts-noto-color-emoji
  fonts-droid-fallback
  libpulse0 libasound2 libspeechd2 xvfb xauth)
# binutils: the bundle-size tests strip a real library (packaging/strip_libs.py)
if [ "$mode" = test ]; then system_packages+=(chromium binutils); fi

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${system_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml | "$PY" -c 'import hashlib,sys; print(hashlib.sha1(sys.stdin.buffer.read()).hexdigest()[:12])')
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  rm -f .venv/.installed-*; touch "$stamp"
fi

case "$mode" in
  run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ] \
       && [[ " $* " != *" --headless "* ]]; then
      echo "No screen found: running the window on a virtual screen is pointless, so starting headless."
      exec .venv/bin/streamer-app --headless "$@"
    fi
    exec .venv/bin/streamer-app "$@" ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    .venv/bin/lint-imports
    for platform in linux win32 darwin; do
      echo "mypy --platform $platform"
      .venv/bin/mypy --platform "$platform"
    done
    # One worker per core, 2 to 4 (much of the suite waits on child processes and Chromium; more
    # would crowd the timing-sensitive tests); STREAMER_APP_TEST_WORKERS=0 runs it in this
    # process, e.g. to debug with -x --pdb.
    cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
    workers=$(( cores < 2 ? 2 : (cores > 4 ? 4 : cores) ))
    exec .venv/bin/python -m pytest -n "${STREAMER_APP_TEST_WORKERS:-$workers}" "$@" ;;
  *)
    echo "usage: bash packaging/bootstrap.sh run|test [ARGS...]"; exit 2 ;;
esac
