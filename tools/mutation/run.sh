#!/usr/bin/env bash
# Mutation testing of the reference solutions against their specs (Stryker.NET, a course-author tool;
# not part of CI: one kata takes minutes). Usage:
#   tools/mutation/run.sh                 every kata, one after the other
#   tools/mutation/run.sh Scaler ...      the katas named
#   MUTATION_CONCURRENCY=2 tools/mutation/run.sh RoundRobin
# Each kata's configuration is tests/<Kata>.Specs.Solution/stryker-config.json. Reports go to
# .mutation/<Kata>/reports/ (mutation-report.html to read, mutation-report.json for tools); the
# console log of the run is .mutation/<Kata>/stryker.log. The last lines printed are each kata's score.
# Exit code: 0 when every kata ran, 1 when one did not finish, 2 on a bad argument.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"

all=()
for dir in katas/*/; do
  kata="$(basename "$dir")"
  [ -f "$dir/kata.json" ] && all+=("$kata")
done

katas=("$@")
[ ${#katas[@]} -eq 0 ] && katas=("${all[@]}")
for kata in "${katas[@]}"; do
  if [ ! -f "tests/$kata.Specs.Solution/stryker-config.json" ]; then
    echo "No kata '$kata' with a mutation configuration (tests/$kata.Specs.Solution/stryker-config.json). Katas: ${all[*]}" >&2
    exit 2
  fi
done

dotnet tool restore >/dev/null || { echo "dotnet tool restore failed: .config/dotnet-tools.json names dotnet-stryker." >&2; exit 1; }

declare -A score
status=0
for kata in "${katas[@]}"; do
  out="$repo/.mutation/$kata"
  rm -rf "$out" && mkdir -p "$out"
  echo "== $kata (log: .mutation/$kata/stryker.log)"
  extra=()
  [ -n "${MUTATION_CONCURRENCY:-}" ] && extra+=(--concurrency "$MUTATION_CONCURRENCY")
  for try in 1 2; do
    (cd "tests/$kata.Specs.Solution" && KATA_UNLOCK_ALL=1 dotnet dotnet-stryker --output "$out" "${extra[@]}") \
      > "$out/stryker.log" 2>&1
    code=$?
    # Stryker's project analysis asks `dotnet` for its environment with a short time limit, which a busy
    # machine can miss ("Could not find build environment"): that is worth one more try.
    grep -q 'Could not find build environment' "$out/stryker.log" || break
  done
  # Stryker's own summary line: "The final mutation score is 91.53 %".
  line="$(grep -Eo 'The final mutation score is [0-9.]+ %' "$out/stryker.log" | tail -n 1)"
  if [ $code -ne 0 ] || [ -z "$line" ]; then
    score[$kata]="did not finish (exit $code): see .mutation/$kata/stryker.log"
    status=1
  else
    score[$kata]="${line#The final mutation score is }"
  fi
  grep -E '^(Killed|Survived|Timeout|Errors): ' "$out/stryker.log" | tr -s ' ' | paste -sd ' ' -
  echo "$kata: ${score[$kata]}"
done

echo
echo "Mutation scores:"
for kata in "${katas[@]}"; do
  printf '  %-14s %s\n' "$kata" "${score[$kata]}"
done
exit $status
