#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs (offscreen and, with --window, a real window under
# Xvfb; with --dist, the tools of `make dist`/`make deb`/`make dist-check`) when some are missing and
# we run as root. Prints what it would install otherwise.
set -eu
offscreen="libegl1 libgl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 poppler-utils"
window="xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 libxkbcommon-x11-0"
dist="binutils xz-utils desktop-file-utils"   # objdump/strip/readelf for PyInstaller and the spec
wanted="$offscreen"
[ "${1:-}" = "--window" ] && wanted="$offscreen $window"
[ "${1:-}" = "--dist" ] && wanted="$offscreen $dist"
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing we can do here
missing=""
for pkg in $wanted; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ]; then
    echo "Installing system libraries:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "Missing system libraries (install them with sudo apt-get install$missing)" >&2
fi
