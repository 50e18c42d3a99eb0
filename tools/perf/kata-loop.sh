#!/usr/bin/env bash
# Measures the student loop as a student meets it, on a fresh clone of this repository's HEAD:
#   first  ./kata right after the clone (restore, build the tool and the katas, run the specs)
#   warm   ./kata again, nothing changed
#   edit   ./kata after an edit of the student file of kata 1
#   step   ./kata HealthChecker/probe after an edit (one step, one kata)
# Each of the last three runs N times; the script prints min, median and max in seconds.
#
# Usage: tools/perf/kata-loop.sh [runs=5]
set -euo pipefail
runs="${1:-5}"
case "$runs" in ''|*[!0-9]*|0) echo "usage: $0 [runs >= 1], not '$runs'" >&2; exit 2 ;; esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone --quiet "$root" "$work/katas"
cd "$work/katas"
student=katas/HealthChecker/HealthChecker.cs

now() { date +%s.%N; }

# Runs the loop once; its exit code is 1 while steps are red, which is what a student sees.
loop() {
  local status=0
  ./kata --no-color "$@" >"$work/last.log" 2>&1 || status=$?
  if [ "$status" -gt 1 ]; then
    echo "./kata $* failed with exit code $status:" >&2
    tail -n 20 "$work/last.log" >&2
    exit 1
  fi
}

timed() { local start; start=$(now); "$@"; awk -v a="$(now)" -v b="$start" 'BEGIN { printf "%.2f\n", a - b }'; }

touch_student() { printf '\n// edit %s\n' "$RANDOM" >>"$student"; }

report() {
  local name="$1"; shift
  printf '%s\n' "$@" | sort -n | awk -v name="$name" '
    { v[NR] = $1 }
    END { printf "%-6s min %6.2f s   median %6.2f s   max %6.2f s   (%d runs)\n", name, v[1], v[int((NR + 1) / 2)], v[NR], NR }'
}

echo "dotnet $(dotnet --version), $(nproc) cores, $runs runs, commit $(git rev-parse --short HEAD)"
report first "$(timed loop)"

warm=(); edit=(); step=()
for _ in $(seq "$runs"); do warm+=("$(timed loop)"); done
for _ in $(seq "$runs"); do touch_student; edit+=("$(timed loop)"); done
for _ in $(seq "$runs"); do touch_student; step+=("$(timed loop HealthChecker/probe)"); done
report warm "${warm[@]}"
report edit "${edit[@]}"
report step "${step[@]}"
