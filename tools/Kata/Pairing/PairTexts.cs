using Katas.Tool.Cli;

namespace Katas.Tool.Pairing;

/// <summary>What the pair commands say, in the student's language.</summary>
internal abstract class PairTexts
{
    public static PairTexts For(Language language) => language == Language.Korean ? new Korean() : new English();

    public abstract string NoSession { get; }

    public abstract string Started(PairSession session);

    public abstract string Roles(PairSession session);

    public abstract string HandedOver(PairSession before, PairSession after);

    public abstract string TookOver(PairSession session);

    public abstract string Done(PairSession session);

    public abstract string DoneEmpty(PairSession session);

    public abstract string Stopped(PairSession session);

    public abstract string StoppedAfterDone(PairSession session);

    public abstract string TimeLeft(PairSession session, DateTimeOffset now);

    public abstract string StepsDone(PairSession session);

    public abstract string Branch(PairSession session);

    public abstract string TimeUp(PairSession session);

    public abstract string StepsGreen(PairSession session, IReadOnlyList<string> steps);

    public abstract string Questions(string kata);

    public abstract string DirtyAtTakeOver(string branch, string remote, IReadOnlyList<string> changes);

    // Refusals (exit 1) and command-line mistakes (exit 2): each says why and what to do.
    public abstract string NotARepository(string root);

    public abstract string AlreadyRuns(PairSession running);

    public abstract string DetachedHead { get; }

    public abstract string BothRolesOrNeither { get; }

    public abstract string SamePerson(PairPerson person);

    public abstract string WhoPairs { get; }

    public abstract string EarlierSessionBranch(string sessionBranch, string remote);

    public abstract string StartNotPushed(string sessionBranch, string remote, string error);

    public abstract string LocalCommitsAtJoin(string sessionBranch, string remote);

    public abstract string NotASession(string sessionBranch, string remote);

    public abstract string SessionGone(PairSession session);

    public abstract string WrongBranch(PairSession session, string? branch);

    public abstract string BranchesDiverged(PairSession session);

    public abstract string HandOverNotPushed(PairSession session, string error);

    public abstract string RemoteAheadAtDone(PairSession session);

    public abstract string BaseBranchMissing(PairSession session);

    public abstract string BaseBranchMoved(PairSession session);

    public abstract string SessionBranchStays(PairSession session, string error);

    public abstract string NoRemote { get; }

    public abstract string UnknownRemote(string asked, IReadOnlyList<string> remotes);

    public abstract string WhichRemote(IReadOnlyList<string> remotes);

    public abstract string Unreachable(string remote, string error);

    public abstract string Conflicts(IReadOnlyList<string> files);

    public abstract string NotAName(string option, string text);

    public abstract string UnknownName(string option, string name);

    public abstract string GitStopped(string action, string error);

    protected static string Clock(TimeSpan left) => left <= TimeSpan.Zero ? "0:00" : $"{(int)left.TotalMinutes}:{left.Seconds:00}";

    /// <summary>The e-mail address an unknown name's example suggests: "Kim Min" gives kim.min.</summary>
    protected static string MailName(string name) => name.ToLowerInvariant().Replace(' ', '.');

    protected static string Changes(IReadOnlyList<string> changes) =>
        string.Join(", ", changes.Take(5).Select(c => c.Length > 3 ? c[3..] : c)) + (changes.Count > 5 ? ", ..." : "");

    private sealed class English : PairTexts
    {
        public override string NoSession => "No pair session runs here. Start one: ./kata pair start --driver \"Ana <ana@example.com>\" --navigator \"Min <min@example.com>\"";

        public override string Started(PairSession session) => $"Pair session on {session.SessionBranch} ({session.Remote}), {session.Minutes:0.##} minutes a turn.";

        public override string Roles(PairSession session) => $"⌨ {session.Driver.Name} drives, 🧭 {session.Navigator.Name} navigates.";

        public override string HandedOver(PairSession before, PairSession after) =>
            $"Handed over: the work is on {after.Remote}/{after.SessionBranch}. {after.Driver.Name} takes the keyboard: `./kata pair next` (or `pair start`) on their clone.";

        public override string TookOver(PairSession session) => $"Took over {session.SessionBranch}: {session.Driver.Name} has the keyboard.";

