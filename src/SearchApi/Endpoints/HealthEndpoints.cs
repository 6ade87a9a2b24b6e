using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Endpoints;

internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (LegalIndex index) => TypedResults.Ok(new HealthResponse("ok", index.Generation)))
            .WithName("Health")
            .WithTags("Health")
            .WithSummary("Service status and the index generation");
    }

    internal sealed record HealthResponse(string Status, long Generation);
}
