#!/usr/bin/env bash
# The no-op rerun (issue 15, point 5): builds a corpus of N articles from corpus/, fills an H2
# database with a first run, then times whole `songngu.jar run --corpus DIR` processes over the
# unchanged corpus ROUNDS times: the process (JVM start-up, Flyway, Spring included) and the job
# inside it (what `run` reports on its throughput line). Prints the medians.
#
#   bench/e2e/rerun.sh [N=5000] [ROUNDS=3] [PEER_JAR]     (ROUNDS 0: only fill SONGNGU_BENCH_KEEP)
#
# With PEER_JAR (a jar built from another commit, e.g. the one before the change), the database
# is copied for the peer and the two jars' reruns are interleaved, so that both medians come from
# the same period of the machine's load. The peer fills the database first; this build's jar then
# runs once on its copy (migrating it and storing the folder stamps: a full read like the peer's)
# before the timed rounds. The first run cuts the French check short (1 ms per article): a rerun
# over an unchanged corpus does not look at findings, and a full check of thousands of articles
# takes hours on a shared 2-core machine.
#
# SONGNGU_BENCH_KEEP=DIR keeps the corpus and the filled databases in DIR, and a later call with
# the same DIR and N skips building them and the first run: at 20,000 articles the first run
# takes the better part of an hour, the timed reruns seconds each, so the reruns can be timed
# apart, when the machine is quiet.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-5000}
rounds=${2:-3}
peer=${3:-}

./mvnw -q -B -DskipTests package
./mvnw -q -B -DskipTests test-compile
classpath="target/test-classes:target/classes:$(cat target/runtime-classpath.txt)"

if [ -n "${SONGNGU_BENCH_KEEP:-}" ]; then
  work=$SONGNGU_BENCH_KEEP
  mkdir -p "$work"
  [ ! -f "$work/articles" ] || [ "$(cat "$work/articles")" = "$n" ] \
    || { echo "$work holds $(cat "$work/articles") articles, not $n" >&2; exit 1; }
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
cp target/songngu.jar "$work/songngu.jar" # a later build in this tree must not change it under the runs
jar="$work/songngu.jar"
if [ ! -f "$work/articles" ]; then
  rm -rf "$work/corpus"
  java -cp "$classpath" org.songngu.bench.CorpusMultiplier corpus "$work/corpus" "$n"
  echo "$n" > "$work/articles"
fi
jvm=(-Xmx3g -Dsongngu.glossary="$PWD/glossary" -Dsongngu.quality.article-timeout=1ms)

run() { # folder jar -> prints "process-seconds job-seconds" of one run
  local start end
  start=$(date +%s.%N)
  (cd "$1" && java "${jvm[@]}" -jar "$2" run --corpus "$work/corpus" > run.out 2> run.err) || true
  end=$(date +%s.%N)
  grep -q "^run [0-9]* completed: 0 processed, $n unchanged, 0 failed" "$1/run.out" \
    || { echo "unexpected outcome in $1:" >&2; tail -3 "$1/run.out" >&2; exit 1; }
  echo "$(echo "$end - $start" | bc) $(sed -n 's/^throughput: [0-9]* articles in \([0-9.]*\) s.*/\1/p' "$1/run.out")"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

mkdir -p "$work/this" "$work/peer"
first=${peer:-$jar}
if [ -f "$work/this/first-run-done" ] && { [ -z "$peer" ] || [ -d "$work/peer/data" ]; }; then
  echo "== first run skipped: $work/this already holds it"
else
  rm -rf "$work/this/data" "$work/peer/data"
  echo "== first run over $n articles ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)), by $first"
  start=$(date +%s.%N)
  (cd "$work/this" && java "${jvm[@]}" -jar "$first" run --corpus "$work/corpus" | tail -1) || true
  printf 'first run: %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
  if [ -n "$peer" ]; then
    cp -r "$work/this/data" "$work/peer/data"
    read -r p j <<< "$(run "$work/this" "$jar")"
    printf 'this build, run once to migrate and stamp: %.1f s (job %.1f s)\n' "$p" "$j"
  fi
  touch "$work/this/first-run-done"
fi
[ "$rounds" -gt 0 ] || { echo "0 rounds: $work is filled, nothing timed"; exit 0; }

: > "$work/this.times"; : > "$work/peer.times"
for round in $(seq "$rounds"); do
  if [ -n "$peer" ]; then
    t=$(run "$work/peer" "$peer"); echo "$t" >> "$work/peer.times"
    printf 'round %d peer: process %.1f s, job %.1f s\n' "$round" $t
  fi
  t=$(run "$work/this" "$jar"); echo "$t" >> "$work/this.times"
  printf 'round %d this build: process %.1f s, job %.1f s\n' "$round" $t
done
printf 'rerun over %d unchanged articles, median of %d: this build process %.1f s, job %.1f s' "$n" "$rounds" \
  "$(cut -d' ' -f1 "$work/this.times" | median)" "$(cut -d' ' -f2 "$work/this.times" | median)"
if [ -n "$peer" ]; then
  printf '; peer process %.1f s, job %.1f s' "$(cut -d' ' -f1 "$work/peer.times" | median)" \
    "$(cut -d' ' -f2 "$work/peer.times" | median)"
fi
printf ' (load %s)\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
grep '^time: ' "$work/this/run.out" | sed 's/^/this build /'
[ -z "$peer" ] || grep '^time: ' "$work/peer/run.out" | sed 's/^/peer /'
