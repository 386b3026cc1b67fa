#!/usr/bin/env bash
# Install (or update) Family Pit Stop as a kiosk on Debian 12+ / Ubuntu 22.04+. Idempotent: run it
# again after copying a new version of the source; your data in /var/lib/pitstop is kept.
#
#   sudo deploy/install-kiosk.sh [--no-packages] [--no-venv] [--no-auto-updates] [--start]
#                                [--destdir DIR]
#
# What it does: installs cage, Python and Qt's runtime libraries (tools/system-deps.sh); creates
# the system user `pitstop`; copies the source to /opt/pitstop, builds the wheel from it (with the
# compiled translations) and installs that wheel into /opt/pitstop/.venv;
# installs the systemd unit (auto-login on tty7, cage, watchdog), the PAM file, the USB-stick
# automount rule, "never sleep" logind settings, persistent journald logs, the nightly backup
# timer and (unless --no-auto-updates) unattended security upgrades; enables everything.
# --destdir DIR writes the files below DIR and skips everything that changes the running system
# (packages, user, systemctl) — used by the tests.
set -euo pipefail

src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
destdir=""
packages=1 venv=1 auto_updates=1 start=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-packages) packages=0 ;;
    --no-venv) venv=0 ;;
    --no-auto-updates) auto_updates=0 ;;
    --start) start=1 ;;
    --destdir) destdir="${2:?--destdir needs a folder}"; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "install-kiosk: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

live=1
[ -n "$destdir" ] && live=0
if [ "$live" -eq 1 ] && [ "$(id -u)" -ne 0 ]; then
  echo "install-kiosk: run me as root (sudo $0)" >&2
  exit 1
fi
say() { echo "install-kiosk: $*"; }
opt="$destdir/opt/pitstop"
etc="$destdir/etc"

