#!/usr/bin/env bash
# The time and peak memory of importing each hostile input (tests/ReportKit.Benchmarks/HostileImport.cs),
# each in a fresh process, as the table of docs/reliability.md has them; prints how loaded the machine was.
#   scripts/fuzz-measure.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
project=$root/tests/ReportKit.Benchmarks
dotnet build -c Release "$project" -v q -nologo >/dev/null
bin=$project/bin/Release/net10.0/ReportKit.Benchmarks.dll
echo "load before: $(uptime)"
echo "| input | file | outcome | import time | peak working set | allocated |"
echo "|---|---|---|---|---|---|"
for name in $(dotnet "$bin" --hostile list); do
  dotnet "$bin" --hostile "$name"
done
echo "load after: $(uptime)"
