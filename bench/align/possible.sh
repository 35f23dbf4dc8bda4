#!/usr/bin/env bash
# Possible sentence boundaries on the development sets: each gold sentence of a French, English or
# Vietnamese side is cut further at the splitter's possible boundaries, the aligner takes or leaves
# each one, beads are mapped back onto the gold lines; prints how many were taken and left, and
# strict F1 without and with the pieces (every boundary taken is wrong here by construction).
# usage: bench/align/possible.sh [EVAL_DIR] [LIKELY_PRIOR UNLIKELY_PRIOR]   (default ../shared/eval)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-align.classpath -Dmdep.includeScope=test
java -Xmx3g -cp "target/test-classes:target/classes:$(cat target/bench-align.classpath)" \
    org.songngu.align.PossibleBoundaryHarness "${1:-../shared/eval}" ${2:+"$2"} ${3:+"$3"} 2>&1 | grep -v 'DEBUG\|OpenTelemetry'
