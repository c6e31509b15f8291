#!/usr/bin/env bash
# POST /api/guidance latency and throughput under wrk, loopback only, bounded in time.
# Usage: bench/load/guidance-api.sh [seconds=10] [connections=16]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}; connections=${2:-16}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build -c Release src/Vertebra.Host >/dev/null
dotnet src/Vertebra.Host/bin/Release/net10.0/vertebra.dll serve --data "$work/data" --urls http://127.0.0.1:5093 >"$work/serve.log" 2>&1 &
for _ in $(seq 120); do curl -fs http://127.0.0.1:5093/healthz >/dev/null && break; sleep 0.5; done
wrk -t2 -c"$connections" -d3s -s bench/load/guidance-post.lua http://127.0.0.1:5093/api/guidance >/dev/null   # warm-up
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/load/guidance-post.lua http://127.0.0.1:5093/api/guidance
