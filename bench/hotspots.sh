#!/usr/bin/env bash
# Hot spots of a JFR recording: per execution sample, the top frame and the first Filmlens frame, counted.
#   bench/hotspots.sh bench-results/10mb.ingest.jfr [N]
set -uo pipefail   # no -e: `head` closing a pipe early is not a failure
file=$1; n=${2:-20}
samples=$(mktemp)
jfr print --stack-depth 64 --events jdk.ExecutionSample "$file" > "$samples"
echo "samples: $(grep -c 'jdk.ExecutionSample' "$samples")"
echo "-- top frame (where the CPU is)"
awk '/stackTrace = \[/ {top=1; next} top {sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); print; top=0}' "$samples" \
  | sort | uniq -c | sort -rn | head -"$n"
echo "-- first org.filmlens frame (whose code asked for it)"
awk '/stackTrace = \[/ {in_st=1; found=0; next}
     in_st && /^[ \t]*\]/ {in_st=0; next}
     in_st && !found && /org\.filmlens\./ {sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); print; found=1}' "$samples" \
  | sort | uniq -c | sort -rn | head -"$n"
rm -f "$samples"
