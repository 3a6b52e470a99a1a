#!/usr/bin/env bash
# The ledger benchmark: generates 1,000,000 activities over 2,000 Chinese places and 40 years (fixed seed), imports
# them into H2 and into PostgreSQL next to each database's own bulk loader (the peer), and times the figures query
# for one city, warm (1,000 calls after 100 of warm-up; p50 and p99). See bench/ledger/README.md.
#
#   bench/ledger/run.sh                    1,000,000 activities
#   bench/ledger/run.sh --rows 100000      quicker
#   options: --only h2|pg
#
# Needs a JDK 21+, Maven (for the class path), a PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth; override
# with PGHOST/PGPORT/PGUSER) and psql. Writes bench/work/ledger/ (data) and bench/out/ledger-*.txt (results).
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(dirname "$bench")"
work="$bench/work/ledger"
out="$bench/out"
rows=1000000
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
java=java
for j in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -n "$j" ] && [ -x "$j/bin/java" ]; then java="$j/bin/java"; export JAVA_HOME="$j"; break; fi
done
mkdir -p "$work" "$out"

log "building the classes and the class path"
(cd "$root" && mvn -q -B -Dstyle.color=never compile dependency:build-classpath \
  -Dmdep.outputFile="$work/classpath.txt" >/dev/null)
cp="$root/target/classes:$(cat "$work/classpath.txt")"
"${JAVA_HOME}/bin/javac" -d "$work/classes" -cp "$cp" "$bench/ledger/LedgerBench.java"
file="$work/activities-$rows.csv"
run() {   # name db
  log "$1: importing $rows activities and timing the figures query"
  "$java" -Xmx1g -cp "$work/classes:$cp" LedgerBench "$2" "$file" "$rows" 2000 40 | tee "$out/ledger-$1-$rows.txt"
}
if [ "$only" != "pg" ]; then
  rm -rf "$work/h2"
  run h2 "$work/h2"
fi
if [ "$only" != "h2" ]; then
  psql -qAtc 'drop database if exists youcheng_bench_ledger' postgres
  psql -qAtc 'create database youcheng_bench_ledger' postgres
  run pg "jdbc:postgresql://$PGHOST:$PGPORT/youcheng_bench_ledger?user=$PGUSER"
fi
