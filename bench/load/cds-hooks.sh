#!/usr/bin/env bash
# CDS Hooks and Infobutton latency under wrk on loopback, bounded in time.
# Usage: bench/load/cds-hooks.sh [seconds=10] [rounds=3]
# Each round runs, one after another: patient-view and order-select with 1 and 8 connections,
# then the Infobutton in Atom and JSON with 8 connections. Prints wrk's latency distribution.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}; rounds=${2:-3}
port=5787; base=http://127.0.0.1:$port
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build -c Release src/Vertebra.Host >/dev/null
dotnet src/Vertebra.Host/bin/Release/net10.0/vertebra.dll serve --data "$work/data" --urls "$base" >"$work/serve.log" 2>&1 &
for _ in $(seq 120); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.5; done
info="$base/infobutton?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=M51.16"
run() { # name connections wrk-args...
  local name=$1 connections=$2; shift 2
  printf '%s, %s connection(s), load %s\n' "$name" "$connections" "$(cut -d' ' -f1 /proc/loadavg)"
  wrk -t"$((connections > 1 ? 2 : 1))" -c"$connections" -d"${seconds}s" --latency "$@" |
    grep -E '^ +(50|90|99)%|Requests/sec' | tr -s ' ' | tr '\n' ' '; echo
}
BODY_FILE=bench/load/cds/patient-view.json wrk -t2 -c8 -d3s -s bench/load/post-file.lua "$base/cds-services/vertebra-spine-conditions" >/dev/null
BODY_FILE=bench/load/cds/order-select.json wrk -t2 -c8 -d3s -s bench/load/post-file.lua "$base/cds-services/vertebra-manual-therapy-select" >/dev/null
wrk -t2 -c8 -d3s "$info" >/dev/null
for round in $(seq "$rounds"); do
  echo "== round $round"
  for c in 1 8; do
    BODY_FILE=bench/load/cds/patient-view.json run patient-view "$c" -s bench/load/post-file.lua "$base/cds-services/vertebra-spine-conditions"
    BODY_FILE=bench/load/cds/order-select.json run order-select "$c" -s bench/load/post-file.lua "$base/cds-services/vertebra-manual-therapy-select"
  done
  run "infobutton atom" 8 "$info"
  run "infobutton json" 8 "$info&knowledgeResponseType=application/json"
done
