#!/usr/bin/env bash
# How long a student waits for a verdict, side by side with the toolchain's floor, on a fresh clone of
# this repository's HEAD, all in one run on the same machine:
#   floor  `dotnet test` of a one-project xunit v3 test project with one trivial test, after a one-line edit
#   floor4 the same with four such projects in one solution (what four test applications cost; the root runs one)
#   loop   `./kata` after a one-line edit of kata 1's student file
#   root   plain `dotnet test` at the root after the same edit
#   watch  `./kata watch`: from the save of the same edit to the verdict on screen
#   first  the first `./kata` of a fresh clone: restore, build, first verdict
# Each of floor, floor4, loop, root and watch runs N times after one warm-up run; the script prints each
# median (and min, max) and its ratio to the floor's median. docs/performance.md keeps the figures.
#
# The SDK runs as on a student's machine: the compiler server, MSBuild's node reuse and its server are
# the SDK's defaults. A machine that turns them off through the environment (build servers and CI often
# do: UseSharedCompilation=false, MSBUILDDISABLENODEREUSE=1, DOTNET_CLI_USE_MSBUILD_SERVER=0) has them
# turned on again for the run; KATA_SPEED_ENV=as-is keeps the environment as it is.
#
# Usage: tools/perf/kata-speed.sh [runs=5]
set -euo pipefail
runs="${1:-5}"
case "$runs" in ''|*[!0-9]*|0) echo "usage: $0 [runs >= 1], not '$runs'" >&2; exit 2 ;; esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
restored=()
if [ "${KATA_SPEED_ENV:-student}" != "as-is" ]; then
  for variable in UseSharedCompilation MSBUILDDISABLENODEREUSE DOTNET_CLI_USE_MSBUILD_SERVER; do
    if [ -n "${!variable+set}" ]; then restored+=("$variable=${!variable}"); unset "$variable"; fi
  done
