using Katas.Analyzers.CodeFixes;

namespace Katas.Analyzers.Tests;

public sealed class NonAtomicCounterAnalyzerTests
{
    [Fact]
    public Task A_rotation_counter_advanced_without_Interlocked_or_a_lock_is_flagged() =>
        Verify<NonAtomicCounterAnalyzer>.AnalyzerAsync("""
            class Balancer(string[] backends)
            {
                private int _next;
                private int _cursor;
                private long _round;

                public string A() => backends[{|#0:_next++|} % backends.Length];

                public string B()
                {
                    {|#1:_cursor = (_cursor + 1) % backends.Length|};
                    return backends[_cursor];
                }

                public string C()
                {
                    {|#2:_round += 1|};
                    return backends[_round % backends.Length];
                }

                private int _turn;

                public string D()
                {
                    {|#3:_turn = _turn + 1|};
                    return backends[_turn % backends.Length];
                }
            }
            """,
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(0, "_next"),
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(1, "_cursor"),
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(2, "_round"),
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(3, "_turn"));

    [Fact]
    public Task Interlocked_a_lock_a_constructor_and_counters_that_pick_nothing_are_not_flagged() =>
        Verify<NonAtomicCounterAnalyzer>.AnalyzerAsync("""
            using System.Threading;
            class Balancer
            {
                private readonly string[] _backends;
                private readonly object _gate = new();
                private int _next;
                private int _locked;
                private int _requests;
                private int _run;

                Balancer(string[] backends)
                {
                    _backends = backends;
                    _next++;
                }

                public string Atomic() => _backends[((Interlocked.Increment(ref _next) - 1) & 0x7FFFFFFF) % _backends.Length];

                public string Locked()
                {
                    lock (_gate)
                    {
                        return _backends[_locked++ % _backends.Length];
                    }
                }

                // Statistics and run lengths are counters, but not rotation counters.
                public void Count()
                {
                    _requests++;
                    if (_requests % 100 == 0) System.Console.WriteLine("another hundred");
                }

                public int Record(bool same) => same ? ++_run : _run = 1;

                // A for loop that walks a ring buffer within one call iterates; it does not rotate.
                private readonly long[] _slots = new long[8];
                private int _oldest;
                public long Drain(int upTo)
                {
                    long sum = 0;
                    for (; _oldest < upTo; _oldest++)
                    {
                        sum += _slots[_oldest % _slots.Length];
                    }

                    return sum;
                }
            }
            """);

    [Fact]
    public Task The_fix_uses_Interlocked_and_keeps_the_value_each_form_had() =>
        Verify<NonAtomicCounterAnalyzer, UseInterlockedCodeFix>.CodeFixAsync("""
            class Balancer(string[] backends)
            {
                private int _next;
                private int _turn;
                private int _step;

                public string Next() => backends[{|#0:_next++|} % backends.Length];
                public string Turn() => backends[{|#1:++_turn|} % backends.Length];
                public void Skip(int n)
                {
                    {|#2:_step += n|};
                    {|#3:_next--|};
                }
                public string Step() => backends[_step % backends.Length];
            }
            """, """
            using System.Threading;

            class Balancer(string[] backends)
            {
                private int _next;
                private int _turn;
                private int _step;

                public string Next() => backends[((Interlocked.Increment(ref _next) - 1) & int.MaxValue) % backends.Length];
                public string Turn() => backends[(Interlocked.Increment(ref _turn) & int.MaxValue) % backends.Length];
                public void Skip(int n)
                {
                    Interlocked.Add(ref _step, n);
                    Interlocked.Decrement(ref _next);
                }
                public string Step() => backends[_step % backends.Length];
            }
            """,
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(0, "_next"),
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(1, "_turn"),
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(2, "_step"),
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(3, "_next"));

