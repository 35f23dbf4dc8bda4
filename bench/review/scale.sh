#!/usr/bin/env bash
# The review at archive scale: runs the job on corpus/, fills a database with N articles made from its
# articles through JDBC batches (search keys and summaries computed in Java with the application's code:
# ReviewScaleFill; ReviewScaleFillTest checks they equal what the application's per-article refresh
# stores), builds the search index from every article as the application does at its first search
# (timed, with its size on disk), then times the article list (page and API, random
# filters and pages), an article page and searches (random and hard ones); prints p50/p95/p99/max per
# kind, PASS under 300 ms at p95, and the load average before and after.
# Usage: bench/review/scale.sh [articles=20000] [requests=300] [warmup=60] [db=h2]
#        bench/review/scale.sh db=postgres url=jdbc:postgresql://localhost:5432/DB [schema=public]
#                              [user=songngu] [password=songngu]
#        db=postgres DROPS the schema `schema` of that database first and migrates it again: give the
#        benchmark a schema of its own (the PostgreSQL tests empty `public`); db=h2 fills
#        target/bench-review-scale/ (deleted by `mvn clean`).
#        reuse=yes keeps a database that a former call filled with as many articles and only times it;
#        requests=0 only fills: fill under any load (20,000 articles: minutes), time on a quiet machine:
#          nice -n 19 bench/review/scale.sh db=h2 articles=20000 requests=0
#          nice -n 0 bench/review/scale.sh db=h2 articles=20000 reuse=yes requests=150 warmup=30
# The build runs at nice 19 so that the timing alone runs at the caller's priority
# (`nice -n 0 bench/review/scale.sh ...` on a shared machine).
set -euo pipefail
cd "$(dirname "$0")/../.."
nice -n 19 ./mvnw -q -DskipTests test-compile
nice -n 19 ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-review.classpath -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-review.classpath)" \
    org.songngu.bench.ReviewScaleBenchmark "$@"
