#!/usr/bin/env bash
# Load benchmark (issue 17, item 8): `youcheng serve` on a database with 100,000 generated ties plus the bundled
# network, 16 wrk clients on loopback for a bounded time with a mix of search, the place API, the place page and the
# graph ranking; on H2 and on PostgreSQL; with peer lines in the same run (the same wrk against a static file served
# by the app and by `python3 -m http.server`, and pgbench's select-only on the same PostgreSQL), the server's memory
# sampled every 5 s, and the load average beside every figure. Results in bench/out/load/.
#   bench/load/run.sh [--db h2|pg|both] [--seconds N (<= 300: 300 for the memory soak)] [--clients N] [--fresh] [--ready-only] [--no-ready]
# Needs: wrk (Debian package `wrk`, installed with apt-get when missing), python3, curl, psql and pgbench with a
# PostgreSQL on 127.0.0.1:5432 (user postgres, trust; PGHOST/PGPORT/PGUSER override), a JDK 21+, jcmd.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$root/bench/work/load"
out="$root/bench/out/load"
dbs=both
seconds=30
clients=16
fresh=false
ready=true
load=true
while [ $# -gt 0 ]; do
  case "$1" in
    --db) dbs="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    --fresh) fresh=true; shift ;;
    --ready-only) load=false; shift ;;
    --no-ready) ready=false; shift ;;
    *) echo "usage: bench/load/run.sh [--db h2|pg|both] [--seconds N] [--clients N] [--fresh] [--ready-only] [--no-ready]" >&2
       exit 2 ;;
  esac
done
[ "$seconds" -le 300 ] || { echo "run.sh: at most 300 s of wrk per run (a shared machine)" >&2; exit 2; }
mkdir -p "$work" "$out"
if ! command -v wrk >/dev/null; then
  echo "installing Debian's wrk …" >&2
  apt-get install -y wrk >/dev/null
fi
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
pg_url="jdbc:postgresql://$PGHOST:$PGPORT/youcheng_load?user=$PGUSER"
port=18240
base="http://127.0.0.1:$port"
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
log() { echo "[$(date +%H:%M:%S) load $(loadavg)] $*" >&2; }
server=""
stop_server() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" 2>/dev/null || true; fi
  server=""
}
trap stop_server EXIT

# the jar, built once (./youcheng builds it when the sources are newer)
"$root/youcheng" --version >/dev/null

ties="$work/ties-100000.csv"
[ -s "$ties" ] || python3 "$root/bench/generate_ties.py" --rows 100000 --out "$ties"

prepare() {   # a database with the reference data, the bundled network and the 100,000 generated ties
  case "$1" in
    h2) if $fresh || [ ! -d "$work/h2" ]; then
          rm -rf "$work/h2"
          log "H2: importing 100,000 ties into a new database"
          "$root/youcheng" import --db "$work/h2" "$ties" > "$work/import-h2.log" 2>&1
        fi ;;
    pg) if $fresh || [ "$(psql -qAtc "select 1 from pg_database where datname = 'youcheng_load'" postgres)" != 1 ]; then
          psql -qc 'drop database if exists youcheng_load' postgres
          psql -qc 'create database youcheng_load' postgres
          log "PostgreSQL: importing 100,000 ties into a new database"
          "$root/youcheng" import --db "$pg_url" "$ties" > "$work/import-pg.log" 2>&1
        fi ;;
  esac
}

start() {   # start DB-TARGET [java options]: serve, and wait until it answers
  local target="$1"
  YOUCHENG_JAVA_OPTS="${2:--Xmx512m}" "$root/youcheng" serve --db "$target" --port "$port" > "$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$base/api/v1/places?q=x" && return 0
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; return 1; }
    sleep 0.2
  done
  return 1
}

java_pid() { pgrep -P "$server" java || echo "$server"; }

sample_memory() {   # every 5 s: time, RSS (MiB), heap used and committed (MiB), load average
  local pid="$1" file="$2"
  echo -e "seconds\trss_mib\theap_used_mib\theap_committed_mib\tload1" > "$file"
  local t0=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    local rss heap
    rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status" 2>/dev/null || echo "")
    heap=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info 2>/dev/null | awk '/heap +total/ {
      for (i = 1; i <= NF; i++) { if ($i == "committed") c = $(i+1); if ($i == "used") u = $(i+1) }
      gsub(/[K,]/, "", c); gsub(/[K,]/, "", u); printf "%.0f\t%.0f", u / 1024, c / 1024; exit }')
    echo -e "$((SECONDS - t0))\t$rss\t${heap:-\t}\t$(cut -d' ' -f1 /proc/loadavg)" >> "$file"
    sleep 5
  done
}

result() { sed -n 's/^RESULT //p'; }

