namespace LawMonitor.SearchApi.Endpoints;

/// <summary>Stable problem types of the API: every error leaves as ProblemDetails with one of these.</summary>
internal static class Problems
{
    public const string InvalidParameter = "https://lawmonitor.example/problems/invalid-parameter";

    public const string NotFoundType = "https://lawmonitor.example/problems/not-found";

    public const string TooLargeType = "https://lawmonitor.example/problems/too-large";

    public const string ConflictType = "https://lawmonitor.example/problems/conflict";

    /// <summary>A 400 naming each invalid parameter, in Vietnamese and English.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Tham số không hợp lệ (invalid parameters)", type: InvalidParameter);

    /// <summary>A 404 saying what was not found.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy (not found)", type: NotFoundType);

    /// <summary>A 413 for a request body over the endpoint's limit.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Quá lớn (too large)", type: TooLargeType);

    /// <summary>A 409: the request cannot be carried out in the resource's present state.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Xung đột (conflict)", type: ConflictType);
}
