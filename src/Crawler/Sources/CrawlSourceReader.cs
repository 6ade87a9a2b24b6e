using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LawMonitor.Crawler.Sources;

/// <summary>
/// Reads a source definition (JSON, camelCase fields) and checks every field: unknown fields, URLs, the
/// forbidden sites, patterns, ranges, and that politeness is only switched off for private hosts. Every
/// error names its field; nothing is half-accepted.
/// </summary>
public static partial class CrawlSourceReader
{
    private static readonly HashSet<string> Known =
    [
        "name", "title", "seeds", "sitemaps", "allowedHosts", "include", "exclude", "listings", "documents", "attachmentTypes",
        "adapter", "schedule", "enabled", "delaySeconds", "maxConcurrentPerHost", "polite", "maxPages", "maxDepth", "allowPrivate",
        "caseInsensitivePaths", "maxResponseMegabytes", "timeoutSeconds", "maxRedirects", "maxRetries", "retryBaseDelaySeconds", "maxRetryAfterSeconds",
    ];

    /// <summary>Reads <paramref name="json"/>; <paramref name="adapters"/> are the adapter names this build knows.</summary>
    public static SourceReadResult Read(string json, IReadOnlyCollection<string> adapters)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return SourceReadResult.Failure([new SourceError("$", "invalid-json", $"không phải JSON hợp lệ, dòng {e.LineNumber + 1} (invalid JSON: {e.Message})")]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return SourceReadResult.Failure([new SourceError("$", "invalid", "cần một đối tượng JSON (a JSON object is expected)")]);
            }

