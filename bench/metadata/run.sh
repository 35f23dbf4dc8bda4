#!/usr/bin/env bash
# Metadata lines (issue 24): builds a labelled corpus from corpus/ (every article gets, in each
# language, a date and reading-time line, an author or agency line, a photo credit, a view counter
# and a site reference line, with values varying between articles; meta.properties loses its date),
# prints metadata lines found (by rule, by template) and missed, content lines wrongly set aside,
# the publication dates recovered and the templates learned; then runs the job over the labelled
# corpus and over corpus/ as it is, exports both memories as TMX (every status) and counts the
# metadata lines left in the TMX and the segments of the plain export missing from the labelled one.
#
#   bench/metadata/run.sh [EVAL_DIR] [OLD_JAR]
#
# EVAL_DIR (e.g. ../shared/eval): the development sets are read in place and every French,
# Vietnamese and English sentence of them goes through the rules (all are content).
# OLD_JAR: a songngu.jar built before this change (git archive <commit> | tar -x -C DIR, then
# ./mvnw -DskipTests package there); it runs over the same labelled corpus, and its TMX is checked
# the same way: how many units held a metadata line before.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipTests package
./mvnw -q -B -DskipTests test-compile
classpath="target/test-classes:target/classes:$(cat target/runtime-classpath.txt)"
jar="$PWD/target/songngu.jar"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "$classpath" org.songngu.bench.MetadataBenchmark build corpus "$work/labelled" ${1:+"$1"}

jvm=(-Xmx2g -Dsongngu.glossary="$PWD/glossary")
for run in labelled plain; do
  mkdir -p "$work/$run-db"
  corpus=$([ "$run" = labelled ] && echo "$work/labelled/corpus" || echo "$PWD/corpus")
  echo "== songngu run over the $run corpus"
  (cd "$work/$run-db" && java "${jvm[@]}" -jar "$jar" run --corpus "$corpus" | grep '^metadata\|^run ' || true)
  for pair in fr-vi fr-en; do
    (cd "$work/$run-db" && java "${jvm[@]}" -jar "$jar" export-tmx --pair "$pair" --status any \
        --out "$work/$run-$pair.tmx" > /dev/null)
  done
done
for pair in fr-vi fr-en; do
  java -cp "$classpath" org.songngu.bench.MetadataBenchmark tmx "$work/labelled" "$work/labelled-$pair.tmx" \
      "$work/plain-$pair.tmx"
done
if [ -n "${2:-}" ]; then
  mkdir -p "$work/old-db"
  echo "== the pipeline of $2 over the labelled corpus"
  (cd "$work/old-db" && java "${jvm[@]}" -jar "$2" run --corpus "$work/labelled/corpus" | grep '^run ' || true)
  for pair in fr-vi fr-en; do
    (cd "$work/old-db" && java "${jvm[@]}" -jar "$2" export-tmx --pair "$pair" --status any --out "$work/old-$pair.tmx" \
        > /dev/null)
    java -cp "$classpath" org.songngu.bench.MetadataBenchmark tmx "$work/labelled" "$work/old-$pair.tmx" \
        "$work/plain-$pair.tmx" | grep -v '^  '
  done
fi