        public override string Done(PairSession session) =>
            $"Done: the session is one commit on {session.BaseBranch}, by {session.Driver.Name} with {session.Navigator.Name}. `git push` hands it in.";

        public override string DoneEmpty(PairSession session) => $"Done: the session changed nothing, so {session.BaseBranch} is as it was.";

        public override string Stopped(PairSession session) =>
            $"Stopped the session here: no timer, no co-author hook. The work stays on {session.SessionBranch}; `./kata pair done` would have squashed it.";

        public override string StoppedAfterDone(PairSession session) =>
            $"Stopped: the session was squashed on {session.Remote}; back on {session.BaseBranch}. `git pull` brings the commit.";

        public override string TimeLeft(PairSession session, DateTimeOffset now) =>
            now >= session.TurnEnds ? "Time is up: swap (./kata pair next)." : $"Time left: {Clock(session.TurnEnds - now)} of {session.Minutes:0.##} minutes (turn {session.Turn}).";

        public override string StepsDone(PairSession session) =>
            session.StepsDone.Count == 0 ? "Steps done together: none yet." : $"Steps done together: {StepList.Describe(session.StepsDone)}.";

        public override string Branch(PairSession session) => $"Branch: {session.SessionBranch} on {session.Remote}, from {session.BaseBranch}.";

        public override string TimeUp(PairSession session) =>
            $"⏰ Time is up: swap! {session.Navigator.Name} drives, {session.Driver.Name} navigates: ./kata pair next";

        public override string StepsGreen(PairSession session, IReadOnlyList<string> steps) =>
            $"✔ Green together: {StepList.Describe(steps)}. Swap! {session.Navigator.Name} drives, {session.Driver.Name} navigates: ./kata pair next";

        public override string Questions(string kata) => $"Pair discussion ({kata}):";

        public override string DirtyAtTakeOver(string branch, string remote, IReadOnlyList<string> changes) =>
            $"This clone has changes that are not committed ({Changes(changes)}), and the work to take over is on {remote}/{branch}. Commit or stash them first (git stash). Nothing was changed.";

        public override string NotARepository(string root) =>
            $"{root} is not a git repository: a pair session hands over through git. Clone the repository (git clone <url>) and run `./kata pair` in the clone.";

        public override string AlreadyRuns(PairSession running) =>
            $"A pair session already runs here: {running.Driver.Name} drives, {running.Navigator.Name} navigates. `./kata pair next` hands over, `./kata pair stop` ends it.";

        public override string DetachedHead => "HEAD is detached: check out your branch first (git switch main).";

        public override string BothRolesOrNeither => "Give both --driver and --navigator, or neither (the pair of the last start, or the session on the remote).";

        public override string SamePerson(PairPerson person) => $"--driver and --navigator are both {person.Name}: a pair is two people.";

        public override string WhoPairs => "Who pairs? `./kata pair start --driver \"Ana <ana@example.com>\" --navigator \"Min <min@example.com>\"`.";

        public override string EarlierSessionBranch(string sessionBranch, string remote) =>
            $"A branch {sessionBranch} with work of an earlier session is here, and not on {remote}. Keep it (git merge {sessionBranch}) or delete it (git branch -D {sessionBranch}), then start again.";

        public override string StartNotPushed(string sessionBranch, string remote, string error) =>
            $"Could not push {sessionBranch} to {remote}: {error} Nothing was changed.";

        public override string LocalCommitsAtJoin(string sessionBranch, string remote) =>
            $"The branch {sessionBranch} moved: this clone has commits on it that {remote} does not. Push or drop them first (git log {remote}/{sessionBranch}..{sessionBranch}).";

        public override string NotASession(string sessionBranch, string remote) =>
            $"{remote}/{sessionBranch} is not a pair session this tool started (its last commit names no pair). Nothing was changed.";

        public override string SessionGone(PairSession session) =>
            $"{session.SessionBranch} is gone from {session.Remote}: your partner ended the session (pair done)? `./kata pair stop` ends it here, then git switch {session.BaseBranch} && git pull.";

        public override string WrongBranch(PairSession session, string? branch) =>
            $"The session works on {session.SessionBranch}, and {branch ?? "a detached HEAD"} is checked out. git switch {session.SessionBranch}, then run it again.";

