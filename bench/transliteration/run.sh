#!/usr/bin/env bash
# The transliteration model on pairs of names held out of its training, against the consonant-sound reading (the
# peer) on the same pairs in the same run.   bench/transliteration/run.sh [SEED] [SHARE] [MAX_PAIRS]
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(dirname "$bench")"
for j in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -n "$j" ] && [ -x "$j/bin/java" ]; then export JAVA_HOME="$j"; break; fi
done
"$root/youcheng" --version >/dev/null   # builds the jar when stale
work="$bench/work/transliteration"
rm -rf "$work"; mkdir -p "$work/classes" "$bench/out"
cp="$root/target/app/youcheng.jar:$root/target/app/lib/*"
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp "$cp" "$bench/transliteration/HeldOutPairs.java"
"$JAVA_HOME/bin/java" -Xmx2g -cp "$work/classes:$cp" HeldOutPairs "${1:-20261206}" "${2:-0.1}" "${3:-4000}" "${4:-300}" 2>/dev/null \
  | tee "$bench/out/transliteration.txt"
