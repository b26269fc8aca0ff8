#!/usr/bin/env bash
# One benchmark run: our shipped detector (langid evaluation task), then eld and franc, on the same langid TSV files.
# Usage (repository root): tests/Knowledge.Benchmarks/langid-peers/compare.sh [DATA_DIR]   (default ../shared/data/eval)
set -euo pipefail
data="${1:-../shared/data/eval}"
here="$(cd "$(dirname "$0")" && pwd)"
files=("$data/langid.sentences.dev.tsv" "$data/langid.word-pairs.dev.tsv" "$data/langid.single-words.dev.tsv")
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build -c Release tests/Knowledge.Evaluation -v q -nologo > /dev/null
for f in "${files[@]}"; do
  dotnet run -c Release --no-build --project tests/Knowledge.Evaluation -- langid --test "$f" | tail -1
done
(cd "$here" && npm ci --no-audit --no-fund > /dev/null && node run.mjs "${files[@]}")
