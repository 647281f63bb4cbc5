#!/usr/bin/env bash
# Longer fuzzing campaigns of the importer than the suite runs: the same mutators and the same judges
# (tests/ReportKit.Excel.Tests: XmlFuzz.cs for structural XML mutants of a filled form and a relayed
# summary, ImportFuzzTests and RelayFuzzTests for zip-level ones), with more mutants and another seed.
# Every mutant must be rejected by name or read as ClosedXML (and, for a sample, openpyxl) sees it; the
# first that is not fails the run with its number and what was changed, and is kept for replay.
#   scripts/fuzz-forms.sh [MUTANTS] [SEED] [KEEP-FOLDER]
#   scripts/fuzz-forms.sh 3000 7 /tmp/fuzz      # 3,000 XML mutants per kind, seed 7, mutants kept
# The seed replays a campaign exactly: the same seed and count give the same mutants.
set -euo pipefail
mutants=${1:-2000}
seed=${2:-$RANDOM}
keep=${3:-}
root=$(cd "$(dirname "$0")/.." && pwd)

export REPORTKIT_FUZZ_MUTANTS=$mutants REPORTKIT_FUZZ_SEED=$seed
[ -n "$keep" ] && export REPORTKIT_FUZZ_OUT=$keep && mkdir -p "$keep"
echo "fuzzing: $mutants XML mutants per kind, seed $seed${keep:+, mutants kept under $keep}"
start=$(date +%s)
dotnet test "$root/tests/ReportKit.Excel.Tests" --filter "FullyQualifiedName~XmlFuzzTests" --logger "console;verbosity=normal"
echo "clean: $mutants mutants per kind, seed $seed, $(( $(date +%s) - start )) s"
