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

    public const string UnsupportedMediaTypeType = "https://lawmonitor.example/problems/unsupported-media-type";

    /// <summary>A 415 naming the Content-Type the endpoint takes and the one the request sent.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult UnsupportedMediaType(IReadOnlyCollection<string> accepted, string? sent)
    {
        var what = string.IsNullOrEmpty(sent) ? "không có Content-Type (none)" : $"Content-Type {sent}";
        return TypedResults.Problem($"Địa chỉ này nhận nội dung {string.Join(" hoặc ", accepted)}; yêu cầu gửi {what} (send the body as {string.Join(" or ", accepted)}).",
            statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Sai kiểu nội dung (unsupported media type)", type: UnsupportedMediaTypeType);
    }

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

    /// <summary>
    /// Gives the problems the framework writes itself (no credentials, a role too low, a method not allowed,
    /// an unexpected failure) a stable type of ours and a Vietnamese and English title; the problems our
    /// endpoints write already have theirs. Nothing of an exception reaches the answer.
    /// </summary>
    public static void Complete(Microsoft.AspNetCore.Http.ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Type is { } type && type.StartsWith("https://lawmonitor.example/", StringComparison.Ordinal))
        {
            return;
        }

        (problem.Type, problem.Title, problem.Detail) = problem.Status switch
        {
            StatusCodes.Status401Unauthorized => (Base + "unauthorized", "Cần đăng nhập (sign-in required)", "Đăng nhập, hoặc gửi token API trong tiêu đề Authorization: Bearer (sign in, or send an API token)."),
            StatusCodes.Status403Forbidden => (Base + "forbidden", "Không có quyền (forbidden)", "Vai trò của bạn không được làm việc này (your role may not do this)."),
            StatusCodes.Status404NotFound => (NotFoundType, "Không tìm thấy (not found)", problem.Detail),
            StatusCodes.Status405MethodNotAllowed => (Base + "method-not-allowed", "Phương thức không được hỗ trợ (method not allowed)", problem.Detail),
            StatusCodes.Status400BadRequest => (InvalidParameter, "Yêu cầu không hợp lệ (bad request)", problem.Detail),
            >= 500 => (Base + "server-error", "Lỗi máy chủ (server error)", "Đã có lỗi ngoài dự kiến; lỗi đã được ghi lại (an unexpected error; it has been logged)."),
            _ => (problem.Type, problem.Title, problem.Detail),
        };
    }

    private const string Base = "https://lawmonitor.example/problems/";

    /// <summary>A 400 naming each invalid parameter, in Vietnamese and English.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Tham số không hợp lệ (invalid parameters)", type: InvalidParameter);

    /// <summary>A 404 saying what was not found.</summary>
    /// <summary>
    /// A document id in a route that <see cref="Indexer.Model.DocumentId"/> refuses, named. Routes take the id as
    /// text and parse it here, because a parameter that fails to bind gets a bare 400 naming nothing.
    /// </summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem InvalidDocumentId(string? error) =>
        Invalid(new() { ["id"] = [$"Mã văn bản không hợp lệ (invalid id: {error})."] });

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy (not found)", type: NotFoundType);

    /// <summary>A 413 for a request body over the endpoint's limit.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Quá lớn (too large)", type: TooLargeType);

    /// <summary>A 409: the request cannot be carried out in the resource's present state.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Xung đột (conflict)", type: ConflictType);
}
