#!/usr/bin/env bash
# The page layering rule of docs/architecture.md ("Collectors"): no page contains SQL, parsing
# or history writes. Greps the page folders that follow the rule for what only a collector in
# app/ may do and fails, naming file and line, on any hit.
#   tests/lint/check-page-layering.sh [SOURCE_DIR]
set -uo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root" || exit 2
# Every page folder is under the rule, and the window's own files.
folders=(ui)
# What a page must not contain:
#   SQL:            sqlFile(  ->query(  .query(  execScript(
#   parsing:        ::fromResult(  QtConcurrent::run  pg::Result (rows are read in app/)
#   history writes: append( appendBatch( enforceRetention( RunArchive:: or anything called on a
#                   store, and reads of the store on the GUI thread: samplesAllKeys( readSamples
#                   ->samples( ->audit( history::Store::read…
pattern='sqlFile\(|->query\(|[a-z_]\.query\(|execScript\(|::fromResult\(|QtConcurrent::run|pg::Result|pg/result\.h|appendBatch\(|enforceRetention\(|samplesAllKeys\(|readSamples|history\(\)->|store->|\bStore::read|RunArchive::|->audit\(|->appendAudit\('
hits=$(grep -rnE "$pattern" "${folders[@]}" --include='*.cpp' --include='*.h')
if [[ -n $hits ]]; then
    echo "Page layering rule broken (docs/architecture.md, Collectors): SQL, parsing and history"
    echo "belong in a collector in app/, pages only present. Offending lines:"
    echo "$hits"
    exit 1
fi
echo "page layering: no file under ${folders[*]}/ contains SQL, parsing or history access"
