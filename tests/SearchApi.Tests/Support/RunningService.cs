using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Hosting;
using LawMonitor.SearchApi.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LawMonitor.SearchApi.Tests.Support;

/// <summary>The real service on Kestrel, on a free loopback port, over a fresh data folder and the bundled corpus.</summary>
public class RunningService : IAsyncLifetime
{
    private readonly TempDirectory data = new();
    private WebApplication? app;

    /// <summary>Per-file limits of the service (the defaults unless a subclass says otherwise).</summary>
    protected virtual IngestLimits Limits => IngestLimits.Default;

    /// <summary>The service's clock (the system's unless a subclass fakes it).</summary>
    protected virtual TimeProvider? Clock => null;

    /// <summary>Creates an API token with <paramref name="role"/> and returns its secret.</summary>
    public string CreateToken(Role role) =>
        app!.Services.GetRequiredService<ApiTokenStore>().Create($"{role}-{Guid.NewGuid():N}", role).Token!;

    /// <summary>A client with no credentials (an anonymous visitor).</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>A client sending a viewer's API token with every request.</summary>
    public HttpClient Viewer { get; private set; } = null!;

    /// <summary>The service's own services (for what has no endpoint, such as the scheduler's tick).</summary>
    public IServiceProvider Services => app!.Services;

    public string DataDirectory => data.Path;

    public async Task InitializeAsync()
    {
        app = ServiceHost.Build(new ServiceOptions
        {
            DataDirectory = data.Path,
            Urls = "http://127.0.0.1:0",
            CorpusDirectory = Path.Combine(SharedData.RepositoryRoot, "corpus"),
            IngestLimits = Limits,
            Clock = Clock,
        });
        await app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        Viewer = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        Viewer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", CreateToken(Role.Viewer));
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Viewer.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        data.Dispose();
    }
}
