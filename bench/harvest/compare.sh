#!/usr/bin/env bash
# The harvest's indexed candidate search against the naive peer that compares every French page with
# every Vietnamese and English page, on one generated crawl, interleaved rounds, medians of CPU and
# wall time, and the precision and recall of each. Usage: bench/harvest/compare.sh [pages=3000] [rounds=3] [heap=1g]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-harvest.classpath -Dmdep.includeScope=test
mkdir -p target/bench-harvest
# a copy of the classes: a build during the run (tests, an edit) must not pull classes from under it
rm -rf target/bench-harvest/classes target/bench-harvest/test-classes
cp -r target/classes target/test-classes target/bench-harvest/
java -Xmx"${3:-1g}" -cp "target/bench-harvest/test-classes:target/bench-harvest/classes:$(cat target/bench-harvest.classpath)" \
    org.songngu.harvest.HarvestBenchmark compare "${1:-3000}" "${2:-3}" target/bench-harvest
