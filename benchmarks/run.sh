#!/usr/bin/env bash
# Runs the gitops-lint benchmarks (docs/benchmarks.md): generates the inputs once, then lints each one
# RUNS times as a fresh process, JVM start included, and reports wall time, CPU (user+sys) and peak RSS
# as measured by /usr/bin/time -v.
#
#   benchmarks/run.sh [repo|stream|corpus|all|repo-warm]...   (default: all)
#
# repo-warm lints the synthetic repository RUNS times in one JVM (dev.gitopslint.benchmark.RepeatedLint,
# with the launcher's options for small inputs) and reports each run's share of time outside Helm: the
# first run is a fresh JVM's, the later ones a warmed-up JVM's.
#
# Environment:
#   BENCH_DIR   where the generated inputs and reports go (default /tmp/gitops-lint-bench)
#   RUNS        runs per benchmark (default 3)
#   COMPONENTS  components of the synthetic repository, each in 4 environments (default 200)
#   OBJECTS     ReplicationControllers in the single-file stream (default 100000)
#   FILES       files in the mixed corpus (default 10000)
#   JAVA_OPTS   extra JVM options, added last (e.g. "-Dgitopslint.timings=true" for the stage timings)
#   LAUNCHER    the command that runs gitops-lint (default: bin/gitops-lint, the launcher as shipped),
#               e.g. LAUNCHER="java -jar linter-cli/target/gitops-lint.jar" for the JVM's defaults
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_dir="${BENCH_DIR:-/tmp/gitops-lint-bench}"
runs="${RUNS:-3}"
components="${COMPONENTS:-200}"
objects="${OBJECTS:-100000}"
files="${FILES:-10000}"
jar="$root/linter-cli/target/gitops-lint.jar"
classes="$root/linter-cli/target/test-classes"

if [ ! -f "$jar" ]; then
  echo "building $jar" >&2
  (cd "$root" && mvn -q -B -o -pl linter-cli -am package -DskipTests) >&2
fi
if [ ! -f "$classes/dev/gitopslint/benchmark/BenchmarkData.class" ] \
  || [ ! -f "$classes/dev/gitopslint/benchmark/RepeatedLint.class" ]; then
  echo "compiling the benchmark data generator" >&2
  (cd "$root" && mvn -q -B -o -pl linter-cli -am test-compile) >&2
fi
read -r -a launcher <<< "${LAUNCHER:-$root/bin/gitops-lint}"
export GITOPS_LINT_JAVA_OPTS="${JAVA_OPTS:-}"

# generate NAME ARGS...: writes the data set once per size into $bench_dir/NAME-SIZE.
generate() {
  local dir="$1"; shift
  if [ ! -d "$dir" ]; then
    java -cp "$classes" dev.gitopslint.benchmark.BenchmarkData "$@" --out "$dir" >&2
  fi
  echo "$dir"
}

# measure LABEL DIR: lints DIR RUNS times and prints one line per run.
measure() {
  local label="$1" dir="$2" stats report status
  stats="$(mktemp)"
  report="$bench_dir/$label.report.json"
  echo "== $label: ${launcher[*]} lint $dir --format json --output $report"
  printf '%-8s %8s %8s %8s %8s %9s\n' run wall_s user_s sys_s cpu_s rss_MiB
  for run in $(seq 1 "$runs"); do
    status=0
    /usr/bin/time -v -o "$stats" "${launcher[@]}" lint "$dir" --format json --output "$report" || status=$?
    if [ "$status" -gt 1 ]; then
      echo "gitops-lint exited with $status" >&2
      cat "$stats" >&2
      exit "$status"
    fi
    awk -v run="$run" '
      /Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
      /User time \(seconds\)/ { user = $NF }
      /System time \(seconds\)/ { sys = $NF }
      /Maximum resident set size/ { rss = $NF / 1024 }
      END { printf "%-8s %8.2f %8.2f %8.2f %8.2f %9.0f\n", run, wall, user, sys, user + sys, rss }' "$stats"
  done
  rm -f "$stats"
  tr -d ' \n' < "$report" | grep -o '"summary":{[^}]*}' || true
}

mkdir -p "$bench_dir"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "$(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(all)
for target in "${targets[@]}"; do
  case "$target" in
    repo|all)
      measure "repo-$components" "$(generate "$bench_dir/repo-$components" repo --components "$components")" ;;&
    stream|all)
      measure "stream-$objects" "$(generate "$bench_dir/stream-$objects" stream --objects "$objects")" ;;&
    corpus|all)
      measure "corpus-$files" "$(generate "$bench_dir/corpus-$files" corpus --files "$files")" ;;
    repo|stream) ;;
    repo-warm)
      dir="$(generate "$bench_dir/repo-$components" repo --components "$components")"
      echo "== repo-$components, $runs runs in one JVM"
      # The launcher's settings for inputs below 16 MiB (bin/gitops-lint), without its class-data archive.
      GOGC="${GOGC:-400}" "${JAVA_HOME:+$JAVA_HOME/bin/}java" -XX:-UsePerfData -XX:TieredStopAtLevel=1 -XX:+UseSerialGC ${JAVA_OPTS:-} \
        -cp "$jar:$classes" dev.gitopslint.benchmark.RepeatedLint "$runs" \
        lint "$dir" --format json --output "$bench_dir/repo-$components.report.json" ;;
    *) echo "unknown benchmark $target: choose repo, stream, corpus, all or repo-warm" >&2; exit 2 ;;
  esac
done
