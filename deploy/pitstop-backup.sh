#!/usr/bin/env bash
# Back up the kiosk's data folder while the kiosk runs: a consistent copy of the SQLite database
# (SQLite's online backup API, so WAL contents are included), the settings, the staff PIN hash and
# the audit log, as one tar.gz in BACKUP_DIR; keeps the newest KEEP archives.
# Contact requests in the database are sealed: a backup holds no readable personal data.
#
# usage: pitstop-backup.sh [DATA_DIR [BACKUP_DIR [KEEP]]]
set -euo pipefail
data="${1:-${PITSTOP_HOME:-/var/lib/pitstop}}"
dest="${2:-${BACKUP_DIR:-/var/backups/pitstop}}"
keep="${3:-${KEEP:-14}}"
python="${PITSTOP_PYTHON:-/opt/pitstop/.venv/bin/python}"
command -v "$python" >/dev/null 2>&1 || python=python3

[ -d "$data" ] || { echo "pitstop-backup: data folder $data does not exist" >&2; exit 1; }
mkdir -p "$dest"
chmod 0700 "$dest"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/pitstop"

if [ -f "$data/pitstop.sqlite3" ]; then
  "$python" - "$data/pitstop.sqlite3" "$work/pitstop/pitstop.sqlite3" <<'PY'
import sqlite3, sys
src = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
dst = sqlite3.connect(sys.argv[2])
with dst:
    src.backup(dst)
ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
dst.close(); src.close()
sys.exit(0 if ok == "ok" else f"pitstop-backup: the copied database fails its integrity check: {ok}")
PY
fi
# office.pub, office-ca.pem and enrolment.json come from enrolment: settings.toml names office.pub.
for f in settings.toml staff.json logs/audit.log sync-state.json office.pub office-ca.pem enrolment.json; do
  if [ -f "$data/$f" ]; then
    mkdir -p "$work/pitstop/$(dirname "$f")"
    cp -p "$data/$f" "$work/pitstop/$f"
  fi
done

archive="$dest/pitstop-$stamp.tar.gz"
(umask 077 && tar -C "$work" -czf "$archive.tmp" pitstop && mv "$archive.tmp" "$archive")
echo "pitstop-backup: wrote $archive"

# Keep the newest $keep archives (names sort by time).
shopt -s nullglob
archives=("$dest"/pitstop-*.tar.gz)
mapfile -t old < <(printf '%s\n' "${archives[@]}" | sort -r | tail -n +"$((keep + 1))")
for f in "${old[@]}"; do [ -n "$f" ] && rm -f -- "$f"; done
