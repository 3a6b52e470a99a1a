#!/usr/bin/env bash
# youcheng's graph metrics against NetworkX and python-igraph (Debian's packages), on the same edges, in one run:
# the bundled twin network (exported from a new database) and a fixed-seed preferential-attachment graph of
# 1,000,000 ties over 200,000 places. Prints the table of bench/graph/README.md; results in bench/work/graph/.
#   bench/graph/run.sh [--places N] [--ties N] [--runs N] [--reuse-export]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$root/bench/work/graph"
places=200000
ties=1000000
runs=5
reuse=false
while [ $# -gt 0 ]; do
  case "$1" in
    --places) places="$2"; shift 2 ;;
    --ties) ties="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --reuse-export) reuse=true; shift ;;
    *) echo "usage: bench/graph/run.sh [--places N] [--ties N] [--runs N] [--reuse-export]" >&2; exit 2 ;;
  esac
done
mkdir -p "$work"
py=/usr/bin/python3   # Debian's, where python3-networkx and python3-igraph live (not a pyenv python on PATH)
if ! "$py" -c 'import networkx, igraph, scipy' 2>/dev/null; then
  echo "installing Debian's python3-networkx, python3-igraph and python3-scipy …" >&2
  apt-get install -y python3-networkx python3-igraph python3-scipy >/dev/null
fi
# the JDK the launcher prefers, for Maven too
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

echo "1/4 the bundled network, exported from a new database …" >&2
if ! $reuse || [ ! -s "$work/bundled.tsv" ]; then
  rm -rf "$work/db"
  "$root/youcheng" graph export --format edges --out "$work/bundled.tsv" --db "$work/db"
fi
(cd "$root" && mvn -q -B -o -Dstyle.color=never compile 2>/dev/null || mvn -q -B -Dstyle.color=never compile)

echo "2/4 the preferential-attachment graph ($ties ties, $places places, seed 7) …" >&2
"$py" "$here/prepare.py" generate "$work/pa.tsv" --places "$places" --ties "$ties" --seed 7 >&2
for g in bundled pa; do
  "$py" "$here/prepare.py" sources "$work/$g.tsv" "$work/$g-sources.txt" --count 100
done

echo "3/4 the bundled network: youcheng, igraph, NetworkX …" >&2
metrics=degree,pagerank,betweenness,components,bfs
"$java" -Xmx1g -cp "$root/target/classes" "$here/GraphBench.java" "$work/bundled.tsv" "$work/bundled-sources.txt" \
  "$metrics" "$runs" > "$work/bundled-youcheng.json"
"$py" "$here/peers.py" "$work/bundled.tsv" "$work/bundled-sources.txt" "$metrics" --runs "$runs" --nx-runs 1 \
  > "$work/bundled-peers.json"

echo "4/4 the preferential-attachment graph: youcheng, igraph, NetworkX …" >&2
metrics=pagerank,components,bfs
"$java" -Xmx3g -cp "$root/target/classes" "$here/GraphBench.java" "$work/pa.tsv" "$work/pa-sources.txt" \
  "$metrics" "$runs" > "$work/pa-youcheng.json"
"$py" "$here/peers.py" "$work/pa.tsv" "$work/pa-sources.txt" "$metrics" --runs 3 --nx-runs 1 > "$work/pa-peers.json"

"$py" "$here/report.py" "$work" | tee "$work/results.md"
