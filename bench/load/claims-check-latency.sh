#!/usr/bin/env bash
# Issue 19, item 1: the 100,000-character adversarial claim request gets its answer or refusal within 1 s, and
# 50,000 characters of ordinary prose are checked in full within 1 s. Starts `vertebra serve` on loopback with a
# throw-away data folder, sends each request ROUNDS times with curl, prints status, seconds and reply size, stops
# the server (by its PID) and removes the folder.
#   bench/load/claims-check-latency.sh VERTEBRA_BINARY [ROUNDS] [PORT]
set -euo pipefail
bin=${1:?usage: claims-check-latency.sh VERTEBRA_BINARY [ROUNDS] [PORT]}
rounds=${2:-5}
port=${3:-5791}
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

"$bin" serve --urls "http://127.0.0.1:$port" --data "$work/data" --content "$here/content" >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.5
done

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
def repeat(unit, n): return (unit * (n // len(unit) + 1))[:n]
prose = ("Most people with back pain get better within a few weeks. Keep moving as much as you can, and take simple "
         "painkillers if you need them. A physiotherapist can show you exercises that help. See a doctor if the pain "
         "does not improve, or at once if you have numbness around your bottom or trouble peeing. ")
cases = {
    "adversarial-100k": repeat("harm-free;;;;;;;;;; ", 100_000),
    "prose-50k": repeat(prose, 50_000),
    "prose-100k": repeat(prose, 100_000),
    "too-long-100001": repeat(prose, 100_001),
}
for name, text in cases.items():
    with open(f"{work}/{name}.json", "w") as f:
        json.dump({"text": text}, f)
PY

curl -s -o /dev/null "http://127.0.0.1:$port/api/claims/check" -H 'Content-Type: application/json' --data-binary @"$work/prose-50k.json"  # warm-up
echo "case status seconds reply_bytes"
for name in adversarial-100k prose-50k prose-100k too-long-100001; do
  for _ in $(seq 1 "$rounds"); do
    printf '%s ' "$name"
    curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' \
      "http://127.0.0.1:$port/api/claims/check" -H 'Content-Type: application/json' --data-binary @"$work/$name.json"
  done
done
