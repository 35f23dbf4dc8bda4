#!/usr/bin/env bash
# TMX export at scale: streams N generated fr-vi-en units (default 1,000,000) into a TMX file with a
# 64 MiB heap, reads it back, prints units/s and peak heap, validates the file against the DTD. Usage: bench/tmx/run.sh [units] [heap]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-tmx.classpath -Dmdep.includeScope=test
mkdir -p target/bench-tmx
java -Xmx"${2:-64m}" -cp "target/test-classes:target/classes:$(cat target/bench-tmx.classpath)" \
    org.songngu.tmx.TmxExportBenchmark "${1:-1000000}" target/bench-tmx/export.tmx
