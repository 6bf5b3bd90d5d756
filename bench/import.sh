#!/usr/bin/env bash
# Import benchmark for docs/benchmarks.md: 10,000 people with five years of records from .xlsx, through the real CLI
# (`thidua import KIND FILE`), on SQLite and — when THIDUA_BENCH_PGPORT names the port of a PostgreSQL server on
# 127.0.0.1 (user postgres, trust) — on PostgreSQL. Prints wall time and peak resident memory (GNU time) per file and the total.
# Usage: bash bench/import.sh [PEOPLE]
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-10000}
out=artifacts/bench; files="$out/import-files"
dotnet build bench/ThiDua.Bench -c Release -v q --nologo >/dev/null
dotnet run -c Release --no-build --project bench/ThiDua.Bench -- import-files "$files" "$people"
dotnet publish src/ThiDua.Cli -c Release -o "$out/cli" -v q --nologo >/dev/null
ls -l "$files"

run_all() { # $1 = label; environment selects the database
  local total=0
  dotnet "$out/cli/thidua.dll" demo seed >/dev/null
  for kind in people ratings leave discipline initiatives awards; do
    local log; log=$(mktemp)
    /usr/bin/time -f "%e %M" -o "$log" dotnet "$out/cli/thidua.dll" import "$kind" "$files/$kind.xlsx" >/dev/null
    read -r secs kb <"$log"
    echo "$1 $kind: ${secs}s, peak RSS $((kb / 1024)) MB"
    total=$(echo "$total + $secs" | bc)
    rm -f "$log"
  done
  echo "$1 total: ${total}s"
}

data=$(mktemp -d)
THIDUA_DATA="$data" Database__Provider=Sqlite run_all sqlite
rm -rf "$data"
if [ -n "${THIDUA_BENCH_PGPORT:-}" ]; then
  db="thidua_bench_$$"
  psql -h 127.0.0.1 -p "$THIDUA_BENCH_PGPORT" -U postgres -q -c "CREATE DATABASE $db"
  data=$(mktemp -d)
  THIDUA_DATA="$data" Database__Provider=Postgres ConnectionStrings__Default="Host=127.0.0.1;Port=$THIDUA_BENCH_PGPORT;Username=postgres;Database=$db" run_all postgres
  psql -h 127.0.0.1 -p "$THIDUA_BENCH_PGPORT" -U postgres -q -c "DROP DATABASE $db"
  rm -rf "$data"
fi
