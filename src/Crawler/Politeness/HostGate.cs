using System.Collections.Concurrent;

namespace LawMonitor.Crawler.Politeness;

/// <summary>
/// Per-host politeness: at most <c>maxConcurrent</c> requests in flight to one host (one, unless politeness
/// is off), and the host's delay between the end of one request and the start of the next. Retry-After moves
/// a host's next slot later for every worker. Waits on the injected clock.
/// </summary>
public sealed class HostGate(int maxConcurrent, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Host> hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sets <paramref name="host"/>'s delay between requests.</summary>
    public void SetDelay(string host, TimeSpan delay)
    {
        var h = Get(host);
        lock (h)
        {
            // A request that ended under the old delay waits the new one too.
            if (delay > h.Delay && h.NextAllowed != DateTimeOffset.MinValue)
            {
                h.NextAllowed += delay - h.Delay;
            }

            h.Delay = delay;
        }
    }

    /// <summary>The delay <paramref name="host"/> has.</summary>
    public TimeSpan DelayOf(string host) => Get(host).Delay;

    /// <summary>No request to <paramref name="host"/> before <paramref name="until"/> (Retry-After).</summary>
    public void Defer(string host, DateTimeOffset until)
    {
        var h = Get(host);
        lock (h)
        {
            if (until > h.NextAllowed)
            {
                h.NextAllowed = until;
            }
        }
    }

    /// <summary>Waits for <paramref name="host"/>'s turn; disposing the lease ends the request and starts the delay.</summary>
    public async Task<IDisposable> EnterAsync(string host, CancellationToken cancellationToken)
    {
        var h = Get(host);
        await h.Slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                TimeSpan wait;
                lock (h)
                {
                    wait = h.NextAllowed - clock.GetUtcNow();
                }

                if (wait <= TimeSpan.Zero)
                {
                    break;
                }

                await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
            }

            return new Lease(this, h);
        }
        catch
        {
            h.Slots.Release();
            throw;
        }
    }

    private Host Get(string host) => hosts.GetOrAdd(host, _ => new Host(maxConcurrent));

    private void Leave(Host h)
    {
        lock (h)
        {
            var next = clock.GetUtcNow() + h.Delay;
            if (next > h.NextAllowed)
            {
                h.NextAllowed = next;
            }
        }

        h.Slots.Release();
    }

    private sealed class Host(int slots)
    {
        public SemaphoreSlim Slots { get; } = new(slots, slots);

        public TimeSpan Delay { get; set; }

        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Lease(HostGate gate, Host host) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                gate.Leave(host);
            }
        }
    }
}
