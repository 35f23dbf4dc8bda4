#!/usr/bin/env bash
# Possible sentence boundaries on news articles as the job meets them (issue 25): ingests each
# corpus folder, cuts the versions into pieces at certain and possible boundaries, aligns fr→vi and
# fr→en with the glossary (no stored corpus model) and prints how many possible boundaries each
# pair took and left, per side; where a folder has truth.tsv, how many decisions were right beside
# the rules' own. -Dshow (in JAVA_OPTS) prints each decision.
# usage: bench/align/possible-news.sh [FOLDER...]   (default: corpus bench/align/possible-news)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-align.classpath -Dmdep.includeScope=test
if [ $# -eq 0 ]; then set -- corpus bench/align/possible-news; fi
java -Xmx1g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-align.classpath)" \
    org.songngu.align.PossibleNewsHarness "$@" 2>&1 | grep -v 'DEBUG\|OpenTelemetry'
