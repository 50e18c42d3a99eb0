namespace Katas.Analyzers.Tests;

/// <summary>Code that is legal, half-written, or strange, around the shapes the SPOF rules look at.</summary>
public static class OddCode
{
    public static TheoryData<string, string> Samples() => new()
    {
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
        { "empty file", "" },
        { "only trivia", "// nothing but a comment\n#if NEVER\nclass X { }\n#endif\n" },
    };
}
