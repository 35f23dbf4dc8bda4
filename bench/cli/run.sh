#!/usr/bin/env bash
# Times the answers that must start nothing (help, version, a bad command, a command's help) and,
# side by side, the same commands of another build of the jar (e.g. main's, to compare), each in an
# empty working directory; rounds are interleaved and the medians printed (wall and CPU seconds).
# It also checks that nothing was created in the working directory.
#
#   bench/cli/run.sh [rounds=5] [other.jar]
#   CASES='run --help;-V' bench/cli/run.sh 3 ../main/target/songngu.jar   (only these commands)
set -euo pipefail
rounds=${1:-5}
other=${2:-}
jar=$(realpath target/songngu.jar)
[ -n "$other" ] && other=$(realpath "$other")
cases=("--help" "-h" "help" "-V" "--version" "bogus" "run --help" "align --help" "check-french --help" "export-tmx --help")
[ -n "${CASES:-}" ] && IFS=';' read -r -a cases <<< "$CASES"
results=$(mktemp)
for ((r = 1; r <= rounds; r++)); do
  for c in "${cases[@]}"; do
    for j in "$jar" ${other:+"$other"}; do
      work=$(mktemp -d)
      # shellcheck disable=SC2086
      /usr/bin/time -f "%e %U %S" -o "$work.time" timeout 120 bash -c "cd '$work' && exec java -jar '$j' $c" \
        > /dev/null 2>&1 || true
      # An older build may start a server instead of answering: timeout ends it (wall 120 s).
      read -r wall user sys < <(tail -1 "$work.time")
      created=$(ls -A "$work" | wc -l)
      label=$([ "$j" = "$jar" ] && echo this || echo other)
      echo "$label|$c|$wall|$(echo "$user + $sys" | bc)|$created" >> "$results"
      rm -rf "$work" "$work.time"
    done
  done
done
echo "rounds: $rounds, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-20s %10s %10s %s\n' jar command "wall (s)" "cpu (s)" "files created (max)"
sort -t'|' -k1,1 -k2,2 -s "$results" | awk -F'|' '
  function median(list,   n, a, i, t) { n = split(list, a, " ");
    for (i = 2; i <= n; i++) { t = a[i]; j = i - 1; while (j > 0 && a[j] + 0 > t + 0) { a[j + 1] = a[j]; j-- } a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  { key = $1 "|" $2; wall[key] = wall[key] " " $3; cpu[key] = cpu[key] " " $4; if ($5 > files[key]) files[key] = $5; if (!(key in seen)) { seen[key] = 1; order[++k] = key } }
  END { for (i = 1; i <= k; i++) { split(order[i], p, "|");
    printf "%-6s %-20s %10.2f %10.2f %d\n", p[1], p[2], median(wall[order[i]]), median(cpu[order[i]]), files[order[i]] } }'
rm -f "$results"
