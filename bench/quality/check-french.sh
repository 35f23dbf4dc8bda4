#!/usr/bin/env bash
# check-french on a short input, timed by GNU time: wall clock, CPU (user + sys), peak RSS, exit
# status and the load average at the start of each run; medians at the end.
#
#   bench/quality/check-french.sh [runs=3] [file=first 20 lines of corpus/thai-binh-dan-van/fr.txt]
#
# BASE_JAR=/path/to/other/songngu.jar alternates that jar (A) with target/songngu.jar (B), run by
# run, and says whether their outputs are identical (every run's). JAVA_OPTS are passed to both
# JVMs (for example -XX:TieredStopAtLevel=1). Build the jar first: ./mvnw -B -DskipTests package.
#
# LAUNCHER=bin/songngu runs B through that launcher instead of java -jar (SONGNGU_JAR points it at
# the jar; JAVA_OPTS go to SONGNGU_JAVA_OPTS), and BASE_LAUNCHER=/path/to/other/bin/songngu runs A
# through another one (main's, copied out of its checkout). Each side gets its own XDG_CACHE_HOME
# (LanguageTool's start-up cache) under a temporary folder, kept for the whole run, so the first
# run of a side writes it and the others read it; FRESH_CACHE=1 gives every run an empty one. A
# launcher's class-data archive lives beside its jar (the jar's -app folder) and is not touched,
# unless FIRST_RUN=1: every run is then a user's first after the build, an empty cache (as
# FRESH_CACHE=1) and the launcher's folder as the build left it (copied at the start, put back
# before each run; removed before each run when the build left none, as main's build does).
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
[[ ${FIRST_RUN:-0} == 1 ]] && FRESH_CACHE=1
[[ -n "${BASE_JAR:-}" ]] && sides=(A B)
echo "check-french on $(grep -cv '^[[:space:]]*$' "$input") non-blank lines of $input, $(nproc) cores," \
    "JAVA_OPTS='${JAVA_OPTS:-}', A: ${BASE_LAUNCHER:-java -jar} ${BASE_JAR:-}," \
    "B: ${LAUNCHER:-java -jar} target/songngu.jar, fresh cache: ${FRESH_CACHE:-0}, first run: ${FIRST_RUN:-0}"
app_of() { local jar=$1; echo "${jar%.jar}-app"; }
if [[ ${FIRST_RUN:-0} == 1 ]]; then
  for side in "${sides[@]}"; do
    app=$(app_of "$([[ $side == A ]] && echo "$BASE_JAR" || echo "$PWD/target/songngu.jar")")
    [[ ! -d $app ]] || cp -a "$app" "$work/app-$side"
  done
fi
same=yes
for run in $(seq 1 "$runs"); do
  for side in "${sides[@]}"; do
    jar=$PWD/target/songngu.jar
    launcher=${LAUNCHER:-}
    if [[ $side == A ]]; then
      jar=$BASE_JAR
      launcher=${BASE_LAUNCHER:-}
    fi
    cache=$work/cache-$side
    [[ ${FRESH_CACHE:-0} == 1 ]] && cache=$work/cache-$side-$run
    if [[ -n $launcher ]]; then
      command=(env SONGNGU_JAR="$jar" SONGNGU_JAVA_OPTS="${JAVA_OPTS:-}" "$launcher")
    else
      # shellcheck disable=SC2206
      command=(java ${JAVA_OPTS:-} -jar "$jar")
    fi
    if [[ ${FIRST_RUN:-0} == 1 ]]; then
      rm -rf "$(app_of "$jar")"
      [[ ! -d $work/app-$side ]] || cp -a "$work/app-$side" "$(app_of "$jar")"
    fi
    load=$(cut -d' ' -f1 /proc/loadavg)
    status=0
    XDG_CACHE_HOME=$cache /usr/bin/time -f "%e %U %S %M" -o "$work/time" "${command[@]}" check-french \
        --in "$input" --glossary glossary > "$work/out-$side.txt" 2> "$work/err-$side.txt" || status=$?
    read -r wall user sys rss < <(tail -n 1 "$work/time")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
    echo "$wall $cpu" >> "$work/times-$side"
    printf '%s run %d: %6.2f s wall %6.2f s CPU (%s user + %s sys) %4d MB peak, exit %d, load %s\n' \
        "$side" "$run" "$wall" "$cpu" "$user" "$sys" $((rss / 1024)) "$status" "$load"
    # 2: not checked (a block past its time-out on a loaded machine, a failed start...): say why.
    [[ $status -le 1 ]] || grep -v '^Command exited' "$work/err-$side.txt" | head -n 3 | sed 's/^/    /'
  done
  if [[ -n "${BASE_JAR:-}" ]] && ! cmp -s "$work/out-A.txt" "$work/out-B.txt"; then
    echo "run $run: A and B differ" >&2
    same=no
  fi
done
for side in "${sides[@]}"; do
  sort -n -k1,1 "$work/times-$side" | awk -v side="$side" '{ w[NR] = $1 } END { printf "%s median wall %.2f s", side, (NR % 2 ? w[(NR + 1) / 2] : (w[NR / 2] + w[NR / 2 + 1]) / 2) }'
  sort -n -k2,2 "$work/times-$side" | awk '{ c[NR] = $2 } END { printf ", median CPU %.2f s\n", (NR % 2 ? c[(NR + 1) / 2] : (c[NR / 2] + c[NR / 2 + 1]) / 2) }'
done
tail -n 1 "$work/out-B.txt"
if [[ -n "${BASE_JAR:-}" ]]; then
  [[ $same == yes ]] && echo "A and B printed the same in every run" || { echo "A and B differ" >&2; exit 1; }
fi
