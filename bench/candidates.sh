#!/usr/bin/env bash
# Candidate-list benchmark for docs/benchmarks.md (issue 4): a national data set (34 provincial agencies, 355 regional
# offices, PEOPLE people with ten emulation years of ratings, initiatives, leave, discipline, pending cases and the
# historic awards their ratings earned — bench/ThiDua.Bench/CandidateData.cs, bulk inserts), then
#  - ListCandidates for the root unit and the last finished year (every person × 9 individual titles and forms and
#    every collective × 3 collective titles), three runs in one process (bench `candidates-list`);
#  - the streamed export through the published CLI (`thidua candidates export --unit QLTHADS --out FILE.csv`) under
#    GNU time: wall time (process start included) and peak resident memory.
# SQLite by default; also PostgreSQL when THIDUA_BENCH_PGPORT names the port of a server on 127.0.0.1 (user postgres,
# trust), in a database made for the run and dropped after it. THIDUA_BENCH_STREAM="100000 1000000" adds, on
# PostgreSQL, the streamed export alone for those sizes (the paged list holds a whole unit in memory: not for a million).
# Usage: [THIDUA_BENCH_PGPORT=55433] [THIDUA_BENCH_STREAM="100000 1000000"] bash bench/candidates.sh [PEOPLE]
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-10000}
out=artifacts/bench
dotnet build bench/ThiDua.Bench -c Release -v q --nologo >/dev/null
dotnet publish src/ThiDua.Cli -c Release -o "$out/cli" -v q --nologo >/dev/null
bench() { dotnet bench/ThiDua.Bench/bin/Release/net10.0/ThiDua.Bench.dll "$@"; }

export_timed() { # $1 = label, $2 = year; environment selects the database.
  local log csv; log=$(mktemp); csv="$out/candidates.csv"
  /usr/bin/time -f "%e %M" -o "$log" dotnet "$out/cli/thidua.dll" candidates export --unit QLTHADS --year "$2" --out "$csv" --batch 5000 2>/dev/null
  read -r secs kb <"$log"
  echo "$1: candidates export: $(($(wc -l <"$csv") - 1)) rows, $(du -m "$csv" | cut -f1) MB, ${secs}s wall (process start included), peak RSS $((kb / 1024)) MB"
  rm -f "$log" "$csv"
}

run() { # $1 = label, $2 = people, $3 = "list" to time ListCandidates too
  local started year; started=$(date +%s)
  year=$(bench candidates-data "$2" | tail -1)
  echo "$1: generated $2 people in $(($(date +%s) - started))s (assessed year $year)"
  if [ "${3:-}" = list ]; then bench candidates-list "$year" 3; fi
  export_timed "$1" "$year"
}

data=$(mktemp -d)
THIDUA_DATA="$data" Database__Provider=Sqlite run "sqlite $people" "$people" list
rm -rf "$data"
if [ -n "${THIDUA_BENCH_PGPORT:-}" ]; then
  for n in "$people" ${THIDUA_BENCH_STREAM:-}; do
    db="thidua_bench_$$_$n"
    psql -h 127.0.0.1 -p "$THIDUA_BENCH_PGPORT" -U postgres -q -c "CREATE DATABASE $db"
    data=$(mktemp -d)
    mode=$([ "$n" = "$people" ] && echo list || echo stream)
    THIDUA_DATA="$data" Database__Provider=Postgres ConnectionStrings__Default="Host=127.0.0.1;Port=$THIDUA_BENCH_PGPORT;Username=postgres;Database=$db;Command Timeout=600" \
      run "postgres $n" "$n" "$mode"
    psql -h 127.0.0.1 -p "$THIDUA_BENCH_PGPORT" -U postgres -q -c "DROP DATABASE $db"
    rm -rf "$data"
  done
fi
