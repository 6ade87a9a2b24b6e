namespace LawMonitor.SearchApi.Tests.Fuzzing;

/// <summary>One request the fuzzer sends: what it varies (for the failure message), the URL, and the body as bytes.</summary>
public sealed record FuzzCase(string Description, string Method, string Url, byte[]? Body, string? ContentType, string? IfMatch)
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            request.Content.Headers.Remove("Content-Type");
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (IfMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", IfMatch);
        }

        return request;
    }

    /// <summary>Whether the request is not valid HTTP as Kestrel reads it: a NUL in the decoded path, a control character in a header.</summary>
    public bool BreaksHttp =>
        Url.Contains("%00", StringComparison.Ordinal) || (IfMatch?.Any(char.IsControl) ?? false) || (ContentType?.Any(char.IsControl) ?? false);

    public override string ToString() =>
        $"{Method} {(Url.Length > 300 ? Url[..300] + "…" : Url)} [{Description}] body={Body?.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} bytes, Content-Type={ContentType ?? "none"}, If-Match={IfMatch ?? "none"}";
}