fi
work="$(mktemp -d)"
watch_pid=""
cleanup() {
  # SIGTERM, not SIGINT: a script's background job ignores SIGINT. The tool stops on it as on Ctrl+C.
  if [ -n "$watch_pid" ]; then kill -TERM "$watch_pid" 2> /dev/null || true; wait "$watch_pid" 2> /dev/null || true; fi
  if pgrep -f "$work/" > /dev/null; then
    echo "left running after the watch stopped (now killed):" >&2
    pgrep -af "$work/" >&2 || true
    pkill -KILL -f "$work/" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
git clone --quiet "$root" "$work/katas"
student="$work/katas/katas/HealthChecker/HealthChecker.cs"

now() { date +%s.%N; }
since() { awk -v a="$(now)" -v b="$1" 'BEGIN { printf "%.2f\n", a - b }'; }
edit() { printf '\n// edit %s\n' "$RANDOM" >> "$1"; }

# A command whose exit code is 1 (or 2 for dotnet test) while specs are red: what a student sees.
red_ok() {
  local status=0
  "$@" > "$work/last.log" 2>&1 || status=$?
  if [ "$status" -gt 2 ]; then
    echo "\`$*\` failed with exit code $status:" >&2
    tail -n 20 "$work/last.log" >&2
    exit 1
  fi
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

report() {
  local name="$1" what="$2"; shift 2
  local m; m="$(median "$@")"
  printf '%s\n' "$@" | sort -n | awk -v name="$name" -v what="$what" -v m="$m" -v floor="${floor_median:-$m}" '
    { v[NR] = $1 }
    END { printf "%-6s %-44s median %6.2f s  (min %6.2f, max %6.2f, %d runs)  %4.2f x floor\n", name, what, m, v[1], v[NR], NR, m / floor }'
}

echo "dotnet $(dotnet --version), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $runs runs, commit $(git -C "$root" rev-parse --short HEAD)"
if [ ${#restored[@]} -gt 0 ]; then
  echo "SDK defaults for the run (a student's machine); this environment had: ${restored[*]} (KATA_SPEED_ENV=as-is keeps them)"
fi

# (e) The first run of a fresh clone.
cd "$work/katas"
start=$(now); red_ok ./kata --no-color; first="$(since "$start")"

# The floor: one xunit v3 project, one trivial test, the same SDK, package source and test runner.
mkdir -p "$work/floor"
cp "$root/global.json" "$root/nuget.config" "$work/floor/"
xunit="$(sed -n 's/.*PackageVersion Include="xunit.v3" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")"
cat > "$work/floor/Floor.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Exe</OutputType>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="xunit.v3" Version="$xunit" />
    <Using Include="Xunit" />
  </ItemGroup>
</Project>
PROJECT
printf 'public class FloorTests\n{\n    [Fact]\n    public void One_is_one() => Assert.Equal(1, 1);\n}\n' > "$work/floor/FloorTests.cs"
cd "$work/floor"
red_ok dotnet test
floor=()
for _ in $(seq "$runs"); do edit FloorTests.cs; start=$(now); red_ok dotnet test; floor+=("$(since "$start")"); done
floor_median="$(median "${floor[@]}")"

# Four such projects in one solution: what four test applications cost the toolchain with nothing in them.
mkdir -p "$work/floor4"
cp "$root/global.json" "$root/nuget.config" "$work/floor4/"
for n in 1 2 3 4; do
  mkdir -p "$work/floor4/Floor$n"
  cp "$work/floor/Floor.csproj" "$work/floor4/Floor$n/Floor$n.csproj"
  sed "s/FloorTests/FloorTests$n/" "$work/floor/FloorTests.cs" > "$work/floor4/Floor$n/FloorTests.cs"
done
cd "$work/floor4"
dotnet new sln --format sln --name Floor4 > /dev/null
dotnet sln Floor4.sln add Floor1/Floor1.csproj Floor2/Floor2.csproj Floor3/Floor3.csproj Floor4/Floor4.csproj > /dev/null
red_ok dotnet test
floor4=()
for _ in $(seq "$runs"); do edit Floor1/FloorTests.cs; start=$(now); red_ok dotnet test; floor4+=("$(since "$start")"); done

cd "$work/katas"
loop=()
red_ok ./kata --no-color
for _ in $(seq "$runs"); do edit "$student"; start=$(now); red_ok ./kata --no-color; loop+=("$(since "$start")"); done

root_test=()
red_ok dotnet test
for _ in $(seq "$runs"); do edit "$student"; start=$(now); red_ok dotnet test; root_test+=("$(since "$start")"); done

# The watch: from the save to the line that closes each verdict, "(… s from the save)".
./kata watch --no-color > "$work/watch.log" 2>&1 &
watch_pid=$!
verdicts() { grep -c 's from the save)' "$work/watch.log" || true; }
wait_until() {
  local waited=0
  until eval "$1"; do
    sleep 0.02
    waited=$((waited + 1))
    [ "$waited" -lt 30000 ] || { echo "the watch gave no verdict within 10 minutes:" >&2; tail -n 30 "$work/watch.log" >&2; exit 1; }
  done
}
wait_until 'grep -q "^Watching katas/" "$work/watch.log"'
watch=()
for run in $(seq 0 "$runs"); do
  seen="$(verdicts)"
  edit "$student"; start=$(now)
  wait_until '[ "$(verdicts)" -gt "$seen" ]'
  took="$(since "$start")"
  # The first save warms the watch up (its first compile of the kata may still be under way).
  [ "$run" -eq 0 ] || watch+=("$took")
  sleep 1
done

echo
report floor "dotnet test, one project, one test, an edit" "${floor[@]}"
report floor4 "dotnet test, four such projects, an edit" "${floor4[@]}"
report loop "./kata after an edit" "${loop[@]}"
report root "dotnet test at the root after an edit" "${root_test[@]}"
report watch "./kata watch, save to verdict" "${watch[@]}"
report first "first ./kata of a fresh clone" "$first"
