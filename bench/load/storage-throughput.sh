#!/usr/bin/env bash
# Storage throughput (issue 7): one node on SQLite, one node on PostgreSQL and two nodes on one PostgreSQL database,
# measured in one run, alternating, so the comparison is fair on a noisy machine. Two nodes are loaded by two wrk
# processes at once (one per node) and their rates added, as a load balancer would spread them.
# Needs: wrk, and PostgreSQL reachable with $VERTEBRA_BENCH_POSTGRES (a connection string; a fresh schema is made).
# Loopback only; every run is bounded in time.
# Usage: bench/load/storage-throughput.sh [rounds=3] [seconds=8] [connections=16] [path=/healthz]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}; seconds=${2:-8}; connections=${3:-16}; path=${4:-/healthz}
: "${VERTEBRA_BENCH_POSTGRES:?set VERTEBRA_BENCH_POSTGRES to a PostgreSQL connection string}"
work=$(mktemp -d)
schema="bench_$(date +%s)"
psql_url() { # key=value connection string -> psql options
  echo "$VERTEBRA_BENCH_POSTGRES" | tr ';' '\n' | awk -F= 'tolower($1)=="host"{h=$2} tolower($1)=="port"{p=$2} tolower($1)=="username"{u=$2} tolower($1)=="password"{w=$2} tolower($1)=="database"{d=$2}
    END { printf "PGPASSWORD=%s psql -q -h %s -p %s -U %s -d %s", w, h, (p ? p : 5432), u, d }'
}
PSQL=$(psql_url)
cleanup() {
  for pid in $(jobs -p); do kill "$pid" 2>/dev/null || true; done
  eval "$PSQL -c 'DROP SCHEMA IF EXISTS $schema CASCADE'" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
eval "$PSQL -c 'CREATE SCHEMA $schema'"
pg="$VERTEBRA_BENCH_POSTGRES;Search Path=$schema"

dotnet build -c Release src/Vertebra.Host >/dev/null
exe=src/Vertebra.Host/bin/Release/net10.0/vertebra.dll
start() { # port data database...
  local port=$1 data=$2; shift 2
  dotnet "$exe" serve --data "$data" --urls "http://127.0.0.1:$port" "$@" >"$work/serve-$port.log" 2>&1 &
  for _ in $(seq 120); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return; sleep 0.5; done
  echo "node on $port did not start" >&2; cat "$work/serve-$port.log" >&2; exit 1
}
start 5191 "$work/sqlite"
start 5192 "$work/pg-a" --database "$pg"
start 5193 "$work/pg-b" --database "$pg"

run() { wrk -t1 -c"$connections" -d"${seconds}s" "$1" | awk '/Requests\/sec/ {print $2}'; }
for port in 5191 5192 5193; do run "http://127.0.0.1:$port$path" >/dev/null; done   # warm-up (JIT, pools)
echo "# path $path, $connections connections per node, ${seconds}s per run, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "round,sqlite_1_node_rps,postgres_1_node_rps,postgres_2_nodes_rps"
for r in $(seq "$rounds"); do
  s=$(run "http://127.0.0.1:5191$path")
  p=$(run "http://127.0.0.1:5192$path")
  run "http://127.0.0.1:5192$path" >"$work/a" & a=$!
  run "http://127.0.0.1:5193$path" >"$work/b" & b=$!
  wait "$a" "$b"
  echo "$r,$s,$p,$(awk -v x="$(cat "$work/a")" -v y="$(cat "$work/b")" 'BEGIN { printf "%.2f", x + y }')"
done
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
