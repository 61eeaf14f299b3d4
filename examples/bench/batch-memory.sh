#!/usr/bin/env bash
# Peak memory of the batch against the number of notes (issue 11: memory flat however many there are).
#   bash examples/bench/batch-memory.sh 500 4000        # default: 500 4000
#   HEAP=128m FORMATS=md,pdf JAR=examples/target/secnotes.jar bash examples/bench/batch-memory.sh 10000
# Makes N notes (the English example note under N symbols), runs the CLI on them from a cold JVM
# with -Xmx$HEAP, and prints the wall time and the peak resident set size (GNU time), then the
# ratio of each run's peak to the first's. Needs examples/target/secnotes.jar
# (mvn -B -pl examples -am package -DskipTests) and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${JAR:-examples/target/secnotes.jar}
heap=${HEAP:-128m}
formats=${FORMATS:-md,pdf}
work=${WORK:-target/batch-memory}
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(500 4000)
mkdir -p "$work"
first=""
for n in "${counts[@]}"; do
  src="$work/notes-$n"
  if [ ! -f "$src/.complete" ]; then
    rm -rf "$src" && mkdir -p "$src"
    for i in $(seq 1 "$n"); do
      sed "s|^symbol: .*|symbol: CTOC/COP/2018/$i|" examples/notes/cop-working-groups.en.md > "$src/note-$i.en.md"
    done
    touch "$src/.complete"
  fi
  rm -rf "$work/out-$n"
  /usr/bin/time -f "%e %M" -o "$work/time-$n" \
    java -Xmx"$heap" -jar "$jar" render "$src" --format "$formats" --out "$work/out-$n" -q | tail -n 1
  read -r seconds kib < "$work/time-$n"
  written=$(find "$work/out-$n" -type f | wc -l)
  [ -n "$first" ] || first=$kib
  ratio=$(python3 -c "print(f'{$kib / $first:.2f}')")
  echo "notes=$n heap=$heap files=$written seconds=$seconds peak_rss_mib=$((kib / 1024)) ratio_to_first=$ratio"
done