        public override string BranchesDiverged(PairSession session) =>
            $"The branch {session.SessionBranch} moved: {session.Remote} and this clone each have commits the other does not. Nothing was changed; sort it out with git (git pull --rebase {session.Remote} {session.SessionBranch}), then run it again.";

        public override string HandOverNotPushed(PairSession session, string error) =>
            $"Could not push to {session.Remote}: {error} Nothing was changed; run it again when {session.Remote} can be reached.";

        public override string RemoteAheadAtDone(PairSession session) =>
            $"The branch {session.SessionBranch} moved: {session.Remote} has work this clone does not. `./kata pair next` takes it over first; then `./kata pair done`.";

        public override string BaseBranchMissing(PairSession session) =>
            $"The branch {session.BaseBranch} the session started from is not here (git branch {session.BaseBranch} {session.Remote}/{session.BaseBranch}).";

        public override string BaseBranchMoved(PairSession session) =>
            $"The branch {session.BaseBranch} moved since the session started: merge it into the session first (git merge {session.BaseBranch}), then `./kata pair done`.";

        public override string SessionBranchStays(PairSession session, string error) =>
            $"Note: {session.SessionBranch} stays on {session.Remote} ({error}); delete it later with git push {session.Remote} --delete {session.SessionBranch}.";

        public override string NoRemote => "This clone has no remote: a pair hands over through one. Add the repository you both push to: git remote add origin <url>.";

        public override string UnknownRemote(string asked, IReadOnlyList<string> remotes) => $"There is no remote '{asked}' here. The remotes: {string.Join(", ", remotes)}.";

        public override string WhichRemote(IReadOnlyList<string> remotes) =>
            $"Which remote? This clone has {string.Join(", ", remotes)} and none is called origin: give --remote <name>.";

        public override string Unreachable(string remote, string error) =>
            $"Cannot reach the remote '{remote}': {error} Nothing was changed; run it again when you are online.";

        public override string Conflicts(IReadOnlyList<string> files) =>
            $"The working tree has conflicts in {string.Join(", ", files)}: resolve them (edit, git add) first. Nothing was changed.";

        public override string NotAName(string option, string text) =>
            $"{option} '{text}' is not a name: give it as \"Name <email>\", for example {option} \"Ana <ana@example.com>\".";

        public override string UnknownName(string option, string name) =>
            $"{option} {name}: an unknown name here. Give it once with the e-mail GitHub knows, for example {option} \"{name} <{MailName(name)}@example.com>\"; later starts remember it.";

        public override string GitStopped(string action, string error) => $"pair {action} stopped: {error}";
    }

    private sealed class Korean : PairTexts
    {
        public override string NoSession => "이 클론에서 진행 중인 페어 세션이 없습니다. 시작: ./kata pair start --driver \"Ana <ana@example.com>\" --navigator \"Min <min@example.com>\"";

        public override string Started(PairSession session) => $"페어 세션: {session.SessionBranch} ({session.Remote}), 차례마다 {session.Minutes:0.##}분.";

        public override string Roles(PairSession session) => $"⌨ 드라이버 {session.Driver.Name}, 🧭 내비게이터 {session.Navigator.Name}.";

        public override string HandedOver(PairSession before, PairSession after) =>
            $"넘겼습니다: 작업은 {after.Remote}/{after.SessionBranch}에 있습니다. {after.Driver.Name}의 클론에서 `./kata pair next`(또는 `pair start`)를 실행하면 키보드를 넘겨받습니다.";

        public override string TookOver(PairSession session) => $"{session.SessionBranch}을(를) 넘겨받았습니다: 이제 {session.Driver.Name}이(가) 입력합니다.";

        public override string Done(PairSession session) =>
            $"완료: 세션이 {session.BaseBranch}의 커밋 하나가 되었습니다. 저자 {session.Driver.Name}, 공동 저자 {session.Navigator.Name}. `git push`로 제출하세요.";

        public override string DoneEmpty(PairSession session) => $"완료: 세션에 바뀐 것이 없어 {session.BaseBranch}은(는) 그대로입니다.";

        public override string Stopped(PairSession session) =>
            $"이 클론의 세션을 끝냈습니다: 타이머와 공동 저자 훅이 없어졌습니다. 작업은 {session.SessionBranch}에 남아 있습니다.";

