#!/usr/bin/env bash
# youcheng web benchmark: pages of `./youcheng serve` with the bundled data, timed in headless Chromium until every
# chart has drawn, each against the same page as static files served by `python3 -m http.server` in the same run;
# plus the weight and compression of what each page ships. See bench/README.md.
#
#   bench/web/run.sh [--runs N]      (default 7 runs of each page)
#
# Needs: a JDK 21+, Maven, python3, curl, Debian's chromium and chromium-driver (scripts/ensure-browser.sh).
# Writes bench/work/web/ (a fresh data directory, the static peer) and bench/out/web.tsv.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(dirname "$bench")"
work="$bench/work/web"
out="$bench/out"
runs=7
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
"$root/scripts/ensure-browser.sh"
java=java
for j in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -n "$j" ] && [ -x "$j/bin/java" ]; then java="$j/bin/java"; export JAVA_HOME="$j"; break; fi
done
rm -rf "$work"; mkdir -p "$work" "$out"

log "building the jar when stale, and the test classes (the benchmark drives Chromium through them)"
"$root/youcheng" --version >/dev/null
(cd "$root" && mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/classpath.txt" >/dev/null)
cp="$root/target/test-classes:$(cat "$work/classpath.txt")"
"$java" -version 2>&1 | head -1 >&2
"${JAVA_HOME}/bin/javac" -d "$work/classes" -cp "$cp" "$bench/web/WebBench.java"

port=18181; peer_port=18182
log "starting youcheng on a new database (reference data and the Wikidata network) on port $port"
"$root/youcheng" serve --port "$port" --db "$work/data" > "$work/serve.log" 2>&1 &
app_pid=$!
mkdir -p "$work/peer"
python3 -m http.server "$peer_port" --bind 127.0.0.1 --directory "$work/peer" > "$work/peer.log" 2>&1 &
peer_pid=$!
trap 'kill "$app_pid" "$peer_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/v1/places?q=Qingdao" >/dev/null && break
  sleep 1
done
id() { curl -s "http://127.0.0.1:$port/api/v1/places?q=$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["id"])'; }
spb="$(id Saint%20Petersburg)"; shanghai="$(id Shanghai)"; qingdao="$(id Qingdao)"
ties() { curl -s "http://127.0.0.1:$port/api/v1/places/$1" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["ties"]))'; }
log "Saint Petersburg (id $spb) has $(ties "$spb") ties, Shanghai (id $shanghai) $(ties "$shanghai")"

log "compression and cache headers"
{
  for path in / "/places/$spb"; do
    curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$path" | tr -d '\r' \
      | grep -i '^content-encoding\|^cache-control' | sed "s#^#$path\t#"
  done
  html="$(curl -s "http://127.0.0.1:$port/places/$spb")"
  for asset in $(grep -o '\(src\|href\)="/[^"]*\.\(js\|css\|json\)"' <<<"$html" | sed 's/.*="\(.*\)"/\1/'); do
    plain="$(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port$asset")"
    gz="$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "http://127.0.0.1:$port$asset")"
    cc="$(curl -s -o /dev/null -D - "http://127.0.0.1:$port$asset" | tr -d '\r' | sed -n 's/^[Cc]ache-[Cc]ontrol: //p')"
    printf '%s\t%s bytes\t%s bytes gzip\t%s\n' "$asset" "$plain" "$gz" "$cc"
  done
} | tee "$out/web-headers.tsv" >&2

log "timing $runs runs of each page (fresh browser each run), youcheng and the static peer"
"$java" -cp "$work/classes:$cp" WebBench "http://127.0.0.1:$port" "http://127.0.0.1:$peer_port" "$work/peer" "$runs" \
  "home=/" "place-spb=/places/$spb" "place-shanghai-all=/places/$shanghai?all=true" "place-qingdao=/places/$qingdao" \
  2> "$work/bench.log" | tee "$out/web.tsv"
log "results in $out/web.tsv and $out/web-headers.tsv"
