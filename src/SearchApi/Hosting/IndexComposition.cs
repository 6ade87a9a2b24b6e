using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Settings;
using LawMonitor.SearchApi.Searching;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>
/// The index and what reads and writes it: the SQLite index (its postings budget from <c>Search</c>), the kept
/// original files, the ingest pipeline with its per-file limits (<c>Ingest</c>), search, and document labels.
/// </summary>
internal static class IndexComposition
{
    public static IServiceCollection AddLawMonitorIndex(this IServiceCollection services, IConfiguration configuration, ServiceOptions options)
    {
        services.AddSettings<SearchSettings>(configuration, "Search");
        services.AddSettings<IngestSettings>(configuration, "Ingest");
        services.AddSingleton(sp => LegalIndex.Open(options.DataDirectory, sp.GetRequiredService<SearchSettings>().PostingsBudgetBytes()));
        services.AddSingleton(_ => new RawFileStore(options.DataDirectory));
        services.AddSingleton(sp => options.IngestLimits ?? sp.GetRequiredService<IngestSettings>().ToLimits());
        services.AddSingleton(sp => new SearchEngine(sp.GetRequiredService<LegalIndex>()));
        services.AddSingleton<SearchService>();
        services.AddSingleton(sp => new IngestPipeline(sp.GetRequiredService<LegalIndex>(), sp.GetRequiredService<RawFileStore>(), sp.GetRequiredService<IngestLimits>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<IngestPipeline>>()));
        services.AddHostedService<Background.OlderParserNotice>();
        services.AddScoped(sp => new Indexer.Monitoring.DocumentLabels(sp.GetRequiredService<LegalIndex>().Documents, sp.GetService<Indexer.Monitoring.IPersonNames>())); // one read per document per request
        return services;
    }
}
