namespace LawMonitor.SearchApi.Hosting;

/// <summary>How the service runs. Every default is the embedded one the README's run command uses.</summary>
public sealed record ServiceOptions
{
    /// <summary>The data folder holding the SQLite index (default <c>./data</c>).</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>Addresses to listen on (default <c>http://127.0.0.1:5080</c>: this machine only).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The bundled demo corpus, indexed on first start when the index is empty (default <c>./corpus</c>).</summary>
    public string? CorpusDirectory { get; init; } = "corpus";

    /// <summary>Per-file ingestion limits; null reads them from the configuration section <c>Ingest</c>.</summary>
    public LawMonitor.Indexer.Parsing.IngestLimits? IngestLimits { get; init; }

    /// <summary>Source definitions (*.json) registered at start (default <c>./sources</c>; absent is fine).</summary>
    public string? SourcesDirectory { get; init; } = "sources";

    /// <summary>The clock (default the system's; tests pass a fake one to see deadlines pass).</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Settings laid over appsettings.json and the environment ("Monitoring:AnswerDays" → "45"); none by default.</summary>
    public IReadOnlyDictionary<string, string?>? Settings { get; init; }

    /// <summary>Whether the scheduler runs sources (default true; the Crawler:Enabled setting can also turn it off).</summary>
    public bool CrawlerEnabled { get; init; } = true;
}