            var fields = new SourceFields(document.RootElement);
            return Build(fields, adapters);
        }
    }

    /// <summary>Reads a source file; errors name the file.</summary>
    public static SourceReadResult ReadFile(string path, IReadOnlyCollection<string> adapters)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SourceReadResult.Failure([new SourceError(path, "unreadable", $"không đọc được tệp ({e.Message})")]);
        }

        var result = Read(json, adapters);
        return result.Succeeded ? result : SourceReadResult.Failure(result.Errors.Select(e => e with { Field = $"{Path.GetFileName(path)}: {e.Field}" }).ToList());
    }

    private static SourceReadResult Build(SourceFields f, IReadOnlyCollection<string> adapters)
    {
        foreach (var unknown in f.Names.Where(n => !Known.Contains(n)))
        {
            f.Error(unknown, "unknown-field", $"trường không có trong định nghĩa nguồn (unknown field; known: {string.Join(", ", Known)})");
        }

        var name = f.String("name");
        if (name is null)
        {
            f.Error("name", "required", "cần tên nguồn, ví dụ \"stp-ha-noi\" (required)");
        }
        else if (!NamePattern().IsMatch(name))
        {
            f.Error("name", "invalid", "tên nguồn chỉ gồm chữ thường không dấu, số và gạch ngang, tối đa 64 ký tự (lowercase letters, digits, hyphens)");
        }

        var seeds = f.Urls("seeds");
        var sitemaps = f.Urls("sitemaps");
        if (seeds.Count == 0 && sitemaps.Count == 0 && !f.Has("seeds"))
        {
            f.Error("seeds", "required", "cần ít nhất một địa chỉ bắt đầu hoặc một sitemap (at least one seed or sitemap)");
        }

        var hosts = f.Strings("allowedHosts").Select(h => h.Trim().TrimEnd('.').ToLowerInvariant()).ToList();
        for (var i = 0; i < hosts.Count; i++)
        {
            if (!Uri.TryCreate("http://" + hosts[i] + "/", UriKind.Absolute, out var hostUrl) || hostUrl.PathAndQuery != "/" || CrawlSource.HostOf(hostUrl) != hosts[i])
            {
                f.Error($"allowedHosts[{i}]", "invalid", $"\"{hosts[i]}\" không phải tên máy chủ, ví dụ \"stp.hanoi.gov.vn\" hoặc \"10.0.0.5:8080\" (not a host name)");
            }
            else if (ForbiddenSites.Match(hostUrl.IdnHost) is { } forbidden)
            {
                f.Error($"allowedHosts[{i}]", "forbidden-site", Forbidden(forbidden));
            }
        }

        if (hosts.Count > 0)
        {
            foreach (var (url, i) in seeds.Select((u, i) => (u, i)).Where(s => !hosts.Contains(CrawlSource.HostOf(s.u))))
            {
                f.Error($"seeds[{i}]", "invalid", $"máy chủ {url.Host} không nằm trong allowedHosts (seed host not in allowedHosts)");
            }
        }

        var adapter = f.String("adapter") ?? "generic";
        if (!adapters.Contains(adapter))
        {
            f.Error("adapter", "invalid", $"không có bộ điều hợp \"{adapter}\" (unknown adapter; known: {string.Join(", ", adapters)})");
        }

        var types = f.Strings("attachmentTypes").Select(t => t.Trim().TrimStart('.').ToLowerInvariant()).ToList();
        for (var i = 0; i < types.Count; i++)
        {
            if (!CrawlSource.DefaultAttachmentTypes.Contains(types[i]))
            {
                f.Error($"attachmentTypes[{i}]", "invalid", $"\"{types[i]}\" không phải loại tệp đọc được (readable: pdf, doc, docx, rtf)");
            }
        }

        var polite = f.Bool("polite") ?? true;
        var allowPrivate = f.Bool("allowPrivate") ?? false;
        var perHost = f.Int("maxConcurrentPerHost", 1, 16) ?? 1;
        if (!polite && !allowPrivate)
        {
            f.Error("polite", "invalid", "chỉ được tắt phép lịch sự với máy chủ nội bộ: cần \"allowPrivate\": true (politeness may be off only for private or loopback hosts)");
        }

        if (polite && perHost > 1)
        {
            f.Error("maxConcurrentPerHost", "invalid", "mỗi máy chủ chỉ một yêu cầu một lúc khi lịch sự (one request at a time per host while polite)");
        }

        var source = new CrawlSource(name ?? "", seeds)
        {
            Title = f.String("title"),
            Sitemaps = sitemaps,
            AllowedHosts = hosts,
            Include = f.Patterns("include"),
            Exclude = f.Patterns("exclude"),
            Listings = f.Patterns("listings"),
            Documents = f.Patterns("documents"),
            AttachmentTypes = f.Has("attachmentTypes") ? types : CrawlSource.DefaultAttachmentTypes,
            Adapter = adapter,
            Schedule = f.Interval("schedule"),
            Enabled = f.Bool("enabled") ?? true,
            Delay = TimeSpan.FromSeconds(f.Number("delaySeconds", 0, 3600) ?? (polite ? 2 : 0)),
            MaxConcurrentPerHost = perHost,
            Polite = polite,
            MaxPages = f.Int("maxPages", 1, 1_000_000) ?? 5000,
            MaxDepth = f.Int("maxDepth", 0, 100) ?? 5,
            AllowPrivate = allowPrivate,
            CaseInsensitivePaths = f.Bool("caseInsensitivePaths") ?? false,
            MaxResponseBytes = (long)((f.Number("maxResponseMegabytes", 0.001, 1024) ?? 64) * 1024 * 1024),
            Timeout = TimeSpan.FromSeconds(f.Number("timeoutSeconds", 0.1, 3600) ?? 60),
            MaxRedirects = f.Int("maxRedirects", 0, 20) ?? 5,
            MaxRetries = f.Int("maxRetries", 0, 10) ?? 3,
            RetryBaseDelay = TimeSpan.FromSeconds(f.Number("retryBaseDelaySeconds", 0, 600) ?? 2),
            MaxRetryAfter = TimeSpan.FromSeconds(f.Number("maxRetryAfterSeconds", 0, 86400) ?? 300),
        };
        return f.Errors.Count > 0 ? SourceReadResult.Failure(f.Errors) : SourceReadResult.Success(source);
    }

    internal static string Forbidden(string domain) =>
        $"{domain} cấm thu thập tự động trong điều khoản sử dụng; LawMonitor không thu thập từ trang này (this site forbids crawling)";

    /// <summary>Parses "24h", "30m", "7d", "90s" or a TimeSpan ("1.00:00:00").</summary>
    internal static TimeSpan? ParseInterval(string text)
    {
        var match = IntervalPattern().Match(text.Trim());
        if (match.Success)
        {
            var n = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch
            {
                "s" => TimeSpan.FromSeconds(n),
                "m" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                _ => TimeSpan.FromDays(n),
            };
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*([smhd])$")]
    private static partial Regex IntervalPattern();
}
