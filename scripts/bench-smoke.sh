#!/usr/bin/env bash
# A tiny run of the benchmarks' workloads (20 forms imported, 5 relayed summaries imported and consolidated at the level above, the generator over 50 templates cold and re-run), so CI
# knows they still build and run; no timing is judged. Full runs: docs/benchmarks.md.
#   scripts/bench-smoke.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet run -c Release --project "$root/tests/ReportKit.Benchmarks" -v q -- --smoke
