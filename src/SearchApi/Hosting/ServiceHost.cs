using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Endpoints;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>Builds the HTTP service: the index, the search endpoints, OpenAPI and ProblemDetails errors.</summary>
public static class ServiceHost
{
    public static WebApplication Build(ServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // A 10,000-character query in the URL is ~90 KB once percent-encoded.
            kestrel.Limits.MaxRequestLineSize = 128 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 160 * 1024;
        });
        var index = LegalIndex.Open(options.DataDirectory);
        builder.Services.AddSingleton(index);
        builder.Services.AddSingleton(new SearchEngine(index));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        CorpusBootstrap.Run(index, options.CorpusDirectory, app.Logger);
        app.MapOpenApi();
        app.MapHealthEndpoints();
        app.MapSearchEndpoints();
        return app;
    }
}
