#!/usr/bin/env bash
# Article-page throughput: `vertebra serve` against nginx serving the same page as a static file,
# measured in one run, alternating, so the ratio is fair on a noisy machine.
# Needs: wrk and nginx (apt-get install wrk nginx-light). Loopback only; every run is bounded in time.
# Usage: bench/load/article-throughput.sh [rounds=3] [seconds=10] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}; seconds=${2:-10}; connections=${3:-32}
slug=massage-for-lumbar-disc-herniation
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; nginx -p "$work" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build -c Release src/Vertebra.Host >/dev/null
dotnet src/Vertebra.Host/bin/Release/net10.0/vertebra.dll serve --data "$work/data" --urls http://127.0.0.1:5091 >"$work/serve.log" 2>&1 &
for _ in $(seq 60); do curl -fs http://127.0.0.1:5091/healthz >/dev/null && break; sleep 0.5; done

mkdir -p "$work/www/articles" "$work/logs"
curl -fs "http://127.0.0.1:5091/articles/$slug" >"$work/www/articles/$slug.html"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:8091;
    root $work/www;
    location / { default_type text/html; try_files \$uri.html =404; }
  }
}
CONF
nginx -p "$work" -c nginx.conf

run() { wrk -t2 -c"$connections" -d"${seconds}s" "$1" | awk '/Requests\/sec/ {print $2}'; }
run "http://127.0.0.1:5091/articles/$slug" >/dev/null   # warm-up (JIT, caches)
echo "round,vertebra_rps,nginx_rps,ratio"
for r in $(seq "$rounds"); do
  v=$(run "http://127.0.0.1:5091/articles/$slug")
  n=$(run "http://127.0.0.1:8091/articles/$slug")
  echo "$r,$v,$n,$(awk -v v="$v" -v n="$n" 'BEGIN { printf "%.3f", v / n }')"
done
