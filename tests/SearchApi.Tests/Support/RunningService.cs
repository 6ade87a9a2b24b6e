using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Hosting;
using Microsoft.AspNetCore.Builder;

namespace LawMonitor.SearchApi.Tests.Support;

/// <summary>The real service on Kestrel, on a free loopback port, over a fresh data folder and the bundled corpus.</summary>
public sealed class RunningService : IAsyncLifetime
{
    private readonly TempDirectory data = new();
    private WebApplication? app;

    public HttpClient Client { get; private set; } = null!;

    public string DataDirectory => data.Path;

    public async Task InitializeAsync()
    {
        app = ServiceHost.Build(new ServiceOptions
        {
            DataDirectory = data.Path,
            Urls = "http://127.0.0.1:0",
            CorpusDirectory = Path.Combine(SharedData.RepositoryRoot, "corpus"),
        });
        await app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        data.Dispose();
    }
}
