#!/usr/bin/env bash
# Web figures for docs/benchmarks.md (loopback only, bounded in time):
#  - cold start: process start → first served page, on an existing SQLite database and on a first run (seeding);
#  - the dashboard and a bare Razor page (the sign-in form: no database work) under `wrk -t2 -c32 -d30s`;
#  - resident memory after the load.
# Usage: bash bench/web.sh   (needs wrk and curl; builds Release into artifacts/bench)
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/bench; port=5099; url="http://127.0.0.1:$port"
dotnet publish src/ThiDua.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/web" -v q --nologo >/dev/null
data=$(mktemp -d)
stop() { kill "$1"; while kill -0 "$1" 2>/dev/null; do sleep 0.05; done; }
run() { ASPNETCORE_ENVIRONMENT=Production Demo__Enabled=true Security__SecureCookies=false THIDUA_DATA="$data" \
        Serilog__MinimumLevel__Default=Warning ASPNETCORE_URLS="$url" "$out/web/ThiDua.Web" >"$data/app.log" 2>&1 & echo $!; }
first_page() { local start=$1; until curl -s -o /dev/null -w '%{http_code}' "$url/Account/Login" | grep -q 200; do sleep 0.02; done
               echo "$(( ($(date +%s%N) - start) / 1000000 ))"; }

start=$(date +%s%N); pid=$(run); echo "cold_start_first_run_ms=$(first_page "$start")  (migrations + demo seeding)"; stop "$pid"
for i in 1 2 3; do start=$(date +%s%N); pid=$(run); echo "cold_start_ms=$(first_page "$start")"; stop "$pid"; done

pid=$(run); first_page "$(date +%s%N)" >/dev/null
jar=$(mktemp); page=$(curl -s -c "$jar" "$url/Account/Login")
token=$(echo "$page" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "Input.UserName=canbo.langson" --data-urlencode "Input.Password=ThiDua-Demo-2026" \
     --data-urlencode "__RequestVerificationToken=$token" "$url/Account/Login"
cookie=$(awk '$6=="thidua.auth"{print $6"="$7}' "$jar")
curl -s -o /dev/null -w 'dashboard_status=%{http_code}\n' -H "Cookie: $cookie" "$url/"
for i in 1 2 3; do curl -s -o /dev/null -H "Cookie: $cookie" "$url/"; curl -s -o /dev/null "$url/Account/Login"; done
echo "--- dashboard (/, signed in as canbo.langson: 196 people, 14 units in scope)"
wrk -t2 -c32 -d30s --timeout 5s -s bench/p95.lua -H "Cookie: $cookie" "$url/" | grep -E '^(requests|p[0-9]+)'
echo "--- bare Razor page (/Account/Login, no database work)"
wrk -t2 -c32 -d30s --timeout 5s -s bench/p95.lua "$url/Account/Login" | grep -E '^(requests|p[0-9]+)'
echo "rss_mb=$(( $(ps -o rss= -p "$pid") / 1024 ))"
stop "$pid"
rm -rf "$data" "$jar"
