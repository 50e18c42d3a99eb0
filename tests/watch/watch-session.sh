#!/usr/bin/env bash
# `./kata watch` in a real terminal, driven through tmux (send-keys, capture-pane), on a copy of the
# repository: started on the starter; a fix of RoundRobin's step 1, saved the way many editors save
# (a temporary file renamed over the old one), turns step 1 green and shows step 2; a file that does
# not compile shows the compiler's errors and the watch goes on; a fix turns it back; Ctrl+C ends it
# with nothing left running, and so does SIGTERM (in Korean). Each screen is checked; the first check
# that fails prints the screen.
#
#   tests/watch/watch-session.sh <copy of the repository>      (exit code 0: every check held)
set -euo pipefail

repo="$(cd "$1" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
student="$repo/katas/RoundRobin/RoundRobin.cs"
session="kata-watch-$$"
timeout="${KATA_WATCH_TIMEOUT:-300}"

command -v tmux > /dev/null || { echo "tmux is not installed (apt-get install tmux)."; exit 2; }
trap 'tmux kill-session -t "$session" 2> /dev/null || true' EXIT

# The terminal's history and screen, without the empty rows below the last line written.
screen() {
  tmux capture-pane -p -J -t "$session" -S -5000 |
    awk '{ line[NR] = $0 } END { n = NR; while (n > 0 && line[n] == "") n--; for (i = 1; i <= n; i++) print line[i] }'
}

fail() {
  echo "✘ $1"
  echo "---- the screen ----"
  screen
  exit 1
}

# Waits until the screen, after its first $2 lines, has a line matching the regular expression $1,
# for at most $3 seconds (default: KATA_WATCH_TIMEOUT).
wait_for() {
  local pattern="$1" skip="${2:-0}" limit="${3:-$timeout}" waited=0
  until screen | tail -n "+$((skip + 1))" | grep -Eq -- "$pattern"; do
    sleep 0.5
    waited=$((waited + 1))
    if [ "$waited" -ge $((limit * 2)) ]; then
      fail "no line matching /$pattern/ within ${limit}s"
    fi
  done
  echo "✔ /$pattern/"
}

lines() { screen | wc -l; }

# Saves $1 as the student file the way an editor with "safe write" does: a temporary file, renamed.
save() {
  printf '%s' "$1" > "$student.tmp~"
  mv "$student.tmp~" "$student"
}

starter="$(cat "$student")"
fixed="$(FIX="$here/roundrobin-step1.cs.txt" perl -0pe '
  BEGIN { local $/; open my $f, "<", $ENV{FIX} or die; $fix = <$f>; }
  s/    public bool TryPick\(.*?\n.*?\);\n/$fix/s or die "TryPick stub not found\n"' "$student")"
broken="$fixed
class Broken { void M() { int x = } }"

tmux new-session -d -s "$session" -x 180 -y 50 -c "$repo" "./kata watch --no-color --lang en; echo \"watch exit code \$?\"; sleep 600"

# Started on the starter: the summary, kata 1's step, then the watch waits.
# The first start restores and builds the tool and every kata: on a busy machine that takes minutes.
wait_for '^Watching katas/: save a file' 0 $((timeout * 3))
wait_for 'RoundRobin +\[·+\] 0/7 +▶ step 1 · rotation'
wait_for 'HealthChecker · Step 1: One HTTP probe'

# A fix of step 1: green, and step 2 is shown with its first failure.
mark=$(lines)
save "$fixed"
wait_for '^── katas/RoundRobin/RoundRobin\.cs saved ──' "$mark"
wait_for '^✔ Step 1 passes!$' "$mark"
wait_for '^RoundRobin · Step 2: ' "$mark"
wait_for '^  ✘ ' "$mark"
wait_for 's from the save\)' "$mark"

# A file that does not compile: the compiler's errors with file and line, and the watch goes on.
mark=$(lines)
save "$broken"
wait_for '^RoundRobin does not compile\. Fix these first:' "$mark"
wait_for '^  ✘ katas/RoundRobin/RoundRobin\.cs:[0-9]+: CS1525: ' "$mark"
sleep 2
screen | grep -q '^watch exit code' && fail "the watch ended after a compile error"

# The fix again: it compiles, and step 2 is where it was.
mark=$(lines)
save "$fixed"
wait_for '^✔ It compiles again\.' "$mark"
wait_for '^✘ Step 2: still the same failure' "$mark"

# Ctrl+C: a clean end, exit code 0, and no process of the copy left behind.
tmux send-keys -t "$session" C-c
wait_for '^Watch stopped\.'
wait_for '^watch exit code 0$'
sleep 1
left="$(ps -eo pid=,args= | grep -F -- "$repo/" | grep -v -e grep -e watch-session.sh || true)"
[ -z "$left" ] || fail "processes of the copy still run after Ctrl+C: $left"
echo "✔ nothing of the copy left running"

# `kill` (SIGTERM, what scripts and process managers send) ends it as cleanly, here in Korean.
printf '%s' "$starter" > "$student"
tmux respawn-pane -k -t "$session" -c "$repo" "./kata watch --no-color --lang ko; echo \"watch exit code \$?\"; sleep 600"
wait_for '^katas/를 지켜보는 중: 파일을 저장하면' 0 $((timeout * 2))
watch_pid="$(pgrep -f -- "$repo/tools/Kata/bin/.*kata.dll watch" | head -n 1)"
[ -n "$watch_pid" ] || fail "no watch process to stop"
kill -TERM "$watch_pid"
wait_for '^지켜보기를 멈췄습니다\.'
wait_for '^watch exit code 0$'
sleep 1
left="$(ps -eo pid=,args= | grep -F -- "$repo/" | grep -v -e grep -e watch-session.sh || true)"
[ -z "$left" ] || fail "processes of the copy still run after SIGTERM: $left"
echo "✔ SIGTERM: nothing of the copy left running"

echo "watch session: every check held"
