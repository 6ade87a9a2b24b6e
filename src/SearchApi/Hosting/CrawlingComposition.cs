using LawMonitor.Crawler.Adapters;
using LawMonitor.Crawler.Engine;
using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Sources;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.SearchApi.Background;
using LawMonitor.SearchApi.Settings;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>
/// Crawling: the crawl store and the source catalogue, the engine (ingesting through the same pipeline as uploads),
/// the runner that keeps one run per source, and the scheduler (off when <c>Crawler:Enabled</c> is false or the
/// service is started without it). Settings: <c>Crawler</c>.
/// </summary>
internal static class CrawlingComposition
{
    public static IServiceCollection AddCrawling(this IServiceCollection services, IConfiguration configuration, ServiceOptions options)
    {
        services.AddSettings<CrawlSettings>(configuration, "Crawler").PostConfigure(crawl => crawl.Enabled &= options.CrawlerEnabled);
        services.AddSingleton(_ => CrawlStore.Open(options.DataDirectory));
        services.AddSingleton(sp => new SourceCatalog(sp.GetRequiredService<CrawlStore>(), SiteAdapters.Default, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new CrawlEngine(sp.GetRequiredService<CrawlStore>(), sp.GetRequiredService<IngestPipeline>(),
            new CrawlerOptions { DataDirectory = options.DataDirectory, Contact = sp.GetRequiredService<CrawlSettings>().Contact }, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<CrawlEngine>>(),
            ingested: result => Monitoring.ProvisionMoves.Apply([result], sp.GetRequiredService<Indexer.Monitoring.MonitoringStore>, sp.GetRequiredService<Alerts.AlertStore>)));
        services.AddSingleton<CrawlRunner>();
        services.AddHostedService(sp => new CrawlScheduler(sp.GetRequiredService<SourceCatalog>(), sp.GetRequiredService<CrawlStore>(), sp.GetRequiredService<CrawlRunner>(),
            sp.GetRequiredService<CrawlSettings>(), options.SourcesDirectory, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<CrawlScheduler>>()));
        return services;
    }
}
