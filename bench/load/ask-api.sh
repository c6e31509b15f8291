#!/usr/bin/env bash
# GET /api/ask under wrk on a store holding the whole MedQuAD corpus, semantic matching on and then off (words only),
# loopback only, bounded in time; prints wrk's latency, the server's resident memory and the load average.
# Usage: bench/load/ask-api.sh DATA_DIR [seconds=10] [connections=8]
#   DATA_DIR: a data folder with ../shared/data/medquad/corpus.jsonl.gz imported (and its vectors in the database).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$1; seconds=${2:-10}; connections=${3:-8}
work=$(mktemp -d)
server=""
stop() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=""; fi; }
trap 'stop; rm -rf "$work"' EXIT
dotnet build -c Release src/Vertebra.Host >/dev/null
for semantic in on off; do
  dotnet src/Vertebra.Host/bin/Release/net10.0/vertebra.dll serve --data "$data" --semantic "$semantic" --urls http://127.0.0.1:5094 >"$work/serve-$semantic.log" 2>&1 &
  server=$!
  for _ in $(seq 1200); do curl -fs "http://127.0.0.1:5094/api/ask?q=back+pain" 2>/dev/null | grep -q '"answers":\[{' && break; sleep 0.5; done
  wrk -t2 -c"$connections" -d5s -s bench/load/ask-questions.lua http://127.0.0.1:5094 >/dev/null   # warm-up
  echo "== semantic $semantic: load average $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/load/ask-questions.lua http://127.0.0.1:5094
  echo "server RSS: $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$server/status), peak $(awk '/VmHWM/ {print $2/1024 " MB"}' /proc/$server/status)"
  stop
done
