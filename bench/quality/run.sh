#!/usr/bin/env bash
# French quality benchmark: FrenchChecker against plain LanguageTool, sentence by sentence, one
# thread, same rules and accepted words, in one JVM. Usage: bench/quality/run.sh [sentences] [threads] [boilerplate]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-quality.classpath -Dmdep.includeScope=test
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-quality.classpath)" \
    org.songngu.quality.QualityBenchmark "${1:-2400}" "${2:-$(nproc)}" "${3:-true}" 2>&1 | grep -v DEBUG
