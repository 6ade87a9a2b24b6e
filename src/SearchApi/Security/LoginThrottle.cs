namespace LawMonitor.SearchApi.Security;

/// <summary>
/// Slows password guessing: after 5 failed sign-ins for one name from one address, or 20 from one address,
/// within 15 minutes, further attempts are refused (429) until the oldest failure leaves the window.
/// An attempt takes its place in both counts before the password is checked (<see cref="TryBegin"/>), under
/// one lock, so simultaneous attempts cannot all pass the check while the first ones are still hashing.
/// A successful sign-in gives its place back, so colleagues behind one office address are not locked out by
/// each other. Times come from the service's clock.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public const int PerNameAndAddress = 5;
    public const int PerAddress = 20;
    public const int MaxTrackedKeys = 100_000;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly Lock gate = new();
    private readonly Dictionary<string, List<(DateTimeOffset At, long Id)>> attempts = new(StringComparer.Ordinal);
    private long nextTicket;

    /// <summary>
    /// Takes a place for an attempt by <paramref name="name"/> from <paramref name="address"/>: null with the
    /// wait when it is refused; otherwise the attempt, which counts as failed unless <see cref="Succeeded"/>.
    /// </summary>
    public LoginAttempt? TryBegin(string name, string? address, out TimeSpan retryAfter)
    {
        var now = clock.GetUtcNow();
        var byName = Key(name, address);
        var byAddress = "*|" + address;
        lock (gate)
        {
            var wait = Wait(byName, PerNameAndAddress, now) ?? Wait(byAddress, PerAddress, now);
            if (wait is { } refused)
            {
                retryAfter = refused;
                return null;
            }

            if (attempts.Count > MaxTrackedKeys)
            {
                // Guessing with ever new names must not grow memory without bound; the per-address count restarts too.
                attempts.Clear();
            }

            var ticket = nextTicket++;
            Add(byName, (now, ticket));
            Add(byAddress, (now, ticket));
            retryAfter = TimeSpan.Zero;
            return new LoginAttempt(byName, byAddress, ticket);
        }
    }

    /// <summary>The attempt signed in: its place is given back.</summary>
    public void Succeeded(LoginAttempt attempt)
    {
        lock (gate)
        {
            foreach (var key in new[] { attempt.NameKey, attempt.AddressKey })
            {
                if (attempts.TryGetValue(key, out var list))
                {
                    list.RemoveAll(a => a.Id == attempt.Ticket);
                }
            }
        }
    }

    private void Add(string key, (DateTimeOffset At, long Id) ticket)
    {
        if (!attempts.TryGetValue(key, out var list))
        {
            attempts[key] = list = [];
        }

        list.Add(ticket);
        if (list.Count > PerAddress)
        {
            list.RemoveAt(0);
        }
    }

    private TimeSpan? Wait(string key, int limit, DateTimeOffset now)
    {
        if (!attempts.TryGetValue(key, out var list))
        {
            return null;
        }

        list.RemoveAll(t => now - t.At >= Window);
        return list.Count >= limit ? list[^limit].At + Window - now : null;
    }

    private static string Key(string name, string? address) => name.Trim().ToLowerInvariant() + "|" + address;
}
