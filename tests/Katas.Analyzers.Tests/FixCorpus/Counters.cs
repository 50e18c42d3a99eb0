// Round-robin counters as load balancers write them.
using System;
using System.Collections.Generic;

namespace Corpus.Counters;

public sealed class RoundRobinBalancer(IReadOnlyList<Uri> backends)
{
    private readonly Uri[] _backends = [.. backends];
    private int _next;
    private int _turn;
    private long _calls;
    private int _cursor;
    private uint _unsigned;
    private int _picked;

    // The step is the read: atomic as a whole once it is Interlocked.
    public Uri Next() => _backends[_next++ % _backends.Length]; // SPOF004: fix

    public Uri Turn() => _backends[++_turn % _backends.Length]; // SPOF004: fix

    public Uri Call() => _backends[_calls++ % _backends.Length]; // SPOF004: fix

    public Uri Unsigned() => _backends[_unsigned++ % (uint)_backends.Length]; // SPOF004: fix

    // Read first, stepped after: an atomic step would leave the read racing with it.
    public Uri ReadThenStep()
    {
        var backend = _backends[_cursor % _backends.Length];
        _cursor++; // SPOF004: no fix
        return backend;
    }

    public Uri ReadThenAdd(int skip)
    {
        var backend = _backends[_picked % _backends.Length];
        _picked += skip; // SPOF004: no fix
        return backend;
    }

    public Uri Wrap()
    {
        _turn = (_turn + 1) % _backends.Length; // SPOF004: no fix
        return _backends[_turn];
    }

    public void Skip(int count)
    {
        _next += count; // SPOF004: fix
        _calls -= count; // SPOF004: fix
    }

    public Func<Uri> Later() => () => _backends[_next++ % _backends.Length]; // SPOF004: fix
}
