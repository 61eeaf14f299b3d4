#!/usr/bin/env bash
# Arabic and Chinese pages against an English page: bash examples/bench/script-speed.sh
# 1. Warm: ScriptSpeed renders the example note's en, ar and zh versions (one page each) in turn in
#    one JVM and prints the median time per page and the ratio to English.
# 2. Cold: what loading the CJK font adds to a cold start. One-page renders of the English and of
#    the Chinese note (the only one that reads the CJK font), each in a new JVM, interleaved
#    (en, zh, en, zh, ...) for COLD_ROUNDS rounds (default 15), with the launcher the README's
#    main command uses (examples/bin/secnotes: class-data archive, C1) and with plain
#    `java -jar secnotes.jar`; prints, for wall time and for processor time (user + system, which
#    a loaded machine disturbs less), the medians and the difference zh - en for each.
# WARM=0 or COLD=0 skips a part; SKIP_BUILD=1 reuses the jar already built.
# The machine is shared and noisy: read the figures of one run against each other, not alone.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -n "${SKIP_BUILD:-}" ] || mvn -B -q -pl examples -am package -DskipTests
jar=examples/target/secnotes.jar
if [ "${WARM:-1}" != 0 ]; then
  java -cp "$jar" examples/bench/ScriptSpeed.java examples/notes "${ROUNDS:-400}"
fi
[ "${COLD:-1}" != 0 ] || exit 0

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
rounds=${COLD_ROUNDS:-15}
declare -A wall cpu
run() { # run <key> <command...>: one cold render; appends its wall and processor (user + system) ms
  local key=$1; shift
  /usr/bin/time -f '%e %U %S' -o "$out/time" "$@" > /dev/null
  read -r e u s < "$out/time"
  wall[$key]+="$(awk -v e="$e" 'BEGIN { printf "%d", e * 1000 }') "
  cpu[$key]+="$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1000 }') "
}
for _ in $(seq 1 "$rounds"); do
  for language in en zh; do
    note="examples/notes/cop-working-groups.$language.md"
    run "launcher-$language" examples/bin/secnotes render "$note" --format pdf --out "$out" -q
    run "jar-$language" java -jar "$jar" render "$note" --format pdf --out "$out" -q
  done
done
median() { printf '%s\n' $1 | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
# The median of the differences of each round's pair, which were run one after the other.
paired() { paste -d- <(printf '%s\n' $2) <(printf '%s\n' $1) | bc | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for how in launcher jar; do
  for what in wall cpu; do
    declare -n t=$what
    en=$(median "${t[$how-en]}")
    zh=$(median "${t[$how-zh]}")
    echo "cold $how, one page, $rounds rounds, $what time: en median $en ms, zh median $zh ms;" \
      "the CJK font costs $(( zh - en )) ms more (median of the rounds' differences: $(paired "${t[$how-en]}" "${t[$how-zh]}") ms)"
    echo "  en: ${t[$how-en]}"
    echo "  zh: ${t[$how-zh]}"
  done
done
