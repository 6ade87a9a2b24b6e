using LawMonitor.Indexer.Calendar;
using LawMonitor.SearchApi.Endpoints;
using LawMonitor.SearchApi.Security;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>
/// Builds the HTTP service: the web UI and the API (search, documents, registers, reports, crawling, alerts,
/// accounts), sessions and tokens with their roles, the background runs (crawl scheduler, detectors and
/// alerts after ingest batches), OpenAPI, and problem documents for every error. Each feature registers itself
/// (<see cref="IndexComposition"/>, <see cref="SecuritySetup"/>, <see cref="MonitoringComposition"/>,
/// <see cref="CrawlingComposition"/>), its settings bound and checked when the service starts.
/// </summary>
public static partial class ServiceHost
{
    public static WebApplication Build(ServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        if (options.Settings is { } settings)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

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
        builder.Services.AddSingleton(options.Clock ?? TimeProvider.System);
        builder.Services.AddLawMonitorIndex(builder.Configuration, options);
        builder.Services.AddSecurity(options);
        builder.Services.AddMonitoring(builder.Configuration, options); // before crawling: its first-start work runs before any other work
        builder.Services.AddCrawling(builder.Configuration, options);
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
        }).AddOperationTransformer<RoleOperationTransformer>().AddSchemaTransformer<InstantSchemaTransformer>());
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            json.SerializerOptions.Converters.Add(new VietnamInstantJsonConverter());
        });

        var app = builder.Build();

        // Settings are checked before any store is opened (a hosted service's construction opens them).
        app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseCsrfProtection();
        app.UseAuthorization();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (!app.Services.GetRequiredService<AccountStore>().Any())
            {
                LogNoAccounts(app.Logger);
            }
        });

        app.MapOpenApi();
        app.MapHealthEndpoints();
        app.MapVocabularyEndpoints();
        app.MapSearchEndpoints();
        app.MapDocumentEndpoints(app.Services.GetRequiredService<LawMonitor.Indexer.Parsing.IngestLimits>());
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