        public override string StoppedAfterDone(PairSession session) =>
            $"끝냈습니다: 세션은 {session.Remote}에서 합쳐졌습니다. {session.BaseBranch}로 돌아왔으니 `git pull`로 커밋을 받으세요.";

        public override string TimeLeft(PairSession session, DateTimeOffset now) =>
            now >= session.TurnEnds ? "시간이 다 되었습니다: 교대하세요 (./kata pair next)." : $"남은 시간: {Clock(session.TurnEnds - now)} / {session.Minutes:0.##}분 ({session.Turn}번째 차례).";

        public override string StepsDone(PairSession session) =>
            session.StepsDone.Count == 0 ? "함께 끝낸 단계: 아직 없음." : $"함께 끝낸 단계: {StepList.Describe(session.StepsDone)}.";

        public override string Branch(PairSession session) => $"브랜치: {session.Remote}의 {session.SessionBranch} ({session.BaseBranch}에서 시작).";

        public override string TimeUp(PairSession session) =>
            $"⏰ 시간이 다 되었습니다: 교대! 드라이버 {session.Navigator.Name}, 내비게이터 {session.Driver.Name}: ./kata pair next";

        public override string StepsGreen(PairSession session, IReadOnlyList<string> steps) =>
            $"✔ 함께 통과: {StepList.Describe(steps)}. 교대! 드라이버 {session.Navigator.Name}, 내비게이터 {session.Driver.Name}: ./kata pair next";

        public override string Questions(string kata) => $"페어 토론 ({kata}):";

        public override string DirtyAtTakeOver(string branch, string remote, IReadOnlyList<string> changes) =>
            $"이 클론에 커밋하지 않은 변경({Changes(changes)})이 있는데, 넘겨받을 작업은 {remote}/{branch}에 있습니다. 먼저 커밋하거나 stash 하세요(git stash). 아무것도 바꾸지 않았습니다.";

        public override string NotARepository(string root) =>
            $"{root}은(는) git 저장소가 아닙니다: 페어 세션은 git으로 작업을 주고받습니다. 저장소를 클론하고(git clone <url>) 그 클론에서 `./kata pair`를 실행하세요.";

        public override string AlreadyRuns(PairSession running) =>
            $"이 클론에서 이미 페어 세션이 진행 중입니다: 드라이버 {running.Driver.Name}, 내비게이터 {running.Navigator.Name}. `./kata pair next`로 넘겨주고, `./kata pair stop`으로 끝냅니다.";

        public override string DetachedHead => "HEAD가 어느 브랜치에도 있지 않습니다(detached HEAD): 먼저 내 브랜치로 전환하세요(git switch main).";

        public override string BothRolesOrNeither => "--driver와 --navigator를 둘 다 주거나 둘 다 빼세요(빼면 지난번 시작한 페어나 원격에 있는 세션을 씁니다).";

        public override string SamePerson(PairPerson person) => $"--driver와 --navigator가 둘 다 {person.Name}입니다: 페어는 두 사람이 합니다.";

        public override string WhoPairs => "누가 페어를 하나요? `./kata pair start --driver \"Ana <ana@example.com>\" --navigator \"Min <min@example.com>\"`.";

        public override string EarlierSessionBranch(string sessionBranch, string remote) =>
            $"이 클론에 이전 세션의 작업이 담긴 브랜치 {sessionBranch}이(가) 있는데, {remote}에는 없습니다. 남기거나(git merge {sessionBranch}) 지운 뒤(git branch -D {sessionBranch}) 다시 시작하세요.";

        public override string StartNotPushed(string sessionBranch, string remote, string error) =>
            $"{sessionBranch}을(를) {remote}에 push하지 못했습니다: {error} 아무것도 바꾸지 않았습니다.";

        public override string LocalCommitsAtJoin(string sessionBranch, string remote) =>
            $"브랜치 {sessionBranch}이(가) 달라졌습니다: 이 클론에 {remote}에는 없는 커밋이 있습니다. 먼저 push하거나 버리세요(git log {remote}/{sessionBranch}..{sessionBranch}).";

        public override string NotASession(string sessionBranch, string remote) =>
            $"{remote}/{sessionBranch}은(는) 이 도구가 시작한 페어 세션이 아닙니다(마지막 커밋에 페어가 적혀 있지 않습니다). 아무것도 바꾸지 않았습니다.";

