#!/usr/bin/env bash
# French quality benchmark: FrenchChecker against plain LanguageTool (sentence by sentence, one
# thread, same rules, accepted words and name markup), interleaved in one JVM, on sentences built
# from corpus/, and on French prose when SONGNGU_BENCH_PROSE names UTF-8 files (one sentence a line,
# separated by ":"). Usage: bench/quality/run.sh [sentences=2400] [threads=nproc] [rounds=2]
# Extra JVM options (e.g. a JFR recording) go in JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-quality.classpath -Dmdep.includeScope=test
java -Xmx2g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-quality.classpath)" \
    org.songngu.quality.QualityBenchmark "${1:-2400}" "${2:-$(nproc)}" "${3:-2}" corpus 2>&1 | grep -v 'DEBUG\|OpenTelemetry'
