#!/usr/bin/env bash
# youcheng import benchmark: the bundled Wikidata network and a generated file of ties, into H2 and PostgreSQL,
# each against a peer measured in the same run (PostgreSQL's \copy, H2's CSVREAD). See bench/README.md.
#
#   bench/run.sh                   1,000,000 ties (and 100,000 for the memory comparison)
#   bench/run.sh --rows 100000     quicker: 100,000 ties (and 10,000)
#   options: --only h2|pg   --no-network-full (skip the attempt to import the whole exported network)
#
# Needs: python3, /usr/bin/time (Debian package `time`), psql and a PostgreSQL on 127.0.0.1:5432 (user postgres,
# trust auth; override with PGHOST/PGPORT/PGUSER), a JDK 21+. Writes bench/work/ (data) and bench/out/ (results).
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
work="$bench/work"
out="$bench/out"
rows=1000000
only=""
network_full=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --no-network-full) network_full=0; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
small=$((rows / 10))
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
# the launcher measured: this checkout's, or another build's (YOUCHENG=/path/to/youcheng, to compare two builds)
yc="${YOUCHENG:-$root/youcheng}"
pg_url() { echo "jdbc:postgresql://$PGHOST:$PGPORT/$1?user=$PGUSER"; }
mkdir -p "$work" "$out"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
psql -qAtc 'select 1' postgres >/dev/null || { echo "run.sh: no PostgreSQL at $PGHOST:$PGPORT" >&2; exit 2; }

# --- build once (the launcher rebuilds only when the sources are newer than the jar) -------------------------
log "building the jar when stale"
"$yc" --version >/dev/null
jar="$(dirname "$yc")/target/youcheng.jar"
h2v="$(unzip -l "$jar" | sed -n 's#.*BOOT-INF/lib/h2-\([0-9.]*\)\.jar#\1#p' | head -1)"
h2jar="$HOME/.m2/repository/com/h2database/h2/$h2v/h2-$h2v.jar"
[ -f "$h2jar" ] || { echo "run.sh: H2 $h2v not found at $h2jar (run mvn package once)" >&2; exit 2; }
java="java"
for j in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -n "$j" ] && [ -x "$j/bin/java" ]; then java="$j/bin/java"; break; fi
done

# --- data ------------------------------------------------------------------------------------------------------
big="$work/ties-$rows.csv"
smallf="$work/ties-$small.csv"
one="$work/ties-1.csv"
[ -f "$big" ] || { log "generating $rows ties"; python3 "$bench/generate_ties.py" --rows "$rows" --out "$big"; }
[ -f "$smallf" ] || { log "generating $small ties"; python3 "$bench/generate_ties.py" --rows "$small" --out "$smallf"; }
head -2 "$big" > "$one"
if [ ! -f "$work/network.csv" ]; then
  # the network is loaded only into a new registry with youcheng.load-network=true (what `serve` sets); the
  # environment variable gives the same to `export`, which then writes the network out without a web server
  log "exporting the bundled Wikidata network"
  rm -rf "$work/network-db"
  YOUCHENG_LOAD_NETWORK=true "$yc" export --db "$work/network-db" --format csv \
    --out "$work/network.csv" >"$out/network-export.log" 2>&1
  rm -rf "$work/network-db"
fi
python3 "$bench/generate_ties.py" --network-cn "$work/network.csv" --out "$work/network-cn.csv" 2>>"$out/network-export.log"
count() { echo $(( $(wc -l < "$1") - 1 )); }

# --- measuring -------------------------------------------------------------------------------------------------
results="$out/results.tsv"
: > "$results"
# measure LABEL DB FILE COMMAND...: runs the command under /usr/bin/time -v; appends label, db, rows of FILE,
# wall s, max RSS KiB, exit code, CPU s (user + sys)
measure() {
  local label="$1" db="$2" file="$3"; shift 3
  local tv="$out/time-$db-$label.txt" lg="$out/$db-$label.log" rc=0
  log "$db $label: $(basename "$file")"
  /usr/bin/time -v -o "$tv" "$@" >"$lg" 2>&1 || rc=$?
  local wall rss
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$tv")"
  rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tv")"
  cpu="$(awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { print s }' "$tv")"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$db" "$(count "$file")" "$wall" "$rss" "$rc" "$cpu" >> "$results"
  log "  $wall s, max RSS $((rss / 1024)) MiB, CPU $cpu s, exit $rc, load $(cut -d' ' -f1 /proc/loadavg)"
}

