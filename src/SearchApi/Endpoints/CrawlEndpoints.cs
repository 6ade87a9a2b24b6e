using System.Text.Json;
using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Sources;
using LawMonitor.SearchApi.Contracts;
using LawMonitor.SearchApi.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using LawMonitor.SearchApi.Background;

namespace LawMonitor.SearchApi.Endpoints;

/// <summary>Sources (read with any role, changed by an admin) and crawl runs with their errors.</summary>
internal static class CrawlEndpoints
{
    public static void MapCrawlEndpoints(this IEndpointRouteBuilder app)
    {
        var sources = app.MapGroup("/api/sources").WithTags("Crawling");
        sources.MapGet("/", List).WithName("ListSources").WithSummary("Configured sources with their latest run").RequireAuthorization(Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        sources.MapGet("/{name}", Get).WithName("GetSource").WithSummary("One source's definition, validity and latest run").RequireAuthorization(Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        sources.MapPut("/{name}", Put).WithName("PutSource").WithSummary("Create or replace a source (JSON definition; every field checked; thuvienphapluat.vn and luatvietnam.vn refused)")
            .RequireAuthorization(Policies.Admin).DisableAntiforgery().Accepts<JsonElement>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        sources.MapDelete("/{name}", Delete).WithName("DeleteSource").WithSummary("Remove a source defined through the API (its runs stay)")
            .RequireAuthorization(Policies.Admin).DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        sources.MapPost("/{name}/runs", Start).WithName("StartCrawl").WithSummary("Start a crawl of the source now (resuming its interrupted run, if any)")
            .RequireAuthorization(Policies.Admin).DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var runs = app.MapGroup("/api/crawl-runs").WithTags("Crawling");
        runs.MapGet("/", Runs).WithName("ListCrawlRuns").WithSummary("The latest crawl runs, newest first, with their counts").RequireAuthorization(Policies.Read)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        runs.MapGet("/{id:long}", Run).WithName("GetCrawlRun").WithSummary("One crawl run: status, counts, and its failed, deferred and skipped URLs").RequireAuthorization(Policies.Read)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Ok<List<SourceResponse>> List(CrawlStore store, SourceCatalog catalog) =>
        TypedResults.Ok(store.ListSources().Select(s => Describe(s, catalog, store)).ToList());

    private static Results<Ok<SourceResponse>, ProblemHttpResult> Get(string name, CrawlStore store, SourceCatalog catalog) =>
        store.GetSource(name) is { } stored ? TypedResults.Ok(Describe(stored, catalog, store)) : Problems.NotFound($"Không có nguồn {name} (no such source).");

    private static async Task<Results<Ok<SourceResponse>, ValidationProblem, ProblemHttpResult>> Put(string name, HttpRequest request, CrawlStore store, SourceCatalog catalog, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(cancellationToken);
        if (json.Length > 64 * 1024)
        {
            return Problems.TooLarge("Định nghĩa nguồn quá 64 KB (source definition over 64 KB).");
        }

        var result = catalog.Put(name, json);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == "read-only")
                ? Problems.Conflict(result.Errors.First(e => e.Code == "read-only").Message)
                : Problems.Invalid(result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => $"{e.Message} [{e.Code}]").ToArray()));
        }

        return TypedResults.Ok(Describe(store.GetSource(name)!, catalog, store));
    }

    private static Results<NoContent, ProblemHttpResult> Delete(string name, CrawlStore store)
    {
        var stored = store.GetSource(name);
        if (stored is null)
        {
            return Problems.NotFound($"Không có nguồn {name} (no such source).");
        }

        if (stored.Origin == SourceCatalog.FileOrigin)
        {
            return Problems.Conflict($"Nguồn {name} được định nghĩa trong tệp; hãy xóa tệp (defined by a file in the sources folder).");
        }

        store.DeleteSource(name);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Accepted<CrawlStartedResponse>, ValidationProblem, ProblemHttpResult>> Start(string name, SourceCatalog catalog, CrawlRunner runner)
    {
        var read = catalog.Get(name);
        if (read is null)
        {
            return Problems.NotFound($"Không có nguồn {name} (no such source).");
        }

        if (!read.Succeeded)
        {
            return Problems.Invalid(read.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        var (runId, error) = await runner.StartAsync(read.Source, "api");
        return runId is { } id
            ? TypedResults.Accepted($"/api/crawl-runs/{id}", new CrawlStartedResponse(id, name, CrawlRunStatus.Running))
            : Problems.Conflict(error ?? $"Không bắt đầu được lần thu thập {name}.");
    }

    private static Results<Ok<List<CrawlRunResponse>>, ValidationProblem> Runs(CrawlStore store, string? source, int? limit)
    {
        if (limit is < 1 or > 200)
        {
            return Problems.Invalid(new() { ["limit"] = ["limit phải trong khoảng 1–200 (limit must be 1–200)."] });
        }

        return TypedResults.Ok(store.ListRuns(source, limit ?? 20).Select(r => CrawlRunResponse.From(r)).ToList());
    }

    private static Results<Ok<CrawlRunResponse>, ValidationProblem, ProblemHttpResult> Run(long id, CrawlStore store, int? errorsLimit, int? errorsOffset)
    {
        if (errorsLimit is < 0 or > 1000 || errorsOffset is < 0)
        {
            return Problems.Invalid(new() { ["errorsLimit"] = ["errorsLimit trong khoảng 0–1000, errorsOffset ≥ 0 (errorsLimit 0–1000, errorsOffset ≥ 0)."] });
        }

        var run = store.GetRun(id);
        return run is null
            ? Problems.NotFound($"Không có lần thu thập {id} (no such crawl run).")
            : TypedResults.Ok(CrawlRunResponse.From(run, store.Errors(id, errorsLimit ?? 100, errorsOffset ?? 0)));
    }

    private static SourceResponse Describe(StoredSource stored, SourceCatalog catalog, CrawlStore store)
    {
        var read = catalog.Get(stored.Name)!;
        JsonElement definition;
        try
        {
            using var document = JsonDocument.Parse(stored.Json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            definition = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            definition = JsonSerializer.SerializeToElement(stored.Json);
        }

        var runs = store.ListRuns(stored.Name, 1);
        var last = runs.Count > 0 ? runs[0] : null;
        return new SourceResponse(stored.Name, stored.Origin, stored.UpdatedAt, definition, read.Succeeded,
            read.Errors.Select(e => new SourceErrorResponse(e.Field, e.Code, e.Message)).ToList(), last is null ? null : CrawlRunResponse.From(last));
    }
}
