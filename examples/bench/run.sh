#!/usr/bin/env bash
# The benchmark in one command: bash examples/bench/run.sh
# Builds the JMH jar, runs secnotes and Apache FOP on the same note on 1 and 2 threads (with JMH's
# GC profiler for the allocation per note), compares PDF sizes, times a cold `java -jar` render,
# and prints every figure as a ratio against FOP measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/bench
mkdir -p "$out"
mvn -B -q install -DskipTests
# The bench profile adds FOP and JMH to the examples module; it builds only secnotes-bench.jar.
mvn -B -q -Pbench -pl examples package -DskipTests
jar=examples/target/secnotes-bench.jar
for threads in 1 2; do
  java -jar "$jar" PdfBenchmark -t "$threads" -prof gc -rf json -rff "$out/jmh-$threads.json" | tail -n 30
done
java -cp "$jar" org.secnotes.examples.bench.SizeReport "$out"

# One note from a cold JVM, five times; the median.
mkdir -p "$out/cold-src" && cp examples/src/bench/resources/bench/long-note.en.md "$out/cold-src/"
times=()
for i in 1 2 3 4 5; do
  start=$(date +%s%N)
  java -jar examples/target/secnotes.jar render "$out/cold-src" --format pdf --out "$out/cold" -q > /dev/null
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
echo "cold java -jar, one 8-page note: median ${median} ms of ${times[*]}"

python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
for threads in (1, 2):
    rows = json.load(open(f"{out}/jmh-{threads}.json"))
    by = {}
    for r in rows:
        name = r["benchmark"].rsplit(".", 1)[1]
        lang = r["params"]["language"]
        alloc = r["secondaryMetrics"].get("gc.alloc.rate.norm", {}).get("score", float("nan"))
        by[(name, lang)] = (r["primaryMetric"]["score"], alloc)
    for lang in ("en", "es"):
        s, sa = by[("secnotes", lang)]
        f, fa = by[("fop", lang)]
        print(f"{threads} thread(s), {lang}: secnotes {s:.1f} notes/s, FOP {f:.1f} notes/s, ratio {s/f:.1f}x; "
              f"allocated per note {sa/1e6:.1f} MB vs {fa/1e6:.1f} MB")
PY