        public override string SessionGone(PairSession session) =>
            $"{session.Remote}에서 {session.SessionBranch}이(가) 없어졌습니다: 짝이 세션을 끝냈나요(pair done)? `./kata pair stop`으로 이 클론의 세션을 끝낸 뒤 git switch {session.BaseBranch} && git pull 하세요.";

        public override string WrongBranch(PairSession session, string? branch) =>
            $"세션은 {session.SessionBranch}에서 작업하는데, 지금 체크아웃된 것은 {branch ?? "detached HEAD"}입니다. git switch {session.SessionBranch} 한 뒤 다시 실행하세요.";

        public override string BranchesDiverged(PairSession session) =>
            $"브랜치 {session.SessionBranch}이(가) 갈라졌습니다: {session.Remote}와 이 클론에 서로 없는 커밋이 있습니다. 아무것도 바꾸지 않았습니다. git으로 정리한 뒤(git pull --rebase {session.Remote} {session.SessionBranch}) 다시 실행하세요.";

        public override string HandOverNotPushed(PairSession session, string error) =>
            $"{session.Remote}에 push하지 못했습니다: {error} 아무것도 바꾸지 않았습니다. {session.Remote}에 연결되면 다시 실행하세요.";

        public override string RemoteAheadAtDone(PairSession session) =>
            $"브랜치 {session.SessionBranch}이(가) 달라졌습니다: {session.Remote}에 이 클론에 없는 작업이 있습니다. 먼저 `./kata pair next`로 넘겨받은 뒤 `./kata pair done` 하세요.";

        public override string BaseBranchMissing(PairSession session) =>
            $"세션을 시작한 브랜치 {session.BaseBranch}이(가) 이 클론에 없습니다(git branch {session.BaseBranch} {session.Remote}/{session.BaseBranch}).";

        public override string BaseBranchMoved(PairSession session) =>
            $"세션을 시작한 뒤 브랜치 {session.BaseBranch}이(가) 바뀌었습니다: 먼저 세션에 병합하고(git merge {session.BaseBranch}) `./kata pair done` 하세요.";

        public override string SessionBranchStays(PairSession session, string error) =>
            $"참고: {session.SessionBranch}은(는) {session.Remote}에 남아 있습니다({error}). 나중에 git push {session.Remote} --delete {session.SessionBranch}로 지우세요.";

        public override string NoRemote => "이 클론에는 원격(remote)이 없습니다: 페어는 원격을 거쳐 작업을 넘겨줍니다. 두 사람이 함께 push하는 저장소를 추가하세요: git remote add origin <url>.";

        public override string UnknownRemote(string asked, IReadOnlyList<string> remotes) => $"이 클론에는 '{asked}'라는 원격이 없습니다. 있는 원격: {string.Join(", ", remotes)}.";

        public override string WhichRemote(IReadOnlyList<string> remotes) =>
            $"어느 원격인가요? 이 클론에는 {string.Join(", ", remotes)}이(가) 있고 origin이라는 원격은 없습니다: --remote <이름>으로 정하세요.";

        public override string Unreachable(string remote, string error) =>
            $"원격 '{remote}'에 연결할 수 없습니다: {error} 아무것도 바꾸지 않았습니다. 연결되면 다시 실행하세요.";

        public override string Conflicts(IReadOnlyList<string> files) =>
            $"작업 트리의 {string.Join(", ", files)}에 충돌이 있습니다: 먼저 해결하세요(고친 뒤 git add). 아무것도 바꾸지 않았습니다.";

        public override string NotAName(string option, string text) =>
            $"{option} '{text}'은(는) 이름이 아닙니다: \"이름 <이메일>\"로 주세요. 예: {option} \"Ana <ana@example.com>\".";

        public override string UnknownName(string option, string name) =>
            $"{option} {name}: 이 클론에서 처음 보는 이름입니다. GitHub에 등록된 이메일과 함께 한 번 주세요. 예: {option} \"{name} <{MailName(name)}@example.com>\". 다음부터는 이름만 주어도 됩니다.";

        public override string GitStopped(string action, string error) => $"pair {action}을(를) 멈췄습니다: {error}";
    }
}
