#!/usr/bin/env bash
# Remote workers against a local run (issue 16): builds a corpus of N articles from corpus/ (as
# bench/e2e does), then, from an empty database each time, runs the job (a) locally, one process
# with one partition per core, (b) with `run --remote` and one `worker` process, (c) with two
# worker processes, all on this machine. Prints per configuration: wall time, throughput, each
# process's peak heap (the JVM's own figure) and peak RSS, CPU seconds per process; the manager's
# CPU and heap in (b) and (c) are its overhead, summed up on an "overhead:" line against the local
# run of the same round. Configurations are interleaved round by round.
#
#   bench/scale/run.sh [N=2000] [rounds=1] [database=songngu_bench]
#
# Needs PostgreSQL (bash .ci/services.sh); the database is dropped and created again (as the
# postgres superuser) unless it is not songngu_bench, then its public schema is emptied instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-2000}
rounds=${2:-1}
db=${3:-songngu_bench}

./mvnw -q -B -DskipTests package
./mvnw -q -B -DskipTests test-compile
classpath="target/test-classes:target/classes:$(cat target/runtime-classpath.txt)"
jar="$PWD/target/songngu.jar"

work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do pkill -TERM -P "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
java -cp "$classpath" org.songngu.bench.CorpusMultiplier corpus "$work/corpus" "$n" >/dev/null

export SPRING_PROFILES_ACTIVE=postgres
export SONGNGU_DB_URL=jdbc:postgresql://localhost:5432/$db SONGNGU_DB_USER=songngu SONGNGU_DB_PASSWORD=songngu
psql_db() { PGPASSWORD=songngu psql -q -h localhost -U songngu -d "$db" "$@"; }
empty_database() {
  if [ "$db" = songngu_bench ]; then
    su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS songngu_bench'"
    su postgres -c "psql -q -c 'CREATE DATABASE songngu_bench OWNER songngu'"
  else
    psql_db -c 'DROP SCHEMA public CASCADE' -c 'CREATE SCHEMA public' 2>/dev/null
  fi
}
jvm=(-Xmx1g -Dsongngu.glossary="$PWD/glossary")

# A process's figures: GNU time's user+system CPU seconds and peak RSS, appended to its log.
timed() { local log=$1; shift; /usr/bin/time -o "$log.time" -f '%U %S %M' "$@"; }
cpu_of() { # log: user+system CPU seconds of its process
  local user sys rss
  read -r user sys rss < <(tail -n 1 "$1.time")
  echo "$user + $sys" | bc
}
report() { # name log
  local cpu rss
  # the last line: GNU time writes "Command exited with non-zero status 143" first for a worker
  # stopped with SIGTERM
  read -r user sys rss < <(tail -n 1 "$2.time")
  cpu=$(echo "$user + $sys" | bc)
  printf '  %-8s cpu %6.1f s  peak RSS %5d MB  %s\n' "$1" "$cpu" $((rss / 1024)) \
    "$(grep -h -o 'peak heap [0-9]* MB; peak heap after GC .*' "$2" | head -n 1)"
}

start_worker() { # log
  # exec: the pid is GNU time's, whose child is the worker's JVM (stopped below by its parent's pid)
  (cd "$work" && exec /usr/bin/time -o "$1.time" -f '%U %S %M' java "${jvm[@]}" -jar "$jar" worker > "$1" 2>&1) &
  pids+=($!)
}

run_config() { # name workers
  local name=$1 workers=$2 logs=()
  empty_database
  # Workers and the manager migrate the empty schema at once: Flyway's lock makes one wait.
  for w in $(seq 1 "$workers"); do
    start_worker "$work/$name-worker$w.log"
    logs+=("$work/$name-worker$w.log")
  done
  if [ "$workers" -gt 0 ]; then
    until [ "$(psql_db -tAc 'SELECT COUNT(*) FROM remote_worker' 2>/dev/null || echo 0)" -ge "$workers" ]; do sleep 1; done
  fi
  local remote=()
  [ "$workers" -gt 0 ] && remote=(--remote --min-workers "$workers")
  local begin end
  begin=$(date +%s.%N)
  (cd "$work" && timed "$work/$name-run.log" java "${jvm[@]}" -jar "$jar" run --corpus "$work/corpus" "${remote[@]}" \
      > "$work/$name-run.log" 2>/dev/null) || true
  end=$(date +%s.%N)
  # SIGTERM to each worker JVM (the child of its GNU time), which then leaves as a user's Ctrl-C would
  for pid in "${pids[@]}"; do pkill -TERM -P "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
  printf '%s: wall %.1f s; %s; %s\n' "$name" "$(echo "$end - $begin" | bc)" \
    "$(grep -h '^throughput:' "$work/$name-run.log" | sed 's/^throughput: //')" \
    "$(grep -h '^run [0-9]* ' "$work/$name-run.log" | sed 's/^run [0-9]* //')"
  report manager "$work/$name-run.log"
  local w=1 workers_cpu=0 wall
  for log in "${logs[@]}"; do
    report "worker$w" "$log"
    workers_cpu=$(echo "$workers_cpu + $(cpu_of "$log")" | bc)
    w=$((w + 1))
  done
  wall=$(echo "$end - $begin" | bc)
  if [ "$workers" -eq 0 ]; then
    local_wall=$wall local_cpu=$(cpu_of "$work/$name-run.log")
  else
    # The manager's overhead: its own CPU, and what the remote run costs in all against the local one.
    printf '  overhead: manager cpu %.1f s (%.0f%% of all processes); wall %.2fx local; cpu of all %.2fx local\n' \
      "$(cpu_of "$work/$name-run.log")" \
      "$(echo "100 * $(cpu_of "$work/$name-run.log") / ($(cpu_of "$work/$name-run.log") + $workers_cpu)" | bc -l)" \
      "$(echo "$wall / $local_wall" | bc -l)" \
      "$(echo "($(cpu_of "$work/$name-run.log") + $workers_cpu) / $local_cpu" | bc -l)"
  fi
}

echo "== $n articles, $rounds round(s), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
  echo "-- round $round"
  run_config local 0
  run_config remote1 1
  run_config remote2 2
done
