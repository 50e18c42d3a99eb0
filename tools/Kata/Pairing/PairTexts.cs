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

    protected static string Clock(TimeSpan left) => left <= TimeSpan.Zero ? "0:00" : $"{(int)left.TotalMinutes}:{left.Seconds:00}";

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
    }
}
