#!/usr/bin/env bash
# youcheng extraction benchmark: a corpus made by repeating the articles of a folder (default the dev set,
# ../shared/eval/dev/articles) is read by the extractor, warm and on one core, against two peers in the same run:
# a String.indexOf scan for one tie word (in the same JVM) and `grep -c -F -f names` of every gazetteer name over the
# same corpus. See bench/extract/README.md.
#
#   bench/extract/run.sh [--articles DIR] [--mb N] [--rounds N] [--app DIR]  (defaults: dev articles, 20 MB, 5 rounds)
#   --app: an unpacked youcheng jar to measure instead (e.g. one built from an earlier commit, side by side)
#
# Needs: a JDK 21+, Maven, GNU grep and time, taskset (util-linux). Writes bench/work/extract/ and bench/out/extract.txt.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(dirname "$bench")"
work="$bench/work/extract"
out="$bench/out"
articles="$root/../shared/eval/dev/articles"
mb=20
rounds=5
app=""
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) articles="$2"; shift 2 ;;
    --mb) mb="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --app) app="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
java=java
for j in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -n "$j" ] && [ -x "$j/bin/java" ]; then java="$j/bin/java"; export JAVA_HOME="$j"; break; fi
done
rm -rf "$work"; mkdir -p "$work/classes" "$out"
if [ -z "$app" ]; then
  "$root/youcheng" --version >/dev/null   # builds the jar when stale
  app="$root/target/app"
fi
cp="$app/youcheng.jar:$app/lib/*"
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp "$cp" "$bench/extract/ExtractBench.java"
pin=""; command -v taskset >/dev/null && pin="taskset -c 0"
{
  echo "# extraction benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $("$java" -version 2>&1 | head -1)"
  $pin "$java" -Xmx1g -cp "$work/classes:$cp" ExtractBench "$work/db" "$articles" "$mb" "$rounds" "$work"
  names=$(wc -l < "$work/names.txt")
  t=$( { /usr/bin/time -f %e env LC_ALL=C $pin grep -c -F -f "$work/names.txt" "$work/corpus.txt" >/dev/null; } 2>&1 )
  size=$(stat -c %s "$work/corpus.txt")
  python3 -c "import sys; s=float('$t'); b=$size/1e6; print(f'peer: grep -c -F -f ({$names} gazetteer names)\t{s:.3f} s\t{b/s:.1f} MB/s')"
} | tee "$out/extract.txt"