# Reference data (~33k places) is seeded once per database kind into a template, timed on its own (an export of
# the empty registry, which seeds a new database and writes nothing); every import then gets a fresh copy of
# the template. Seeding a new database takes 15-30 s on a busy 2-core machine and varies by several seconds
# from run to run, too much noise to subtract from one import; the start-up that remains (JVM, Spring, reading
# the gazetteer) is measured by importing a 1-row file into a fresh copy and subtracted.
seed_template() {
  local db
  case "$1" in
    h2) rm -rf "$work/h2-template"; db="$work/h2-template" ;;
    pg) psql -qc 'drop database if exists youcheng_template' postgres >/dev/null
        psql -qc 'create database youcheng_template' postgres >/dev/null
        db="$(pg_url youcheng_template)" ;;
  esac
  echo "domestic" > "$work/none.csv"
  measure seeding "$1" "$work/none.csv" "$yc" export --db "$db" --format csv --out "$work/empty-export.csv"
}

fresh() {  # a fresh copy of the seeded template; prints its --db value
  case "$1" in
    h2) rm -rf "$work/h2-db"; cp -r "$work/h2-template" "$work/h2-db"; echo "$work/h2-db" ;;
    pg) psql -qc 'drop database if exists youcheng_bench' postgres >/dev/null
        psql -qc 'create database youcheng_bench template youcheng_template' postgres >/dev/null
        pg_url youcheng_bench ;;
  esac
}

yc_import() {  # yc_import DB LABEL FILE
  local db
  db="$(fresh "$1")"
  measure "$2" "$1" "$3" "$yc" import --db "$db" "$3"
}

cols='domestic varchar, partner varchar, partner_country varchar, kind varchar, signed varchar, status varchar, source varchar, note varchar'
peer() {  # peer DB LABEL FILE: the database's own bulk load of the CSV into a plain table
  case "$1" in
    pg) psql -qc 'drop database if exists youcheng_peer' postgres >/dev/null
        psql -qc 'create database youcheng_peer' postgres >/dev/null
        psql -qc "create table t ($cols)" youcheng_peer >/dev/null
        measure "$2" pg "$3" psql -v ON_ERROR_STOP=1 -qc "\\copy t from '$3' with (format csv, header true)" youcheng_peer ;;
    h2) rm -rf "$work/h2-peer"
        measure "$2" h2 "$3" "$java" -cp "$h2jar" org.h2.tools.Shell -url "jdbc:h2:file:$work/h2-peer/db" -user sa \
          -sql "create table t ($cols) as select * from csvread('$3', null, 'charset=UTF-8')" ;;
  esac
}

for db in h2 pg; do
  [ -z "$only" ] || [ "$only" = "$db" ] || continue
  seed_template "$db"
  yc_import "$db" startup "$one"
  yc_import "$db" startup2 "$one"   # twice: the smaller one is subtracted (start-up varies by seconds here)
  yc_import "$db" network-cn "$work/network-cn.csv"
  if [ "$network_full" = 1 ]; then yc_import "$db" network-full "$work/network.csv"; fi
  yc_import "$db" small "$smallf"
  yc_import "$db" big "$big"
  peer "$db" peer-startup "$one"
  peer "$db" peer-big "$big"
done
rm -rf "$work/h2-db" "$work/h2-peer" "$work/h2-template"
psql -qc 'drop database if exists youcheng_template' postgres >/dev/null
psql -qc 'drop database if exists youcheng_bench' postgres >/dev/null
psql -qc 'drop database if exists youcheng_peer' postgres >/dev/null

