#!/usr/bin/env bash
# youcheng resolution benchmark: resolves the real partner names of a set (default the dev set) through the tie
# import's resolver on a new database seeded with the bundled reference data; prints the accuracy and every miss.
#
#   bench/resolve/run.sh [dev|dev2|heldout|heldout2|heldout3|heldout4|heldout5|heldout7|heldout8|heldout9|heldout10|heldout11-read|heldout11-test|unseen19|unseen23|unseen25|news-partners|unseen30-read|unseen30-test|unseen31-read|unseen31-test|news-partners2|names35|news-partners3|names42-read|names42-test|news-partners4-read|news-partners4-test|news-partners5|names45|names51|names61-read|names61-test|names62|news-partners6|news-partners7|names64|news-partners8|news-partners9|news-partners10|names66|news-partners11-read|news-partners11-test|names67|FILE.tsv] [--app DIR]   (--app: an unpacked youcheng jar to measure instead,
#                                                             e.g. one built from main, for the baseline)
#
# Needs: a JDK 21+, Maven. Writes bench/work/resolve/ and bench/out/resolve-SET.txt. Run the held-out set only once.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(dirname "$bench")"
set_name="${1:-dev}"; shift || true
app=""
while [ $# -gt 0 ]; do
  case "$1" in
    --app) app="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
case "$set_name" in
  dev|dev2|heldout|heldout2|heldout3|heldout4|heldout5|heldout7|heldout8|heldout9|heldout10|heldout11-read|heldout11-test|unseen19|unseen23|unseen25|news-partners|unseen30-read|unseen30-test|unseen31-read|unseen31-test|news-partners2|names35|news-partners3|names42-read|names42-test|news-partners4-read|news-partners4-test|news-partners5|names45|names51|names61-read|names61-test|names62|news-partners6|news-partners7|names64|news-partners8|news-partners9|news-partners10|names66|news-partners11-read|news-partners11-test|names67) file="$bench/resolve/$set_name.tsv" ;;
  *) file="$set_name" ;;
esac
for j in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -n "$j" ] && [ -x "$j/bin/java" ]; then export JAVA_HOME="$j"; break; fi
done
work="$bench/work/resolve"
rm -rf "$work"; mkdir -p "$work/classes" "$bench/out"
if [ -z "$app" ]; then
  "$root/youcheng" --version >/dev/null   # builds the jar when stale
  app="$root/target/app"
fi
cp="$app/youcheng.jar:$app/lib/*"
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp "$cp" "$bench/resolve/ResolveBench.java"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$work/classes:$cp" ResolveBench "$work/db" "$file" 2>"$work/log.txt" \
  | tee "$bench/out/resolve-$(basename "$file" .tsv).txt"
