#!/usr/bin/env bash
# Times an older build of the aligner against this one, alternating in one run (the machine is
# shared: alternation spreads the load of other jobs over both), printing wall and CPU time.
# usage: bench/align/compare-builds.sh OLD_CLASSES_DIR [EVAL_DIR] [RUNS] [ROUNDS]
#   OLD_CLASSES_DIR: e.g. built by `git worktree add /tmp/old COMMIT && (cd /tmp/old && ./mvnw -q compile)`
#   and then /tmp/old/target/classes. Uses this tree's test classes (the harness) for both.
set -euo pipefail
cd "$(dirname "$0")/../.."
OLD=${1:?old classes folder}
EVAL=${2:-../shared/eval}
RUNS=${3:-3}
ROUNDS=${4:-5}
./mvnw -q -DskipTests test-compile
[ -f target/bench-cp.txt ] || ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test > /dev/null
CP=$(cat target/bench-cp.txt)
for run in $(seq "$RUNS"); do
  for which in old new; do
    classes=target/classes
    [ "$which" = old ] && classes=$OLD
    printf '%s %s: ' "$run" "$which"
    java -cp "$classes:target/test-classes:$CP" org.songngu.align.DevSetHarness speed "$EVAL" "$ROUNDS"
  done
done
