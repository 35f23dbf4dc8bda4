#!/usr/bin/env bash
# Times Songngu's aligner in process (after warm-up; documents and the two IBM Model 1 directions run
# on the common fork-join pool) over every development set, and,
# when a hunalign binary is on PATH, hunalign (empty dictionary) over the same files, with the ratio.
# usage: bench/align/speed.sh [EVAL_DIR]   (default ../shared/eval)
set -euo pipefail
cd "$(dirname "$0")/../.."
EVAL=${1:-../shared/eval}
[ -d "$EVAL" ] || { echo "no evaluation folder $EVAL" >&2; exit 1; }
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test > /dev/null
line=$(java -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" org.songngu.align.DevSetHarness speed "$EVAL" 5)
echo "$line"
songngu=$(echo "$line" | sed -E 's/.*, ([0-9]+) sentences\/s.*/\1/')
if command -v hunalign > /dev/null; then
  dict=$(mktemp); : > "$dict"
  total=0
  start=$(date +%s.%N)
  for src in "$EVAL"/*/*.src; do
    tgt=${src%.src}.tgt
    hunalign "$dict" "$src" "$tgt" > /dev/null 2>&1
    total=$((total + $(wc -l < "$src") + $(wc -l < "$tgt")))
  done
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  rate=$(echo "$total / $seconds" | bc)
  echo "hunalign: $total sentences in ${seconds}s: $rate sentences/s (both sides, one process per document)"
  echo "ratio songngu/hunalign: $(echo "scale=2; $songngu / $rate" | bc)"
  rm -f "$dict"
else
  echo "hunalign not on PATH: reference from shared/eval/README.md is about 3,000 sentences/s"
fi
