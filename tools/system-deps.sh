#!/usr/bin/env bash
# Debian packages the kiosk needs at run time (Qt's libraries, the Virtual Keyboard's libpulse0,
# fonts) and for the tests (PostgreSQL for the central server). Installs what is missing when run
# as root on Debian/Ubuntu; otherwise prints the exact command to run.
set -euo pipefail
packages=(
  libgl1 libegl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 libpulse0
  fonts-noto-core fonts-noto-ui-core fontconfig
)
if [ "${1:-}" = "--with-test" ]; then packages+=(postgresql openssl); fi

command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not Debian/Ubuntu; install Qt 6's runtime libraries and Noto fonts yourself." >&2; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "system-deps: missing Debian packages. Run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
