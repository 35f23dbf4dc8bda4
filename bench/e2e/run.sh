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
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000}
db=${2:-h2}
shift $(( $# > 2 ? 2 : $# ))

./mvnw -q -B -DskipTests package
./mvnw -q -B -DskipTests test-compile
classpath="target/test-classes:target/classes:$(cat target/runtime-classpath.txt)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "$classpath" org.songngu.bench.CorpusMultiplier corpus "$work/corpus" "$n"

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
(cd "$work" && java "${jvm[@]}" -jar "$OLDPWD/target/songngu.jar" run --corpus "$work/corpus" --no-glossary) \
  | grep -v '^processed \|^unchanged ' || true
end=$(date +%s.%N)
printf 'wall time including JVM start-up: %.1f s\n' "$(echo "$end - $start" | bc)"
