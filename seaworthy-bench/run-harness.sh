#!/usr/bin/env bash
# End-to-end harness: generates corpora of 1k, 10k and 100k objects, audits each with the real
# launcher (bin/seaworthy audit DIR -o json > /dev/null) and records wall time, CPU time (user+sys)
# and peak RSS, next to the bare snakeyaml-engine parse of the same files; then times the cold start
# of one small manifest on JDK 17 and JDK 25, with and without the class-data sharing archive.
# Writes a markdown table (default seaworthy-bench/target/harness/results.md) and prints it.
#
#   seaworthy-bench/run-harness.sh                    # everything, 3 runs per figure, median
#   SIZES="1000 10000" RUNS=5 seaworthy-bench/run-harness.sh
#   SKIP_BUILD=1 JDK25=/path/to/jdk25 seaworthy-bench/run-harness.sh
#
# Figures are only as good as the machine is quiet: the load average is printed with each row.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
SIZES=${SIZES:-"1000 10000 100000"}
RUNS=${RUNS:-3}
COLD_RUNS=${COLD_RUNS:-10}
SEED=${SEED:-42}
VIOLATIONS=${VIOLATIONS:-0.3}
OUT=${OUT:-$root/seaworthy-bench/target/harness}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
bench_jar=$root/seaworthy-bench/target/benchmarks.jar
launcher=$root/bin/seaworthy

if [ -z "${SKIP_BUILD:-}" ]; then
  (cd "$root" && ./mvnw -B -q package -pl seaworthy-bench -am -DskipTests)
fi
mkdir -p "$OUT"

load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?"; }

# measure CMD...: prints "wall cpu rss_kb" of one run (stdout of CMD discarded)
measure() {
  if [ -x /usr/bin/time ]; then
    local f
    f=$(mktemp)
    /usr/bin/time -f "%e %U %S %M" -o "$f" "$@" > /dev/null 2>/dev/null || true
    # GNU time writes "Command exited with non-zero status 3" first (an audit with findings exits 3)
    tail -n 1 "$f" | awk '{printf "%.3f %.3f %d\n", $1, $2 + $3, $4}'
    rm -f "$f"
  else
    # no GNU time: poll /proc for the peak RSS (VmHWM) and CPU ticks of the process
    local start end pid hwm=0 ticks=0 hz
    hz=$(getconf CLK_TCK)
    start=$(date +%s%N)
    "$@" > /dev/null 2>/dev/null &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      local h t
      h=$(awk '/VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      t=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
      [ -n "$h" ] && [ "$h" -gt "$hwm" ] && hwm=$h
      [ -n "$t" ] && [ "$t" -gt "$ticks" ] && ticks=$t
      sleep 0.02
    done
    wait "$pid" || true
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" -v t="$ticks" -v hz="$hz" -v m="$hwm" 'BEGIN{printf "%.3f %.3f %d\n", (e-s)/1e9, t/hz, m}'
  fi
}

# median of RUNS measurements of CMD...: "wall cpu rss_kb"
median_of() {
  local n=$1
  shift
  local all=()
  for _ in $(seq "$n"); do
    all+=("$(measure "$@")")
  done
  printf '%s\n' "${all[@]}" | sort -n -k1,1 | awk -v n="$n" 'NR == int((n + 1) / 2)'
}

table=$OUT/results.md
{
  echo "# Seaworthy harness results"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)."
  echo "Median of $RUNS runs (cold start: $COLD_RUNS). Corpus: seed $SEED, violations $VIOLATIONS."
  echo
  echo "| resources | files | MB | audit wall s | audit CPU s | CPU/wall | peak RSS MB | bare parse 1 thread s | ratio | bare parse 2 threads s | ratio | audit --threads 1 wall s | load |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$table"

for n in $SIZES; do
  corpus=$OUT/corpus-$n
  if [ ! -f "$corpus/.done-$SEED-$VIOLATIONS" ]; then
    rm -rf "$corpus"
    java -jar "$bench_jar" generate --resources "$n" --violations "$VIOLATIONS" --seed "$SEED" --out "$corpus" > /dev/null
    touch "$corpus/.done-$SEED-$VIOLATIONS"
  fi
  files=$(find "$corpus" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) | wc -l)
  mb=$(find "$corpus" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s/1048576}')
  l=$(load)
  # warm the page cache once so every run reads from memory
  find "$corpus" -type f -exec cat {} + > /dev/null 2>&1 || true
  read -r aw ac ar <<< "$(median_of "$RUNS" "$launcher" audit "$corpus" -o json)"
  read -r pw _ _ <<< "$(median_of "$RUNS" java -XX:+UseSerialGC -Xshare:auto -jar "$bench_jar" parse "$corpus")"
  read -r p2 _ _ <<< "$(median_of "$RUNS" java -XX:+UseSerialGC -Xshare:auto -jar "$bench_jar" parse --threads 2 "$corpus")"
  t1="-"
  if [ "$n" -le 10000 ]; then
    read -r t1 _ _ <<< "$(median_of "$RUNS" "$launcher" audit "$corpus" -o json --threads 1)"
  fi
  awk -v n="$n" -v f="$files" -v mb="$mb" -v aw="$aw" -v ac="$ac" -v ar="$ar" -v pw="$pw" -v p2="$p2" -v t1="$t1" -v l="$l" \
    'BEGIN{printf "| %d | %d | %s | %.2f | %.2f | %.2f | %.0f | %.2f | %.2fx | %.2f | %.2fx | %s | %s |\n", n, f, mb, aw, ac, ac/aw, ar/1024, pw, aw/pw, p2, aw/p2, t1, l}' >> "$table"
done

# cold start: one small manifest
small=$OUT/small.yaml
cp "$root/examples/eks-production-fixed/ingress/alb-ingress.yaml" "$small"
{
  echo
  echo "| cold start (one small manifest) | wall s | peak RSS MB | load |"
  echo "|---|---:|---:|---:|"
} >> "$table"
cold() {
  local label=$1
  shift
  local l
  l=$(load)
  # the first run may train the archive: not counted
  env "$@" "$launcher" audit "$small" > /dev/null 2>&1 || true
  read -r w _ r <<< "$(median_of "$COLD_RUNS" env "$@" "$launcher" audit "$small")"
  awk -v label="$label" -v w="$w" -v r="$r" -v l="$l" 'BEGIN{printf "| %s | %.3f | %.0f | %s |\n", label, w, r/1024, l}' >> "$table"
}
jdk17=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
cold "JDK 17, CDS archive" JAVA_HOME="$jdk17"
cold "JDK 17, no archive" JAVA_HOME="$jdk17" SEAWORTHY_CDS=off
if [ -x "$JDK25/bin/java" ]; then
  cold "JDK 25, AOT cache" JAVA_HOME="$JDK25"
  cold "JDK 25, no cache" JAVA_HOME="$JDK25" SEAWORTHY_CDS=off
fi

cat "$table"
