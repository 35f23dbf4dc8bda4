#!/usr/bin/env bash
# The review at archive scale: fills a database with N articles made from corpus/ (JDBC), counts
# their summaries with the application's code, then times the article list (page and API, random
# filters and pages), an article page and searches; prints p50/p95/p99/max per kind, PASS under
# 300 ms at p95.
# Usage: bench/review/scale.sh [articles=20000] [requests=300] [warmup=60] [db=h2]
#        bench/review/scale.sh db=postgres url=jdbc:postgresql://localhost:5432/DB [user=songngu] [password=songngu]
#        (db=postgres EMPTIES that database first: give it one of its own)
#        reuse=yes keeps a database that a former call filled with as many articles and only times it;
#        requests=0 only fills: fill under any load, time on a quiet machine
# The build runs at nice 19 so that the timing alone runs at the caller's priority
# (`nice -n 0 bench/review/scale.sh ...` on a shared machine).
set -euo pipefail
cd "$(dirname "$0")/../.."
nice -n 19 ./mvnw -q -DskipTests test-compile
nice -n 19 ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-review.classpath -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-review.classpath)" \
    org.songngu.bench.ReviewScaleBenchmark "$@"
