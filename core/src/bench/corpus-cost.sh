#!/bin/sh
# What each input of a fuzz corpus costs the reader per byte, against plain text (see CorpusCost.java).
# Usage, from the repository root: core/src/bench/corpus-cost.sh <corpus folder> [how many to show]
#   e.g. core/src/bench/corpus-cost.sh core/.cifuzz-corpus/org.secnotes.core.source.SourceReaderFuzzTest/body 10
# Builds core first.
set -e
mvn -B -q -pl core compile dependency:build-classpath -Dmdep.outputFile="$PWD/core/target/bench.classpath" >/dev/null
exec java -cp "core/target/classes:$(cat "$PWD/core/target/bench.classpath")" core/src/bench/CorpusCost.java "$@"
