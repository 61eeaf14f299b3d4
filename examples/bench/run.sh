#!/usr/bin/env bash
# The warm benchmark in one command: bash examples/bench/run.sh
# Builds the jars (never `mvn install`), runs in one JMH run secnotes' renderer alone, secnotes'
# whole pipeline (source text to PDF bytes: read, assemble, localize, lay out, write to memory)
# and Apache FOP on the same note, on 1 and 2 threads, with JMH's GC profiler for the allocation
# per note; compares PDF sizes; prints the processor time per stage; times one note from a cold
# start (batch.sh 1); and prints every figure as a ratio measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/bench
mkdir -p "$out"
mvn -B -q -pl examples -am package -DskipTests
# The bench profile adds FOP and JMH to the examples module; it builds only secnotes-bench.jar.
mvn -B -q -Pbench -pl examples -am package -DskipTests
jar=examples/target/secnotes-bench.jar
for threads in 1 2; do
  java -jar "$jar" PdfBenchmark -t "$threads" -prof gc -rf json -rff "$out/jmh-$threads.json" | tail -n 30
done
java -cp "$jar" org.secnotes.examples.bench.SizeReport "$out"
java -cp "$jar" org.secnotes.examples.bench.StageCpuTimes

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
        p, pa = by[("pipeline", lang)]
        f, fa = by[("fop", lang)]
        print(f"{threads} thread(s), {lang}: renderer {s:.1f} notes/s ({s/f:.1f}x FOP), whole pipeline {p:.1f} notes/s "
              f"({p/f:.1f}x FOP, {p/s:.2f}x the renderer), FOP {f:.1f} notes/s; "
              f"allocated per note {sa/1e6:.1f} MB renderer, {pa/1e6:.1f} MB pipeline, {fa/1e6:.1f} MB FOP")
PY
# One note from a cold start, secnotes (the launcher and plain java -jar) against FOP, 5 rounds.
SKIP_BUILD=1 ROUNDS=5 bash examples/bench/batch.sh 1
