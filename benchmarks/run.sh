#!/usr/bin/env bash
# Reproduces the tables of docs/benchmarks.md:
#   1. wall time (start-up included) and peak memory of the check command, median of RUNS runs, on
#      the real report and on synthetic reports of 1,000 to 1,000,000 facts;
#   2. the long soundness run (SOUNDNESS exact and as many wrong generated cases);
#   3. the joint soundness run (JOINT consistent reports per family of shared statements, each moved).
# Usage: benchmarks/run.sh            (env: RUNS=3 SIZES="1000 10000 100000 1000000" SOUNDNESS=800000
#                                           FACTS=facts/csod-2021 RULES=rules/csod-2021 SOURCE=FACTS/source.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
runs=${RUNS:-3}
sizes=${SIZES:-"1000 10000 100000 1000000"}
soundness=${SOUNDNESS:-800000}
joint=${JOINT:-20000}
facts=${FACTS:-facts/csod-2021}
rules=${RULES:-rules/csod-2021}
source=${SOURCE:-$facts/source.txt}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/OutsourcingChecks.Cli -v q -nologo >/dev/null
dotnet build -c Release benchmarks/OutsourcingChecks.Benchmarks -v q -nologo >/dev/null
cli=src/OutsourcingChecks.Cli/bin/Release/net10.0/outsourcing-checks
bench=benchmarks/OutsourcingChecks.Benchmarks/bin/Release/net10.0/OutsourcingChecks.Benchmarks.dll

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# One row: what, facts, then the check command's arguments. Times each run with date +%s%N and
# /usr/bin/time (for the peak resident memory); prints the medians and the exit code.
previous=""
row() {
  local what=$1 count=$2; shift 2
  : > "$work/ms"; : > "$work/rss"
  local code=0
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    code=0; /usr/bin/time -f %M -o "$work/one" "$cli" check "$@" > "$work/out" 2>&1 || code=$?
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >> "$work/ms"
    tail -n 1 "$work/one" >> "$work/rss"
  done
  local ms rss ratio=""
  ms=$(median < "$work/ms"); rss=$(median < "$work/rss")
  if [ -n "$previous" ]; then ratio=$(awk -v a="$ms" -v b="$previous" 'BEGIN { printf "%.1f", a / b }'); fi
  printf '| %s | %s | %s ms | %s MB | %s | %s |\n' "$what" "$count" "$ms" $(( rss / 1024 )) "$code" "$ratio"
  previous=$ms
}

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; $runs runs per row, medians."
echo
echo "| report | facts | wall time (check command, start-up included) | peak memory | exit code | time ratio to the row above |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
if [ -d "$facts" ] && [ -d "$rules" ]; then
  row "real: $facts" "$(grep -rhc '^  - id:' "$facts" | awk '{ s += $1 } END { print s }')" --facts "$facts" --rules "$rules" --source "$source"
  previous=""
fi
for n in $sizes; do
  dotnet "$bench" generate "$n" "$work/synthetic-$n" > /dev/null
  row "synthetic" "$n" --facts "$work/synthetic-$n/facts" --rules "$work/synthetic-$n/rules" --source "$work/synthetic-$n/facts/source.txt"
  rm -rf "$work/synthetic-$n"
done
echo
dotnet "$bench" soundness "$soundness"
echo
dotnet "$bench" joint-soundness "$joint"
