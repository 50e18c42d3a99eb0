namespace Katas.Analyzers.Tests;

/// <summary>Code that is legal, half-written, or strange, around the shapes the SPOF rules look at.</summary>
public static class OddCode
{
    public static TheoryData<string, string> Samples() => new()
    {
        { "fields stepped by text and fractions", """
            class Query
            {
                private string _query = "";
                private char _separator = ',';
                private double _weight;
                private int _next;
                public void Add(string search, bool full)
                {
                    _query += "&s=";
                    _query += full ? "&f=y" : "";
                    _separator = _separator == ',' ? ';' : ',';
                    _weight += 0.5;
                    _next = _next == 3 ? 0 : _next + 1;
                    if (_query == "[*]") { _query = " "; }
                }
            }
            """ },
        { "top-level statements", """
            using System.Net.Http;
            var client = new HttpClient();
            var next = 0;
            string[] backends = ["a", "b"];
            Console.WriteLine(backends[next++ % backends.Length]);
            await client.GetStringAsync(new Uri("http://10.0.0.5/"));
            Thread.Sleep(1);
            """ },
        { "incomplete syntax", """
            class Balancer { int _next; string[] _b; string Pick() => _b[_next++ % ;
            void Probe() { try { new HttpClient( } catch ( }
            record R(int Min, int Max) { R() : this(min: 3, max: 3
            """ },
        { "generics and partial types", """
            using System.Collections.Generic;
            partial class Pool<T> where T : notnull { private int _next; public T Pick(IReadOnlyList<T> items) => items[_next++ % items.Count]; }
            partial class Pool<T> { public Pool(IEnumerable<T> backends) { } public static Pool<T> One(T item) => new Pool<T>(new[] { item }); }
            class ReplicaSet<TReplica> { public ReplicaSet(int min, int max) { } static ReplicaSet<TReplica> Fixed() => new(min: 2, max: 2); }
            """ },
        { "records and primary constructors", """
            using System;
            using System.Net.Http;
            record Endpoint(Uri Address) { public static Endpoint Local { get; } = new(new Uri("http://localhost:80/")); }
            record struct Counter(int Value) { public int Next() => Value++; }
            class Probe(HttpClient client) { public System.Threading.Tasks.Task<string> CheckAsync() => client.GetStringAsync("http://db:5432"); }
            """ },
        { "lambdas local functions and nested catches", """
            using System;
            using System.Threading.Tasks;
            class Checks
            {
                Func<Task<bool>> Make(Task<bool> probe) => async () =>
                {
                    bool Local() { try { return probe.Result; } catch { return true; } }
                    try { return await probe; } catch (Exception) { Func<bool> f = () => true; return f() && Local(); }
                };
            }
            """ },
        { "odd members and operators", """
            using System;
            unsafe class Weird
            {
                static int s_next;
                int* _pointer;
                public static Weird operator ++(Weird w) => w;
                Weird _self = new();
                int[] _items = new int[4];
                void Steps() { _self++; s_next += 2; var x = _items[s_next] ; s_next = (s_next + 1) % 4; (*_pointer)++; }
                event Action? Changed;
                int this[int i] { get => _items[i]; set => _items[i] = value; }
                void Raise() { Changed?.Invoke(); this[s_next++] = 1; }
            }
            """ },
        { "interfaces collection expressions and spreads", """
            using System;
            using System.Collections.Generic;
            interface IBalancer { static IBalancer Create(IEnumerable<Uri> destinations) => null!; }
            class Startup
            {
                void Go(Uri[] many, Uri one)
                {
                    IBalancer.Create([one]);
                    IBalancer.Create([.. many]);
                    IBalancer.Create([]);
                    IBalancer.Create(destinations: [one, .. many]);
                }
            }
            """ },
        { "strings that look like endpoints", """
            using System;
            using System.IO;
            class Strings
            {
                const string A = "http://";
                const string B = "::1";
                const string C = ":";
                const string D = "host:99999";
                const string E = "Server=;Database=x";
                Uri U() => new Uri(A + B);
                string F() => File.ReadAllText("/");
                string G() => File.ReadAllText(@"C:\");
                void H() => new System.Net.DnsEndPoint("", 0);
                Uri I() => new Uri($"http://{B}/");
            }
            """ },
        { "file-scoped types stackalloc default and unsafe", """
            using System;
            using System.Net.Http;
            file sealed class Local { public int Next; }
            file record struct Pair(int Min, int Max);
            unsafe file static class Raw
            {
                static int s_next;
                static delegate*<int, int> s_step = &Step;
                static int Step(int x) => x + 1;
                static int Pick(int* items, int count) { int* p = items; p++; return items[s_next++ % count] + (*p)++; }
                static void Span() { Span<int> slots = stackalloc int[4]; slots[s_next++ % slots.Length] = default; int n = default; n++; }
                static Uri Target(bool b) => new Uri(b ? "http://10.0.0.5/" : default!);
                static HttpClient Client() => new(default(HttpMessageHandler)!) { Timeout = default };
            }
            """ },
        { "interpolated and raw strings", """"
            using System;
            using System.Net.Http;
            using System.IO;
            class Strings(HttpClient client)
            {
                const string Host = "10.0.0.5";
                const string Url = $"http://{Host}:8080/";
                static readonly string s_many = "http://a/", s_raw = """http://10.0.0.6/""";
                Uri A() => new Uri(Url);
                Uri B() => new Uri($"""http://{Host}/health""");
                Uri C() => new Uri(s_raw);
                Uri D(int port) => new Uri($"http://{Host}:{port}/");
                ReadOnlySpan<byte> E() => "http://10.0.0.5/"u8;
                string F() => File.ReadAllText($"/etc/{Host}/app.conf");
                System.Threading.Tasks.Task<string> G() => client.GetStringAsync(s_many);
            }
            """" },
        { "local functions lambdas and async streams", """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            class Poller
            {
                int _next;
                int[] _items = [1, 2, 3];
                async IAsyncEnumerable<int> PollAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
                {
                    while (!token.IsCancellationRequested)
                    {
                        static int Pick(int[] items, ref int next) => items[next++ % items.Length];
                        async Task<int> LocalAsync() { await Task.Yield(); Thread.Sleep(1); return _items[_next++ % _items.Length]; }
                        yield return Pick(_items, ref _next) + await LocalAsync();
                        var all = await Task.WhenAll(Enumerable.Range(0, 3).Select(async i => { await Task.Yield(); return i; }));
                        Func<Task<int>, int> read = t => t.Result;
                        yield return all.Sum() + read(Task.FromResult(1));
                    }
                }
                async Task ConsumeAsync() { await foreach (var x in PollAsync()) { Thread.Sleep(x); } }
                int Recurse(int n) => n <= 0 ? 0 : Recurse(n - 1) + Task.Run(() => n).Result;
            }
            """ },
        { "guards and waits in strange places", """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            class Guards
            {
                private readonly Lock _lock = new();
                private readonly SemaphoreSlim? _gate = null;
                private int _n;
                private int[] _b = new int[3];
                int A() { using (null as IDisposable) { return _b[_n++ % _b.Length]; } }
                int B() { try { return _b[_n++ % _b.Length]; } finally { } }
                int C() { try { return _b[_n++ % _b.Length]; } finally { _gate?.Release(); } }
                int D() { using var _ = _lock.EnterScope(), __ = (IDisposable?)null; return _b[_n++ % _b.Length]; }
                int E() { lock (this) { Func<int> f = () => _b[_n++ % _b.Length]; return f(); } }
                async Task<int> F(Task<int>[] tasks) { await Task.WhenAll([.. tasks]); return tasks[^1].Result + (await (await Task.WhenAny(tasks))); }
                async Task<int> G(Task<int> t) { if (t.IsCompleted is var done && done) { } await Task.Yield(); return t.Status == TaskStatus.RanToCompletion ? t.Result : 0; }
                async Task<int> H(Task<int>? t) { await Task.WhenAll(t!); return t!.Result; }
                void I(Task t) { Task.WaitAll(); Task.WaitAll([t]); t.Wait(); }
                async Task J(Task<Task<int>> nested) { await Task.WhenAny(await nested); _ = (await nested).Result; }
                int K { get { while (true) { Thread.Sleep(1); return _n = _n == 2 ? 0 : _n + 1; } } }
            }
            """ },
        { "catches in odd places", """
            using System;
            using System.Threading.Tasks;
            enum HealthStatus { Unhealthy, Healthy }
            class Catches
            {
                HealthStatus _status;
                HealthStatus A() { try { throw new Exception(); } catch when (true) { } return default; }
                HealthStatus B() { try { } catch (Exception e) when (e is { Message: "" }) { try { } catch { _status = HealthStatus.Healthy; throw; } } return _status; }
                bool C() { try { return false; } catch (Exception) { (_status, var ok) = (HealthStatus.Healthy, true); return ok; } }
                bool D() { try { return false; } catch { var local = true; bool healthy; healthy = local; return healthy; } }
                async Task<bool> E() { try { await Task.Yield(); return false; } catch (Exception) { return await Task.FromResult(true); } }
                bool F() => throw new NotSupportedException();
                Func<bool> G() => () => { try { return false; } catch { return true; } };
                bool H() { try { return false; } catch { goto end; } end: return true; }
                bool I() { try { return false; } catch { checked { _status = (HealthStatus)1; } return !false; } }
            }
            """ },
        { "newer language features", """
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            public partial class Settings
            {
                public partial string Endpoint { get; }
                public required int MinReplicas { get; init; }
                public required int MaxReplicas { get; init; }
                public static Settings Fixed() => new() { MinReplicas = 2, MaxReplicas = 2 };
            }
            public partial class Settings { public partial string Endpoint => "http://10.0.0.5/"; }
            public ref struct Walker { public int Next; public Span<int> Items; public int Step() => Items[Next++ % Items.Length]; }
            [System.Runtime.CompilerServices.InlineArray(4)] public struct Four { private Uri _first; }
            public static class Ext
            {
                public static void Route(params IEnumerable<Uri> backends) { }
                public static void Use() { Route(new Uri("http://10.0.0.7/")); Route([new Uri("http://10.0.0.8/")]); Route(); }
                public static T Sum<T>(T a, T b) where T : System.Numerics.INumber<T> => a + b;
                public static object Pattern(object o) => o is int[] [var first, .., var last] ? first + last : o switch { string { Length: > 0 } s => s, _ => 0 };
            }
            """ },
        { "half-written code around every rule", """
            using System;
            using System.Net.Http;
            class Half
            {
                int _n; int[] _b;
                void A() { _n = (_n + ) % _b.Length; _b[_n] = 0; }
                void B() { new Uri( }
                void C() { new HttpClient { Timeout = }; }
                void D() { try { } catch (Exception { return true; } }
                void E() { System.Threading.Thread.Sleep( while (true) { } }
                void F() { System.IO.File.ReadAllText("/etc/app.conf" }
                void G() { new Scaler(min: 2, max: }
                void H() { _n = _n == 1 ? : _n + 1; }
                async System.Threading.Tasks.Task I(System.Threading.Tasks.Task<int> t) { await System.Threading.Tasks.Task.WhenAll(; _ = t.Result; }
                static readonly string s_x = ; Uri J() => new Uri(s_x);
            }
            """ },
        { "empty file", "" },
        { "only trivia", "// nothing but a comment\n#if NEVER\nclass X { }\n#endif\n" },
    };
}
