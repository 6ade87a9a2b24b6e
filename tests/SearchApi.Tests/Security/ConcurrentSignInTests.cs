using System.Net;
using System.Net.Http.Json;
using LawMonitor.SearchApi.Security;
using LawMonitor.SearchApi.Tests.Endpoints;
using Microsoft.Extensions.DependencyInjection;

namespace LawMonitor.SearchApi.Tests.Security;

/// <summary>
/// The sign-in throttle under simultaneous attempts over real HTTP: the limits hold exactly, because an attempt
/// takes its place before its password is hashed (before, 30 at once got 9–12 checked against a limit of 5).
/// </summary>
public sealed class ConcurrentSignInTests(ClockedService service) : IClassFixture<ClockedService>
{
    private AccountStore Accounts => service.Services.GetRequiredService<AccountStore>();

    private async Task<HttpStatusCode[]> SignInAtOnce(IEnumerable<string> names)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = service.Client.BaseAddress };
        var responses = await Task.WhenAll(names.Select(n => client.PostAsJsonAsync("/api/auth/login", new { name = n, password = "sai-mật-khẩu-hoàn-toàn" })));
        return responses.Select(r => r.StatusCode).ToArray();
    }

    [Fact]
    public async Task ThirtySimultaneousWrongPasswords_ForOneName_CheckExactlyTheLimit()
    {
        var name = $"vien-chuc-{Guid.NewGuid():N}"[..20];
        Assert.NotNull(Accounts.Create(name, "Trần Văn Bình", Role.Viewer, "mật-khẩu-đủ-dài-2026").Account);
        try
        {
            var statuses = await SignInAtOnce(Enumerable.Repeat(name, 30));

            Assert.Equal(LoginThrottle.PerNameAndAddress, statuses.Count(s => s == HttpStatusCode.Unauthorized));
            Assert.Equal(30 - LoginThrottle.PerNameAndAddress, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
            var checkedInAudit = Accounts.SignIns(200).Count(r => r.Name == name && r.Reason != "throttled");
            Assert.Equal(LoginThrottle.PerNameAndAddress, checkedInAudit);
        }
        finally
        {
            service.Time.Advance(LoginThrottle.Window);
        }
    }

    [Fact]
    public async Task SixtySimultaneousAttempts_WithDistinctNames_FromOneAddress_CheckExactlyTheAddressLimit()
    {
        try
        {
            var statuses = await SignInAtOnce(Enumerable.Range(0, 60).Select(i => $"khong-co-{i}-{Guid.NewGuid():N}"[..24]));

            Assert.Equal(LoginThrottle.PerAddress, statuses.Count(s => s == HttpStatusCode.Unauthorized));
            Assert.Equal(60 - LoginThrottle.PerAddress, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        }
        finally
        {
            service.Time.Advance(LoginThrottle.Window);
        }
    }

    [Fact]
    public async Task ASuccessfulSignIn_GivesItsPlaceBack()
    {
        var name = $"chuyen-vien-{Guid.NewGuid():N}"[..20];
        Assert.NotNull(Accounts.Create(name, "Lê Thị Hoa", Role.Viewer, "mật-khẩu-đủ-dài-2026").Account);
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = service.Client.BaseAddress };
        try
        {
            for (var i = 0; i < LoginThrottle.PerNameAndAddress * 2; i++)
            {
                var ok = await client.PostAsJsonAsync("/api/auth/login", new { name, password = "mật-khẩu-đủ-dài-2026" });
                Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            }
        }
        finally
        {
            service.Time.Advance(LoginThrottle.Window);
        }
    }
}
