#!/usr/bin/env bash
# The longer fuzzing run (docs/fuzzing.md): each Jazzer target of io/ImportFuzzTests fuzzes for SECONDS (default
# 600), continuing from the corpus in .cifuzz-corpus/ that earlier runs grew. A finding fails the run and is saved
# under src/test/resources/org/youcheng/io/ImportFuzzTestsInputs/<target>/, where the suite replays it from then on.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     targets: csvIsReadOrRefused xlsxIsReadOrRefused aDateIsReadOrNamedWrong
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csvIsReadOrRefused xlsxIsReadOrRefused aDateIsReadOrNamedWrong)
for j in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -n "$j" ] && [ -x "$j/bin/java" ]; then export JAVA_HOME="$j"; break; fi
done
for t in "${targets[@]}"; do
  echo "fuzzing $t for ${seconds}s" >&2
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" \
  JAZZER_INSTRUMENTATION_INCLUDES='org.youcheng.**:org.dhatim.**:com.fasterxml.aalto.**:org.apache.commons.compress.archivers.zip.**' \
    mvn -B -q test-compile surefire:test -DfailIfNoTests=false -Dtest="ImportFuzzTests#$t"
done
