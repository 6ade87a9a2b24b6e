using LawMonitor.Crawler.Adapters;
using LawMonitor.Crawler.Engine;
using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Sources;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Endpoints;
using LawMonitor.SearchApi.Security;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>
/// Builds the HTTP service: the web UI and the API (search, documents, registers, reports, crawling, alerts,
/// accounts), sessions and tokens with their roles, the background runs (crawl scheduler, detectors and
/// alerts after ingest batches), OpenAPI, and problem documents for every error.
/// </summary>
public static partial class ServiceHost
{
    public static WebApplication Build(ServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);

        // A line per request is noise at a provincial office's volume and a cost under load: ASP.NET Core's own
        // logs from warnings up unless the configuration (Logging:LogLevel:Microsoft.AspNetCore) asks for more.
        if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
        {
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        }
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // A 10,000-character query in the URL is ~90 KB once percent-encoded.
            kestrel.Limits.MaxRequestLineSize = 128 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 160 * 1024;
        });
        var search = builder.Configuration.GetSection("Search").Get<SearchSettings>() ?? new SearchSettings();
        var index = LegalIndex.Open(options.DataDirectory, search.PostingsBudgetBytes());
        var limits = options.IngestLimits ?? (builder.Configuration.GetSection("Ingest").Get<IngestSettings>() ?? new IngestSettings()).ToLimits();
        var store = new RawFileStore(options.DataDirectory);
        builder.Services.AddSingleton(index);
        builder.Services.AddScoped(_ => new Indexer.Monitoring.DocumentLabels(index.Documents)); // one read per document per request
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton(new SearchEngine(index));
        builder.Services.AddSingleton<SearchService>();
        builder.Services.AddSingleton(options.Clock ?? TimeProvider.System);
        builder.Services.AddSingleton(sp => new IngestPipeline(index, store, limits, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<IngestPipeline>>()));
        builder.Services.AddSingleton<ApiTokenStore>();
        var monitoring = builder.Configuration.GetSection("Monitoring").Get<MonitoringSettings>() ?? new MonitoringSettings();
        if (monitoring.Validate() is { } invalid)
        {
            throw new InvalidOperationException(invalid);
        }

        builder.Services.AddSingleton(monitoring);
        builder.Services.AddSingleton(sp => MonitoringStore.Open(options.DataDirectory, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(_ => Indexer.Monitoring.Detectors.DetectorUnitStore.Open(options.DataDirectory));
        builder.Services.AddSingleton(sp => new Alerts.AlertStore(options.DataDirectory, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<Alerts.AlertChecker>();
        builder.Services.AddSingleton<DetectionRunner>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DetectionRunner>());
        builder.Services.AddHostedService<DeadlineAlertService>();
        var crawl = builder.Configuration.GetSection("Crawler").Get<CrawlSettings>() ?? new CrawlSettings();
        crawl.Enabled &= options.CrawlerEnabled;
        builder.Services.AddSingleton(crawl);
        builder.Services.AddSingleton(CrawlStore.Open(options.DataDirectory));
        builder.Services.AddSingleton(sp => new SourceCatalog(sp.GetRequiredService<CrawlStore>(), SiteAdapters.Default, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(sp => new CrawlEngine(sp.GetRequiredService<CrawlStore>(), sp.GetRequiredService<IngestPipeline>(),
            new CrawlerOptions { DataDirectory = options.DataDirectory, Contact = crawl.Contact }, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<CrawlEngine>>()));
        builder.Services.AddSingleton<CrawlRunner>();
        builder.Services.AddHostedService(sp => new CrawlScheduler(sp.GetRequiredService<SourceCatalog>(), sp.GetRequiredService<CrawlStore>(), sp.GetRequiredService<CrawlRunner>(),
            crawl, options.SourcesDirectory, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<CrawlScheduler>>()));
        builder.Services.AddSingleton(sp => new AccountStore(options.DataDirectory, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddLawMonitorSecurity();
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = Problems.Complete);
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new Microsoft.OpenApi.OpenApiInfo
            {
                Title = "LawMonitor API",
                Version = "1",
                Description = "Theo dõi thi hành pháp luật — search, documents, findings, recommendations (kiến nghị), reports, crawling, alerts. "
                    + "Programs authenticate with \"Authorization: Bearer lm_…\" (API tokens); the web UI uses a session cookie and an X-CSRF-TOKEN header. "
                    + "Every error is a problem document (RFC 9457) with a stable type; changes to a register record send If-Match with its ETag.",
            };
            return Task.CompletedTask;
        }).AddOperationTransformer<RoleOperationTransformer>());
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseCsrfProtection();
        app.UseAuthorization();
        CorpusBootstrap.Run(app.Services.GetRequiredService<IngestPipeline>(), index, options.CorpusDirectory, app.Logger, () =>
            CorpusBootstrap.RecordDemo(options.CorpusDirectory!, index, app.Services.GetRequiredService<MonitoringStore>(), monitoring, app.Services.GetRequiredService<DetectionRunner>(), app.Logger));
        if (!app.Services.GetRequiredService<AccountStore>().Any())
        {
            LogNoAccounts(app.Logger);
        }

        app.MapOpenApi();
        app.MapHealthEndpoints();
        app.MapSearchEndpoints();
        app.MapDocumentEndpoints(limits);
        app.MapCrawlEndpoints();
        app.MapFindingEndpoints();
        app.MapRecommendationEndpoints();
        app.MapMonitoringEndpoints();
        app.MapTaskEndpoints();
        app.MapObligationEndpoints();
        app.MapAuthEndpoints();
        app.MapAdminEndpoints();
        app.MapAlertEndpoints();
        // The web UI's own addresses (/van-ban/…, /kien-nghi/…) are pages of one shell; an unknown API path stays a 404 problem.
        app.MapFallback("/api/{**path}", UnmatchedApiRequest.Answer);
        app.MapFallbackToFile("index.html");
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No accounts yet: create the first admin with ./lawmonitor user create NAME --role admin (people sign in at the web UI; programs use API tokens)")]
    private static partial void LogNoAccounts(ILogger logger);
}
