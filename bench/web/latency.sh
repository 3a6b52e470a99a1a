#!/usr/bin/env bash
# The place page's server time (issue 18: p95 <= 300 ms for the place page of a city with about 100 ties): `serve` on a
# new H2 data directory (the bundled reference data and Wikidata network), the place with the most ties (Saint
# Petersburg, 96), the full HTML page asked by one client, then by four, for N seconds each, beside the app's own
# stylesheet through the same server (the peer). Writes bench/out/web-latency.txt.
#   bench/web/latency.sh [--seconds N (default 20)]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds=20
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    *) echo "usage: bench/web/latency.sh [--seconds N]" >&2; exit 2 ;;
  esac
done
[ "$seconds" -le 120 ] || { echo "latency.sh: at most 120 s per run" >&2; exit 2; }
command -v wrk >/dev/null || { echo "installing Debian's wrk …" >&2; apt-get install -y wrk >/dev/null; }
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
work="$root/bench/work/web-latency"
out="$root/bench/out"
mkdir -p "$out"
port=18242
base="http://127.0.0.1:$port"
server=""
stop_server() { if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" 2>/dev/null || true; fi; }
trap stop_server EXIT

rm -rf "$work" && mkdir -p "$work"
"$root/youcheng" serve --db "$work/data" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "$base/api/v1/places?q=x" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.2
done
# the place with the most ties, by the ranking (it waits for the graph's metrics on a new database)
until top=$(curl -sf "$base/api/v1/graph/ranking?limit=1&by=degree"); do sleep 2; done
read -r id ties name < <(python3 -c 'import json,sys; r=json.loads(sys.argv[1])[0]; print(r["place"]["id"], r["ties"], r["place"]["name_en"])' "$top")
page="/places/$id"
css=$(curl -sf "$base$page" | grep -o '/css/[^"]*\.css' | head -1)
[ -n "$css" ] || { echo "latency.sh: no stylesheet on $page" >&2; exit 1; }
for _ in $(seq 1 50); do curl -sf -o /dev/null "$base$page"; done   # warm the JIT on this page

{
  echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $name ($ties ties), page $page, ${seconds} s per line"
  for c in 1 4; do
    printf 'place page, %d client(s): ' "$c"
    PEER_PATH="$page" PEER_GZIP=1 wrk -t1 -c"$c" -d"${seconds}s" --timeout 10s -s "$root/bench/load/peer.lua" "$base" | sed -n 's/^RESULT //p'
    printf 'peer, the stylesheet, %d client(s): ' "$c"
    PEER_PATH="$css" PEER_GZIP=1 wrk -t1 -c"$c" -d"$((seconds / 2))s" --timeout 10s -s "$root/bench/load/peer.lua" "$base" | sed -n 's/^RESULT //p'
  done
} | tee -a "$out/web-latency.txt"
