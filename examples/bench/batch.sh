#!/usr/bin/env bash
# The batch a user runs, against Apache FOP, from cold starts:
#   bash examples/bench/batch.sh 600      # 600 notes (the default)
#   bash examples/bench/batch.sh 1        # one note from a cold start
# Makes N source notes from the benchmark's long English note (eight pages) under N distinct
# symbols, and the same N notes as XSL-FO (untimed). Then, ROUNDS times (default 3), interleaved:
#   secnotes: examples/bin/secnotes render <N sources> --format pdf --out ...   (a new JVM)
#   FOP:      one new JVM that renders the N XSL-FO files to PDF files on 2 threads, one FOP
#             factory per thread (1 thread for one note)
#   and, for up to 10 notes or with PLAIN_JAR=1, `java -jar secnotes.jar` without the launcher.
# Each is wall time from the start of the JVM to its exit, files on disk. Prints every round and
# the ratio of the medians. SKIP_BUILD=1 reuses the jars already built.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-600}
rounds=${ROUNDS:-3}
work=target/bench/batch-$n
bench=examples/target/secnotes-bench.jar
if [ -z "${SKIP_BUILD:-}" ]; then
  # secnotes.jar and its class-data archive, then secnotes-bench.jar (FOP); never `mvn install`.
  mvn -B -q -pl examples -am package -DskipTests
  mvn -B -q -Pbench -pl examples -am package -DskipTests
fi
threads=2
[ "$n" -gt 1 ] || threads=1
plain=${PLAIN_JAR:-$([ "$n" -le 10 ] && echo 1 || echo 0)}

if [ ! -f "$work/.complete" ]; then
  rm -rf "$work" && mkdir -p "$work/src"
  for i in $(seq 1 "$n"); do
    sed "s|^symbol: .*|symbol: CTOC/COP/2020/$((1000 + i))|" examples/src/bench/resources/bench/long-note.en.md \
      > "$work/src/note-$i.en.md"
  done
  java -cp "$bench" org.secnotes.examples.bench.FopBatch fo "$work/src" "$work/fo"
  touch "$work/.complete"
fi

# Runs a command with its output folder emptied first; prints its wall time in ms.
timed() {
  local target=$1; shift
  rm -rf "$target"
  local start; start=$(date +%s%N)
  "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
ours=(); theirs=(); jars=()
for round in $(seq 1 "$rounds"); do
  s=$(timed "$work/out-secnotes" examples/bin/secnotes render "$work/src" --format pdf --out "$work/out-secnotes" -q)
  # FOP's font cache (~/.fop) is one file its two factories write at once; a round can leave it
  # torn and the next one fail on it, so every round starts without it (4 fonts: milliseconds).
  rm -f "$HOME/.fop/fop-fonts.cache"
  f=$(timed "$work/out-fop" java -cp "$bench" org.secnotes.examples.bench.FopBatch render "$work/fo" "$work/out-fop" "$threads")
  line="round $round: secnotes ${s} ms, FOP ${f} ms"
  ours+=("$s"); theirs+=("$f")
  if [ "$plain" = 1 ]; then
    j=$(timed "$work/out-jar" java -jar examples/target/secnotes.jar render "$work/src" --format pdf --out "$work/out-jar" -q)
    jars+=("$j"); line="$line, java -jar secnotes.jar ${j} ms"
  fi
  echo "$line"
done
written=$(find "$work/out-secnotes" -name '*.pdf' | wc -l)
fop_written=$(find "$work/out-fop" -name '*.pdf' | wc -l)
[ "$written" = "$n" ] && [ "$fop_written" = "$n" ] || { echo "expected $n PDFs each, got $written and $fop_written" >&2; exit 1; }
python3 - "$n" "$threads" "${ours[*]}" "${theirs[*]}" "${jars[*]:-}" <<'PY'
import statistics, sys
n, threads = int(sys.argv[1]), int(sys.argv[2])
ours, theirs = [list(map(int, a.split())) for a in sys.argv[3:5]]
jars = list(map(int, sys.argv[5].split())) if sys.argv[5].strip() else []
s, f = statistics.median(ours), statistics.median(theirs)
what = "one note" if n == 1 else f"{n} notes"
print(f"{what} from a cold start, median of {len(ours)}: secnotes {s / 1000:.2f} s, "
      f"FOP ({threads} thread{'s' if threads > 1 else ''}) {f / 1000:.2f} s: secnotes is {f / s:.1f}x faster")
if jars:
    j = statistics.median(jars)
    print(f"  java -jar secnotes.jar without the launcher: {j / 1000:.2f} s, {f / j:.1f}x faster than FOP")
PY