# --- report ----------------------------------------------------------------------------------------------------
machine="$(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, $(uname -sr)"
jv="$("$java" -version 2>&1 | head -1)"
pgv="$(psql -qAtc 'show server_version' postgres)"
python3 - "$results" "$out/results.md" "$machine" "$jv" "$pgv" "$h2v" "${YOUCHENG_JAVA_OPTS:--Xmx512m -XX:+UseParallelGC}" "$rows" <<'EOF'
import sys, datetime
res, md, machine, jv, pgv, h2v, opts, rows = sys.argv[1:]
r = {}
for line in open(res, encoding="utf-8"):
    label, db, n, wall, rss, rc, cpu = line.rstrip("\n").split("\t")
    r[(db, label)] = dict(n=int(n), wall=float(wall), rss=int(rss) / 1024, rc=int(rc), cpu=float(cpu))
names = {"h2": "H2 (file)", "pg": "PostgreSQL " + pgv}
out = [f"Run of {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')} ({rows} rows): {machine}; {jv}; "
       f"H2 {h2v}; youcheng JVM options {opts}.", ""]
out.append("| database | what | rows | wall s | net s | ties/s | CPU s | max RSS MiB | exit |")
out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|")
def rate(db, label, base):
    m, b = r.get((db, label)), r.get((db, base))
    if b and base == "startup" and (db, "startup2") in r:
        b = min(b, r[(db, "startup2")], key=lambda x: x["wall"])
    if not m or not b or m["rc"] != 0:
        return None, None
    net = m["wall"] - b["wall"]
    return net, (m["n"] / net if net > 0 else None)
what = {"seeding": "youcheng, seeding a new database (reference data only)",
        "startup": "youcheng, 1-row file into a seeded database (start-up)",
        "startup2": "youcheng, the same again (start-up)", "network-cn": "youcheng, network ties with a Chinese side",
        "network-full": "youcheng, whole exported network", "small": "youcheng, generated ties",
        "big": "youcheng, generated ties", "peer-startup": "peer, 1-row file (start-up)", "peer-big": "peer, generated ties"}
base = {"seeding": None, "startup": None, "startup2": None, "network-cn": "startup", "network-full": "startup", "small": "startup",
        "big": "startup",
        "peer-startup": None, "peer-big": "peer-startup"}
for db in ("h2", "pg"):
    for label in what:
        m = r.get((db, label))
        if not m:
            continue
        net, tps = rate(db, label, base[label]) if base[label] else (None, None)
        peer = {"pg": "\\copy", "h2": "CSVREAD"}[db] if label.startswith("peer") else ""
        out.append(f"| {names[db]} | {what[label]}{' (' + peer + ')' if peer else ''} | {m['n']:,} | {m['wall']:.1f} | "
                   f"{'' if net is None else f'{net:.1f}'} | {'' if tps is None else f'{tps:,.0f}'} | {m['cpu']:.1f} | "
                   f"{m['rss']:,.0f} | {m['rc']}{'' if m['rc'] == 0 else ' (failed)'} |")
out += ["", "Every youcheng import runs on a fresh copy of a database seeded with the reference data (the seeding "
        "itself is the first row of each database). net s = wall s minus the faster start-up run (youcheng: JVM, Spring, "
        "gazetteer read, a 1-row import; peer: client start-up); ties/s = rows / net s; CPU s = user + sys of the "
        "process (`/usr/bin/time`; for the peers the client only, the server's share is not in it).", ""]
out.append("| database | youcheng ties/s | peer ties/s | youcheng / peer | target | max RSS small → big file |")
out.append("|---|---:|---:|---:|---:|---|")
target = {"h2": 20000, "pg": 50000}
for db in ("h2", "pg"):
    if (db, "big") not in r:
        continue
    _, y = rate(db, "big", "startup")
    _, p = rate(db, "peer-big", "peer-startup")
    s, b = r.get((db, "small")), r[(db, "big")]
    mem = f"{s['rss']:,.0f} MiB ({s['n']:,} rows) → {b['rss']:,.0f} MiB ({b['n']:,} rows)" if s else ""
    out.append(f"| {names[db]} | {'failed' if y is None else f'{y:,.0f}'} | {'' if p is None else f'{p:,.0f}'} | "
               f"{'' if y is None or p is None else f'{y / p:.3f}'} | ≥ {target[db]:,} "
               f"({'met' if y and y >= target[db] else 'not met'}) | {mem} |")
open(md, "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out))
EOF
log "results in $out/results.md"
