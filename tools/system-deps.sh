#!/usr/bin/env bash
# Debian packages the kiosk needs at run time (Qt's libraries, the Virtual Keyboard's libpulse0,
# fonts), for the tests (--with-test: PostgreSQL for the central server) and for the benchmarks
# (--with-bench: cage, to measure the kiosk where it runs). Installs what is missing when run
# as root on Debian/Ubuntu; otherwise prints the exact command to run.
set -euo pipefail
packages=(
  libgl1 libegl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 libpulse0
  fonts-noto-core fonts-noto-ui-core fontconfig
  # speech mode (ui/speech/): Qt's speechd plugin links libspeechd2; the daemon speaks with espeak-ng
  # (speech-dispatcher-audio-plugins and libasound2: its ALSA output, which the tests catch in a file)
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libspeechd2
  speech-dispatcher-audio-plugins libasound2
  # central/figures/report.py: the figures' PDF report writes "≤ 3" with DejaVu Sans
  fonts-dejavu-core
)
for flag in "$@"; do
  case "$flag" in
    --with-test) packages+=(postgresql openssl)
      # tests/central/test_nginx.py: deploy/nginx-pitstop-central.conf in front of the real server
      packages+=(nginx-light)
      # tests/e2e/test_run_screen.py: kiosk mode on a bare X server (no window manager), resized by xrandr
      packages+=(xvfb x11-xserver-utils x11-utils)
      # tests/central/office/: the office console in a real browser (Playwright drives Debian's chromium)
      packages+=(chromium) ;;
    # benchmarks/bench_idle_cage.py: the deployment's compositor with its headless backend; cage
    # 0.1.4 will not start without the Xwayland binary; Qt's Wayland plugin needs the client libs.
    --with-bench) packages+=(cage xwayland libwayland-client0 libwayland-cursor0 libwayland-egl1) ;;
    *) echo "system-deps: unknown option $flag (--with-test, --with-bench)" >&2; exit 2 ;;
  esac
done

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
