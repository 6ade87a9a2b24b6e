namespace LawMonitor.SearchApi.Endpoints;

/// <summary>Stable problem types of the API: every error leaves as ProblemDetails with one of these.</summary>
internal static class Problems
{
    public const string InvalidParameter = "https://lawmonitor.example/problems/invalid-parameter";

    /// <summary>A 400 naming each invalid parameter, in Vietnamese and English.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Tham số không hợp lệ (invalid parameters)", type: InvalidParameter);
}
