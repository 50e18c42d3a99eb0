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
                    await Task.Yield();
                    return {|#3:answer.Result|} + {|#4:answer.GetAwaiter().GetResult()|};
                }

                async Task AllAsync(Task<int> answer, Task done)
                {
                    {|#2:Task.WaitAll(done, answer)|};
                    await Task.Yield();
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
                async Task<int> LoopAsync(Task<int> answer, Task<int> other, Task done)
                {
                    {|#0:Thread.Sleep(1000)|};
                    {|#1:done.Wait()|};
                    return {|#3:answer.Result|}.GetHashCode() + {|#4:other.GetAwaiter().GetResult()|};
                }

                async Task AllAsync(Task<int> answer, Task done) => {|#2:Task.WaitAll(done, answer)|};
            }
            """, """
            using System.Threading;
            using System.Threading.Tasks;
            class Poller
            {
                async Task<int> LoopAsync(Task<int> answer, Task<int> other, Task done)
                {
                    await Task.Delay(1000);
                    await done;
                    return (await answer).GetHashCode() + (await other);
                }

                async Task AllAsync(Task<int> answer, Task done) => await Task.WhenAll(done, answer);
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "Thread.Sleep(1000)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(1, "done.Wait()"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(2, "Task.WaitAll(done, answer)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(3, "answer.Result"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(4, "other.GetAwaiter().GetResult()"));

    [Fact]
    public Task Thread_Sleep_in_a_loop_is_polling_whatever_the_method_is_called() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            using System.Threading;
            class Worker
            {
                private volatile bool _stop;

                void Run()
                {
                    while (!_stop)
                    {
                        Console.WriteLine("tick");
                        {|#0:Thread.Sleep(1000)|};
                    }
                }

                void Retry(Action send)
                {
                    for (var attempt = 0; attempt < 3; attempt++)
                    {
                        try { send(); return; }
                        catch (TimeoutException) { {|#1:Thread.Sleep(100)|}; }
                    }
                }

                // Not polling: one pause, or a sleep in a lambda that runs elsewhere.
                void Once() => Thread.Sleep(10);

                void Later(List<Action> actions)
                {
                    for (var i = 0; i < 3; i++) actions.Add(() => Thread.Sleep(10));
                }
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "Thread.Sleep(1000)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(1, "Thread.Sleep(100)"));

    [Fact]
    public Task A_task_that_has_already_finished_is_not_a_blocking_wait() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            class HealthChecker
            {
                async Task<bool[]> CheckAllAsync(IEnumerable<Task<bool>> probes)
                {
                    var tasks = probes.ToArray();
                    await Task.WhenAll(tasks);
                    return tasks.Select(t => t.Result).ToArray();
                }

                async Task<int> BothAsync(Task<int> a, Task<int> b)
                {
                    await Task.WhenAll(a, b).ConfigureAwait(false);
                    var sum = a.Result + b.GetAwaiter().GetResult();
                    foreach (var t in new[] { a, b }) sum += t.Result;
                    return sum;
                }

                async Task<int> LoopAsync(List<Task<int>> tasks)
                {
                    await Task.WhenAll(tasks);
                    var sum = 0;
                    foreach (var t in tasks) sum += t.Result;
                    return sum + tasks[0].Result;
                }

                async Task<int> FirstAsync(Task<int> a, Task<int> b)
                {
                    var first = await Task.WhenAny(a, b);
                    return first.Result + (await Task.WhenAny(a, b)).Result;
                }

                int Ready(Task<int> a) => a.IsCompletedSuccessfully ? a.Result : -1;

                async Task<Dictionary<string, bool>> ByNameAsync(Dictionary<string, Task<bool>> checks)
                {
                    await Task.WhenAll(checks.Values);
                    var answers = new Dictionary<string, bool>();
                    foreach (var pair in checks) answers[pair.Key] = pair.Value.Result;
                    return answers;
                }

                async Task<string?> FirstFailureAsync(List<Task<string?>> renewals)
                {
                    await Task.WhenAll(renewals).ConfigureAwait(false);
                    var failed = renewals.FirstOrDefault(t => t.Result != null);
                    return failed?.Result;
                }

                async Task<int> WithinAsync(Task<int> a, System.TimeSpan timeout)
                {
                    await a.WaitAsync(timeout).ConfigureAwait(false);
                    return a.Result;
                }

                // A repository's helper that opens a connection, awaits the work the lambda returns, and closes it.
                static async Task UsingAsync(System.IO.Stream connection, System.Func<System.IO.Stream, Task> work)
                {
                    await work(connection);
                    connection.Dispose();
                }

                async Task<int> ReadAsync(System.IO.Stream connection, byte[] buffer)
                {
                    Task<int> read = null!;
                    await UsingAsync(connection, c => read = c.ReadAsync(buffer, 0, buffer.Length));
                    return read.Result;
                }

                // The same where the lambda's call does not bind (a package the compilation cannot see).
                async Task<int> CountAsync(System.IO.Stream connection)
                {
                    Task<int> count = null!;
                    await UsingAsync(connection, c => count = c.{|CS1061:CountRowsAsync|}("SELECT COUNT(*)"));
                    return count.Result;
                }

                static async Task Main()
                {
                    await Task.Yield();
                    System.Console.WriteLine(Task.FromResult(1).Result);
                    Task.CompletedTask.Wait();
                }
            }
            """);

    [Fact]
    public Task A_task_read_through_a_conditional_access_after_its_WhenAll_is_not_reported_but_one_that_was_not_awaited_is() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System.IO;
            using System.Threading.Tasks;
            class ProcessOutput
            {
                async Task<string> ReadAllAsync(TextReader output, TextReader? error)
                {
                    var outputTask = output.ReadToEndAsync();
                    var errorTask = error?.ReadToEndAsync();
                    await Task.WhenAll(outputTask, errorTask ?? Task.CompletedTask);
                    return outputTask.Result + errorTask?.Result;
                }

                async Task<string> ReadFirstAsync(TextReader output, TextReader? error)
                {
                    var outputTask = output.ReadToEndAsync();
                    var errorTask = error?.ReadToEndAsync();
                    await outputTask;
                    return outputTask.Result + errorTask?{|#0:.Result|};
                }
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "errorTask?.Result"));

    [Fact]
    public Task A_task_that_may_still_run_is_reported_even_after_a_WhenAll_or_WhenAny() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            class HealthChecker
            {
                async Task<int> OtherAsync(Task<int> a, Task<int> b)
                {
                    await Task.WhenAll(a);
                    return {|#0:b.Result|};
                }

                async Task<int> LoserAsync(Task<int> a, Task<int> b)
                {
                    await Task.WhenAny(a, b);
                    return {|#1:a.Result|};
                }

                // The lambda stores the task but gives back another one: the call awaited waited only for that.
                async Task<int> StoredNotReturnedAsync(System.Func<System.Func<Task>, Task> run, Task<int> slow)
                {
                    Task<int> kept = null!;
                    await run(() => { kept = slow; return Task.CompletedTask; });
                    var early = {|#5:kept.Result|};
                    await run(() => kept = slow);
                    return early + kept.Result;
                }

                async Task<int> TooEarlyAsync(Task<int>[] tasks)
                {
                    var first = {|#2:tasks[0].Result|};
                    await Task.WhenAll(tasks);
                    return first;
                }

                async Task<bool> OthersAsync(Dictionary<string, Task<bool>> checks, List<Task<bool>> others)
                {
                    await Task.WhenAll(others);
                    var any = false;
                    foreach (var pair in checks) any |= {|#3:pair.Value.Result|};
                    var picked = checks.Values.FirstOrDefault();
                    return any && picked is not null && {|#4:picked.Result|};
                }
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "b.Result"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(1, "a.Result"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(2, "tasks[0].Result"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(3, "pair.Value.Result"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(4, "picked.Result"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(5, "kept.Result"));

    [Fact]
    public Task The_fix_awaits_in_lambdas_catches_finally_blocks_and_operators_and_leaves_a_conditional_access_alone() =>
        Verify<BlockingWaitAnalyzer, AwaitInsteadOfBlockingCodeFix>.CodeFixAsync("""
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            class Poller
            {
                Task Run() => Task.Run(async () => { {|#0:Thread.Sleep(10)|}; await Task.Yield(); });
                async Task<int> A(Task<int> t) { try { return 1; } catch (Exception) { return {|#1:t.Result|}; } finally { {|#2:Thread.Sleep(TimeSpan.FromSeconds(1))|}; } }
                async Task<string> B(Task<int> t) => $"{ {|#3:t.Result|} }";
                async Task<int> C(Task<int> t) => -{|#4:t.Result|};
                async Task<bool> D(Task<bool> t) => !{|#5:t.Result|};
                async Task<object> E(Task<int> t) => (object){|#6:t.Result|};
                async Task<int?> F(Task<int>? t) => t?{|#7:.Result|};
            }
            """, """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            class Poller
            {
                Task Run() => Task.Run(async () => { await Task.Delay(10); await Task.Yield(); });
                async Task<int> A(Task<int> t) { try { return 1; } catch (Exception) { return await t; } finally { await Task.Delay(TimeSpan.FromSeconds(1)); } }
                async Task<string> B(Task<int> t) => $"{await t }";
                async Task<int> C(Task<int> t) => -(await t);
                async Task<bool> D(Task<bool> t) => !(await t);
                async Task<object> E(Task<int> t) => (object)(await t);
                async Task<int?> F(Task<int>? t) => t?{|#7:.Result|};
            }
            """,
            [
                Verify<BlockingWaitAnalyzer>.Diagnostic(0, "Thread.Sleep(10)"),
                Verify<BlockingWaitAnalyzer>.Diagnostic(1, "t.Result"),
                Verify<BlockingWaitAnalyzer>.Diagnostic(2, "Thread.Sleep(TimeSpan.FromSeconds(1))"),
                Verify<BlockingWaitAnalyzer>.Diagnostic(3, "t.Result"),
                Verify<BlockingWaitAnalyzer>.Diagnostic(4, "t.Result"),
                Verify<BlockingWaitAnalyzer>.Diagnostic(5, "t.Result"),
                Verify<BlockingWaitAnalyzer>.Diagnostic(6, "t.Result"),
                Verify<BlockingWaitAnalyzer>.Diagnostic(7, "t?.Result"),
            ],
            remaining: [Verify<BlockingWaitAnalyzer>.Diagnostic(7, "t?.Result")]);

    [Fact]
    public Task A_wait_an_async_Main_makes_before_its_first_await_is_on_the_main_thread_and_is_not_flagged() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Threading.Tasks;
            static class Tool
            {
                static Task<string> ReadSettingsAsync() => Task.Run(() => "settings");
                static Task SendAsync(string text) => Task.Run(() => Console.WriteLine(text));

                static async Task Main()
                {
                    var settings = ReadSettingsAsync().Result;
                    ReadSettingsAsync().Wait();
                    // A lambda runs whenever it is called, here after the await below.
                    Func<Task<string>> later = async () => {|#1:ReadSettingsAsync().Result|};
                    // The result is read before the first await suspends anything.
                    await SendAsync(ReadSettingsAsync().Result);
                    var after = {|#0:ReadSettingsAsync().Result|};
                    Console.WriteLine(settings + after + await later());
                }
            }

            static class Looper
            {
                static async Task<int> Main()
                {
                    while (true)
                    {
                        // The second time round it runs after the await below, on a pool thread.
                        Console.WriteLine({|#2:Task.Run(() => 1).Result|});
                        await Task.Delay(1000);
                    }
                }
            }

            sealed class Service
            {
                // Not an entry point: an async method's wait holds whatever thread runs it.
                public async Task Main()
                {
                    {|#3:Task.Delay(1).Wait()|};
                    await Task.Yield();
                }
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "ReadSettingsAsync().Result"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(1, "ReadSettingsAsync().Result"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(2, "Task.Run(() => 1).Result"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(3, "Task.Delay(1).Wait()"));

    [Fact]
    public Task A_wait_in_top_level_statements_before_their_first_await_is_not_flagged() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerInConsoleProgramAsync("""
            using System;
            using System.Threading.Tasks;

            var token = Task.Run(() => "token").Result;
            await Task.Delay(1);
            var user = {|#0:Task.Run(() => "user").Result|};
            Console.WriteLine(token + user);
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "Task.Run(() => \"user\").Result"));

    [Fact]
    public Task With_in_synchronous_code_false_only_waits_in_async_code_are_flagged() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System.Threading;
            using System.Threading.Tasks;
            sealed class HealthChecker
            {
                // Probing code, but synchronous: the option leaves it alone.
                public bool Check(Task<bool> probe) => probe.Result;

                public void Poll()
                {
                    while (true) Thread.Sleep(1000);
                }

                public async Task<bool> CheckAsync(Task<bool> probe)
                {
                    await Task.Yield();
                    return {|#0:probe.Result|};
                }

                public Task<bool> CheckLater(Task<bool> probe) => Task.FromResult({|#1:probe.Result|});
            }
            """,
            "SPOF006.in_synchronous_code = false",
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "probe.Result"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(1, "probe.Result"));

    [Fact]
    public async Task From_the_package_only_waits_in_async_code_are_reported_unless_a_project_asks_for_synchronous_code_too()
    {
        const string SynchronousProbe = "class HealthChecker { bool Check(System.Threading.Tasks.Task<bool> probe) => probe.Result; }";
        const string AsyncProbe = "class HealthChecker { async System.Threading.Tasks.Task<bool> CheckAsync(System.Threading.Tasks.Task<bool> probe) { await System.Threading.Tasks.Task.Yield(); return probe.Result; } }";
        var package = AllRules.PackageConfiguration;
        var asksForMore = ("/app/.editorconfig", "root = true\n[*.cs]\nSPOF006.in_synchronous_code = true\n");

        Assert.Equal(["SPOF006"], await RulesFiring.InAsync(SynchronousProbe));
        Assert.Empty(await RulesFiring.WithConfigFilesAsync(SynchronousProbe, "/app/C.cs", [package]));
        Assert.Equal(["SPOF006"], await RulesFiring.WithConfigFilesAsync(SynchronousProbe, "/app/C.cs", [package, asksForMore]));
        Assert.Equal(["SPOF006"], await RulesFiring.WithConfigFilesAsync(AsyncProbe, "/app/C.cs", [package]));
    }

    [Fact]
    public Task A_loop_that_sleeps_on_a_synchronous_Mains_own_thread_is_not_flagged() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System.Threading;
            using System.Threading.Tasks;
            static class Blinker
            {
                static void Main()
                {
                    while (true)
                    {
                        Thread.Sleep(500);
                    }
                }
            }

            static class Worker
            {
                static async Task Main()
                {
                    await Task.Yield();
                    while (true)
                    {
                        {|#0:Thread.Sleep(500)|};
                    }
                }
            }

            static class Starter
            {
                static void Main() => Task.Run(() => { while (true) { {|#1:Thread.Sleep(500)|}; } });
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "Thread.Sleep(500)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(1, "Thread.Sleep(500)"));

    [Fact]
    public Task A_sleep_on_a_thread_the_code_starts_itself_or_that_only_Main_calls_is_not_flagged() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System.Threading;
            using System.Threading.Tasks;
            sealed class SerialReader
            {
                private volatile bool _stop;

                public SerialReader()
                {
                    var thread = new Thread(ReadLoop) { IsBackground = true };
                    thread.Start();
                }

                private void ReadLoop()
                {
                    while (!_stop)
                    {
                        Thread.Sleep(50);
                    }
                }

                public void StartSender() => new Thread(() => { while (!_stop) Thread.Sleep(10); }).Start();

                public Task StartLongRunning() =>
                    Task.Factory.StartNew(() => { while (!_stop) Thread.Sleep(10); }, TaskCreationOptions.LongRunning);

                public void StartDrain() => new Thread(new ParameterizedThreadStart(this.Drain)).Start(null);

                private void Drain(object? state)
                {
                    while (!_stop) Thread.Sleep(10);
                }
            }

            static class Program
            {
                static void Main() => Run();

                private static void Run()
                {
                    while (true) Poll();
                }

                private static void Poll()
                {
                    while (true) Thread.Sleep(1000);
                }
            }
            """);

    [Fact]
    public Task A_dying_thread_parked_in_the_unhandled_exception_handler_is_not_flagged() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            sealed class ServiceHost
            {
                public void Run()
                {
                    AppDomain.CurrentDomain.UnhandledException += CatchUnhandledException;
                    AppDomain.CurrentDomain.UnhandledException += new UnhandledExceptionEventHandler(Park);
                    AppDomain.CurrentDomain.UnhandledException += (sender, e) => { while (true) Thread.Sleep(1000); };
                }

                // Topshelf keeps the process up while the service stops: the crashing thread serves nothing any more.
                private void CatchUnhandledException(object sender, UnhandledExceptionEventArgs e)
                {
                    while (true) Thread.Sleep(TimeSpan.FromHours(1));
                }

                private void Park(object sender, UnhandledExceptionEventArgs e)
                {
                    while (true) Thread.Sleep(1000);
                }
            }

            sealed class Dispatcher
            {
                public event EventHandler? UnhandledException;
            }

            sealed class Window
            {
                private readonly Dispatcher _dispatcher = new();

                public void Show()
                {
                    // Not the AppDomain's event: this thread lives on.
                    _dispatcher.UnhandledException += OnDispatcherCrash;
                    AppDomain.CurrentDomain.UnhandledException += OnCrash;
                    Task.Run(() => OnCrash(this, null!));
                }

                private void OnDispatcherCrash(object? sender, EventArgs e)
                {
                    while (true) {|#0:Thread.Sleep(1000)|};
                }

                // Also run on the pool.
                private void OnCrash(object sender, UnhandledExceptionEventArgs e)
                {
                    while (true) {|#1:Thread.Sleep(1000)|};
                }
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "Thread.Sleep(1000)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(1, "Thread.Sleep(1000)"));

    [Fact]
    public Task A_sleep_in_a_method_only_a_synchronous_Main_in_another_type_calls_is_not_flagged() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System.Threading;
            using System.Threading.Tasks;
            static class Program
            {
                static void Main()
                {
                    var test = new ThroughputTest();
                    test.RunTest();
                    Drainer.Drain();
                }
            }

            static class AsyncProgram
            {
                static async Task Main()
                {
                    await Task.Yield();
                    new Spinner().Spin();
                }
            }

            sealed class ThroughputTest
            {
                private int _running;

                internal void RunTest()
                {
                    while (_running > 0) Thread.Sleep(1000);
                }
            }

            static class Drainer
            {
                internal static void Drain()
                {
                    while (true) {|#0:Thread.Sleep(10)|};
                }

                // Drain also runs on the pool.
                internal static Task DrainLater() => Task.Run(() => Drain());
            }

            sealed class Spinner
            {
                // Called after an await in an async Main: a pool thread's.
                internal void Spin()
                {
                    while (true) {|#1:Thread.Sleep(10)|};
                }
            }

            public sealed class Library
            {
                // A library's visible method: callers outside this compilation are not seen.
                public void Poll()
                {
                    while (true) {|#2:Thread.Sleep(10)|};
                }
            }

            static class LibraryProgram
            {
                static void Main() => new Library().Poll();
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "Thread.Sleep(10)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(1, "Thread.Sleep(10)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(2, "Thread.Sleep(10)"));

    [Fact]
    public Task A_sleep_in_a_sample_only_Main_runs_through_the_programs_own_interface_is_not_flagged() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Threading;
            interface ISample
            {
                void Run();
            }

            abstract class Demo
            {
                public abstract void Show();
            }

            sealed class EchoSample : ISample
            {
                private volatile bool _done;

                public void Run()
                {
                    while (!_done) Thread.Sleep(15);
                }
            }

            sealed class ChatDemo : Demo
            {
                private volatile bool _done;

                public override void Show()
                {
                    while (!_done) Thread.Sleep(15);
                }
            }

            // The interface and the base method are not this program's: code that never names them may call them.
            sealed class Session : IDisposable
            {
                private volatile bool _open = true;

                public void Dispose()
                {
                    while (_open) {|#0:Thread.Sleep(15)|};
                }

                public override string ToString()
                {
                    while (_open) {|#1:Thread.Sleep(15)|};
                    return "session";
                }
            }

            static class Program
            {
                private static readonly ISample[] Samples = { new EchoSample() };

                static void Main()
                {
                    ((ISample)Activator.CreateInstance(Samples[0].GetType())!).Run();
                    Demo demo = new ChatDemo();
                    demo.Show();
                    var session = new Session();
                    session.Dispose();
                    Console.WriteLine(session.ToString());
                }
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "Thread.Sleep(15)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(1, "Thread.Sleep(15)"));

    [Fact]
    public Task A_sleeping_loop_in_a_UI_event_handler_is_still_flagged() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Threading;
            class Form { }
            sealed class FormTcpDebug : Form
            {
                // The UI thread serves every window: a loop that sleeps there stalls them all, and the fix is the same.
                private void button1_Click(object sender, EventArgs e)
                {
                    for (var i = 0; i < 3; i++) {|#0:Thread.Sleep(100)|};
                }
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "Thread.Sleep(100)"));

    [Fact]
    public Task A_game_loop_in_the_UI_threads_idle_time_is_not_flagged_and_other_UI_loops_are() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Threading;
            static class Application
            {
                public static event EventHandler? Idle;
                public static void Run(object form) { }
            }

            static class Game
            {
                private static bool IsQueueEmpty => true;
                private static bool StillIdle => IsQueueEmpty;
                private static int _frames;

                static void Start()
                {
                    Application.Idle += Tick;
                    Application.Idle += new EventHandler(Render);
                    Application.Idle += (sender, e) => { while (StillIdle) Thread.Sleep(1); };
                    Application.Idle += Spin;
                    Application.Idle += Pump;
                    Application.Run(new object());
                }

                // Ends as soon as a window message arrives: the sleep delays the windows by one frame at most.
                private static void Tick(object? sender, EventArgs e)
                {
                    while (StillIdle)
                    {
                        _frames++;
                        Thread.Sleep(1);
                    }
                }

                private static void Render(object? sender, EventArgs e)
                {
                    do
                    {
                        _frames++;
                        Thread.Sleep(2);
                    }
                    while (StillIdle);
                }

                // Does not ask whether the windows are waiting: holds them until it ends.
                private static void Spin(object? sender, EventArgs e)
                {
                    while (_frames < 100) { _frames++; {|#0:Thread.Sleep(1)|}; }
                }

                // The inner loop does not give the UI thread back.
                private static void Pump(object? sender, EventArgs e)
                {
                    while (StillIdle)
                    {
                        for (var i = 0; i < 10; i++) {|#1:Thread.Sleep(1)|};
                    }
                }

                // Also called from a click: not only the idle time's.
                private static void Step(object? sender, EventArgs e)
                {
                    while (StillIdle) {|#2:Thread.Sleep(1)|};
                }

                static void Wire()
                {
                    Application.Idle += Step;
                    Step(null, EventArgs.Empty);
                }
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "Thread.Sleep(1)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(1, "Thread.Sleep(1)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(2, "Thread.Sleep(1)"));

    [Fact]
    public Task Work_handed_to_the_code_bases_own_thread_wrapper_is_not_flagged() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            sealed class BackgroundJob
            {
                public event Action? Work;
                public event Action? Finished;
                private Thread? _thread;

                public void Start()
                {
                    _thread = new Thread(Body) { IsBackground = true };
                    _thread.Start();
                }

                private void Body()
                {
                    RaiseWork();
                    Finished?.Invoke();
                }

                private void RaiseWork() => Work?.Invoke();
            }

            sealed class Pump
            {
                private readonly Action _step;

                public Pump(Action step) => _step = step ?? throw new ArgumentNullException(nameof(step));

                public void Start() => new Thread(() => { _step(); }).Start();

                public static void Spawn(ThreadStart body) => new Thread(body).Start();
            }

            sealed class Uploader
            {
                private volatile bool _done;

                public void Begin()
                {
                    var job = new BackgroundJob();
                    job.Work += Retry;
                    job.Work += () => { while (!_done) Thread.Sleep(100); };
                    job.Start();
                    new Pump(() => { while (!_done) Thread.Sleep(50); }).Start();
                    Pump.Spawn(Drain);
                }

                private void Retry()
                {
                    while (!_done) Thread.Sleep(1000);
                }

                private void Drain()
                {
                    while (!_done) Thread.Sleep(10);
                }
            }
            """);

    [Fact]
    public Task Work_handed_to_a_wrapper_that_runs_it_on_the_pool_or_the_callers_thread_is_flagged() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            sealed class PoolJob
            {
                public event Action? Work;

                public void Start() => Task.Run(() => Work?.Invoke());
            }

            sealed class Runner
            {
                private Action? _body;

                public void RunNow(Action body) => body();

                public void Keep(Action body) => _body = body;

                public void Start() => new Thread(() => _body?.Invoke()).Start();

                public void Poke() => _body?.Invoke();
            }

            sealed class Caller
            {
                private volatile bool _done;

                public void Begin()
                {
                    var job = new PoolJob();
                    job.Work += () => { while (!_done) {|#0:Thread.Sleep(100)|}; };
                    var runner = new Runner();
                    runner.RunNow(() => { while (!_done) {|#1:Thread.Sleep(100)|}; });
                    runner.Keep(() => { while (!_done) {|#2:Thread.Sleep(100)|}; });
                }
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "Thread.Sleep(100)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(1, "Thread.Sleep(100)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(2, "Thread.Sleep(100)"));

    [Fact]
    public Task A_sleep_that_a_pool_thread_may_run_is_flagged_and_a_yield_is_not() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            sealed class Worker
            {
                private volatile bool _stop;

                public void Start()
                {
                    new Thread(Loop).Start();
                    ThreadPool.QueueUserWorkItem(_ => Loop());
                }

                // Started as a thread, and queued to the pool as well.
                private void Loop()
                {
                    while (!_stop) {|#0:Thread.Sleep(100)|};
                }

                public Task StartTask() => Task.Run(() => Spin());

                private void Spin()
                {
                    while (!_stop) {|#1:Thread.Sleep(5)|};
                }

                public void StartAsync() => new Thread(async () => { await Task.Yield(); {|#2:Thread.Sleep(5)|}; }).Start();

                // Thread.Sleep(0) gives up the rest of the time slice and returns: a yield, not a wait.
                public async Task SpinAsync()
                {
                    while (!_stop)
                    {
                        Thread.Sleep(0);
                        Thread.Sleep(TimeSpan.Zero);
                        await Task.Yield();
                    }
                }
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "Thread.Sleep(100)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(1, "Thread.Sleep(5)"),
            Verify<BlockingWaitAnalyzer>.Diagnostic(2, "Thread.Sleep(5)"));

    [Fact]
    public Task The_antecedent_of_a_continuation_has_finished_and_another_task_in_it_has_not() =>
        Verify<BlockingWaitAnalyzer>.AnalyzerAsync("""
            using System.Threading.Tasks;
            class Watcher
            {
                Task<int> Next(Task<int> task, Task<int> other)
                {
                    var first = task.ContinueWith(t => t.GetAwaiter().GetResult() + 1);
                    return first.ContinueWith(t => t.Result + {|#0:other.Result|});
                }
            }
            """,
            Verify<BlockingWaitAnalyzer>.Diagnostic(0, "other.Result"));
}
