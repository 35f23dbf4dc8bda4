#!/usr/bin/env bash
# Checks that the parallel job stores exactly what a sequential one does: runs the same generated
# corpus twice, once as configured (partitions = cores, chunks of 5) and once one article at a time
# (one partition, chunks of 1), each from an empty H2 database, and compares the stored sentences,
# beads and findings row by row.
#
#   bench/e2e/compare.sh [N=40]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-40}

./mvnw -q -B -DskipTests package
./mvnw -q -B -DskipTests test-compile
classpath="target/test-classes:target/classes:$(cat target/runtime-classpath.txt)"
h2=$(tr ':' '\n' < target/runtime-classpath.txt | grep '/h2-' | head -n 1)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "$classpath" org.songngu.bench.CorpusMultiplier corpus "$work/corpus" "$n" > /dev/null

run() { # folder, extra JVM options...
  local dir=$1; shift
  mkdir -p "$work/$dir"
  (cd "$work/$dir" && java -Dsongngu.glossary="$OLDPWD/glossary" "$@" -jar "$OLDPWD/target/songngu.jar" \
      run --corpus "$work/corpus" | tail -n 2)
  java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$work/$dir/data/songngu" -user sa \
      -password "$(cat "$work/$dir/data/songngu.secret")" -sql "
      SELECT article_id, lang, idx, paragraph, content FROM sentence ORDER BY article_id, lang, idx;
      SELECT article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end, ROUND(confidence, 6)
        FROM bead ORDER BY article_id, lang_pair, idx;
      SELECT article_id, sentence_idx, rule_id, start_pos, end_pos FROM finding
        ORDER BY article_id, sentence_idx, start_pos, rule_id;" | grep -v ' ms)$' > "$work/$dir.txt"
}

echo "== parallel (partitions = $(nproc), chunks of 5)"
run parallel
echo "== one article at a time (1 partition, chunks of 1)"
run sequential -Dsongngu.partitions=1 -Dsongngu.chunk-size=1

if diff -q "$work/parallel.txt" "$work/sequential.txt" > /dev/null; then
  echo "SAME: $(wc -l < "$work/parallel.txt") stored rows identical"
else
  echo "DIFFERENT:"; diff "$work/parallel.txt" "$work/sequential.txt" | head -n 40; exit 1
fi
