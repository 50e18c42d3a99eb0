#!/usr/bin/env bash
# A sustained load through the reference round robin to a fleet on 127.0.0.1: 2,000 requests a second
# for a minute by default. It prints the requests served and failed, the rate kept, the p95 latency and
# the process's sockets before, during and after, and exits non-zero on any error or leaked socket.
# Usage: tools/SaleDay/load.sh [rps=2000] [seconds=60] [replicas=4]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
exec dotnet run -c Release --project "$root/tools/SaleDay.Reference" -- load --rps "${1:-2000}" --seconds "${2:-60}" --replicas "${3:-4}"
