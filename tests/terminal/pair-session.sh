#!/usr/bin/env bash
# A remote pair session driven in tmux, as two students would run it on two laptops: two clones of the
# course and a bare repository on this machine as their shared remote. Ana starts (`kata pair start`
# with a timer shortened to 6 seconds), the timer announces the swap, Ana hands over (`pair next`), Min
# takes over on his clone (`pair start`), a step turned green announces the swap, Min squashes the
# session (`pair done`) and Ana stops hers. The screens are checked at every step; at the end the
# commit has both authors and the hooks and git config of both clones are exactly as before.
# Run by the tool tests (TerminalScriptTests); needs tmux and git. Prints "pair session: passed" or
# the failed step with the screen it saw, and exits 1.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dll="$root/tools/Kata/bin/Debug/net10.0/kata.dll"
for tool in tmux git dotnet; do
  command -v "$tool" >/dev/null || { echo "pair session: $tool is not installed (.ci/run installs tmux)"; exit 1; }
done
if [ ! -f "$dll" ]; then
  dotnet build "$root/tools/Kata" -nologo -verbosity:quiet >/dev/null
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/kata-pair-session.XXXXXX")"
socket="kata-pair-$$"
cleanup() {
  tmux -L "$socket" kill-server 2>/dev/null || true
  # The sessions' timers end by themselves once their session file is gone; give them a moment.
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "pair session: FAILED: $1"
  if [ -n "${2:-}" ]; then
    echo "---- screen of $2 ----"
    tmux -L "$socket" capture-pane -p -J -S -200 -t "$2" || true
    echo "----"
  fi
  exit 1
}

# Waits until the pane's screen (with its scrollback) shows the text, or fails after the seconds given.
wait_for() {
  local pane="$1" text="$2" seconds="${3:-60}" waited=0
  until tmux -L "$socket" capture-pane -p -J -S -200 -t "$pane" | grep -qF -- "$text"; do
    sleep 0.5
    waited=$((waited + 1))
    [ "$waited" -ge $((seconds * 2)) ] && fail "no '$text' on the screen within ${seconds}s" "$pane"
  done
  return 0
}

type_in() { tmux -L "$socket" send-keys -t "$1" -l -- "$2"; tmux -L "$socket" send-keys -t "$1" Enter; }

# What `pair stop` and `pair done` must leave exactly as it was: the hooks (names, modes, contents) and git's config.
snapshot() {
  local clone="$1"
  (cd "$clone" && git config --list --local && ls -la .git/hooks | awk '{print $1, $NF}' && sha256sum .git/hooks/*)
}

git clone --quiet --bare "$root" "$work/remote.git"
for who in ana min; do
  git clone --quiet "$work/remote.git" "$work/$who"
done
git -C "$work/ana" config user.name Ana && git -C "$work/ana" config user.email ana@example.com
git -C "$work/min" config user.name Min && git -C "$work/min" config user.email min@example.com
snapshot "$work/ana" > "$work/ana.before"
snapshot "$work/min" > "$work/min.before"

# One pane per laptop, each a plain shell in its clone where `kata` is the built tool.
tmux -L "$socket" new-session -d -s pair -x 200 -y 50 -c "$work/ana" "bash --noprofile --norc"
tmux -L "$socket" split-window -h -t pair -c "$work/min" "bash --noprofile --norc"
ana="pair:0.0"
min="pair:0.1"
for pane in "$ana" "$min"; do
  type_in "$pane" "export PS1='$ ' KATA_LANG=en NO_COLOR=1 DOTNET_NOLOGO=1; kata() { dotnet '$dll' \"\$@\"; }; clear"
done

# Ana starts; the 6-second timer announces the swap on her screen, with the kata's discussion questions.
type_in "$ana" 'kata pair start --driver "Ana <ana@example.com>" --navigator "Min <min@example.com>" --minutes 0.1'
wait_for "$ana" "Ana drives, 🧭 Min navigates."
wait_for "$ana" "Time is up: swap! Min drives, Ana navigates" 30
wait_for "$ana" "Pair discussion (HealthChecker):"
echo "pair session: start and the timer's swap shown"

# Ana hands over; Min takes the keyboard on his clone and has her work.
type_in "$ana" "echo '// written by Ana' >> katas/HealthChecker/HealthChecker.cs && kata pair next"
wait_for "$ana" "Handed over: the work is on origin/kata-pair/main."
type_in "$min" "kata pair start && tail -n 1 katas/HealthChecker/HealthChecker.cs"
wait_for "$min" "Min drives, 🧭 Ana navigates."
wait_for "$min" "// written by Ana"
echo "pair session: handover from Ana's clone to Min's"

# Min makes step 1 green: the loop announces the swap.
type_in "$min" "cp solutions/HealthChecker/HealthChecker.cs katas/HealthChecker/HealthChecker.cs && kata HealthChecker/1"
wait_for "$min" "Green together: HealthChecker 1. Swap! Ana drives, Min navigates" 480
echo "pair session: a step turned green announced the swap"

# Min squashes the session onto main; the commit has both names. Ana ends the session on her clone.
type_in "$min" "kata pair done && git log -1 --format='author=%an <%ae>; %(trailers:key=Co-authored-by)'"
wait_for "$min" "Done: the session is one commit on main, by Min with Ana."
wait_for "$min" "author=Min <min@example.com>; Co-authored-by: Ana <ana@example.com>"
type_in "$ana" "kata pair stop"
wait_for "$ana" "Stopped: the session was squashed on origin; back on main."
type_in "$min" "kata pair status; echo status=\$?"
wait_for "$min" "status=1"
echo "pair session: done with both authors, stopped on the other clone"

for who in ana min; do
  snapshot "$work/$who" > "$work/$who.after"
  diff -u "$work/$who.before" "$work/$who.after" || fail "the hooks or git config of $who's clone changed"
done
[ "$(git -C "$work/min" rev-list --count origin/main..main)" = 1 ] || fail "main of Min's clone is not one commit ahead"
echo "pair session: hooks and config of both clones as before"
echo "pair session: passed"
