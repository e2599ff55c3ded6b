# Shared by bench/run and bench/run-identity (sourced): one scenario per generator JVM, with the
# CPU time each process spent per operation inside the measured window. The sourcing script sets
# DIR, LOGS, GEN_CP, RESULTS, WARMUP, DURATION, CPU_NAMES (the processes to account, by their
# $DIR/<name>.pid; "postgres" is counted from its postmaster) and defines log and die.

# CPU seconds used so far by each process given and all its descendants (PostgreSQL's backends
# are children of its launcher), from /proc in one pass: the machine is shared, so CPU time per
# operation says more about a change than ops/s, which follow whatever else the cores are doing.
cpu_seconds() { # cpu_seconds PID...: one line, the CPU seconds of each tree
  awk -v roots="$*" -v hz="$(getconf CLK_TCK)" '
    FNR == 1 {
      line = $0; sub(/^[0-9]+ \(.*\) /, "", line); split(line, f, " ")
      pid = FILENAME; sub("/proc/", "", pid); sub("/stat", "", pid)
      parent[pid] = f[2]; ticks[pid] = f[12] + f[13]
    }
    END {
      n = split(roots, root, " ")
      for (i = 1; i <= n; i++) of[root[i]] = i
      for (p in ticks) {
        q = p
        while (q != "" && q != "0" && !(q in of)) q = parent[q]
        if (q in of) s[of[q]] += ticks[p]
      }
      for (i = 1; i <= n; i++) printf("%s%.2f", (i > 1 ? " " : ""), s[i] / hz)
      print ""
    }' /proc/[0-9]*/stat 2> /dev/null
}
cpu_snapshot() { # cpu_snapshot GENERATOR_PID: wall-clock seconds, then CPU seconds per process
  local name pids=()
  local i
  for name in "${CPU_NAMES[@]}"; do pids+=("$(cat "$DIR/$name.pid" 2> /dev/null)"); done
  # The postmaster is not a child of its launcher (it detaches): count its own tree. A process
  # not started (yet) counts 0.
  for i in "${!CPU_NAMES[@]}"; do
    [[ ${CPU_NAMES[i]} == postgres ]] && pids[i]=$(head -1 "$DIR/postgres/postmaster.pid")
    [[ -n ${pids[i]} ]] || pids[i]=none
  done
  # mawk gives up (and prints nothing) when a process ends between listing /proc and reading its
  # stat file, which a machine shared with builds does all the time: read again until complete.
  local cpu=""
  for ((i = 0; i < 10 && ${#cpu} == 0; i++)); do cpu=$(cpu_seconds "${pids[@]}" "$1"); done
  printf '%s %s\n' "$(date +%s.%N)" "$cpu"
}
gen() { # gen SCENARIO ARGS...: one scenario in a fresh generator JVM
  local load generator before after
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  load=${load// //}
  log "running $1 (load average $load)"
  java -Xmx256m -cp "$GEN_CP" io.cognate.bench.Bench "$@" > "$DIR/generator.out" 2>> "$LOGS/generator.log" &
  generator=$!
  # CPU is read inside the measured window (which starts WARMUP seconds after the generator, plus
  # its JVM start-up), by wall clock, and charged per operation at the window's measured rate.
  sleep "$WARMUP"
  before=$(cpu_snapshot "$generator")
  sleep "$((DURATION > 4 ? DURATION - 2 : DURATION))"
  after=$(cpu_snapshot "$generator")
  wait "$generator" || die "generator failed (see $LOGS/generator.log)"
  record "$load" "$before" "$after"
}
record() { # record LOAD BEFORE AFTER: the generator's RESULT line with the CPU per operation added
  # RESULT|label|workers|ops/s|p50|p99|count|errors|load|CPU ms per operation of each of
  # CPU_NAMES, then of the generator
  # Three decimals: a verify decision costs about 0.1 ms of broker CPU, where two decimals left
  # its per-core rate anywhere between 9,500 and 10,500/s.
  awk -v load="$1" -v before="$2" -v after="$3" -F'|' '/^RESULT/ {
      n = split(before, b, " "); split(after, a, " "); ops = $4 * (a[1] - b[1]); cpu = ""
      for (i = 2; i <= n; i++) cpu = cpu sprintf("%s%.3f", (i > 2 ? "/" : ""), (ops > 0 ? 1000 * (a[i] - b[i]) / ops : 0))
      print $0 "|" load "|" cpu
    }' "$DIR/generator.out" | tee -a "$RESULTS" >&2
}

# wrk_gen SCENARIO LABEL URL EXPECT ARGS...: SCENARIO with wrk, a native generator, replaying the
# requests `Bench requests SCENARIO ARGS...` prepares (bench/wrk.lua): the Java generator's own CPU
# per operation is as large as a cheap operation's, on the same two cores. EXPECT: text each
# answer must contain. The warm-up runs in parts of at most 120 s, each with requests prepared
# afresh, since a signed request is good for five minutes.
wrk_gen() {
  local scenario=$1 label=$2 url=$3 expect=$4 load generator before after left part
  shift 4
  local requests="$DIR/requests-$label.txt"
  local wrk_env=(BENCH_REQUESTS="$requests" BENCH_EXPECT="$expect" BENCH_LABEL="$label" BENCH_WORKERS="$WORKERS")
  local wrk_args=(-t "$((WORKERS < 2 ? WORKERS : 2))" -c "$WORKERS" --timeout 60s -s "$ROOT/bench/wrk.lua" "$url")
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  load=${load// //}
  log "running $label with wrk (load average $load)"
  for ((left = WARMUP; left > 0; left -= part)); do
    part=$((left > 120 ? 120 : left))
    prepare_requests "$scenario" "$requests" "$@"
    env "${wrk_env[@]}" wrk -d "${part}s" "${wrk_args[@]}" > /dev/null 2>> "$LOGS/generator.log" ||
      die "wrk failed (see $LOGS/generator.log)"
  done
  prepare_requests "$scenario" "$requests" "$@"
  env "${wrk_env[@]}" wrk -d "${DURATION}s" "${wrk_args[@]}" > "$DIR/generator.out" 2>> "$LOGS/generator.log" &
  generator=$!
  sleep 1
  before=$(cpu_snapshot "$generator")
  sleep "$((DURATION > 4 ? DURATION - 2 : DURATION))"
  after=$(cpu_snapshot "$generator")
  wait "$generator" || die "wrk failed (see $LOGS/generator.log)"
  record "$load" "$before" "$after"
}
use_wrk() { # whether BENCH_GENERATOR (default wrk) is wrk and wrk is installed
  [[ ${BENCH_GENERATOR:-wrk} == wrk ]] || return 1
  command -v wrk > /dev/null && return 0
  log "wrk not found (Debian: apt-get install wrk): the Java generator takes its place"
  return 1
}
prepare_requests() { # prepare_requests SCENARIO FILE ARGS...
  local scenario=$1 file=$2
  shift 2
  java -Xmx256m -cp "$GEN_CP" io.cognate.bench.Bench requests "$scenario" out="$file" \
    workers="$WORKERS" "$@" >> "$LOGS/generator.log" 2>&1 ||
    die "preparing the $scenario requests failed (see $LOGS/generator.log)"
}
