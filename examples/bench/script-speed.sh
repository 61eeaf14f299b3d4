#!/usr/bin/env bash
# Arabic and Chinese pages against an English page: bash examples/bench/script-speed.sh
# 1. Warm: ScriptSpeed renders the example note's en, ar and zh versions (one page each) in turn in
#    one JVM and prints the median time per page and the ratio to English.
# 2. Cold: `java -jar secnotes.jar render` of the English and of the Chinese note (which loads the
#    CJK font), alternately, seven times each; prints the medians and their difference.
# The machine is shared and noisy: read the ratios of one run, not the absolute figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -pl examples -am package -DskipTests
jar=examples/target/secnotes.jar
java -cp "$jar" examples/bench/ScriptSpeed.java examples/notes "${ROUNDS:-400}"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
declare -A times
for i in 1 2 3 4 5 6 7; do
  for language in en zh; do
    start=$(date +%s%N)
    java -jar "$jar" render "examples/notes/cop-working-groups.$language.md" --format pdf --out "$out" -q > /dev/null
    times[$language]+="$(( ($(date +%s%N) - start) / 1000000 )) "
  done
done
median() { printf '%s\n' $1 | sort -n | sed -n 4p; }
en=$(median "${times[en]}")
zh=$(median "${times[zh]}")
echo "cold java -jar, one page: en median ${en} ms (${times[en]}), zh median ${zh} ms (${times[zh]}); zh costs $(( zh - en )) ms more"
