#!/usr/bin/env bash
# How soon a change shows in search (issue 7): from the end of a one-pair import to the pair being found on the
# watching node, by /api/search and by the /search page, polled every 50 ms. The store holds the bundled articles
# and the whole MedQuAD corpus, so the index is the size a real site has.
#   sqlite: one node; the import runs in another process (no notification: the keeper's 2 s poll picks it up).
#   pg:     two nodes on one PostgreSQL database ($VERTEBRA_BENCH_POSTGRES, a fresh schema); the import goes through
#           node A's data folder, node B is watched (LISTEN/NOTIFY).
# Loopback only; every wait is bounded.
# With semantic matching on, the corpus import encodes every question it has no vector for. To reuse vectors an
# earlier run computed (keyed by model and text, so they are the same), set VERTEBRA_BENCH_VECTORS to an SQLite file
# holding a meaning_vectors table: they are copied into the store before the corpus is imported.
# Usage: bench/load/sync-latency.sh sqlite|pg [trials=5] [shared-data=../shared/data]
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:?sqlite or pg}; trials=${2:-5}; shared=${3:-../shared/data}
corpus="$shared/medquad/corpus.jsonl.gz"
[ -f "$corpus" ] || { echo "$corpus not found" >&2; exit 2; }
work=$(mktemp -d)
db=()
schema=""
if [ "$mode" = pg ]; then
  : "${VERTEBRA_BENCH_POSTGRES:?set VERTEBRA_BENCH_POSTGRES to a PostgreSQL connection string}"
  PSQL=$(echo "$VERTEBRA_BENCH_POSTGRES" | tr ';' '\n' | awk -F= 'tolower($1)=="host"{h=$2} tolower($1)=="port"{p=$2} tolower($1)=="username"{u=$2} tolower($1)=="password"{w=$2} tolower($1)=="database"{d=$2}
    END { printf "PGPASSWORD=%s psql -q -h %s -p %s -U %s -d %s", w, h, (p ? p : 5432), u, d }')
  schema="sync_$(date +%s)"
  eval "$PSQL -c 'CREATE SCHEMA $schema'"
  db=(--database "$VERTEBRA_BENCH_POSTGRES;Search Path=$schema")
fi
cleanup() {
  for pid in $(jobs -p); do kill "$pid" 2>/dev/null || true; done
  [ -n "$schema" ] && { eval "$PSQL -c 'DROP SCHEMA IF EXISTS $schema CASCADE'" >/dev/null 2>&1 || true; }
  rm -rf "$work"
}
trap cleanup EXIT
ms() { echo $(( $(date +%s%N) / 1000000 )); }

dotnet build -c Release src/Vertebra.Host >/dev/null
exe=src/Vertebra.Host/bin/Release/net10.0/vertebra.dll
vertebra() { dotnet "$exe" "$@"; }
vertebra import markdown content --data "$work/node-a" "${db[@]}" | tail -1
if [ -n "${VERTEBRA_BENCH_VECTORS:-}" ]; then
  if [ "$mode" = pg ]; then
    sqlite3 -csv "$VERTEBRA_BENCH_VECTORS" "SELECT key, hex(vector) FROM meaning_vectors" >"$work/vectors.csv"
    eval "$PSQL" <<SQL
SET search_path TO $schema;
CREATE TEMP TABLE incoming (key TEXT, hex TEXT);
\\copy incoming FROM '$work/vectors.csv' WITH (FORMAT csv)
INSERT INTO meaning_vectors (key, vector) SELECT key, decode(hex, 'hex') FROM incoming ON CONFLICT DO NOTHING;
SQL
  else
    sqlite3 "$work/node-a/vertebra.db" "ATTACH '$VERTEBRA_BENCH_VECTORS' AS v; INSERT OR IGNORE INTO meaning_vectors SELECT key, vector FROM v.meaning_vectors;"
  fi
  echo "vectors copied from $VERTEBRA_BENCH_VECTORS"
fi
vertebra import qa-jsonl "$corpus" --data "$work/node-a" "${db[@]}" | tail -1

start() { # name port
  dotnet "$exe" serve --data "$work/$1" --urls "http://127.0.0.1:$2" --content content "${db[@]}" >"$work/$1.log" 2>&1 &
  for _ in $(seq 600); do grep -q "Search index rebuilt\|Search index updated" "$work/$1.log" && return; sleep 0.5; done
  echo "$1 did not build its index" >&2; cat "$work/$1.log" >&2; exit 1
}
start node-a 5611
watch=node-a; port=5611
if [ "$mode" = pg ]; then start node-b 5612; watch=node-b; port=5612; fi
curl -s "http://127.0.0.1:$port/search?q=back+pain" >/dev/null

for trial in $(seq "$trials"); do
  marker="zqmarker$trial$RANDOM"
  printf '{"id": "ADAM_0000001_Sec1.txt", "source": "ADAM", "focus": "A guide to clinical trials for cancer", "qtype": "information", "question": "Zqq %s test question?", "answer": "A changed answer with the word %s.", "url": "https://www.nlm.nih.gov/medlineplus/ency/patientinstructions/000823.htm"}\n' "$marker" "$marker" >"$work/one.jsonl"
  t0=$(ms)
  vertebra import qa-jsonl "$work/one.jsonl" --data "$work/node-a" "${db[@]}" >/dev/null
  t1=$(ms)
  api=""; page=""
  while [ $(( $(ms) - t1 )) -lt 30000 ]; do
    [ -z "$api" ] && curl -s "http://127.0.0.1:$port/api/search?q=$marker" | grep -q "Zqq $marker" && api=$(( $(ms) - t1 ))
    [ -z "$page" ] && curl -s "http://127.0.0.1:$port/search?q=$marker" | grep -q "Zqq $marker" && page=$(( $(ms) - t1 ))
    [ -n "$api" ] && [ -n "$page" ] && break
    sleep 0.05
  done
  echo "trial $trial ($mode, watching $watch, load $(cut -d' ' -f1 /proc/loadavg)): import $(( t1 - t0 )) ms; then /api/search ${api:-never} ms, /search page ${page:-never} ms"
  sleep 3
done
grep "Search index updated" "$work/$watch.log" | tail -"$trials"
