using System.Collections.Concurrent;

namespace LawMonitor.SearchApi.Security;

/// <summary>
/// Slows password guessing: after 5 failed sign-ins for one name from one address, or 20 from one address,
/// within 15 minutes, further attempts are refused (429) until the oldest failure leaves the window.
/// Successful sign-ins do not count, so colleagues behind one office address are not locked out by each
/// other. Times come from the service's clock.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public const int PerNameAndAddress = 5;
    public const int PerAddress = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> failures = new(StringComparer.Ordinal);

    /// <summary>How long to wait before trying again, or null when an attempt may be made now.</summary>
    public TimeSpan? RetryAfter(string name, string? address)
    {
        var now = clock.GetUtcNow();
        return Wait(Key(name, address), PerNameAndAddress, now) ?? Wait("*|" + address, PerAddress, now);
    }

    public void Failed(string name, string? address)
    {
        var now = clock.GetUtcNow();
        if (failures.Count > 100_000)
        {
            // Guessing with ever new names must not grow memory without bound; the per-address count restarts too.
            failures.Clear();
        }

        foreach (var key in new[] { Key(name, address), "*|" + address })
        {
            var queue = failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (queue)
            {
                queue.Enqueue(now);
                while (queue.Count > PerAddress)
                {
                    queue.Dequeue();
                }
            }
        }
    }

    private TimeSpan? Wait(string key, int limit, DateTimeOffset now)
    {
        if (!failures.TryGetValue(key, out var queue))
        {
            return null;
        }

        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() >= Window)
            {
                queue.Dequeue();
            }

            return queue.Count >= limit ? queue.ElementAt(queue.Count - limit) + Window - now : null;
        }
    }

    private static string Key(string name, string? address) => name.Trim().ToLowerInvariant() + "|" + address;
}
