using Katas.Analyzers.CodeFixes;

namespace Katas.Analyzers.Tests;

public sealed class BlockingWaitAnalyzerTests
{
    [Fact]
    public Task Blocking_waits_in_async_and_probing_code_are_flagged() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System.Threading;
            using System.Threading.Tasks;
            class Poller
            {
                async Task<int> LoopAsync(Task<int> answer, Task done)
                {
                    {|#0:Thread.Sleep(1000)|};
                    {|#1:done.Wait()|};
                    {|#2:Task.WaitAll(done, answer)|};
                    await Task.Yield();
                    return {|#3:answer.Result|} + {|#4:answer.GetAwaiter().GetResult()|};
                }

                bool CheckHealth(Task<bool> probe) => {|#5:probe.Result|};
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "Thread.Sleep(1000)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(1, "done.Wait()"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(2, "Task.WaitAll(done, answer)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(3, "answer.Result"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(4, "answer.GetAwaiter().GetResult()"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(5, "probe.Result"));

    [Fact]
    public Task Awaits_and_synchronous_code_elsewhere_are_not_flagged() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System.Threading;
            using System.Threading.Tasks;
            class Report
            {
                async Task<int> GoodAsync(Task<int> answer)
                {
                    await Task.Delay(1000);
                    return await answer;
                }

                // A console tool's synchronous Main, not probing code: blocking is its business.
                int Print(Task<int> answer)
                {
                    Thread.Sleep(10);
                    return answer.Result;
                }

                int Completed(Task<int> answer) => answer.IsCompletedSuccessfully ? 1 : 0;
            }
            """);

    [Fact]
    public Task The_fix_awaits_instead_of_blocking_inside_async_methods() =>
        Verify<BlockingWaitAnalyzer, AwaitInsteadOfBlockingCodeFix>.CodeFixAsync("""
            using System.Threading;
            using System.Threading.Tasks;
            class Poller
            {
                async Task<int> LoopAsync(Task<int> answer, Task done)
                {
                    {|#0:Thread.Sleep(1000)|};
                    {|#1:done.Wait()|};
                    {|#2:Task.WaitAll(done, answer)|};
                    return {|#3:answer.Result|}.GetHashCode() + {|#4:answer.GetAwaiter().GetResult()|};
                }
            }
            """, """
            using System.Threading;
            using System.Threading.Tasks;
            class Poller
            {
                async Task<int> LoopAsync(Task<int> answer, Task done)
                {
                    await Task.Delay(1000);
                    await done;
                    await Task.WhenAll(done, answer);
                    return (await answer).GetHashCode() + (await answer);
                }
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "Thread.Sleep(1000)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(1, "done.Wait()"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(2, "Task.WaitAll(done, answer)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(3, "answer.Result"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(4, "answer.GetAwaiter().GetResult()"));
}
