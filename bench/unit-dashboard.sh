#!/usr/bin/env bash
# The unit dashboard of issue 5 (p95 < 100 ms under `wrk -t2 -c32` on loopback): publishes the web app (Release),
# starts it on a fresh SQLite demo database on 127.0.0.1, signs in as canbo.langson (THADS Lạng Sơn: its movement, 8
# regional offices, the registration round, two covenants, targets and monthly actuals), then runs wrk for 30 s on
#  - the page /Targets/Dashboard (the user's first unit, the current emulation year), and
#  - the API GET /api/v1/targets/dashboard (same data as JSON),
# printing requests, rps and the p50/p90/p95/p99 latencies (bench/p95.lua).
# Usage: bash bench/unit-dashboard.sh   (needs wrk and curl)
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/bench; port=5098; url="http://127.0.0.1:$port"
dotnet publish src/ThiDua.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/web" -v q --nologo >/dev/null
data=$(mktemp -d)
ASPNETCORE_ENVIRONMENT=Production Demo__Enabled=true Security__SecureCookies=false THIDUA_DATA="$data" \
  Serilog__MinimumLevel__Default=Warning ASPNETCORE_URLS="$url" "$out/web/ThiDua.Web" >"$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data" "${jar:-}"' EXIT
for _ in $(seq 1 600); do curl -s -o /dev/null -w '%{http_code}' "$url/Account/Login" | grep -q 200 && break; sleep 0.1; done
jar=$(mktemp); page=$(curl -s -c "$jar" "$url/Account/Login")
token=$(echo "$page" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "Input.UserName=canbo.langson" --data-urlencode "Input.Password=ThiDua-Demo-2026" \
     --data-urlencode "__RequestVerificationToken=$token" "$url/Account/Login"
cookie=$(awk '$6=="thidua.auth"{print $6"="$7}' "$jar")
for path in /Targets/Dashboard /api/v1/targets/dashboard; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$url$path")
  [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "Cookie: $cookie" "$url$path"; done
  echo "--- $path (signed in as canbo.langson)"
  wrk -t2 -c32 -d30s --timeout 5s -s bench/p95.lua -H "Cookie: $cookie" "$url$path" | grep -E '^(requests|p[0-9]+)'
done
echo "rss_mb=$(( $(ps -o rss= -p "$pid") / 1024 ))"
