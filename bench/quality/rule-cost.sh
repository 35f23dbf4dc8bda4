#!/usr/bin/env bash
# What each LanguageTool rule costs the checker, one thread, timed rule by rule on the sentences the
# checker would try it on (RuleCostProbe): all-distinct news, or French prose when files are given
# (UTF-8, one sentence a line, ':'-separated). Usage: bench/quality/rule-cost.sh [sentences=1200]
# [top=40] [prose files]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-quality.classpath -Dmdep.includeScope=test
java -Xmx2g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-quality.classpath)" \
    org.songngu.quality.RuleCostProbe "${1:-1200}" "${2:-40}" ${3:+"$3"} 2>&1 | grep -v 'DEBUG\|OpenTelemetry'