bench() {   # bench h2|pg
  local kind="$1" target
  [ "$kind" = h2 ] && target="$work/h2" || target="$pg_url"
  prepare "$kind"
  log "$kind: starting serve"
  start "$target"
  local pid; pid=$(java_pid)
  sample_memory "$pid" "$out/memory-$kind.tsv" &
  local sampler=$!
  # warm-up: the metrics of all live ties are computed once (minutes on a loaded machine); every kind of request once
  log "$kind: warming up (the graph of all live ties and its metrics)"
  local t0=$SECONDS
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/graph/ranking?limit=200")" = 200 ]; do
    [ $((SECONDS - t0)) -lt 1200 ] || { log "$kind: the ranking did not answer within 20 minutes"; return 1; }
    sleep 2
  done
  log "$kind: the ranking answered after $((SECONDS - t0)) s"
  curl -s "$base/api/v1/graph/ranking?limit=400" | python3 -c '
import json, sys, urllib.parse
rows = json.load(sys.stdin)
with open(sys.argv[1], "w") as ids, open(sys.argv[2], "w") as names:
    for r in rows:
        p = r["place"]
        ids.write(str(p["id"]) + "\n")
        for n in (p.get("name_zh"), p.get("name_en")):
            if n:
                names.write(urllib.parse.quote(n) + "\n")
' "$work/ids.txt" "$work/names.txt"
  [ -s "$work/names.txt" ] || { log "no names in the ranking's answer"; return 1; }
  LOAD_IDS="$work/ids.txt" LOAD_NAMES="$work/names.txt" wrk -t2 -c"$clients" -d5s -s "$here/mix.lua" "$base" >/dev/null
  log "$kind: wrk, $clients clients, $seconds s"
  local before; before=$(loadavg)
  LOAD_IDS="$work/ids.txt" LOAD_NAMES="$work/names.txt" wrk -t2 -c"$clients" -d"${seconds}s" --timeout 10s --latency -s "$here/mix.lua" \
    "$base" > "$out/wrk-$kind.txt"
  echo "youcheng $kind mix: $(result < "$out/wrk-$kind.txt") load_before=${before// /,} load_after=$(loadavg | tr ' ' ,)" \
    | tee -a "$out/results.txt"
  # peer: the same wrk against a static file the app serves (its stylesheet), then the same file from python3
  local css; css=$(curl -s "$base/" | grep -o '/css/youcheng-[0-9a-f]*\.css' | head -1)
  PEER_PATH="$css" wrk -t2 -c"$clients" -d10s --timeout 10s --latency -s "$here/peer.lua" "$base" > "$out/peer-app-$kind.txt"
  echo "peer (app's static file $css): $(result < "$out/peer-app-$kind.txt") load=$(loadavg | tr ' ' ,)" \
    | tee -a "$out/results.txt"
  if [ "$kind" = pg ]; then
    psql -qc 'drop database if exists youcheng_pgbench' postgres
    psql -qc 'create database youcheng_pgbench' postgres
    pgbench -q -i -s 1 youcheng_pgbench >/dev/null 2>&1
    local pgb; pgb=$(pgbench -S -c "$clients" -j 2 -T 10 youcheng_pgbench 2>/dev/null)
    echo "peer (pgbench -S, $clients clients, 10 s): tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<< "$pgb") \
latency_avg_ms=$(sed -n 's/^latency average = \([0-9.]*\).*/\1/p' <<< "$pgb") load=$(loadavg | tr ' ' ,)" \
      | tee -a "$out/results.txt"
    psql -qc 'drop database youcheng_pgbench' postgres
  fi
  kill "$sampler" 2>/dev/null || true
  stop_server
}

static_peer() {   # python3 -m http.server with the same stylesheet
  local dir="$work/static" css
  rm -rf "$dir"; mkdir -p "$dir/css"
  css=youcheng.css
  cp "$root/target/classes/static/css/$css" "$dir/css/"
  (cd "$dir" && exec python3 -m http.server 18241 --bind 127.0.0.1 >/dev/null 2>&1) &
  local py=$!
  for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:18241/css/$css" && break; sleep 0.2; done
  PEER_PATH="/css/$css" wrk -t2 -c"$clients" -d10s --timeout 10s --latency -s "$here/peer.lua" http://127.0.0.1:18241 \
    > "$out/peer-python.txt"
  kill "$py"; wait "$py" 2>/dev/null || true
  echo "peer (python3 -m http.server, the same stylesheet): $(result < "$out/peer-python.txt") load=$(loadavg | tr ' ' ,)" \
    | tee -a "$out/results.txt"
}

ready_time() {   # serve ready on a new H2 database at -Xmx256m: seconds from start to the first answer, 3 times
  for i in 1 2 3; do
    rm -rf "$work/new-h2"
    local t0; t0=$(date +%s.%N)
    start "$work/new-h2" -Xmx256m
    local t1; t1=$(date +%s.%N)
    stop_server
    echo "ready on a new H2 database at -Xmx256m, run $i: $(python3 -c "print(f'{$t1 - $t0:.2f}')") s load=$(loadavg | tr ' ' ,)" \
      | tee -a "$out/results.txt"
  done
  rm -rf "$work/new-h2"
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $clients clients, $seconds s" >> "$out/results.txt"
if $load; then
  case "$dbs" in
    h2) bench h2 ;;
    pg) bench pg ;;
    both) bench h2; bench pg ;;
  esac
  static_peer
fi
if $ready; then
  ready_time
fi
