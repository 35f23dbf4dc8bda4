#!/usr/bin/env bash
# Accuracy on one long document, as `songngu align` aligns it: the documents of a development set
# joined one after the other, TIMES times, into one document with its gold (the set's gold beads
# shifted), optionally after a PREFIX and before a SUFFIX document of other text (X.src/X.tgt, no
# gold), then aligned in one process and scored by `evaluate` on the beads of the set's part.
#
# usage: bench/align/long.sh EVAL_DIR [SET=transread-fr-en-dev] [TIMES=12] [PREFIX.src] [SUFFIX.src]
#   e.g. bench/align/long.sh ../shared/eval transread-fr-en-dev 12
#        bench/align/long.sh ../shared/eval transread-fr-en-dev 1 /path/novels.src   (novels.tgt beside it)
#   A SUFFIX document (no gold either) goes after the set; beads reaching into it are not scored.
# environment: SONGNGU (the command, default bin/songngu); SONGNGU_JAVA_OPTS (e.g. -Xmx1g).
# Prints the strict and lax scores and the CPU seconds and peak memory of the align process.
# The beads that cross from the prefix into the set are not scored (they are wrong either way).
set -euo pipefail
cd "$(dirname "$0")/../.."
EVAL=${1:?usage: bench/align/long.sh EVAL_DIR [SET] [TIMES] [PREFIX.src]}
SET=${2:-transread-fr-en-dev}
TIMES=${3:-12}
PREFIX=${4:-}
SUFFIX=${5:-}
read -r -a SONGNGU <<< "${SONGNGU:-bin/songngu}"
dir=$EVAL/$SET
[ -f "$dir/LANGS" ] || { echo "long.sh: no $dir/LANGS" >&2; exit 2; }
for extra in "$PREFIX" "$SUFFIX"; do
  [ -z "$extra" ] || [ -f "${extra%.src}.tgt" ] || { echo "long.sh: $extra needs ${extra%.src}.tgt" >&2; exit 2; }
done
[ -f target/songngu.jar ] || ./mvnw -B -q -DskipTests package
read -r src_lang tgt_lang < "$dir/LANGS"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/gold" "$work/out" "$work/test"
source_offset=0 target_offset=0
if [ -n "$PREFIX" ]; then
  cat "$PREFIX" > "$work/in/long.src"
  cat "${PREFIX%.src}.tgt" > "$work/in/long.tgt"
  source_offset=$(wc -l < "$PREFIX")
  target_offset=$(wc -l < "${PREFIX%.src}.tgt")
else
  : > "$work/in/long.src"
  : > "$work/in/long.tgt"
fi
prefix_source=$source_offset prefix_target=$target_offset
# the set's gold beads, shifted to the document's lines (relative to the end of the prefix)
shift_gold() {
  awk -v s="$1" -v t="$2" '{
    split($0, sides, ":"); out = ""
    for (k = 1; k <= 2; k++) {
      side = sides[k]; gsub(/[\[\] ]/, "", side); n = split(side, ids, ",")
      text = "["
      for (x = 1; x <= n; x++) if (ids[x] != "") text = text (x > 1 ? ", " : "") (ids[x] + (k == 1 ? s : t))
      out = out (k == 2 ? ":" : "") text "]"
    }
    print out
  }' "$3"
}
for round in $(seq "$TIMES"); do
  for src in "$dir"/*.src; do
    doc=${src%.src}
    shift_gold $((source_offset - prefix_source)) $((target_offset - prefix_target)) "$doc.gold" >> "$work/gold/long.gold"
    cat "$src" >> "$work/in/long.src"
    cat "$doc.tgt" >> "$work/in/long.tgt"
    source_offset=$((source_offset + $(wc -l < "$src")))
    target_offset=$((target_offset + $(wc -l < "$doc.tgt")))
  done
done
tail -n +$((prefix_source + 1)) "$work/in/long.src" > "$work/gold/long.src"
tail -n +$((prefix_target + 1)) "$work/in/long.tgt" > "$work/gold/long.tgt"
set_source=$((source_offset - prefix_source)) set_target=$((target_offset - prefix_target))
if [ -n "$SUFFIX" ]; then
  cat "$SUFFIX" >> "$work/in/long.src"
  cat "${SUFFIX%.src}.tgt" >> "$work/in/long.tgt"
fi

/usr/bin/time -o "$work/time" -f '%U %S %M' "${SONGNGU[@]}" align --src-lang "$src_lang" --tgt-lang "$tgt_lang" \
    --in "$work/in" --out "$work/out" > /dev/null
# the beads of the set's part, shifted back to its lines; a bead reaching into the prefix or suffix is dropped
awk -v s="$prefix_source" -v t="$prefix_target" -v ms="$set_source" -v mt="$set_target" '{
    split($0, sides, ":"); keep = 1; out = ""
    for (k = 1; k <= 2; k++) {
      side = sides[k]; gsub(/[\[\] ]/, "", side); n = split(side, ids, ",")
      text = "["
      for (x = 1; x <= n; x++) if (ids[x] != "") {
        v = ids[x] - (k == 1 ? s : t); if (v < 0 || v >= (k == 1 ? ms : mt)) keep = 0
        text = text (x > 1 ? ", " : "") v
      }
      out = out (k == 2 ? ":" : "") text "]"
    }
    if (keep) print out
  }' "$work/out/long.align" > "$work/test/long.align"
echo "$SET x$TIMES${PREFIX:+ after $(basename "$PREFIX") ($prefix_source + $prefix_target sentences)}${SUFFIX:+ before $(basename "$SUFFIX")}:" \
    "$(wc -l < "$work/gold/long.src") + $(wc -l < "$work/gold/long.tgt") sentences scored"
"${SONGNGU[@]}" evaluate --gold "$work/gold" --test "$work/test" | grep -E '^(strict|lax):'
awk '{printf "align: %.2f s CPU, peak %d MiB\n", $1 + $2, $3 / 1024}' "$work/time"
