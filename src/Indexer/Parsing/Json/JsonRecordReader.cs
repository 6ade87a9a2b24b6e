using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing;

namespace LawMonitor.Indexer.Parsing.Json;

/// <summary>
/// Reads a record <c>{"id", "text", …}</c>: its text and its other fields, which the assembler reads as the
/// document's metadata. The provision fields (<c>article</c>/<c>dieu</c>, <c>clause</c>/<c>khoan</c>,
/// <c>point</c>/<c>diem</c>) are checked here, so a record that passes always assembles.
/// </summary>
public static partial class JsonRecordReader
{
    /// <summary>The names the article number goes by.</summary>
    public static IReadOnlyList<string> ArticleFields { get; } = ["article", "dieu"];

    /// <summary>The names the clause number goes by.</summary>
    public static IReadOnlyList<string> ClauseFields { get; } = ["clause", "khoan"];

    /// <summary>The names the point letter goes by.</summary>
    public static IReadOnlyList<string> PointFields { get; } = ["point", "diem"];

    /// <summary>Reads one JSON object; the problem's message names the field at fault.</summary>
    public static Outcome<JsonRecord> Read(string json)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return Outcome<JsonRecord>.Fail(ExtractionErrorCodes.InvalidJson, $"not valid JSON ({e.Message})");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Outcome<JsonRecord>.Fail(ExtractionErrorCodes.InvalidJson, "a record must be a JSON object with \"id\" and \"text\"");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => null,
            };
            if (value is not null)
            {
                fields[property.Name] = value;
            }
        }

        fields.Remove("id", out var id);
        var named = id is null ? "" : $"document \"{id}\": ";
        if (!fields.Remove("text", out var text) || string.IsNullOrWhiteSpace(text))
        {
            return Outcome<JsonRecord>.Fail(ExtractionErrorCodes.MissingText, $"{named}field \"text\" is missing or empty", "text");
        }

        if (CheckProvision(fields) is { } problem)
        {
            return Outcome<JsonRecord>.Fail(ExtractionErrorCodes.InvalidProvision, named + problem.Message, problem.Field);
        }

        return Outcome<JsonRecord>.Ok(new JsonRecord(id, text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC), fields));
    }

    /// <summary>The first value of <paramref name="names"/> that <paramref name="fields"/> gives, trimmed, or null.</summary>
    public static string? First(IReadOnlyDictionary<string, string> fields, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var name in names)
        {
            if (fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    /// <summary>A record file (<c>.json</c>) as a document: its text, with its fields for the assembler.</summary>
    internal static Outcome<ExtractedDocument> Extract(RawFile file)
    {
        string json;
        try
        {
            json = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file.Content.Span);
        }
        catch (DecoderFallbackException)
        {
            return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.InvalidJson, $"{file.Name}: không phải UTF-8 (a JSON record must be UTF-8)");
        }

        var record = Read(json.TrimStart('\uFEFF'));
        if (!record.Succeeded)
        {
            return Outcome<ExtractedDocument>.Fail(record.Error.Code, $"{file.Name}: {record.Error.Message}");
        }

        return new ExtractedDocument(record.Value.Text, SourceFormat.JsonRecord) { Fields = record.Value.Fields };
    }

    private static (string Message, string Field)? CheckProvision(IReadOnlyDictionary<string, string> fields)
    {
        var article = First(fields, ArticleFields);
        var clause = First(fields, ClauseFields);
        var point = First(fields, PointFields);
        if (article is null)
        {
            return clause is null && point is null ? null : ("field \"clause\"/\"point\" needs \"article\"", "article");
        }

        if (!ArticleNumber().IsMatch(article))
        {
            return ($"field \"article\": \"{article}\" is not an article number (1, 12, 12a)", "article");
        }

        if (clause is not null && (!int.TryParse(clause, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1))
        {
            return ($"field \"clause\": \"{clause}\" is not a clause number", "clause");
        }

        if (point is not null && (clause is null || !PointLetter().IsMatch(point)))
        {
            return (clause is null ? "field \"point\" needs \"clause\"" : $"field \"point\": \"{point}\" is not a point letter (a, b, đ)", "point");
        }

        return null;
    }

    [GeneratedRegex(@"^\d{1,4}[a-z]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArticleNumber();

    [GeneratedRegex(@"^[a-zđ]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PointLetter();
}