    [Fact]
    public Task A_step_guarded_by_a_semaphore_Monitor_or_a_Lock_scope_is_not_flagged() =>
        Verify<NonAtomicCounterAnalyzer>.AnalyzerAsync("""
            using System.Threading;
            using System.Threading.Tasks;
            class Balancer(string[] backends)
            {
                private readonly SemaphoreSlim _semaphore = new(1, 1);
                private readonly Lock _lock = new();
                private readonly object _gate = new();
                private int _a, _b, _c, _d, _e;

                public async Task<string> Async()
                {
                    await _semaphore.WaitAsync();
                    try { return backends[_a++ % backends.Length]; }
                    finally { _semaphore.Release(); }
                }

                public string Scoped()
                {
                    using var scope = _lock.EnterScope();
                    return backends[_b++ % backends.Length];
                }

                public string Block()
                {
                    using (_lock.EnterScope())
                    {
                        return backends[_c++ % backends.Length];
                    }
                }

                public string Monitored()
                {
                    Monitor.Enter(_gate);
                    try { return backends[_d++ % backends.Length]; }
                    finally { Monitor.Exit(_gate); }
                }

                public string LockType()
                {
                    lock (_lock) { return backends[_e++ % backends.Length]; }
                }
            }
            """);

    [Fact]
    public Task A_finally_that_releases_nothing_and_a_wrap_with_a_conditional_are_flagged() =>
        Verify<NonAtomicCounterAnalyzer>.AnalyzerAsync("""
            using System;
            class Balancer(string[] backends)
            {
                private int _next;
                private int _cursor;

                public string Logged()
                {
                    try { return backends[{|#0:_next++|} % backends.Length]; }
                    finally { Console.WriteLine("picked"); }
                }

                public string Wrapped()
                {
                    {|#1:_cursor = _cursor == backends.Length - 1 ? 0 : _cursor + 1|};
                    return backends[_cursor];
                }
            }
            """,
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(0, "_next"),
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(1, "_cursor"));

    [Fact]
    public Task The_fix_handles_long_static_and_lambda_counters_and_leaves_an_unsigned_step_back_alone() =>
        Verify<NonAtomicCounterAnalyzer, UseInterlockedCodeFix>.CodeFixAsync("""
            class Balancer(string[] backends)
            {
                private uint _u;
                private long _l;
                public static int s_next;
                public void Back(uint n) { {|#0:_u -= n|}; }
                public string Pick() => backends[_u % backends.Length];
                public string Long() => backends[{|#1:_l++|} % backends.Length];
                public string Static() => backends[{|#2:Balancer.s_next++|} % backends.Length];
                public System.Func<string> Later() => () => backends[{|#3:s_next++|} % backends.Length];
            }
            """, """
            using System.Threading;

            class Balancer(string[] backends)
            {
                private uint _u;
                private long _l;
                public static int s_next;
                public void Back(uint n) { {|#0:_u -= n|}; }
                public string Pick() => backends[_u % backends.Length];
                public string Long() => backends[((Interlocked.Increment(ref _l) - 1) & long.MaxValue) % backends.Length];
                public string Static() => backends[((Interlocked.Increment(ref Balancer.s_next) - 1) & int.MaxValue) % backends.Length];
                public System.Func<string> Later() => () => backends[((Interlocked.Increment(ref s_next) - 1) & int.MaxValue) % backends.Length];
            }
            """,
            [
                Verify<NonAtomicCounterAnalyzer>.Diagnostic(0, "_u"),
                Verify<NonAtomicCounterAnalyzer>.Diagnostic(1, "_l"),
                Verify<NonAtomicCounterAnalyzer>.Diagnostic(2, "s_next"),
                Verify<NonAtomicCounterAnalyzer>.Diagnostic(3, "s_next"),
            ],
            remaining: [Verify<NonAtomicCounterAnalyzer>.Diagnostic(0, "_u")]);

    [Fact]
    public Task State_one_thread_uses_a_cursor_that_never_wraps_and_a_remainder_test_are_not_flagged() =>
        Verify<NonAtomicCounterAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections;
            using System.Collections.Generic;
            using System.IO;
            namespace Orleans { public abstract class Grain { } }
            namespace Shop
            {
                // Tries each server once per request: an index that only grows walks the list, nothing rotates.
                sealed class ServersToTry(Uri[] servers)
                {
                    private int _nextIndex;
                    public Uri Next() => _nextIndex < servers.Length ? servers[_nextIndex++] : throw new InvalidOperationException("All servers failed.");
                }

                // A queue that its owner only touches under the owner's lock.
                sealed class InputQueue<T>
                {
                    private readonly object _gate = new();
                    private readonly ItemQueue _items = new();
                    public void Add(T item) { lock (_gate) { _items.Enqueue(item); } }
                    public T Take() { lock (_gate) { return _items.Dequeue(); } }

