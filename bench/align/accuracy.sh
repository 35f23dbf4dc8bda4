#!/usr/bin/env bash
# Aligns every development set with Songngu's `align` and scores it with `evaluate` (Bible sets:
# test beads merged within verses via --units, as shared/eval/README.md asks).
# usage: bench/align/accuracy.sh [EVAL_DIR] [OUT_DIR]   (defaults: ../shared/eval, target/bench-align)
set -euo pipefail
cd "$(dirname "$0")/../.."
EVAL=${1:-../shared/eval}
OUT=${2:-target/bench-align}
[ -d "$EVAL" ] || { echo "no evaluation folder $EVAL" >&2; exit 1; }
JAR=target/songngu.jar
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
printf '%-22s %-28s %-28s %s\n' set strict lax 'conf>=0.9 right'
for dir in "$EVAL"/*/; do
  set=$(basename "$dir")
  [ -f "$dir/LANGS" ] || continue
  read -r src tgt < "$dir/LANGS"
  rm -rf "$OUT/$set"
  java -jar "$JAR" align --src-lang "$src" --tgt-lang "$tgt" --in "$dir" --out "$OUT/$set" --with-confidence > /dev/null
  units=()
  [ -d "$dir/_meta" ] && units=(--units "$dir/_meta")
  java -jar "$JAR" evaluate --gold "$dir" --test "$OUT/$set" "${units[@]}" > "$OUT/$set.score"
  strict=$(grep '^strict:' "$OUT/$set.score" | cut -d' ' -f2-)
  lax=$(grep '^lax:' "$OUT/$set.score" | cut -d' ' -f2-)
  conf=$(grep '^>= 0.90' "$OUT/$set.score" | awk '{print $3, "beads", $4}')
  printf '%-22s %-28s %-28s %s\n' "$set" "$strict" "$lax" "$conf"
done
