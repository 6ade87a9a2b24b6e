using Microsoft.Extensions.Internal;

namespace LawMonitor.SearchApi.Security;

/// <summary>The service's <see cref="TimeProvider"/> as the clock <see cref="Microsoft.Extensions.Caching.Memory.MemoryCache"/> expires entries by.</summary>
internal sealed class TimeProviderSystemClock(TimeProvider clock) : ISystemClock
{
    public DateTimeOffset UtcNow => clock.GetUtcNow();
}
