#!/usr/bin/env bash
# The Filmlens performance benchmark: ONE command, not part of `mvn test` / `mvn verify`.
#
#   bench/run.sh                      every part, at 10 MB and 100 MB
#   bench/run.sh ingest search        only these parts (floor ingest search quotes synthetic startup; and
#                                     passages-index search-index: index without the analysis, then search it;
#                                     responsive: the window's FX thread while it imports the corpus)
#   BENCH_SIZES=10 bench/run.sh       only the 10 MB corpus
#   BENCH_SYNTHETIC="10000 100000" bench/run.sh synthetic
#   BENCH_PROFILE=1 bench/run.sh ingest   also record a JFR profile of each part and print its hot spots
#   BENCH_KEEP=1 bench/run.sh search      keep earlier figures of this run and replace only what is re-measured
#
# It builds the test classes offline, makes the corpora with ../shared/tools/scale_corpus.py (once; bench-data/ is
# git-ignored), runs each part in its own JVM with -Xmx2g under /usr/bin/time -v (peak resident memory), and writes
# the Markdown table to stdout and bench-results/latest.md. Needs: Java 17, Maven with ~/.m2 filled, python3, grep,
# GNU time (`apt-get install -y time` when /usr/bin/time is missing), Xvfb for the startup part when no DISPLAY.
set -euo pipefail
cd "$(dirname "$0")/.."

