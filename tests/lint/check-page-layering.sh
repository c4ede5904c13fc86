#!/usr/bin/env bash
# The page layering rule of docs/architecture.md ("Collectors"): no page contains SQL, parsing
# or history writes. Greps the page folders that follow the rule for what only a collector in
# app/ may do and fails, naming file and line, on any hit.
#   tests/lint/check-page-layering.sh [SOURCE_DIR]
set -uo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root" || exit 2
# Folders under the rule (the other pages move to collectors in later issues).
folders=(ui/activity ui/locks ui/statements ui/health ui/dashboard ui/timeline)
# What a page must not contain:
#   SQL:            sqlFile(  ->query(  .query(  execScript(
#   parsing:        ::fromResult(  QtConcurrent::run  pg::Result (rows are read in app/)
#   history writes: appendBatch( enforceRetention( or anything called on a store, and
#                   reads of the store on the GUI thread: samplesAllKeys( readSamples ->samples(
pattern='sqlFile\(|->query\(|[a-z_]\.query\(|execScript\(|::fromResult\(|QtConcurrent::run|pg::Result|pg/result\.h|appendBatch\(|enforceRetention\(|samplesAllKeys\(|readSamples|history\(\)->|store->|Store::'
hits=$(grep -rnE "$pattern" "${folders[@]}" --include='*.cpp' --include='*.h')
if [[ -n $hits ]]; then
    echo "Page layering rule broken (docs/architecture.md, Collectors): SQL, parsing and history"
    echo "belong in a collector in app/, pages only present. Offending lines:"
    echo "$hits"
    exit 1
fi
echo "page layering: ${folders[*]} contain no SQL, parsing or history access"