                    private sealed class ItemQueue
                    {
                        private readonly T[] _slots = new T[8];
                        private int _head;
                        private int _count;
                        public void Enqueue(T item) => EnqueueCore(item);
                        private void EnqueueCore(T item) { _slots[(_head + _count) % _slots.Length] = item; _count++; }
                        public T Dequeue() { var item = _slots[_head]; _head = (_head + 1) % _slots.Length; _count--; return item; }
                    }
                }

                // A helper that its callers call with the lock held.
                sealed class Scheduler(List<string> queues)
                {
                    private int _next;
                    public string Pick() { lock (queues) { return Next_NeedsLock(); } }
                    private string Next_NeedsLock() { _next = (_next + 1) % queues.Count; return queues[_next]; }
                }

                // One reader, one enumeration, one grain call at a time.
                sealed class CircularStream(Stream[] files) : Stream
                {
                    private int _current;
                    public void Switch() => _current = (_current + 1) % files.Length;
                    public override void Write(byte[] buffer, int offset, int count) => files[_current].Write(buffer, offset, count);
                    public override bool CanRead => false;
                    public override bool CanSeek => false;
                    public override bool CanWrite => true;
                    public override long Length => 0;
                    public override long Position { get => 0; set { } }
                    public override void Flush() { }
                    public override int Read(byte[] buffer, int offset, int count) => 0;
                    public override long Seek(long offset, SeekOrigin origin) => 0;
                    public override void SetLength(long value) { }
                }

                sealed class Chunks(List<int> chunk) : IEnumerator<int>
                {
                    private int _index = -1;
                    public int Current => chunk[_index % chunk.Count];
                    object IEnumerator.Current => Current;
                    public bool MoveNext() => ++_index < chunk.Count;
                    public void Reset() => _index = -1;
                    public void Dispose() { }
                }

                sealed class GameGrain : Orleans.Grain
                {
                    private readonly string[] _players = ["x", "o"];
                    private int _turn;
                    public string Move() { _turn = (_turn + 1) % _players.Length; return _players[_turn]; }
                }

