#!/usr/bin/env bash
# Review API under load: starts Songngu in-process (in-memory H2, random loopback port), runs the job
# on corpus/, then N reviewers act on one article's pair through the REST API (HTTP Basic) for S
# seconds; prints requests/s and latency percentiles, then checks the audit trail for lost updates.
# Usage: bench/review/run.sh [seconds=60] [reviewers=10] [warmup=10] [cap=2000000] [article=thai-binh-dan-van]
#        [pair=fr-vi] [auth=basic|session]   (basic: HTTP Basic on every request; session: login form once)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-review.classpath -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-review.classpath)" \
    org.songngu.bench.ReviewLoadBenchmark "$@"
