#!/usr/bin/env bash
# TMX round trip through the command line, each command in its own JVM with a bounded heap:
#   1. TmxExportBenchmark writes N Songngu-style fr-vi-en units (default 100,000: tuids, x-document,
#      x-confidence, x-status, reviewers and dates);
#   2. import-tmx into an empty embedded database, export-tmx --pair fr-vi-en --status any;
#   3. import that export into a second empty database, export again;
#   4. the two exports must be identical apart from the header's creation date.
# Prints wall time and peak RSS per command (GNU time), the peak heap before a collection (GC log),
# the file and database sizes. Usage: bench/tmx/roundtrip.sh [units] [heap]   (default 100000 512m)
set -euo pipefail
cd "$(dirname "$0")/../.."
UNITS=${1:-100000}
HEAP=${2:-512m}
OUT=target/bench-tmx/roundtrip
nice -n 5 ./mvnw -q -B -ntp -o -DskipTests package
nice -n 5 ./mvnw -q -B -ntp -o dependency:build-classpath -Dmdep.outputFile=target/bench-tmx.classpath -Dmdep.includeScope=test
rm -rf "$OUT" && mkdir -p "$OUT"
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench-tmx.classpath)" \
    org.songngu.tmx.TmxExportBenchmark "$UNITS" "$OUT/memory.tmx" | grep -E "^write|^max"

songngu() { # songngu NAME DB ARGS...: one command, timed, with its own GC log
    local name=$1 db=$2
    shift 2
    /usr/bin/time -f "$name: %e s wall, %U s user + %S s sys CPU, %M KiB peak RSS" java -Xmx"$HEAP" -Xlog:gc:file="$OUT/gc-$name.log" \
        -Dspring.datasource.url="jdbc:h2:file:$PWD/$OUT/$db/songngu" -Dsongngu.run-on-startup=false \
        -Dsongngu.tmx.french=fr-FR -Dsongngu.tmx.vietnamese=vi-VN -Dsongngu.tmx.english=en-US \
        -Dlogging.level.root=WARN -jar target/songngu.jar "$@" 2>&1 | grep -E "^(import-tmx|export-tmx|$name):" || true
    # The largest heap in use before a collection: "GC(n) Pause ... 180M->40M(512M)".
    grep -oE '[0-9]+M->[0-9]+M' "$OUT/gc-$name.log" | cut -d'M' -f1 | sort -n | tail -1 \
        | sed "s/^/$name: peak heap before a collection (MiB): /"
}

songngu import-1 db1 import-tmx --in "$OUT/memory.tmx"
songngu export-1 db1 export-tmx --pair fr-vi-en --status any --out "$OUT/export-1.tmx"
songngu import-2 db2 import-tmx --in "$OUT/export-1.tmx"
songngu export-2 db2 export-tmx --pair fr-vi-en --status any --out "$OUT/export-2.tmx"

ls -l "$OUT"/memory.tmx "$OUT"/export-1.tmx | awk '{printf "%s: %d MB\n", $9, $5 / 1e6}'
du -sm "$OUT/db1" | awk '{print "database after import-1: " $1 " MB"}'
strip_date() { sed -E '0,/o-encoding="UTF-8" creationdate="[0-9TZ]+"/s//o-encoding="UTF-8"/' "$1"; }
if cmp -s <(strip_date "$OUT/export-1.tmx") <(strip_date "$OUT/export-2.tmx"); then
    echo "round trip: export-2 is identical to export-1 apart from the header's creation date"
else
    echo "round trip: the exports DIFFER" && diff <(strip_date "$OUT/export-1.tmx") <(strip_date "$OUT/export-2.tmx") | head -20
    exit 1
fi
