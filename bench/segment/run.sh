#!/usr/bin/env bash
# Sentence-boundary benchmark: Songngu's splitter, ICU4J's BreakIterator and LanguageTool's SRX
# rules on Universal Dependencies French-GSD, French-Sequoia, English-EWT (documents and
# paragraphs) and Vietnamese-VTB (detokenised), in one run; boundary precision, recall, F1.
# usage: bench/segment/run.sh [test|dev] [errors=N]
# The treebanks are read from $SONGNGU_UD_DIR (a folder holding UD_French-GSD/, UD_French-Sequoia/,
# UD_English-EWT/, UD_Vietnamese-VTB/ with their .conllu files); without it they are cloned from
# their public GitHub repositories into target/ud (never committed: target/ is ignored).
set -euo pipefail
cd "$(dirname "$0")/../.."
TREEBANKS=(UD_French-GSD UD_French-Sequoia UD_English-EWT UD_Vietnamese-VTB)
UD=${SONGNGU_UD_DIR:-target/ud}
if [ -z "${SONGNGU_UD_DIR:-}" ]; then
  mkdir -p "$UD"
  for t in "${TREEBANKS[@]}"; do
    [ -d "$UD/$t" ] || git clone -q --depth 1 "https://github.com/UniversalDependencies/$t.git" "$UD/$t"
  done
fi
for t in "${TREEBANKS[@]}"; do
  [ -d "$UD/$t" ] || { echo "no treebank $UD/$t (set SONGNGU_UD_DIR)" >&2; exit 1; }
done
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-segment.classpath -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-segment.classpath)" \
    org.songngu.segment.SegmentationBenchmark "$UD" "${1:-test}" ${2:+"$2"} 2>&1 | grep -v 'DEBUG\|OpenTelemetry'
