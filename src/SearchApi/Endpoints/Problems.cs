namespace LawMonitor.SearchApi.Endpoints;

/// <summary>Stable problem types of the API: every error leaves as ProblemDetails with one of these.</summary>
internal static class Problems
{
    public const string InvalidParameter = "https://lawmonitor.example/problems/invalid-parameter";

    public const string NotFoundType = "https://lawmonitor.example/problems/not-found";

    public const string TooLargeType = "https://lawmonitor.example/problems/too-large";

    public const string ConflictType = "https://lawmonitor.example/problems/conflict";

    public const string InvalidTransitionType = "https://lawmonitor.example/problems/invalid-transition";

    public const string PreconditionRequiredType = "https://lawmonitor.example/problems/precondition-required";

    /// <summary>A 409: the record's state does not allow the change (a draft cannot be answered …).</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult InvalidTransition(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Không chuyển trạng thái được (invalid transition)", type: InvalidTransitionType);

    /// <summary>A 412: the record changed since the version the editor started from (If-Match).</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Stale(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status412PreconditionFailed, title: "Bản ghi đã được người khác sửa (edited by someone else)", type: ConflictType);

    /// <summary>A 428: a change to a register needs If-Match with the version it starts from.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult PreconditionRequired() =>
        TypedResults.Problem("Gửi kèm tiêu đề If-Match với ETag của bản ghi đang sửa, để không ghi đè thay đổi của người khác (send If-Match with the record's ETag).",
            statusCode: StatusCodes.Status428PreconditionRequired, title: "Thiếu If-Match (If-Match required)", type: PreconditionRequiredType);

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
