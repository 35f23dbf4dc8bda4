#!/usr/bin/env bash
# check-french from the jar on a short input, timed by GNU time: wall clock, CPU (user + sys),
# peak RSS, exit status and the load average at the start of each run.
#
#   bench/quality/check-french.sh [runs=3] [file=first 20 lines of corpus/thai-binh-dan-van/fr.txt]
#
# BASE_JAR=/path/to/other/songngu.jar alternates that jar (A) with target/songngu.jar (B), run by
# run, and says whether their outputs are identical. JAVA_OPTS are passed to both JVMs (for
# example -XX:TieredStopAtLevel=1). Build the jar first: ./mvnw -B -DskipTests package.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ $# -ge 2 ]]; then
  input=$2
else
  input=$work/fr20.txt
  head -n 20 corpus/thai-binh-dan-van/fr.txt > "$input"
fi
[[ -f target/songngu.jar ]] || { echo "target/songngu.jar missing: ./mvnw -B -DskipTests package" >&2; exit 2; }
command -v /usr/bin/time > /dev/null || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }
sides=(B)
[[ -n "${BASE_JAR:-}" ]] && sides=(A B)
echo "check-french on $(grep -cv '^[[:space:]]*$' "$input") non-blank lines of $input, $(nproc) cores, JAVA_OPTS='${JAVA_OPTS:-}'"
for run in $(seq 1 "$runs"); do
  for side in "${sides[@]}"; do
    jar=target/songngu.jar
    [[ $side == A ]] && jar=$BASE_JAR
    load=$(cut -d' ' -f1 /proc/loadavg)
    status=0
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" java ${JAVA_OPTS:-} -jar "$jar" check-french --in "$input" \
        --glossary glossary > "$work/out-$side.txt" 2> "$work/err-$side.txt" || status=$?
    read -r wall user sys rss < <(tail -n 1 "$work/time")
    printf '%s run %d: %6.2f s wall %6.2f s CPU (%s user + %s sys) %4d MB peak, exit %d, load %s\n' \
        "$side" "$run" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$user" "$sys" $((rss / 1024)) "$status" "$load"
  done
done
tail -n 1 "$work/out-B.txt"
if [[ -n "${BASE_JAR:-}" ]]; then
  cmp -s "$work/out-A.txt" "$work/out-B.txt" && echo "A and B printed the same" || { echo "A and B differ" >&2; exit 1; }
fi
