using System.Globalization;
using System.Security.Claims;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Reports;
using LawMonitor.Indexer.Outcomes;
using Microsoft.Net.Http.Headers;

namespace LawMonitor.SearchApi.Endpoints;

/// <summary>
/// What the register endpoints share: who acts (the signed-in name), ETags (the record's version, quoted),
/// If-Match on every change, and refusals mapped to problems — not-found 404, conflict (stale If-Match) 412
/// with the current ETag, invalid-transition 409, a missing or invalid fact 400 naming the field.
/// </summary>
internal static class RegisterHttp
{
    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    public static string ETag(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>The Vietnam calendar day on the service's clock.</summary>
    public static DateOnly Today(TimeProvider clock) => Indexer.Calendar.VietnamCalendar.DayOf(clock.GetUtcNow());

    /// <summary>
    /// The version an edit starts from, from If-Match (<c>"3"</c>; <c>*</c> means whatever is current); a problem
    /// when it is absent (428), unreadable (400) or weak (<c>W/"3"</c>: If-Match compares strongly, RFC 9110
    /// §13.1.1, so a weak tag never matches: 412).
    /// </summary>
    public static (int? Version, IResult? Problem) IfMatch(HttpRequest request, int current)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return (null, Problems.PreconditionRequired());
        }

        if (header == "*")
        {
            return (current, null);
        }

        if (EntityTagHeaderValue.TryParse(header, out var weak) && weak.IsWeak)
        {
            return (null, TypedResults.Problem("If-Match so khớp chặt: ETag yếu (W/\"…\") không bao giờ khớp; gửi ETag của bản ghi như \"3\" (a weak ETag never matches If-Match).",
                statusCode: StatusCodes.Status412PreconditionFailed, title: "ETag yếu (weak ETag)", type: Problems.ConflictType));
        }

        if (EntityTagHeaderValue.TryParse(header, out var tag) && int.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return (version, null);
        }

        return (null, Problems.Invalid(new() { ["If-Match"] = [$"'{header}' không phải ETag của bản ghi, ví dụ \"3\" (not an ETag of this record)."] }));
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Value is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>An enum filter of a list (null when absent); an error naming <paramref name="name"/> when it is not a value.</summary>
    public static TEnum? Filter<TEnum>(string? text, string name, Dictionary<string, string[]> errors)
        where TEnum : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (Monitoring.RegisterValues.TryEnum<TEnum>(text, out var value))
        {
            return value;
        }

        errors[name] = [$"'{text}': dùng {Monitoring.RegisterValues.Names<TEnum>()}"];
        return null;
    }

    /// <summary>Checks a list's page (from 1) and size (1–500).</summary>
    public static void Page(int page, int size, Dictionary<string, string[]> errors)
    {
        if (page < 1)
        {
            errors["page"] = ["Trang từ 1 trở lên (page must be ≥ 1)."];
        }

        if (size is < 1 or > 500)
        {
            errors["size"] = ["Cỡ trang từ 1 đến 500 (size must be 1–500)."];
        }
    }

    /// <summary>200 with the record and its ETag, or the refusal as a problem.</summary>
    public static IResult Outcome<T>(HttpContext http, Outcome<T> outcome, Func<T, int> version, Func<T, object> map)
        where T : class
    {
        if (outcome.Succeeded)
        {
            http.Response.Headers.ETag = ETag(version(outcome.Value));
            return TypedResults.Ok(map(outcome.Value));
        }

        return Refusal(outcome.Error);
    }

    public static IResult Refusal(Problem error) => error.Code switch
    {
        LifecycleErrorCodes.NotFound => Problems.NotFound(error.Message),
        LifecycleErrorCodes.Conflict => Problems.Stale(error.Message),
        LifecycleErrorCodes.InvalidTransition => Problems.InvalidTransition(error.Message),
        _ => Problems.Invalid(new() { [error.Field ?? "body"] = [$"{error.Message} [{error.Code}]"] }),
    };

    /// <summary>The largest JSON body an endpoint reads.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private static readonly System.Text.Json.JsonSerializerOptions BodyJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>
    /// The JSON body as <typeparamref name="T"/>, or a 400 naming where it is wrong ("body", with the JSON path
    /// and line), a 413 above 256 KB. Read by hand so that a malformed body is told as precisely as a bad field.
    /// </summary>
    public static async Task<(T? Body, IResult? Problem)> ReadBody<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!IsJson(request.ContentType))
        {
            return (null, Problems.UnsupportedMediaType(["application/json"], request.ContentType));
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, Problems.TooLarge("Nội dung yêu cầu quá 256 KB (request body over 256 KB)."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return (null, Problems.TooLarge("Nội dung yêu cầu quá 256 KB (request body over 256 KB)."));
            }
        }

        if (buffer.Length == 0)
        {
            return (null, Problems.Invalid(new() { ["body"] = ["Thiếu nội dung JSON của yêu cầu (a JSON body is required)."] }));
        }

        try
        {
            var body = System.Text.Json.JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), BodyJson);
            return body is null
                ? (null, Problems.Invalid(new() { ["body"] = ["Nội dung JSON rỗng (the JSON body is null)."] }))
                : (body, null);
        }
        catch (System.Text.Json.JsonException e)
        {
            var where = e.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : "body";
            return (null, Problems.Invalid(new() { [where] = [$"JSON không hợp lệ ở dòng {(e.LineNumber ?? 0) + 1} (invalid JSON at {e.Path}: {e.Message.Split('.')[0]})."] }));
        }
    }
}
