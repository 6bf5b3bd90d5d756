#!/usr/bin/env bash
# Import benchmark for docs/benchmarks.md: 10,000 people with five years of records from .xlsx, through the real CLI
# (`thidua import batch FOLDER`: people, ratings, leave, discipline, initiatives, awards in one transaction), on SQLite and — when THIDUA_BENCH_PGPORT names the port of a PostgreSQL server on
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

run_all() { # $1 = label; environment selects the database. One process imports the whole folder in one transaction.
  dotnet "$out/cli/thidua.dll" demo seed >/dev/null
  local log; log=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$log" dotnet "$out/cli/thidua.dll" import batch "$files" 2>/dev/null
  read -r secs kb <"$log"
  echo "$1: import batch of $(ls "$files" | wc -l) files: ${secs}s wall (process start included), peak RSS $((kb / 1024)) MB"
  rm -f "$log"
  # Importing the same folder again must change nothing (and shows the cost of a no-op re-import).
  /usr/bin/time -f "%e %M" -o "$log" dotnet "$out/cli/thidua.dll" import batch "$files" 2>/dev/null | grep -E "thêm|Đã nhập"
  read -r secs kb <"$log"
  echo "$1: re-import of the same folder: ${secs}s, peak RSS $((kb / 1024)) MB"
  rm -f "$log"
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
