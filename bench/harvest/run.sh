#!/usr/bin/env bash
# The harvest at scale: generates a crawl of N pages (default 10,000) from the sample articles as a
# .warc.gz, harvests it under a fixed heap, prints pages/s, peak heap, and pairing precision and
# recall against the generated truth. Usage: bench/harvest/run.sh [pages] [heap] [lexicon]
# With "lexicon", pairing also weighs the aligner's lexicon, learned (untimed) from the sample
# articles the crawl is made of, as a previous run of the site would have stored it.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-harvest.classpath -Dmdep.includeScope=test
mkdir -p target/bench-harvest
# a copy of the classes: a build during the run (tests, an edit) must not pull classes from under it
rm -rf target/bench-harvest/classes target/bench-harvest/test-classes
cp -r target/classes target/test-classes target/bench-harvest/
java -Xmx"${2:-1g}" -cp "target/bench-harvest/test-classes:target/bench-harvest/classes:$(cat target/bench-harvest.classpath)" \
    org.songngu.harvest.HarvestBenchmark "${1:-10000}" target/bench-harvest ${3:-}