# 1. Debian packages: cage, Python, Qt's runtime libraries, Wayland client libraries. cage 0.1.4
#    (Debian 12) refuses to start without the Xwayland binary, which it does not depend on.
if [ "$live" -eq 1 ] && [ "$packages" -eq 1 ]; then
  command -v apt-get >/dev/null || { echo "install-kiosk: needs Debian or Ubuntu (apt-get)" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  say "installing Debian packages"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends \
    cage xwayland python3 python3-venv rsync dbus libpam-systemd \
    libwayland-client0 libwayland-cursor0 libwayland-egl1 libxkbcommon0 \
    fonts-noto-core fonts-noto-ui-core >/dev/null
  bash "$src/tools/system-deps.sh"
  if [ "$auto_updates" -eq 1 ]; then
    apt-get install -y -qq --no-install-recommends unattended-upgrades >/dev/null
  fi
fi

# 2. The system user that runs the kiosk (no password, no shell login).
if [ "$live" -eq 1 ]; then
  if ! id pitstop >/dev/null 2>&1; then
    say "creating user pitstop"
    useradd --system --home-dir /var/lib/pitstop --no-create-home --shell /usr/sbin/nologin \
      --comment "Family Pit Stop kiosk" pitstop
  fi
  for group in video input render audio; do
    getent group "$group" >/dev/null && usermod -a -G "$group" pitstop
  done
fi

# 3. The application: source in /opt/pitstop, virtual environment in /opt/pitstop/.venv.
say "copying the application to $opt"
mkdir -p "$opt"
if command -v rsync >/dev/null; then
  rsync -a --delete --exclude .venv --exclude .git --exclude out --exclude '__pycache__' \
    --exclude .mypy_cache --exclude .ruff_cache --exclude .pytest_cache --exclude /build \
    --exclude /dist --exclude '*.egg-info' --exclude '*.qm' "$src/" "$opt/"
else
  (cd "$src" && tar --exclude ./.venv --exclude ./.git --exclude ./out --exclude '__pycache__' \
    --exclude ./build --exclude ./dist --exclude '*.egg-info' --exclude '*.qm' -cf - .) |
    (cd "$opt" && tar -xf -)
fi
if [ "$venv" -eq 1 ]; then
  say "building the virtual environment"
  [ -x "$opt/.venv/bin/python" ] || python3 -m venv "$opt/.venv"
  "$opt/.venv/bin/python" -m pip install --quiet --upgrade pip
  # The kiosk runs from the wheel (assets and compiled translations are package data); the copy
  # in /opt/pitstop keeps deploy/ and docs/. The build fetches setuptools and PySide6-Essentials
  # (for lrelease) into pip's cache, where the install below finds PySide6 again.
  say "building the wheel"
  rm -rf "$opt/build" "$opt/dist"
  "$opt/.venv/bin/python" -m pip wheel --quiet --no-deps --wheel-dir "$opt/dist" "$opt"
  rm -rf "$opt/build"
  wheel="$(ls "$opt"/dist/family_pit_stop-*.whl)"
  say "installing $(basename "$wheel")"
  "$opt/.venv/bin/python" -m pip install --quiet "$wheel"
  # The same version number may be installed already (or an editable one from older installers).
  "$opt/.venv/bin/python" -m pip install --quiet --force-reinstall --no-deps "$wheel"
fi

# 4. System configuration files.
say "installing systemd, PAM, udev, logind and journald files"
install -D -m 0644 "$src/deploy/pitstop-kiosk.service" "$etc/systemd/system/pitstop-kiosk.service"
install -D -m 0644 "$src/deploy/pitstop-backup.service" "$etc/systemd/system/pitstop-backup.service"
install -D -m 0644 "$src/deploy/pitstop-backup.timer" "$etc/systemd/system/pitstop-backup.timer"
install -D -m 0644 "$src/deploy/pam.d-pitstop-kiosk" "$etc/pam.d/pitstop-kiosk"
install -D -m 0644 "$src/deploy/99-pitstop-usb.rules" "$etc/udev/rules.d/99-pitstop-usb.rules"
install -D -m 0644 "$src/deploy/logind-pitstop.conf" "$etc/systemd/logind.conf.d/pitstop.conf"
install -D -m 0644 "$src/deploy/journald-pitstop.conf" "$etc/systemd/journald.conf.d/pitstop.conf"
if [ "$auto_updates" -eq 1 ]; then
  install -D -m 0644 "$src/deploy/unattended-upgrades-pitstop.conf" \
    "$etc/apt/apt.conf.d/52pitstop-unattended"
fi
if [ ! -e "$etc/default/pitstop-kiosk" ]; then
  install -D -m 0644 /dev/null "$etc/default/pitstop-kiosk"
  echo "# Extra environment for pitstop-kiosk.service, e.g. QT_SCALE_FACTOR=1.25" \
    >"$etc/default/pitstop-kiosk"
fi
install -d -m 0700 "$destdir/var/lib/pitstop" "$destdir/var/backups/pitstop"
install -d -m 0755 "$destdir/media/pitstop"

# 5. Enable: boot to the kiosk, never sleep.
if [ "$live" -eq 1 ]; then
  chown pitstop:pitstop /var/lib/pitstop /var/backups/pitstop /media/pitstop
  systemctl daemon-reload
  udevadm control --reload || true
  systemctl mask --quiet sleep.target suspend.target hibernate.target hybrid-sleep.target
  systemctl set-default graphical.target >/dev/null
  systemctl enable --quiet pitstop-kiosk.service pitstop-backup.timer
  systemctl try-reload-or-restart systemd-journald.service || true
  if [ "$start" -eq 1 ] || systemctl is-active --quiet pitstop-kiosk.service; then
    say "(re)starting the kiosk"
    systemctl restart pitstop-kiosk.service
  fi
  if [ ! -f /var/lib/pitstop/staff.json ]; then
    say "no staff PIN yet. Set one now with:"
    echo "  sudo -u pitstop PITSTOP_HOME=/var/lib/pitstop /opt/pitstop/.venv/bin/pitstop staff set-pin"
  fi
fi
say "done. The kiosk starts at boot (or now: systemctl start pitstop-kiosk)."
