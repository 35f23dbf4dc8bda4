#!/usr/bin/env bash
# Times Songngu's aligner in process (after warm-up; documents and the two IBM Model 1 directions run
# on the common fork-join pool) over every development set (real text): sentences per second.
# Against hunalign, whole processes side by side: bench/align/compare.sh.
# usage: bench/align/speed.sh [EVAL_DIR]   (default ../shared/eval)
# environment: SETS (only the sets whose names hold one of these comma-separated words, e.g. transread);
#   ROUNDS (timed rounds after 3 of warm-up, default 5); JAVA_OPTS (e.g. the flags bin/songngu gives
#   align, "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC": the aligner's rate warm on the compiler a command gets)
set -euo pipefail
cd "$(dirname "$0")/../.."
EVAL=${1:-../shared/eval}
[ -d "$EVAL" ] || { echo "no evaluation folder $EVAL" >&2; exit 1; }
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test > /dev/null
# shellcheck disable=SC2086
line=$(java ${JAVA_OPTS:-} ${SETS:+-Dsets="$SETS"} -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" \
    org.songngu.align.DevSetHarness speed "$EVAL" "${ROUNDS:-5}")
echo "$line"
echo "(in process, warmed up: the aligner's own rate; whole processes against hunalign: bench/align/compare.sh)"
