#!/usr/bin/env bash
# Songngu's `align` against hunalign, side by side, whole processes: the CPU time (user + system,
# every thread) and the peak resident memory of each, median of RUNS runs, interleaved (each round
# runs both), on the same files, and the ratios songngu / hunalign.
#
# usage: HUNALIGN=/path/to/hunalign bench/align/compare.sh EVAL_DIR [LONG.src ...]
#   EVAL_DIR   the development sets (shared/eval): transread-fr-en-dev is aligned as a whole, every
#              document in one process (hunalign: -batch), as a user aligns a folder.
#   LONG.src   more inputs, one document each: LONG.src and LONG.tgt beside it (UTF-8, one sentence
#              a line; real text, e.g. long novels; never committed). LONG_LANGS gives their
#              languages to songngu (default "fr en": they choose the glossary's term pairs).
# environment: RUNS (3); SONGNGU (the command, default: bin/songngu, the documented launcher; e.g.
#   SONGNGU="java -jar target/songngu.jar" for the plain jar); SONGNGU_JAVA_OPTS (e.g. -Xmx1g);
#   HUNALIGN_TIMEOUT (seconds, default 900: past it hunalign is reported as not finishing).
# hunalign is the user's build (github.com/danielvarga/hunalign, `make` in src/hunalign); this script
# never downloads or builds it. It runs with an empty dictionary and -utf, in -batch mode: one process
# for all documents, as `songngu align` is one process. Songngu runs from the repository root, as the
# README runs it, so with the project glossary (glossary/).
set -euo pipefail
cd "$(dirname "$0")/../.."
EVAL=${1:?usage: HUNALIGN=... bench/align/compare.sh EVAL_DIR [LONG.src ...]}
shift
HUNALIGN=${HUNALIGN:?set HUNALIGN to a hunalign binary you built}
RUNS=${RUNS:-3}
TIMEOUT=${HUNALIGN_TIMEOUT:-900}
read -r -a SONGNGU <<< "${SONGNGU:-bin/songngu}"
[ -x "$HUNALIGN" ] || { echo "compare.sh: $HUNALIGN is not an executable" >&2; exit 2; }
HUNALIGN=$(realpath "$HUNALIGN")
[ -d "$EVAL/transread-fr-en-dev" ] || { echo "compare.sh: no $EVAL/transread-fr-en-dev" >&2; exit 2; }
[ -f target/songngu.jar ] || ./mvnw -B -q -DskipTests package
command -v /usr/bin/time > /dev/null || { echo "compare.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: > "$work/empty.dic"

# Inputs: name, folder of X.src/X.tgt, languages.
names=() dirs=() langs=()
names+=(transread-dev) dirs+=("$EVAL/transread-fr-en-dev") langs+=("$(cat "$EVAL/transread-fr-en-dev/LANGS")")
for src in "$@"; do
  [ -f "$src" ] && [ -f "${src%.src}.tgt" ] || { echo "compare.sh: $src needs ${src%.src}.tgt beside it" >&2; exit 2; }
  name=$(basename "${src%.src}")
  mkdir -p "$work/in/$name"
  ln -s "$(realpath "$src")" "$work/in/$name/$name.src"
  ln -s "$(realpath "${src%.src}.tgt")" "$work/in/$name/$name.tgt"
  names+=("$name") dirs+=("$work/in/$name") langs+=("${LONG_LANGS:-fr en}")
done

# One timed run: prints "CPU_SECONDS PEAK_KB" (or "timeout"); the command's own output is discarded.
timed() {
  local out=$work/time.$$ status=0
  /usr/bin/time -o "$out" -f '%U %S %M' "$@" > /dev/null 2> "$work/stderr" || status=$?
  if [ "$status" = 124 ]; then echo timeout; return; fi
  if [ "$status" != 0 ]; then
    echo "compare.sh: failed ($status): $*" >&2; tail -5 "$work/stderr" >&2; exit 1
  fi
  tail -1 "$out" | awk '{printf "%.2f %d\n", $1 + $2, $3}'
}

median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

printf '%-16s %15s | %-22s | %-22s | %s\n' input sentences "songngu CPU, peak" "hunalign CPU, peak" "ratio CPU, memory"
for i in "${!names[@]}"; do
  name=${names[$i]} dir=${dirs[$i]}
  read -r src_lang tgt_lang <<< "${langs[$i]}"
  : > "$work/batch"
  sentences=0
  for src in "$dir"/*.src; do
    doc=$(basename "${src%.src}")
    printf '%s\t%s\t%s\n' "$src" "${src%.src}.tgt" "$work/h-$doc.ladder" >> "$work/batch"
    sentences=$((sentences + $(wc -l < "$src") + $(wc -l < "${src%.src}.tgt")))
  done
  songngu_run=("${SONGNGU[@]}" align --src-lang "$src_lang" --tgt-lang "$tgt_lang" --in "$dir" --out "$work/s-$name")
  # (in the scratch folder: hunalign writes a translate.txt log into its working directory)
  hunalign_run=(env -C "$work" timeout "$TIMEOUT" "$HUNALIGN" -utf -batch "$work/empty.dic" "$work/batch")
  # One untimed run of songngu first: the launcher extracts the jar and records the align command's
  # class-data archive on its first use, once per build (its cost is not a run's cost).
  "${SONGNGU[@]}" align --src-lang "$src_lang" --tgt-lang "$tgt_lang" --in "$EVAL/transread-fr-en-dev" \
      --out "$work/warm" > /dev/null 2>&1 || true
  : > "$work/s" ; : > "$work/h"
  hunalign_finished=yes
  for run in $(seq "$RUNS"); do
    timed "${songngu_run[@]}" >> "$work/s"
    if [ $hunalign_finished = yes ]; then
      result=$(timed "${hunalign_run[@]}")
      if [ "$result" = timeout ]; then hunalign_finished=no; else echo "$result" >> "$work/h"; fi
    fi
    echo "  $name run $run: songngu $(tail -1 "$work/s"), hunalign $([ $hunalign_finished = yes ] && tail -1 "$work/h" || echo "did not finish in ${TIMEOUT} s") (CPU s, peak KB)" >&2
  done
  s_cpu=$(cut -d' ' -f1 "$work/s" | median); s_mem=$(cut -d' ' -f2 "$work/s" | median)
  if [ $hunalign_finished = yes ]; then
    h_cpu=$(cut -d' ' -f1 "$work/h" | median); h_mem=$(cut -d' ' -f2 "$work/h" | median)
    printf '%-16s %15s | %7.2f s, %7.0f MiB | %7.2f s, %7.0f MiB | %.2fx, %.2fx\n' "$name" "$sentences" \
        "$s_cpu" "$(echo "$s_mem / 1024" | bc -l)" "$h_cpu" "$(echo "$h_mem / 1024" | bc -l)" \
        "$(echo "$s_cpu / $h_cpu" | bc -l)" "$(echo "$s_mem / $h_mem" | bc -l)"
  else
    printf '%-16s %15s | %7.2f s, %7.0f MiB | did not finish in %s s | -\n' "$name" "$sentences" \
        "$s_cpu" "$(echo "$s_mem / 1024" | bc -l)" "$TIMEOUT"
  fi
done
echo "(median of $RUNS interleaved runs; sentences of both sides; songngu: ${SONGNGU[*]}${SONGNGU_JAVA_OPTS:+ with $SONGNGU_JAVA_OPTS}; machine load $(cut -d' ' -f1-3 /proc/loadavg))"
