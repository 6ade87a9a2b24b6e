using System.Text.Json;

namespace LawMonitor.Crawler.Sources;

/// <summary>Typed access to a source definition's JSON fields, collecting an error per bad field.</summary>
internal sealed class SourceFields(JsonElement root)
{
    public List<SourceError> Errors { get; } = [];

    public IEnumerable<string> Names => root.EnumerateObject().Select(p => p.Name);

    public bool Has(string name) => root.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public void Error(string field, string code, string message) => Errors.Add(new SourceError(field, code, message));

    public string? String(string name)
    {
        if (!Get(name, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            Error(name, "invalid", "cần một chuỗi (a string is expected)");
            return null;
        }

        return v.GetString();
    }

    public bool? Bool(string name)
    {
        if (!Get(name, out var v))
        {
            return null;
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetBoolean();
        }

        Error(name, "invalid", "cần true hoặc false (a boolean is expected)");
        return null;
    }

    public double? Number(string name, double min, double max)
    {
        if (!Get(name, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var n))
        {
            Error(name, "invalid", "cần một số (a number is expected)");
            return null;
        }

        if (n < min || n > max)
        {
            Error(name, "out-of-range", $"cần trong khoảng {min}–{max} (out of range)");
            return null;
        }

        return n;
    }

    public int? Int(string name, int min, int max)
    {
        var n = Number(name, min, max);
        if (n is { } value && value != Math.Floor(value))
        {
            Error(name, "invalid", "cần một số nguyên (an integer is expected)");
            return null;
        }

        return n is null ? null : (int)n.Value;
    }

    public IReadOnlyList<string> Strings(string name)
    {
        if (!Get(name, out var v))
        {
            return [];
        }

        if (v.ValueKind != JsonValueKind.Array)
        {
            Error(name, "invalid", "cần một mảng chuỗi (an array of strings is expected)");
            return [];
        }

        var list = new List<string>();
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                list.Add(item.GetString()!);
            }
            else
            {
                Error($"{name}[{i}]", "invalid", "cần một chuỗi khác rỗng (a non-empty string is expected)");
            }

            i++;
        }

        return list;
    }

    public IReadOnlyList<Uri> Urls(string name)
    {
        var list = new List<Uri>();
        var strings = Strings(name);
        for (var i = 0; i < strings.Count; i++)
        {
            if (!Uri.TryCreate(strings[i].Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                Error($"{name}[{i}]", "invalid", $"\"{strings[i]}\" không phải địa chỉ http(s) tuyệt đối (an absolute http or https URL is expected)");
            }
            else if (Links.UrlCanonicalizer.Canonicalize(url) is null)
            {
                Error($"{name}[{i}]", "invalid", $"\"{strings[i]}\" có tên máy chủ không dùng được (the host cannot be written as a URL)");
            }
            else if (ForbiddenSites.Match(url.IdnHost) is { } forbidden)
            {
                Error($"{name}[{i}]", "forbidden-site", CrawlSourceReader.Forbidden(forbidden));
            }
            else
            {
                list.Add(url);
            }
        }

        return list;
    }

    public IReadOnlyList<UrlPattern> Patterns(string name)
    {
        var list = new List<UrlPattern>();
        var strings = Strings(name);
        for (var i = 0; i < strings.Count; i++)
        {
            try
            {
                list.Add(new UrlPattern(strings[i]));
            }
            catch (ArgumentException e)
            {
                Error($"{name}[{i}]", "invalid", $"biểu thức chính quy sai (invalid regular expression: {e.Message})");
            }
        }

        return list;
    }

    public TimeSpan? Interval(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        var span = CrawlSourceReader.ParseInterval(text);
        if (span is null || span < TimeSpan.FromMinutes(1))
        {
            Error(name, "invalid", $"\"{text}\" không phải chu kỳ hợp lệ, ví dụ \"24h\", \"30m\", \"7d\"; ít nhất 1 phút (an interval of at least 1 minute is expected)");
            return null;
        }

        return span;
    }

    private bool Get(string name, out JsonElement value) =>
        root.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
}