                // A copy of a tuple in a lambda, and a divisibility test.
                sealed class Misc(char[] chars)
                {
                    private long _number = 3;
                    public Func<(int First, int Count), char> Blank => state => chars[state.First++ % chars.Length];
                    public bool NextIsPrime(long divisor) { _number += 2; return _number % divisor != 0; }
                }
            }
            """);

    [Fact]
    public Task An_index_set_back_to_zero_and_a_helper_called_once_without_the_lock_are_flagged() =>
        Verify<NonAtomicCounterAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            sealed class Balancer(string[] backends)
            {
                private int _next;
                public string Next()
                {
                    var backend = backends[_next];
                    {|#0:_next++|};
                    if (_next == backends.Length) _next = 0;
                    return backend;
                }
            }

            sealed class Scheduler(List<string> queues)
            {
                private int _turn;
                public string Pick() { lock (queues) { return Turn(); } }
                public string Peek() => Turn();
                private string Turn() { {|#1:_turn = (_turn + 1) % queues.Count|}; return queues[_turn]; }
            }
            """,
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(0, "_next"),
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(1, "_turn"));

    [Fact]
    public Task A_private_types_step_called_only_under_the_owners_lock_is_not_flagged_beside_another_collections_call_of_the_same_name() =>
        Verify<NonAtomicCounterAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            sealed class DocumentationProvider
            {
                private readonly Cache _cache = new(50);
                private readonly List<string> _names = new();

                public void Remember(string key, string text)
                {
                    _names.Add(key);
                    lock (_cache) { _cache.Add(key, text); }
                }

                private sealed class Cache(int size)
                {
                    private readonly string[] _keys = new string[size];
                    private int _position;
                    public void Add(string key, string text)
                    {
                        _keys[_position] = key;
                        _position++;
                        if (_position == _keys.Length) _position = 0;
                    }
                }
            }

            sealed class RouteTable
            {
                private readonly Ring _ring = new(8);
                private readonly List<string> _routes = new();

                public void Learn(string route)
                {
                    _routes.Add(route);
                    lock (_ring) { _ring.Add(route); }
                }

                public void Guess(string route) => _ring.Add(route);

                private sealed class Ring(int size)
                {
                    private readonly string[] _slots = new string[size];
                    private int _next;
                    public void Add(string route)
                    {
                        _slots[_next] = route;
                        {|#0:_next++|};
                        if (_next == _slots.Length) _next = 0;
                    }
                }
            }
            """,
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(0, "_next"));

    [Fact]
    public Task A_rotation_in_a_type_that_says_it_is_shared_is_flagged_and_one_threads_state_is_not() =>
        Verify<NonAtomicCounterAnalyzer>.AnalyzerAsync("""
            using System.Collections.Concurrent;
            using System.Threading;
            interface ILoadBalancer { string Pick(); }

            // Its interface names its role: every request of every thread picks.
            sealed class Rotation(string[] backends) : ILoadBalancer
            {
                private int _next;
                public string Pick() => backends[{|#0:_next++|} % backends.Length];
            }

            sealed class ConnectionPool(object[] connections)
            {
                private int _next;
                public object Rent() { {|#1:_next = (_next + 1) % connections.Length|}; return connections[_next]; }
            }

            // Synchronizes its statistics, but not its rotation.
            sealed class Dispatcher(string[] queues)
            {
                private readonly ConcurrentDictionary<string, int> _sent = new();
                private int _turn;
                public string Next()
                {
                    var queue = queues[{|#2:_turn++|} % queues.Length];
                    _sent.AddOrUpdate(queue, 1, (_, n) => n + 1);
                    return queue;
                }
            }

            sealed class Agent(string[] duties)
            {
                private long _done;
                private int _duty;
                public string Next() { Interlocked.Increment(ref _done); return duties[{|#3:_duty++|} % duties.Length]; }
            }

            // Nothing says these are shared: a console's history and a tokenizer's position, one thread's state.
            sealed class History(string[] lines)
            {
                private int _position;
                public string Previous() { _position = (_position + 1) % lines.Length; return lines[_position]; }
            }

            sealed class Tokenizer(string text)
            {
                private int _index;
                public char Next() => text[_index++ % text.Length];
            }
            """,
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(0, "_next"),
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(1, "_next"),
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(2, "_turn"),
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(3, "_duty"));

    [Fact]
    public Task Another_objects_field_a_buffers_offset_a_volatile_hand_off_and_a_UI_elements_state_are_not_flagged() =>
        Verify<NonAtomicCounterAnalyzer>.AnalyzerAsync("""
            using System.Threading;
            namespace System.Windows.Forms { public class Control { } public class UserControl : Control { } }
            namespace Shop
            {
                // A helper that builds one compressor's tree steps that compressor's fields: how the compressor is
                // shared is not this type's to say.
                sealed class Deflate
                {
                    internal int[] heap = new int[573];
                    internal int heap_len;
                    public byte[] Header() { lock (this) { return new byte[10]; } }
                }

                static class Tree
                {
                    public static void Build(Deflate s, int n) { s.heap_len = 0; s.heap[++s.heap_len] = n; }
                }

                // A receive buffer's offset moves by what was read and starts again at 0: nothing rotates.
                sealed class SerialTransport
                {
                    private readonly object _sendGate = new();
                    private readonly byte[] _buffer = new byte[512];
                    private int _offset;
                    public void Send() { lock (_sendGate) { } }
                    public void Received(int read) { _offset += read; if (_buffer[_offset - 1] == 0) _offset = 0; }
                    public void Consumed(int length) => _offset -= length;

                    // A write position that also moves one byte at a time is still a position.
                    private int _pending;
                    public void Put(byte b) { lock (_sendGate) { } _buffer[_pending++] = b; }
                    public void Put(byte[] bytes) => _pending += bytes.Length;
                    public void Flushed() => _pending = 0;
                }

                // A volatile field hands the chosen shape to the render thread; one speaker thread rotates.
                sealed class MouthShapes(string[] shapes)
                {
                    private volatile string _current = "";
                    private int _rotation;
                    public void Speak() => _current = shapes[_rotation++ % shapes.Length];
                }

                // A control's timer ticks on its UI thread.
                sealed class DebugControl(string[] messages) : System.Windows.Forms.UserControl
                {
                    private long _sent;
                    private int _listIndex;
                    public void Tick() { Interlocked.Increment(ref _sent); _ = messages[_listIndex++ % messages.Length]; }
                }

                // The same control read without its user-interface assembly: the base binds to nothing but its name.
                sealed class SendForm(string[] messages) : {|CS0246:Form|}
                {
                    private readonly object _gate = new();
                    private int _listIndex;
                    public void Send() { lock (_gate) { } }
                    public string Tick() => messages[_listIndex++ % messages.Length];
                }
            }
            """);

    [Fact]
    public Task A_balancers_own_index_stepped_by_one_and_wrapped_by_a_reset_is_still_flagged() =>
        Verify<NonAtomicCounterAnalyzer>.AnalyzerAsync("""
            sealed class Balancer(string[] backends)
            {
                private int _next;
                private int _turn;
                public string Next()
                {
                    var backend = backends[this._next];
                    {|#0:this._next += 1|};
                    if (_next == backends.Length) _next = 0;
                    return backend;
                }

                public string Turn()
                {
                    var backend = backends[_turn];
                    {|#1:_turn = _turn + 1|};
                    if (_turn == backends.Length) _turn = 0;
                    return backend;
                }
            }
            """,
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(0, "_next"),
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(1, "_turn"));

    [Fact]
    public Task Sequence_numbers_fixed_rings_and_a_recomputed_write_position_are_not_flagged() =>
        Verify<NonAtomicCounterAnalyzer>.AnalyzerAsync("""
            using System.Threading;
            // A reliable channel: its sequence numbers wrap at a number fixed by the protocol, and a sequence number
            // reduced by the window's size finds a slot in the window; nothing is handed out in turn.
            sealed class OrderedChannel(int windowSize)
            {
                private const int SequenceSpace = 4096;
                private readonly object _gate = new();
                private readonly bool[] _arrived = new bool[windowSize];
                private int _expected;
                private int _outgoing;
                private int _acked;

                public void Send() { lock (_gate) { } _outgoing = _outgoing == SequenceSpace - 1 ? 0 : _outgoing + 1; }

                public void Arrived(int sequence)
                {
                    _arrived[sequence % windowSize] = true;
                    while (_arrived[_expected % windowSize])
                    {
                        _arrived[_expected % windowSize] = false;
                        _expected = (_expected + 1) % SequenceSpace;
                    }
                }

                public void Acked() { _acked++; if (_acked >= SequenceSpace) _acked = 0; _ = _arrived[_acked]; }
            }

            // The last few reports kept in a ring whose length is written in the code.
            sealed class RecentReports
            {
                private const int Kept = 5;
                private readonly string[] _reports = new string[Kept];
                private int _slot;
                public void Add(string report) { Interlocked.MemoryBarrier(); _reports[_slot] = report; _slot = ++_slot % Kept; }
            }

            // A packet's write position: it moves a byte at a time, then by whatever a message encodes.
            sealed class PacketWriter(byte[] packet)
            {
                private readonly object _gate = new();
                private int _written;
                public void Header(byte kind) { lock (_gate) { } packet[_written++] = kind; packet[_written++] = 0; }
                public void Body(string text) => _written = Encode(text, packet, _written);
                public void Sent() => _written = 0;
                private static int Encode(string text, byte[] into, int at) => at + text.Length;
            }
            """);

    [Fact]
    public Task A_balancers_turn_that_wraps_only_to_avoid_overflow_or_at_the_backends_count_is_still_flagged() =>
        Verify<NonAtomicCounterAnalyzer>.AnalyzerAsync("""
            sealed class Balancer(string[] backends)
            {
                private int _next;
                private int _turn;
                private int _index;

                public string Next()
                {
                    {|#0:_next = (_next + 1) % int.MaxValue|};
                    return backends[_next % backends.Length];
                }

                public string Turn()
                {
                    {|#1:_turn++|};
                    if (_turn == int.MaxValue) _turn = 0;
                    return backends[_turn % backends.Length];
                }

                public string Index()
                {
                    var backend = backends[_index];
                    {|#2:_index++|};
                    if (_index < 0) _index = 0;
                    if (_index == backends.Length) _index = 0;
                    return backend;
                }
            }
            """,
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(0, "_next"),
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(1, "_turn"),
            Verify<NonAtomicCounterAnalyzer>.Diagnostic(2, "_index"));
}
