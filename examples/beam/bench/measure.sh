#!/usr/bin/env bash
# Notes per second, end to end (list, read, render md + pdf, write), for the command line and for
# the Beam pipeline on the DirectRunner, on the same synthetic corpus, one after the other in one
# run, at 1 and 2 workers. The figures in docs/scale-out.md come from this script.
#
#   mvn -B -q -pl examples/beam -am package -DskipTests
#   bash examples/beam/bench/measure.sh [notes, default 200]
#
# The corpus: the two example notes, each copied with new symbols (CTOC/COP/2018/<n>,
# A/80/<n> and S/2025/<n>), in English and Spanish: <notes> notes, 2 × <notes> sources,
# 4 × <notes> output files.
set -euo pipefail
cd "$(dirname "$0")/../../.."
notes=${1:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
half=$((notes / 2))
for ((i = 0; i < half; i++)); do
  n=$((10000 + i))
  for lang in en es; do
    sed "s#^symbol: CTOC/COP/2018/10\$#symbol: CTOC/COP/2018/$n#" "examples/notes/cop-working-groups.$lang.md" \
      > "$work/in/cop-$n.$lang.md"
    sed "s#^symbol: \[A/80/999, S/2025/999\]\$#symbol: [A/80/$n, S/2025/$n]#" "examples/notes/peacekeeping-report.$lang.md" \
      > "$work/in/pk-$n.$lang.md"
  done
done
sources=$(ls "$work/in" | wc -l)
echo "corpus: $notes notes, $sources sources; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# Runs a command quietly; prints "wall cpu" seconds (cpu = user + system, all threads). On a
# shared machine the wall time depends on the neighbours; the CPU time much less.
measure() {
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > "$work/log" 2>&1 || true
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/time"
}

rate() { echo "scale=2; $notes / $1" | bc; }

for workers in 1 2; do
  rm -rf "$work/cli" "$work/beam"
  read -r cli_wall cli_cpu < <(measure java -jar examples/target/secnotes.jar render "$work/in" --out "$work/cli" --jobs "$workers" --quiet)
  read -r beam_wall beam_cpu < <(measure java -jar examples/beam/target/secnotes-beam.jar --input="$work/in" --output="$work/beam" \
    --targetParallelism="$workers")
  read -r rerun_wall rerun_cpu < <(measure java -jar examples/beam/target/secnotes-beam.jar --input="$work/in" --output="$work/beam" \
    --targetParallelism="$workers")
  differing=$(cd "$work/cli" && for f in *; do cmp -s "$f" "$work/beam/$f" || echo "$f"; done | wc -l)
  echo "workers $workers: cli $cli_wall s wall, $cli_cpu s cpu ($(rate "$cli_wall") notes/s, $(rate "$cli_cpu") notes/cpu-s);" \
    "beam $beam_wall s wall, $beam_cpu s cpu ($(rate "$beam_wall") notes/s, $(rate "$beam_cpu") notes/cpu-s);" \
    "beam rerun $rerun_wall s wall, $rerun_cpu s cpu; files differing from the cli's: $differing"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
