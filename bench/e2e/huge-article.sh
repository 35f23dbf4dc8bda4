#!/usr/bin/env bash
# Memory benchmark of one huge article (issue 15): a corpus of one article of N short paragraphs
# per language built from corpus/'s sentences, run by `songngu.jar run` from an empty database
# under a fixed heap; prints what `run` reports (time per stage, peak heap, peak heap after GC).
#
#   bench/e2e/huge-article.sh [N=100000] [extra JVM options... (default -Xmx1g)]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-100000}
shift $(( $# > 0 ? 1 : 0 ))

./mvnw -q -B -DskipTests package
./mvnw -q -B -DskipTests test-compile
classpath="target/test-classes:target/classes:$(cat target/runtime-classpath.txt)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "$classpath" org.songngu.bench.HugeArticle corpus "$work/corpus" "$n"
du -sh "$work/corpus"

jvm=(-Xmx1g -Dsongngu.heap-probe-seconds=10 -Dsongngu.glossary="$PWD/glossary" "$@")
echo "== songngu run over one article of $n paragraphs ($(nproc) cores, ${jvm[*]})"
start=$(date +%s.%N)
(cd "$work" && java "${jvm[@]}" -jar "$OLDPWD/target/songngu.jar" run --corpus "$work/corpus") || true
end=$(date +%s.%N)
printf 'wall time including JVM start-up: %.1f s\n' "$(echo "$end - $start" | bc)"
