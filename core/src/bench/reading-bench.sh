#!/bin/sh
# Times the source reader on growing hostile inputs against plain paragraphs (see ReadingBench.java).
# Usage, from the repository root: core/src/bench/reading-bench.sh [sizes...]   e.g. 500 1000 2000 5000
# Builds core first. LIMIT=<seconds> caps each read (default 30); REPEAT=<n> shows the fastest of n reads.
set -e
mvn -B -q -pl core compile dependency:build-classpath -Dmdep.outputFile="$PWD/core/target/bench.classpath" >/dev/null
exec java -Xss1m -Dlimit="${LIMIT:-30}" -Drepeat="${REPEAT:-1}" -cp "core/target/classes:$(cat "$PWD/core/target/bench.classpath")" \
  core/src/bench/ReadingBench.java "$@"