PARTS=("$@")
[ ${#PARTS[@]} -eq 0 ] && PARTS=(floor ingest search quotes synthetic startup)
SIZES=(${BENCH_SIZES:-10 100})
SYNTHETIC=(${BENCH_SYNTHETIC:-10000 100000 1000000})
SEED=samples/her-2013/her-2013-web-pages.txt
SCALER=../shared/tools/scale_corpus.py
OUT=bench-results
RAW=$OUT/raw.tsv
HEAP=-Xmx2g
# the JVM options bin/filmlens gives a command (keep the two in step: its collector, ADR 13, and its thresholds for
# the optimising compiler, ADR 9), for the parts that stand for one: the ingest (and the passages-only index that
# stands in for it on corpora too large to ingest whole), and the floor beside it on the same footing
COMMAND_OPTS="-XX:+UseParallelGC -XX:Tier4InvocationThreshold=200000 -XX:Tier4MinInvocationThreshold=24000 \
-XX:Tier4CompileThreshold=240000 -XX:Tier4BackEdgeThreshold=1600000"
# what bin/filmlens gives the window (on a JVM with Shenandoah, as this one): C1 alone (on one thread on two cores),
# a heap that starts small, and Shenandoah, whose pauses stay within milliseconds while an import fills the heap (G1's young
# collections of a 100 MB import stopped the FX thread for 0.1-0.5 s despite a 50 ms goal)
WINDOW_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:TieredStopAtLevel=1 -XX:Tier4InvocationThreshold=200000 \
-XX:Tier4MinInvocationThreshold=24000 -XX:Tier4CompileThreshold=240000 -XX:Tier4BackEdgeThreshold=1600000 -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Dfilmlens.launcher=bin/filmlens -XX:+UseShenandoahGC"
# one compiler thread on two cores or fewer, by the launcher's rule (ADR 17)
case $(getconf _NPROCESSORS_ONLN 2>/dev/null) in 1|2) WINDOW_OPTS="$WINDOW_OPTS -XX:CICompilerCount=1" ;; esac

# the window's parts need a display: Xvfb on BENCH_DISPLAY (default :77) when none is set
xvfb_pid=""
need_display() {
  if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
    Xvfb "${BENCH_DISPLAY:-:77}" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=${BENCH_DISPLAY:-:77}
    sleep 1
  fi
  [ -n "${DISPLAY:-}" ]
}
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid"' EXIT

wants() { local p; for p in "${PARTS[@]}"; do [ "$p" = "$1" ] && return 0; done; return 1; }

if [ ! -x /usr/bin/time ]; then
  echo "bench: GNU time is missing; installing it (apt-get install -y time)" >&2
  apt-get install -y -qq time >/dev/null
fi

mkdir -p "$OUT"
[ "${BENCH_KEEP:-0}" = 1 ] || : > "$RAW"

echo "bench: building (offline)" >&2
mvn -q -o -DskipTests test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
APP_CP="$(pwd)/target/classes:$(cat target/bench-classpath.txt)"

for size in "${SIZES[@]}"; do
  dir=bench-data/${size}mb
  if [ ! -d "$dir" ]; then
    [ -f "$SCALER" ] || { echo "bench: $SCALER not found (it lives beside the repository)" >&2; exit 1; }
    python3 "$SCALER" "$SEED" "$dir" --megabytes "$size" >&2
  fi
done

{
  echo "$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(nproc) cores"
  echo "$(free -h | awk '/^Mem:/ {print $2}') RAM"
  echo "$(java -version 2>&1 | head -2 | tail -1)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"

# run LABEL PART ARGS...: one part in its own JVM; its peak resident memory goes to the results as LABEL.rssMb
run() {
  local label=$1; shift
  local timefile=$OUT/time-$label.txt
  local jfr=()
  if [ "${BENCH_PROFILE:-0}" = 1 ]; then
    jfr=(-XX:StartFlightRecording=filename=$OUT/$label.jfr,settings=profile)
  fi
  echo "bench: $label (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  printf 'load.%s\t%s\n' "$label" "$(cut -d' ' -f1 /proc/loadavg)" >> "$RAW"
  /usr/bin/time -v -o "$timefile" ${WRAP:-} java $HEAP "${jfr[@]}" -Dbench.results="$RAW" -cp "$CP" \
    org.filmlens.bench.Benchmark "$@"
  local kb
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$timefile")
  printf '%s.rssMb\t%s\n' "$label" "$((kb / 1024))" >> "$RAW"
  if [ "${BENCH_PROFILE:-0}" = 1 ]; then
    echo "bench: hot spots of $label" >&2
    bench/hotspots.sh "$OUT/$label.jfr" 15 >&2 || true
  fi
}

for size in "${SIZES[@]}"; do
  dir=bench-data/${size}mb
  ws=bench-data/ws-${size}mb
  cat "$dir"/*.txt > /dev/null   # into the page cache, so both sides read from memory
  wants floor  && HEAP="$HEAP $COMMAND_OPTS" run "${size}mb.floor"  floor  "${size}mb" "$dir"
  wants ingest && HEAP="$HEAP $COMMAND_OPTS" run "${size}mb.ingest" ingest "${size}mb" "$dir" "$ws"
  wants search && run "${size}mb.search" search "${size}mb" "$ws" "$dir"
  # the same searches in the JVM the window runs (its compiler is C1 alone): where a user searches in process
  wants search && HEAP="$HEAP $WINDOW_OPTS" run "${size}mb.searchWindow" search "${size}mb.window" "$ws" "$dir"
  wants quotes && run "${size}mb.quotes" quotes "${size}mb" "$ws"
  # for a corpus the whole ingest cannot take in the time or heap at hand: passages and index only, then search
  wants passages-index && HEAP="$HEAP $COMMAND_OPTS" run "${size}mb.passagesOnly" passages-index "${size}mb" "$dir" "bench-data/index-${size}mb"
  wants search-index && run "${size}mb.searchIndex" search-index "${size}mb.index" "bench-data/index-${size}mb" "$dir"
  # the window runs with the JVM options bin/filmlens gives it (keep the two in step) and about its default heap
  # (a quarter of this machine's memory; a 100 MB corpus needs more than the parts' 2 GB): BENCH_WINDOW_HEAP to
  # change the heap. BENCH_WINDOW_WS puts the window's workspaces elsewhere (default bench-data/).
  if wants responsive; then
    if need_display; then
      HEAP="${BENCH_WINDOW_HEAP:--Xmx6g} $WINDOW_OPTS" run "${size}mb.responsive" responsive "${size}mb" "$dir" \
        "${BENCH_WINDOW_WS:-bench-data}/ws-window-${size}mb"
    else
      printf '%s.responsive.failed\tno display and no Xvfb\n' "$size" >> "$RAW"
    fi
  fi
done

if wants synthetic; then
  for n in "${SYNTHETIC[@]}"; do
    run "quotes.synthetic.$n" synthetic "$n"
  done
fi

if wants startup; then
  if need_display; then
    # the launcher starts the packaged jar: build it (offline) so that both ways are measured
    mvn -q -o -DskipTests package >/dev/null 2>&1 || echo "bench: no jar, the launcher is not measured" >&2
    # A desktop session has a D-Bus session bus; Xvfb alone has none, and then GTK's accessibility bridge launches
    # one from the FX thread at every start (about a quarter of a second), which no desktop user waits for.
    wrap=
    if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v dbus-run-session >/dev/null; then
      wrap="dbus-run-session --"
      printf 'startup.sessionBus\t1\n' >> "$RAW"
    fi
    WRAP=$wrap run startup startup "$APP_CP" "$(pwd)/bin/filmlens" || true
  else
    printf 'startup.failed\tno display and no Xvfb\n' >> "$RAW"
  fi
fi

java -cp "$CP" -Dbench.results="$RAW" org.filmlens.bench.Benchmark report "$OUT/machine.txt" | tee "$OUT/latest.md"
