#!/usr/bin/env bash
# Feed validation end to end, briefing vs ajv on the same NDJSON feed (issue 8). Builds the Release
# tool, writes the four seeds as `briefing parse` prints them, repeats them to SIZE_MB megabytes
# (default 200) and a 10x feed for the scaling row when SCALE=1, then times both validators with
# /usr/bin/time (wall time, CPU, peak RSS). Needs Node and `npm install --prefix benchmarks/ajv`.
# Usage: bash benchmarks/feed.sh [work-dir]     (the feed files are large: default /tmp/briefing-feed)
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-/tmp/briefing-feed}"
size="${SIZE_MB:-200}"
mkdir -p "$work"
dotnet build src/Briefing.Cli -c Release -v q -nologo > "$work/build.log"
briefing=src/Briefing.Cli/bin/Release/net10.0/briefing
for seed in seeds/*.txt; do
  "$briefing" parse "$seed" > "$work/$(basename "$seed" .txt).json" 2> /dev/null
done
node benchmarks/ajv/make-feed.mjs "$work/feed.ndjson" "$size" "$work"/*.json

measure() { # name command...
  local name=$1; shift
  /usr/bin/time -q -f "%e %U %S %M" -o "$work/time.txt" "$@" > "$work/$name.out" 2> "$work/$name.err" || true
  read -r wall user sys rss < "$work/time.txt"
  awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v b="$bytes" \
    'BEGIN { printf "%-26s wall %6.2f s  cpu %6.2f s  %6.1f MB/s  peak RSS %6.1f MiB\n", n, w, u + s, b / 1e6 / w, r / 1024 }'
}

feed="$work/feed.ndjson"
bytes=$(stat -c %s "$feed")
echo "feed: $feed, $bytes bytes, $(wc -l < "$feed") documents"
measure "briefing validate" "$briefing" validate --format json --max-findings 100 -o "$work/report.json" "$feed"
measure "ajv (schema only)" node benchmarks/ajv/validate-feed.mjs "$feed"
cat "$work/ajv (schema only).out" "$work/ajv (schema only).err"
if [ "${SCALE:-0}" = 1 ]; then
  for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$feed"; done > "$work/feed10.ndjson"
  echo "feed x10: $(stat -c %s "$work/feed10.ndjson") bytes"
  bytes=$(stat -c %s "$work/feed10.ndjson")
  measure "briefing validate (x10)" "$briefing" validate --format json --max-findings 100 -o "$work/report10.json" "$work/feed10.ndjson"
  rm -f "$work/feed10.ndjson"
fi
