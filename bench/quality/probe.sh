#!/usr/bin/env bash
# LanguageTool's own work on the checker's texts, one thread, each check on the thread's CPU clock:
# plain LanguageTool, the checker's tool with only the pattern-rule pre-filter, and as built (the
# narrowed disambiguation too), in turn, on QualityBenchmark's all-distinct news (names masked,
# joined per article). Usage: bench/quality/probe.sh [sentences=1200] [rounds=4]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-quality.classpath -Dmdep.includeScope=test
java -Xmx2g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-quality.classpath)" \
    org.songngu.quality.QualityProbe "${1:-1200}" "${2:-4}" corpus 2>&1 | grep -v 'DEBUG\|OpenTelemetry'
