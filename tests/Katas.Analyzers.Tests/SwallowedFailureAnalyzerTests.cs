namespace Katas.Analyzers.Tests;

public sealed class SwallowedFailureAnalyzerTests
{
    [Fact]
    public Task An_empty_catch_and_a_catch_that_reports_success_are_flagged() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Http;
            enum HealthStatus { Unhealthy, Degraded, Healthy }
            record ProbeResult(bool isHealthy, string Reason);
            class Checks
            {
                void Empty(Action probe)
                {
                    try { probe(); }
                    {|#0:catch |}{ }
                }

                bool True(Func<bool> probe)
                {
                    try { return probe(); }
                    {|#1:catch (HttpRequestException) |}{ return true; }
                }

                HealthStatus Status(Func<HealthStatus> probe)
                {
                    try { return probe(); }
                    {|#2:catch (Exception exception) when (exception is not OutOfMemoryException) |}{ Console.WriteLine(exception); return HealthStatus.Healthy; }
                }

                ProbeResult Result(Func<ProbeResult> probe)
                {
                    try { return probe(); }
                    {|#3:catch (TimeoutException) |}{ return new ProbeResult(isHealthy: true, Reason: "ok"); }
                }

                HealthStatus Cancelled(Func<HealthStatus> probe)
                {
                    // HttpClient's own timeout arrives as a TaskCanceledException: reporting it as healthy hides it.
                    try { return probe(); }
                    {|#4:catch (System.Threading.Tasks.TaskCanceledException) |}{ return HealthStatus.Healthy; }
                }

                System.Threading.Tasks.Task<ProbeResult> NotAsync(Func<ProbeResult> probe)
                {
                    try { return System.Threading.Tasks.Task.FromResult(probe()); }
                    {|#5:catch (Exception) |}{ return System.Threading.Tasks.Task.FromResult(new ProbeResult(true, "ok")); }
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "HttpRequestException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(2, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(3, "TimeoutException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(4, "TaskCanceledException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(5, "Exception"));

    [Fact]
    public Task Catches_that_report_the_failure_rethrow_or_catch_a_cancellation_are_not_flagged() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            enum HealthStatus { Unhealthy, Degraded, Healthy }
            class Checks
            {
                HealthStatus Reported(Func<HealthStatus> probe)
                {
                    try { return probe(); }
                    catch (Exception) { return HealthStatus.Unhealthy; }
                }

                void Rethrown(Action probe)
                {
                    try { probe(); }
                    catch (Exception exception) { throw new InvalidOperationException("probe failed", exception); }
                }

                async Task Stopping(Task loop)
                {
                    try { await loop; }
                    catch (OperationCanceledException) { }
                }

                async Task Cancelled(Task loop)
                {
                    try { await loop; }
                    catch (TaskCanceledException) { }
                }

                bool Nested(Func<bool> probe)
                {
                    try { return probe(); }
                    catch (Exception) { Func<bool> later = () => true; return false; }
                }
            }
            """);

    [Fact]
    public Task A_catch_that_sets_a_success_status_is_flagged_unless_it_throws() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Http;
            enum HealthStatus { Unhealthy, Healthy }
            class Checks
            {
                private HealthStatus _status;

                HealthStatus Status(Action probe)
                {
                    var status = HealthStatus.Unhealthy;
                    try { probe(); status = HealthStatus.Healthy; }
                    {|#0:catch (Exception) |}{ status = HealthStatus.Healthy; }
                    return status;
                }

                bool Flag(Action probe)
                {
                    var healthy = false;
                    try { probe(); healthy = true; }
                    {|#1:catch (HttpRequestException) |}{ healthy = true; }
                    return healthy;
                }

                void Field(Action probe)
                {
                    try { probe(); }
                    {|#2:catch |}{ _status = HealthStatus.Healthy; }
                }

                bool Failed(Action probe)
                {
                    var failed = false;
                    try { probe(); }
                    catch (Exception) { failed = true; }
                    return failed;
                }

                void Rethrown(Action probe)
                {
                    try { probe(); }
                    catch (Exception) { _status = HealthStatus.Healthy; throw; }
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "HttpRequestException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(2, "Exception"));

    [Fact]
    public Task Up_and_Pass_mean_success_only_on_a_status_type() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            enum ScaleDirection { Down, None, Up }
            enum ProbeState { Down, Up }
            class Scaler
            {
                ScaleDirection Direction(Func<ScaleDirection> decide)
                {
                    // Scaling up when the metrics cannot be read is a policy, not a reported success.
                    try { return decide(); }
                    catch (InvalidOperationException) { return ScaleDirection.Up; }
                }

                ProbeState State(Func<ProbeState> probe)
                {
                    try { return probe(); }
                    {|#0:catch (Exception) |}{ return ProbeState.Up; }
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"));

    [Fact]
    public Task An_empty_catch_of_an_object_disposed_at_shutdown_is_not_flagged_a_success_reported_there_is() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.IO;
            class Logger(Stream sink)
            {
                void Write(byte[] line)
                {
                    try { sink.Write(line); }
                    catch (ObjectDisposedException)
                    {
                        // The host stopped and closed the sink: nothing left to log to.
                    }
                }

                bool CheckHealth()
                {
                    try { sink.Flush(); return false; }
                    {|#0:catch (ObjectDisposedException) |}{ return true; }
                }

                void Other()
                {
                    try { sink.Flush(); }
                    {|#1:catch (IOException) |}{ }
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "ObjectDisposedException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "IOException"));

    [Fact]
    public Task An_empty_catch_around_a_disconnect_a_stop_a_shutdown_or_a_waiters_answer_is_not_flagged() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Sockets;
            using System.Threading.Tasks;
            class Client
            {
                public Task DisconnectAsync() => Task.CompletedTask;
                public void Stop() { }
                public Task ShutdownAsync() => Task.CompletedTask;
                public Task SendAsync() => Task.CompletedTask;
            }

            class Session(Client client, TaskCompletionSource<bool> reply)
            {
                async Task EndAsync()
                {
                    try { await client.DisconnectAsync(); }
                    catch { }

                    try { client.Stop(); }
                    catch (Exception) { }

                    try { await client.ShutdownAsync(); }
                    catch (SocketException) { }

                    // A reply that has already come in makes SetCanceled throw: the waiter has its answer.
                    try { reply.SetCanceled(); }
                    catch (Exception) { }

                    try { await client.SendAsync(); }
                    {|#0:catch |}{ }
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"));

    [Fact]
    public Task Outside_probing_code_an_empty_catch_of_one_local_exception_or_with_a_comment_that_says_why_is_not_flagged() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            using System.IO;
            class Proxy(Dictionary<string, string> headers, Stream upstream)
            {
                void Copy(string key, string value)
                {
                    try { headers.Add(key, value); }
                    catch (ArgumentException) { }

                    try { upstream.Flush(); }
                    catch (Exception)
                    {
                        // It's the subscriber's responsibility to report its own failures.
                    }

                    try { upstream.Flush(); }
                    {|#0:catch (IOException) |}{ }

                    try { upstream.Flush(); }
                    {|#1:catch (Exception) |}{ /* ignore */ }

                    try { upstream.Flush(); }
                    {|#2:catch |}{ // ignore
                    }
                }

                bool CheckHealth()
                {
                    try { upstream.Dispose(); }
                    catch { }
                    try { headers.Add("probe", "1"); return true; }
                    {|#3:catch (ArgumentException) |}{ }
                    try { upstream.Flush(); }
                    {|#4:catch (Exception) |}{ /* the next probe tells again */ }
                    return false;
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "IOException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(2, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(3, "ArgumentException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(4, "Exception"));

    [Fact]
    public Task Outside_probing_code_a_comment_just_above_the_catch_or_about_the_failure_just_above_the_try_says_why() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Threading.Tasks;
            class Streams(HttpClient http, Stream upstream)
            {
                async Task Manifest(string url)
                {
                    try { await http.GetStringAsync(url); }
                    // Some manifest addresses answer 404 for whatever reason
                    catch (HttpRequestException) { }

                    // Get the full path if possible, ignore errors like invalid characters
                    try { Path.GetFullPath(url); }
                    catch (SystemException) { }

                    /* Reading these may throw once the process has exited. */
                    try { upstream.Flush(); }
                    catch (IOException) { }

                    // Load the settings from the shared file
                    try { upstream.Flush(); }
                    {|#0:catch (IOException) |}{ }

                    // Some manifest addresses answer 404 for whatever reason

                    try { upstream.Flush(); }
                    {|#1:catch (IOException) |}{ }

                    // Return the error message to the user if the execution failed
                    try { await http.PostAsync(url, null); }
                    {|#3:catch |}{ }

                    try { upstream.Flush(); }
                    // ignore
                    {|#2:catch (Exception) |}{ }
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "IOException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "IOException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(2, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(3, "Exception"));

    [Fact]
    public Task Outside_probing_code_an_absent_file_a_logged_clean_up_a_callers_cancellation_and_an_explained_true_are_not_flagged() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.IO;
            using System.Threading;
            using System.Threading.Tasks;
            class RpcException(int status) : Exception { public int StatusCode { get; } = status; }
            class Logger { public void LogWarning(string message) { } }
            record Outcome(Exception Error);
            class FileStore(Logger logger)
            {
                string? ReadCache(string path)
                {
                    try { return File.ReadAllText(path); }
                    catch (FileNotFoundException) { }
                    catch (DirectoryNotFoundException) { }
                    {|#0:catch (IOException) |}{ }
                    return null;
                }

                void Remove(string path)
                {
                    try { logger.LogWarning("Deleting " + path); File.Delete(path); }
                    catch { }
                }

                void Load(string file)
                {
                    try { File.ReadAllBytes(file); }
                    catch (Exception) // not an assembly: skip this file then
                    {
                    }
                }

                void Kill(System.Diagnostics.Process process)
                {
                    try { process.Kill(); }
                    catch { }
                }

                async Task Save(Func<CancellationToken, Task> save, CancellationToken token)
                {
                    try { await save(token); }
                    catch (RpcException e) when (e.StatusCode == 1 && token.IsCancellationRequested) { }
                    try { await save(token); }
                    {|#1:catch (RpcException e) when (e.StatusCode == 1 && !token.IsCancellationRequested) |}{ }
                }

                // "Supported" and "started" are no health: outside probing code, a catch that says why or hands
                // the exception on decided what its true means.
                bool IsSupported(Func<bool> ask)
                {
                    try { return ask(); }
                    catch (RpcException)
                    {
                        // Reflection is unavailable: try the method and handle Unimplemented there.
                        return true;
                    }
                }

                bool Started(Func<Task> start, Action<Outcome> record)
                {
                    try { start(); return false; }
                    catch (Exception e) { record(new Outcome(e)); return true; }
                }

                bool IsListed(Func<bool> ask)
                {
                    try { return ask(); }
                    // An older server has no list: every name is taken as listed there.
                    catch (RpcException) { return true; }
                }

                bool CanWrite(Stream stream)
                {
                    try { return stream.CanWrite; }
                    {|#3:catch (Exception) |}{ return true; }
                }

                Task<bool> Logged(Task task, Logger log)
                {
                    try { return Task.FromResult(task.Wait(100)); }
                    {|#4:catch (Exception e) |}{ log.LogWarning(e.Message); return Task.FromResult(true); }
                }

                bool CheckHealth(Func<bool> ask)
                {
                    try { return ask(); }
                    {|#2:catch (RpcException) |}{ return true; }
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "IOException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "RpcException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(2, "RpcException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(3, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(4, "Exception"));

    [Fact]
    public Task In_code_named_like_probing_code_an_explained_catch_that_cannot_hide_a_target_is_not_flagged() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Diagnostics;
            using System.IO;
            using System.Text.RegularExpressions;
            using System.Threading.Tasks;
            using System.Xml;
            class FfProbe(Stream target, Func<Task> probe)
            {
                string Run(Process process, XmlReader reader, string rule)
                {
                    try { process.PriorityClass = ProcessPriorityClass.BelowNormal; }
                    catch
                    {
                        // We do not care if setting the priority fails.
                    }

                    try { if (!process.HasExited) { process.Kill(); } }
                    catch (Exception) // the process may have exited meanwhile
                    {
                    }

                    try { reader.Read(); }
                    catch (XmlException)
                    {
                        // A malformed tag must not fail the whole probing operation.
                    }

                    try { _ = new Regex(rule); }
                    catch (RegexParseException) { /* skip an invalid ignore rule */ }

                    try { process.PriorityClass = ProcessPriorityClass.BelowNormal; }
                    {|#0:catch |}{ }

                    try { target.Flush(); }
                    {|#1:catch (Exception) |}{ /* the next probe tells again */ }

                    try { probe(); }
                    {|#2:catch (Exception) |}{ /* the next probe tells again */ }

                    try { Helper(); }
                    {|#3:catch |}{ /* the next probe tells again */ }

                    return "";
                }

                async Task RunAsync(Process process)
                {
                    try { await process.WaitForExitAsync(); }
                    {|#4:catch |}{ /* the next probe tells again */ }
                }

                void Helper() { }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(2, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(3, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(4, "Exception"));

    [Fact]
    public Task A_timeout_that_answers_a_wait_and_a_not_found_status_are_not_flagged() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            enum StatusCode { Ok, NotFound, Unavailable }
            class RpcException(StatusCode status) : Exception { public StatusCode StatusCode { get; } = status; }
            class Channel(Func<TimeSpan, string> receive, List<Exception> faults)
            {
                string? message;

                bool TryReceive(TimeSpan timeout)
                {
                    try { message = receive(timeout); return true; }
                    catch (TimeoutException) { }
                    return false;
                }

                void EndPoll(TimeSpan timeout)
                {
                    try { message = receive(timeout); }
                    catch (TimeoutException) { }
                    catch (Exception e) { faults.Add(e); }
                }

                void Receive(TimeSpan timeout)
                {
                    try { message = receive(timeout); }
                    {|#0:catch (TimeoutException) |}{ }

                    try { message = receive(timeout); }
                    {|#1:catch (TimeoutException) |}{ }
                    catch (Exception) { message = null; }
                }

                void Delete(Action<string> delete)
                {
                    try { delete("key"); }
                    catch (RpcException e) when (e.StatusCode == StatusCode.NotFound) { }

                    try { delete("key"); }
                    {|#2:catch (RpcException e) when (e.StatusCode != StatusCode.NotFound) |}{ }
                }

                bool CheckHealth(Action<string> delete)
                {
                    try { delete("probe"); return true; }
                    {|#3:catch (RpcException e) when (e.StatusCode == StatusCode.NotFound) |}{ }
                    return false;
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "TimeoutException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "TimeoutException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(2, "RpcException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(3, "RpcException"));

    [Fact]
    public Task A_native_free_a_loop_of_closes_and_a_retried_clean_up_in_a_clean_up_member_are_not_flagged() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            static class ffmpeg { public static void avcodec_free_context(ref IntPtr context) { } public static long avio_size(IntPtr context) => 0; }
            static class Native { public static long GetFreeSpace(string drive) => 0; }
            class RetryPolicy { public Task RunWithRetryAsync(Func<Task> work) => work(); }
            class Client
            {
                public void Close(int timeout) { }
                public void Send(byte[] data) { }
                public bool IsAlive() => true;
                public Task CloseAsync() => Task.CompletedTask;
            }

            class Decoder(List<Client> clients, RetryPolicy closeRetryPolicy) : IDisposable
            {
                IntPtr _codecContext;

                public void Dispose()
                {
                    try
                    {
                        if (_codecContext != IntPtr.Zero)
                        {
                            var context = _codecContext;
                            ffmpeg.avcodec_free_context(ref context);
                            _codecContext = IntPtr.Zero;
                        }
                    }
                    catch { }

                    try
                    {
                        if (_codecContext != IntPtr.Zero)
                        {
                            ffmpeg.avio_size(_codecContext);
                        }
                    }
                    {|#0:catch |}{ }

                    try { Native.GetFreeSpace("C:"); }
                    {|#1:catch |}{ }
                }

                public void Disconnect()
                {
                    try
                    {
                        foreach (Client client in clients)
                        {
                            client.Close(0);
                        }
                    }
                    catch (Exception) { }

                    try { foreach (var client in clients.ToArray()) client.Send([1]); }
                    {|#2:catch (Exception) |}{ }

                    try { foreach (var client in clients) { client.Close(0); client.Send([0]); } }
                    {|#3:catch (Exception) |}{ }

                    try { if (clients[0].IsAlive()) clients[0].Close(0); }
                    {|#4:catch (Exception) |}{ }
                }

                async Task CleanUpAsync()
                {
                    try { await closeRetryPolicy.RunWithRetryAsync(CleanUpImplAsync).ConfigureAwait(true); }
                    catch (Exception) { }

                    try { await closeRetryPolicy.RunWithRetryAsync(() => clients[0].CloseAsync()); }
                    catch (Exception) { }

                    try { await closeRetryPolicy.RunWithRetryAsync(SendImplAsync); }
                    {|#5:catch (Exception) |}{ }
                }

                async Task SaveAsync()
                {
                    try { await closeRetryPolicy.RunWithRetryAsync(CleanUpImplAsync); }
                    {|#6:catch (Exception) |}{ }
                }

                Task CleanUpImplAsync() => clients[0].CloseAsync();

                Task SendImplAsync() { clients[0].Send([2]); return Task.CompletedTask; }
            }

            class Ticker(Task responseTask, Action complete) : IAsyncDisposable
            {
                public async ValueTask DisposeAsync()
                {
                    try
                    {
                        complete();
                        await responseTask;
                    }
                    {|#7:catch (Exception) |}{
                        // noop
                    }
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(2, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(3, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(4, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(5, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(6, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(7, "Exception"));

    [Fact]
    public Task A_log_line_written_into_a_text_box_is_not_flagged() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.IO;
            class TextBox { public void AppendText(string text) { } }
            class CheckBox { public bool Checked { get; set; } }
            class Message { public int Degree { get; set; } }
            class Form { public object Invoke(Delegate method) => null!; public object BeginInvoke(Delegate method) => null!; }
            class LogForm(TextBox textBox_log, TextBox textBox8, CheckBox checkBox_hex_log, StreamReader reader, Action send) : Form
            {
                void AppendLog(string text)
                {
                    try { textBox_log.AppendText($"{DateTime.Now:yyyy-MM-dd HH:mm:ss.fff} {text}{Environment.NewLine}"); }
                    catch { }

                    try { Invoke(() => textBox8.AppendText(text + Environment.NewLine)); }
                    catch { }
                }

                void OnLog(Message message)
                {
                    try
                    {
                        Invoke(new Action(() =>
                        {
                            if (checkBox_hex_log.Checked == false && message.Degree == 0) return;
                            if (checkBox_hex_log.Checked) textBox8.AppendText(message.ToString() + Environment.NewLine);
                        }));
                    }
                    catch { }

                    try { this.BeginInvoke((Action)(() => textBox8.AppendText("done"))); }
                    catch (Exception) { }
                }

                void NearMisses(string path, FileInfo file)
                {
                    try { textBox_log.AppendText("sending"); send(); }
                    {|#0:catch |}{ }

                    try { textBox_log.AppendText(reader.ReadLine()!); }
                    {|#1:catch |}{ }

                    try { File.AppendText(path); }
                    {|#2:catch |}{ }

                    try { file.AppendText(); }
                    {|#3:catch |}{ }

                    try { Invoke(() => { textBox8.AppendText("x"); send(); }); }
                    {|#4:catch |}{ }
                }
            }
            static class FileInfoExtensions { public static void AppendText(this FileInfo file) { } }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(2, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(3, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(4, "Exception"));

    [Fact]
    public Task Outside_probing_code_a_sockets_own_address_kept_for_display_is_not_flagged() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System.Net;
            using System.Net.Sockets;
            class Session
            {
                public EndPoint? LocalEndPoint { get; }
                public EndPoint? RemoteEndPoint { get; }

                public Session(Socket workSocket)
                {
                    try { LocalEndPoint = workSocket.LocalEndPoint; }
                    catch { }

                    try { RemoteEndPoint = workSocket.RemoteEndPoint; workSocket.Send(new byte[1]); }
                    {|#0:catch |}{ }
                }

                bool CheckHealth(Socket socket)
                {
                    EndPoint? remote = null;
                    try { remote = socket.RemoteEndPoint; }
                    {|#1:catch |}{ }
                    return remote is not null;
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "Exception"));

    [Fact]
    public Task On_the_way_out_a_cancel_and_a_wait_for_the_cancelled_or_bounded_loop_are_not_flagged() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            class Link
            {
                public Task DisconnectAsync() => Task.CompletedTask;
                public Task SendAsync() => Task.CompletedTask;
                public Task CloseAsync(CancellationToken token) => Task.CompletedTask;
                public void Close() { }
            }

            class Pump(Link link) : IAsyncDisposable, IDisposable
            {
                CancellationTokenSource? _stop = new();
                Task _reader = Task.CompletedTask;
                Task? _flusher;

                public async ValueTask DisposeAsync()
                {
                    try { _stop?.Cancel(); }
                    catch { }

                    try { await _reader.WaitAsync(TimeSpan.FromSeconds(3)).ConfigureAwait(false); }
                    catch (Exception) { }

                    try { await _flusher!.WaitAsync(CancellationToken.None); }
                    catch { }

                    // Cancelled above: the reader ends on its cancellation.
                    try { await _reader; }
                    catch { }

                    try
                    {
                        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                        await link.CloseAsync(deadline.Token);
                    }
                    catch { }
                }

                public void Dispose()
                {
                    try { link.DisconnectAsync().GetAwaiter().GetResult(); link.Close(); }
                    catch { }

                    try { link.SendAsync().GetAwaiter().GetResult(); }
                    {|#0:catch |}{ }
                }

                async Task LogoutInternalAsync()
                {
                    try { _stop?.Cancel(false); }
                    catch { }

                    if (_stop != null)
                    {
                        await _stop.CancelAsync().ConfigureAwait(false);
                    }

                    try { await _reader.ConfigureAwait(false); }
                    catch (Exception) { }
                }

                public async Task StopAsync()
                {
                    try { await _reader; }
                    {|#1:catch |}{ }

                    try { _stop!.Cancel(); await _reader; }
                    catch { }

                    try { await _reader.WaitAsync(TimeSpan.FromSeconds(1)); await link.SendAsync(); }
                    {|#2:catch |}{ }
                }

                async Task DrainAsync()
                {
                    try { _stop?.Cancel(); }
                    {|#3:catch |}{ }

                    try { await _reader.WaitAsync(TimeSpan.FromSeconds(1)); }
                    {|#4:catch |}{ }
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(2, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(3, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(4, "Exception"));

    [Fact]
    public Task Waiting_for_a_cancelled_loop_in_a_catch_that_rethrows_is_not_flagged() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            class Session(Func<Task> handshake)
            {
                readonly CancellationTokenSource _cts = new();
                Task _heartbeat = Task.CompletedTask;

                async Task OpenAsync()
                {
                    try { await handshake(); }
                    catch
                    {
                        _cts.Cancel();
                        try { await _heartbeat.ConfigureAwait(false); }
                        catch { }

                        throw;
                    }

                    try { await handshake(); }
                    catch (Exception e)
                    {
                        _cts.Cancel();
                        try { await _heartbeat; }
                        {|#0:catch |}{ }

                        Console.WriteLine(e);
                    }

                    try { await handshake(); }
                    catch
                    {
                        try { await _heartbeat; }
                        {|#1:catch |}{ }

                        throw;
                    }
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "Exception"));

    [Fact]
    public Task A_parse_that_answers_no_value_in_a_try_or_parse_member_is_not_flagged() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.IO;
            using System.Threading.Tasks;
            static class VersionText
            {
                static readonly Version Latest = new(9, 9);

                static Version? TryParseVersion(string text)
                {
                    try { return Version.Parse(text); }
                    catch { }
                    return null;
                }

                static bool TryReadPort(string text, out int port)
                {
                    port = 0;
                    try { port = ParsePort(text.Trim()); return true; }
                    catch (Exception) { }
                    return false;
                }

                static int ParsePort(string text) => int.Parse(text);

                static Guid GetTraceIdOrDefault(string text)
                {
                    try { return Guid.Parse(text); }
                    catch { }
                    return default;
                }

                static string? TryReadHeader(string path)
                {
                    try { return File.ReadAllText(path); }
                    {|#0:catch |}{ }
                    return null;
                }

                static Version? TryFetchVersion(Func<string> fetch)
                {
                    try { return Version.Parse(fetch()); }
                    {|#1:catch |}{ }
                    return null;
                }

                static Version? TryLoadVersion(string name)
                {
                    try { return Version.Parse(Lookup(name)); }
                    {|#2:catch |}{ }
                    return null;
                }

                static string Lookup(string name) => name;

                // Outside probing code the name no longer matters: a try that only parses text it has does local
                // work, whose failure is no dependency's (see A_catch_around_local_work_is_not_flagged...).
                static Version? ReadVersion(string text)
                {
                    try { return Version.Parse(text); }
                    catch { }
                    return null;
                }

                static Version? ParseVersionOrLatest(string text)
                {
                    try { return Version.Parse(text); }
                    catch { }
                    return Latest;
                }

                static async Task<Version?> TryGetVersionAsync(Task<string> pending)
                {
                    try { return Version.Parse(await pending); }
                    {|#3:catch |}{ }
                    return null;
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(2, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(3, "Exception"));

    [Fact]
    public Task A_catch_around_local_work_is_not_flagged_but_one_around_a_dependency_the_code_bases_own_work_or_a_library_is() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Reflection;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using Vendor.Sdk;

            namespace Vendor.Sdk
            {
                public static class Telemetry { public static void Track(string name) { } }
            }

            namespace Microsoft.Extensions.Logging
            {
                public interface ILogger<T> { }
                public static class LoggerExtensions { public static void LogError<T>(this ILogger<T> logger, Exception e, string message) { } }
            }

            namespace Shop
            {
                class Logger { public void Write(string line) { } }
                class Session { public void LogIn() { } }

                class Worker(ILogger<Worker> logger, Logger log, Session session, HttpClient http, Func<int> next)
                {
                    readonly CancellationTokenSource _stop = new();

                    string? Version(Type type)
                    {
                        try { return type.GetProperty("Version", BindingFlags.Static | BindingFlags.Public)?.GetValue(null)?.ToString(); }
                        catch { }
                        return null;
                    }

                    void Guarded(Exception failure)
                    {
                        try { logger.LogError(failure, "Request failed"); }
                        catch { }

                        try { log.Write(failure.Message); }
                        catch (Exception) { }
                    }

                    async Task Pause(CancellationToken token)
                    {
                        try { await Task.Delay(TimeSpan.FromSeconds(5), token).ConfigureAwait(false); }
                        catch (Exception) { }
                    }

                    // A constant of a package the compilation cannot see is no call: the try still only parses.
                    void AddClaim(System.Collections.Generic.List<System.Security.Claims.Claim> claims, string value)
                    {
                        try
                        {
                            System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(value);
                            claims.Add(new System.Security.Claims.Claim("address", value, {|CS0103:IdentityServerConstants|}.ClaimValueTypes.Json));
                        }
                        catch { }
                    }

                    async Task Work()
                    {
                        try { await http.GetStringAsync("status"); }
                        {|#0:catch |}{ }

                        try { _ = File.ReadAllText("cache.json"); }
                        {|#1:catch |}{ }

                        try { session.LogIn(); }
                        {|#2:catch |}{ }

                        try { Telemetry.Track("work"); }
                        {|#3:catch |}{ }

                        try { _ = next(); }
                        {|#4:catch |}{ }

                        try { _stop.Cancel(); }
                        {|#5:catch |}{ }

                        try { await Task.Yield(); await Task.Run(() => 1); }
                        {|#6:catch |}{ }

                        try { {|CS0103:Billing|}.Send("work"); }
                        {|#7:catch |}{ }
                    }
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(2, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(3, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(4, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(5, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(6, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(7, "Exception"));

    [Fact]
    public Task A_loggers_own_catch_of_everything_is_not_flagged_outside_probing_code_but_its_catch_of_one_failure_is() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Threading.Tasks;

            interface ILogger { void Log(string line); }

            // A logger must never fail the code that logs: it drops a line it cannot write.
            sealed class RollingFileAppender(string path)
            {
                public void Append(string line)
                {
                    try { File.AppendAllText(path, line + Environment.NewLine); }
                    catch (Exception)
                    {
                        try { Console.Error.WriteLine("Encountered an error while writing log to file"); }
                        catch (Exception) { }
                    }
                }
            }

            sealed class TelemetrySink(HttpClient http) : ILogger
            {
                public void Log(string line)
                {
                    try { http.PostAsync("track", new StringContent(line)).Wait(); }
                    catch { }
                }
            }

            sealed class FileLogger(string path)
            {
                public void Write(string line)
                {
                    try { File.AppendAllText(path, line); }
                    {|#1:catch (IOException) |}{ }
                }
            }

            sealed class Uploader(HttpClient http)
            {
                public void Upload(string line)
                {
                    try { http.PostAsync("upload", new StringContent(line)).Wait(); }
                    {|#0:catch |}{ }
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "IOException"));

    [Fact]
    public Task Outside_probing_code_a_true_that_answers_a_question_about_trouble_and_a_reason_beside_a_pragma_are_not_flagged() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.IO;
            using System.Threading;

            static class Files
            {
                // True means "locked": the catch reports the failure it caught.
                public static bool IsFileLocked(string path)
                {
                    try { using var stream = File.Open(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None); return false; }
                    catch (IOException) { return true; }
                }

                public static bool IsInUse(string path)
                {
                    try { File.OpenWrite(path).Dispose(); return false; }
                    catch (IOException) { return true; }
                }

                // A question after something good: its true on a failure is success reported.
                public static bool IsWritable(string path)
                {
                    try { File.OpenWrite(path).Dispose(); return true; }
                    {|#0:catch (IOException) |}{ return true; }
                }

                public static bool Unlocked(string path)
                {
                    try { File.OpenWrite(path).Dispose(); return false; }
                    {|#1:catch (IOException) |}{ return true; }
                }
            }

            sealed class Reservations(Func<string, CancellationTokenSource?> find)
            {
                public void Cancel(string id)
                {
                    if (find(id) is { } source)
                    {
                        try
                        {
                            source.Cancel();
                        }
            #pragma warning disable CA1031 // We are ok catching all exceptions here
                        catch (Exception)
                        {
                        }
            #pragma warning restore CA1031
                    }
                }

                public void CancelQuietly(string id)
                {
                    if (find(id) is { } source)
                    {
                        try
                        {
                            source.Cancel();
                        }
            #pragma warning disable CA1031
                        {|#2:catch (Exception)
                        |}{
                        }
            #pragma warning restore CA1031
                    }
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "IOException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "IOException"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(2, "Exception"));

    [Fact]
    public Task A_catch_around_a_parse_into_the_code_bases_own_auto_property_is_not_flagged_one_around_a_property_with_a_body_is() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync("""
            using System;
            using System.IO;
            using System.Text.Json;

            record ErrorBody(string Code, string Message);

            sealed class ApiException : Exception
            {
                public ApiException(string body)
                {
                    try { Error = JsonSerializer.Deserialize<ErrorBody>(body); Code = Error?.Code; }
                    catch (Exception) { }
                }

                public ErrorBody? Error { get; private set; }

                public string? Code { get; init; }

                public string Cached => File.ReadAllText("error-cache.json");

                public string? Describe()
                {
                    try { return Cached; }
                    {|#0:catch |}{ }
                    return null;
                }
            }
            """,
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"));

    [Fact]
    public Task A_parse_through_a_json_library_or_of_a_network_value_is_local_work_a_call_of_another_library_is_not() =>
        Verify<SwallowedFailureAnalyzer>.AnalyzerAsync(
            """
            using System;
            using System.IO;
            using System.Net;
            using Newtonsoft.Json;
            using Vendor.Sdk;

            class Responses
            {
                object? Parse(string content)
                {
                    object? result = null;
                    try { result = JsonConvert.DeserializeObject(content); }
                    catch (Exception) { }
                    return result;
                }

                object? Read(string content)
                {
                    object? result = null;
                    try
                    {
                        using var reader = new JsonTextReader(new StringReader(content));
                        result = reader.Value;
                    }
                    catch { }
                    return result;
                }

                string? Address(string text)
                {
                    string? address = null;
                    try { address = IPAddress.Parse(text).ToString(); }
                    catch { }
                    return address;
                }

                bool TryParseEmailDomain(string email, out string? domain)
                {
                    try
                    {
                        domain = new System.Net.Mail.MailAddress(email).Host;
                        return true;
                    }
                    catch (Exception) { }

                    domain = null;
                    return false;
                }

                bool TryReadSettings(string path, out string? text)
                {
                    try
                    {
                        text = File.ReadAllText(path);
                        return true;
                    }
                    {|#0:catch (Exception) |}{ }

                    text = null;
                    return false;
                }

                void Track(string name)
                {
                    try { Telemetry.Track(name); }
                    {|#1:catch |}{ }
                }
            }
            """,
            [
                Library.Compile("Newtonsoft.Json", """
                    namespace Newtonsoft.Json
                    {
                        public static class JsonConvert { public static object? DeserializeObject(string value) => null; }
                        public sealed class JsonTextReader(System.IO.TextReader reader) : System.IDisposable
                        {
                            public object? Value => reader.Peek();
                            public void Dispose() { }
                        }
                    }
                    """),
                Library.Compile("Vendor.Sdk", "namespace Vendor.Sdk { public static class Telemetry { public static void Track(string name) { } } }"),
            ],
            Verify<SwallowedFailureAnalyzer>.Diagnostic(0, "Exception"),
            Verify<SwallowedFailureAnalyzer>.Diagnostic(1, "Exception"));
}
