using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LawMonitor.SearchApi.Security;
using LawMonitor.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LawMonitor.SearchApi.Tests.Endpoints;

/// <summary>
/// Sign-in, sessions and their protections over real HTTP: cookie sessions checked against the account on
/// every request, CSRF on changes, throttled guessing, the sign-in audit, public search, security headers.
/// </summary>
public sealed class SecurityTests(ClockedService service) : IClassFixture<ClockedService>
{
    private const string Password = "mật-khẩu-đủ-dài-2026";

    private AccountStore Accounts => service.Services.GetRequiredService<AccountStore>();

    private string NewUser(Role role)
    {
        var name = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}"[..20];
        Assert.NotNull(Accounts.Create(name, "Nguyễn Thị Lan", role, Password).Account);
        return name;
    }

    /// <summary>A browser-like client: it keeps cookies and sends the antiforgery token it was given.</summary>
    private sealed class Browser(HttpClient client) : IDisposable
    {
        public HttpClient Http { get; } = client;

        public string? Csrf { get; set; }

        public Task<HttpResponseMessage> Send(HttpMethod method, string path, object? body = null, bool csrf = true, string? ifMatch = null)
        {
            var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            if (csrf && Csrf is not null)
            {
                request.Headers.Add("X-CSRF-TOKEN", Csrf);
            }

            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }

            return Http.SendAsync(request);
        }

        public void Dispose() => Http.Dispose();
    }

    private Browser NewBrowser() =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = service.Client.BaseAddress });

    private async Task<(Browser Browser, HttpResponseMessage Response)> SignIn(string name, string password = Password)
    {
        var browser = NewBrowser();
        var response = await browser.Send(HttpMethod.Post, "/api/auth/login", new { name, password });
        if (response.IsSuccessStatusCode)
        {
            browser.Csrf = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("csrfToken").GetString();
        }

        return (browser, response);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Anonymous_GetsOnlyTheLoginPage_NotTheData()
    {
        using var browser = NewBrowser();

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Send(HttpMethod.Get, "/api/search?q=bao+cao")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Send(HttpMethod.Get, "/api/findings")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Send(HttpMethod.Get, "/api/documents/qd-05-2025-bai-bo-123456")).StatusCode);
        var session = await Json(await browser.Send(HttpMethod.Get, "/api/auth/session"));
        Assert.False(session.GetProperty("signedIn").GetBoolean());
    }

    [Fact]
    public async Task SignIn_SetsAStrictHttpOnlyCookie_AndTheSessionCanReadAndWriteWithItsCsrfToken()
    {
        var (browser, response) = await SignIn(NewUser(Role.Analyst));
        using var session = browser;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lm_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("analyst", (await Json(response)).GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.OK, (await browser.Send(HttpMethod.Get, "/api/search?q=bao+cao")).StatusCode);

        var forged = await browser.Send(HttpMethod.Post, "/api/findings", new { @class = "overlap", description = "x" }, csrf: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("https://lawmonitor.example/problems/csrf", (await Json(forged)).GetProperty("type").GetString());
        var wrongToken = browser.Csrf;
        browser.Csrf = "CfDJ8forged";
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.Send(HttpMethod.Post, "/api/findings", new { @class = "overlap", description = "x" })).StatusCode);
        browser.Csrf = wrongToken;
        var created = await browser.Send(HttpMethod.Post, "/api/findings", new { @class = "overlap", description = "Trùng lặp" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("analyst-", (await Json(created)).GetProperty("foundBy").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.Send(HttpMethod.Post, "/api/auth/logout")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Send(HttpMethod.Get, "/api/findings")).StatusCode);
    }

    [Fact]
    public async Task WrongPasswordAndUnknownName_GetTheSameAnswer_AndEveryAttemptIsAudited()
    {
        var name = NewUser(Role.Viewer);

        var wrong = await SignIn(name, "không-phải-mật-khẩu");
        var unknown = await SignIn("khong-co-ai-" + Guid.NewGuid().ToString("N")[..6], Password);
        var right = await SignIn(name);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (wrong.Response.StatusCode, unknown.Response.StatusCode));
        Assert.Equal((await Json(wrong.Response)).GetProperty("detail").GetString(), (await Json(unknown.Response)).GetProperty("detail").GetString());
        var audit = Accounts.SignIns(50).Where(s => s.Name == name).ToList();
        Assert.Equal([true, false], audit.Select(s => s.Succeeded));
        Assert.Equal("wrong-password", audit[1].Reason);
        Assert.Equal("127.0.0.1", audit[0].Address);
        foreach (var b in new[] { wrong.Browser, unknown.Browser, right.Browser })
        {
            b.Dispose();
        }
    }

    [Fact]
    public async Task RepeatedFailures_AreThrottled_EvenWithTheRightPassword_UntilTheWindowPasses()
    {
        var name = NewUser(Role.Viewer);
        for (var i = 0; i < LoginThrottle.PerNameAndAddress; i++)
        {
            using var failed = (await SignIn(name, "sai-mat-khau-" + i)).Browser;
        }

        var (blocked, response) = await SignIn(name);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        blocked.Dispose();

        service.Time.Advance(LoginThrottle.Window);
        var (allowed, after) = await SignIn(name);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        allowed.Dispose();
    }

    [Fact]
    public async Task DisablingAnAccountOrLoweringItsRole_TakesEffectOnTheNextRequest()
    {
        var disabled = NewUser(Role.Analyst);
        var demoted = NewUser(Role.Analyst);
        var (first, _) = await SignIn(disabled);
        var (second, _) = await SignIn(demoted);

        Accounts.Update(disabled, disabled: true);
        Accounts.Update(demoted, role: Role.Viewer);

        Assert.Equal(HttpStatusCode.Unauthorized, (await first.Send(HttpMethod.Get, "/api/findings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.Send(HttpMethod.Get, "/api/findings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await second.Send(HttpMethod.Post, "/api/findings", new { @class = "overlap", description = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(disabled)).Response.StatusCode);
        first.Dispose();
        second.Dispose();
    }

    [Fact]
    public async Task AdminTurnsPublicSearchOn_AnonymousMaySearch_ButNotReadTheRegisters()
    {
        var (admin, _) = await SignIn(NewUser(Role.Admin));
        using var anonymous = NewBrowser();
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.Send(HttpMethod.Put, "/api/admin/settings", new { publicSearch = true })).StatusCode);

            Assert.Equal(HttpStatusCode.OK, (await anonymous.Send(HttpMethod.Get, "/api/search?q=ke+hoach")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Send(HttpMethod.Get, "/api/recommendations")).StatusCode);
            Assert.True((await Json(await anonymous.Send(HttpMethod.Get, "/api/auth/session"))).GetProperty("publicSearch").GetBoolean());
        }
        finally
        {
            admin.Dispose();
        }

        // Turned off from outside the service (as `./lawmonitor` does, on the same file): the service reads it again once its short cache has aged.
        new AccountStore(service.DataDirectory, service.Time).PublicSearch = false;
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Send(HttpMethod.Get, "/api/search?q=ke+hoach")).StatusCode);
        service.Time.Advance(AccountStore.PublicSearchRereadAfter);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Send(HttpMethod.Get, "/api/search?q=ke+hoach")).StatusCode);
    }

    [Theory]
    [InlineData(Role.Viewer)]
    [InlineData(Role.Analyst)]
    public async Task OnlyAnAdmin_ManagesAccountsTokensAndSettings(Role role)
    {
        using var client = new HttpClient { BaseAddress = service.Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", service.CreateToken(role));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/users", new { name = "moi", role = "admin", password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync("/api/admin/settings", new { publicSearch = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/admin/tokens", new { name = "x", role = "admin" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/sign-ins")).StatusCode);
        Assert.Null(Accounts.Get("moi"));
    }

    [Fact]
    public async Task AnAdmin_CreatesAccounts_WithPasswordsChecked_AndCannotLockThemselvesOut()
    {
        var adminName = NewUser(Role.Admin);
        var (admin, signedIn) = await SignIn(adminName);
        using var session = admin;
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);

        var weak = await admin.Send(HttpMethod.Post, "/api/users", new { name = "tran.minh", role = "analyst", password = "ngan" });
        Assert.True((await Json(weak)).GetProperty("errors").TryGetProperty("password", out _));
        var created = await admin.Send(HttpMethod.Post, "/api/users", new { name = "tran.minh", displayName = "Trần Văn Minh", role = "analyst", password = Password });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.Send(HttpMethod.Post, "/api/users", new { name = "TRAN.MINH", role = "viewer", password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.Send(HttpMethod.Patch, $"/api/users/{adminName}", new { disabled = true })).StatusCode);
        Assert.False(Accounts.Get(adminName)!.Disabled);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/auth/session")]
    [InlineData("/api/findings")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await service.Client.GetAsync(path);

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        if (path.StartsWith("/api", StringComparison.Ordinal))
        {
            Assert.True(response.Headers.CacheControl!.NoStore);
        }
    }
}
