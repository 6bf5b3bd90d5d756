#!/usr/bin/env bash
# The full test matrix: installs (apt, when missing) PostgreSQL, Chromium, the fonts the browser and document tests need
# and poppler-utils (pdftotext for the PDF tests),
# starts a throw-away PostgreSQL on 127.0.0.1, runs `dotnet test` with both tiers on, stops PostgreSQL, and
# prints a last line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { echo "[test-all] $*" >&2; }

missing=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-liberation2 >/dev/null 2>&1 || missing+=(fonts-liberation2)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
# pdftotext and pdftoppm: the document tests read the generated PDFs back as text.
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq "${missing[@]}" >&2 || log "apt-get failed; the tiers that need these packages will be skipped"
fi

pg_started=""
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -n "$pgbin" ] && id postgres >/dev/null 2>&1; then
  pgdata=$(mktemp -d /tmp/thidua-pg.XXXXXX)
  chown postgres:postgres "$pgdata"
  port=55432
  if runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null \
     && runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -t 60 \
          -o "-p $port -k $pgdata -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null; then
    pg_started="$pgdata"
    export THIDUA_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Timeout=15;Command Timeout=120"
    log "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
  else
    log "PostgreSQL did not start; its tier will be skipped"
    [ -f "$pgdata/server.log" ] && tail -n 20 "$pgdata/server.log" >&2
  fi
fi

stop_pg() {
  if [ -n "$pg_started" ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$pg_started" -m fast -w stop >/dev/null 2>&1
    rm -rf "$pg_started"
  fi
}
trap stop_pg EXIT

export THIDUA_SCREENSHOTS="$root/artifacts/screenshots"
out=$(mktemp)
dotnet test ThiDua.slnx 2>&1 | tee "$out"
status=${PIPESTATUS[0]}

# Sum the per-project summaries: "Passed!  - Failed: 0, Passed: 39, Skipped: 0, Total: 39"
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- Failed: ' "$out" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$out"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the build or the runner failed before any summary
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
