#!/usr/bin/env bash
# End-to-end benchmark of the job (issue 8): builds a corpus of N articles from corpus/ (distinct
# ids, every sentence marked with its copy's number so nothing is answered from a cache), runs
# `songngu.jar run` on it from an empty database under -Xmx1g, and prints what `run` reports: throughput,
# time per stage, peak heap and peak heap after GC (a full GC every 10 s measures the live heap;
# it slows the run by a few per cent).
#
#   bench/e2e/run.sh [N=1000] [h2|postgres] [extra JVM options...]
#
# postgres: needs a local server (bash .ci/postgres.sh starts one); the database songngu_bench is
# dropped and created again. Both cores are used (songngu.partitions defaults to one per core).
#
# SONGNGU_BENCH_KEEP=DIR (h2 only) builds the corpus in DIR and keeps the filled database there, laid
# out as bench/e2e/rerun.sh keeps its own: one 20,000-article run then gives the heap figures here,
# and the same corpus and database serve rerun.sh's timed reruns.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000}
db=${2:-h2}
shift $(( $# > 2 ? 2 : $# ))

./mvnw -q -B -DskipTests package
./mvnw -q -B -DskipTests test-compile
classpath="target/test-classes:target/classes:$(cat target/runtime-classpath.txt)"

if [ -n "${SONGNGU_BENCH_KEEP:-}" ]; then
  [ "$db" = h2 ] || { echo "SONGNGU_BENCH_KEEP keeps an H2 database only" >&2; exit 1; }
  work=$SONGNGU_BENCH_KEEP
  [ ! -e "$work/this/data" ] || { echo "$work/this/data exists: the run must start from an empty database" >&2; exit 1; }
  mkdir -p "$work/this"
  run_dir=$work/this
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  run_dir=$work
fi
if [ ! -f "$work/articles" ]; then
  rm -rf "$work/corpus"
  java -cp "$classpath" org.songngu.bench.CorpusMultiplier corpus "$work/corpus" "$n"
  echo "$n" > "$work/articles"
fi
[ "$(cat "$work/articles")" = "$n" ] || { echo "$work holds $(cat "$work/articles") articles, not $n" >&2; exit 1; }

jvm=(-Xmx1g -Dsongngu.heap-probe-seconds=10 -Dsongngu.glossary="$PWD/glossary" "$@")
if [ "$db" = postgres ]; then
  su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS songngu_bench'"
  su postgres -c "psql -q -c 'CREATE DATABASE songngu_bench OWNER songngu'"
  export SPRING_PROFILES_ACTIVE=postgres
  export SONGNGU_DB_URL=jdbc:postgresql://localhost:5432/songngu_bench SONGNGU_DB_USER=songngu SONGNGU_DB_PASSWORD=songngu
fi

echo "== songngu run over $n articles on $db ($(nproc) cores)"
start=$(date +%s.%N)
# Without a glossary, as the figures in docs/SCALING.md were measured (the run used to leave out
# a glossary it could not find; it now refuses to).
(cd "$run_dir" && java "${jvm[@]}" -jar "$OLDPWD/target/songngu.jar" run --corpus "$work/corpus" --no-glossary) \
  | grep -v '^processed \|^unchanged ' || true
[ -z "${SONGNGU_BENCH_KEEP:-}" ] || touch "$run_dir/first-run-done"
end=$(date +%s.%N)
printf 'wall time including JVM start-up: %.1f s\n' "$(echo "$end - $start" | bc)"
