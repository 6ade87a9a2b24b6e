using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Security;
using Microsoft.Extensions.Time.Testing;

namespace LawMonitor.SearchApi.Tests.Security;

/// <summary>
/// Token lookups are remembered for two seconds on the service's clock: a revocation through the same store takes
/// effect at once, one made from outside (the CLI, on the same file) once the remembered answer has expired.
/// </summary>
public sealed class ApiTokenStoreTests : IDisposable
{
    private readonly TempDirectory data = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.FromHours(7)));

    public void Dispose() => data.Dispose();

    [Fact]
    public void RevokedFromOutside_IsRefusedOnceTheRememberedAnswerExpires()
    {
        using var service = new ApiTokenStore(new AccountStore(data.Path, clock), clock);
        var secret = service.Create("he-thong", Role.Analyst).Token!;
        Assert.Equal("he-thong", service.Find(secret)?.Name);

        using var cli = new ApiTokenStore(new AccountStore(data.Path, clock), clock);
        Assert.True(cli.Revoke("he-thong"));

        Assert.Equal("he-thong", service.Find(secret)?.Name); // remembered
        clock.Advance(ApiTokenStore.RememberedFor);
        Assert.Null(service.Find(secret));
    }

    [Fact]
    public void RevokedThroughTheSameStore_IsRefusedAtOnce()
    {
        using var store = new ApiTokenStore(new AccountStore(data.Path, clock), clock);
        var secret = store.Create("may-bao-cao", Role.Viewer).Token!;
        Assert.NotNull(store.Find(secret));

        Assert.True(store.Revoke("may-bao-cao"));

        Assert.Null(store.Find(secret));
        Assert.Null(store.Find("lm_not-a-token"));
    }
}
