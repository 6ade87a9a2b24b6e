using LawMonitor.SearchApi.Contracts;

namespace LawMonitor.SearchApi.Endpoints;

/// <summary>The codes and their Vietnamese names, for anyone (the sign-in page included): words, no data.</summary>
internal static class VocabularyEndpoints
{
    public static void MapVocabularyEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/vocabulary", () => TypedResults.Ok(VocabularyResponse.Current))
            .WithName("GetVocabulary")
            .WithTags("Vocabulary")
            .WithSummary("The codes of classes, statuses, actions, verdicts and roles with their Vietnamese names, in the registers' order")
            .AllowAnonymous();
}
