using System.Globalization;
using System.Text.Json;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Import;

/// <summary>
/// Reads a corpus of JSON lines, <c>{"id": …, "text": …, …}</c>. Known fields become metadata (title or law,
/// number, type, issuer, issue date, status, source, under their English or Vietnamese names); other fields
/// are kept as they are. <c>article</c>, <c>clause</c> and <c>point</c> make the line that provision ("Điều N"),
/// and a title that names a law, code or the constitution ("Luật Cư trú") gives the type when none is given. A
/// bad line becomes an error naming the line and the field; the rest goes on.
/// </summary>
public static class JsonlCorpusReader
{
    private static readonly string[] TitleFields = ["title", "tieu_de", "trich_yeu", "ten", "name", "law", "luat"];
    private static readonly string[] NumberFields = ["number", "so", "so_hieu", "so_ky_hieu"];
    private static readonly string[] TypeFields = ["type", "loai", "loai_van_ban"];
    private static readonly string[] IssuerFields = ["issuer", "co_quan", "co_quan_ban_hanh"];
    private static readonly string[] DateFields = ["issue_date", "date", "ngay_ban_hanh"];
    private static readonly string[] StatusFields = ["status", "hieu_luc", "tinh_trang", "tinh_trang_hieu_luc"];
    private static readonly string[] SourceFields = ["source", "nguon"];
    private static readonly string[] ArticleFields = ["article", "dieu"];
    private static readonly string[] ClauseFields = ["clause", "khoan"];
    private static readonly string[] PointFields = ["point", "diem"];

    /// <summary>Reads <paramref name="path"/> line by line; never throws for bad content.</summary>
    public static IEnumerable<JsonlRecord> Read(string path, string? source = null)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(line, path, lineNumber, source ?? Path.GetFileName(path));
        }
    }

    /// <summary>Parses one line.</summary>
    public static JsonlRecord Parse(string line, string file, int lineNumber, string source)
    {
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(line);
            root = json.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return Fail("invalid-json", $"not valid JSON ({e.Message})");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail("invalid-json", "a line must be a JSON object with \"id\" and \"text\"");
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

        if (!fields.TryGetValue("id", out var idText))
        {
            return Fail("missing-id", "field \"id\" is missing or not a string/number");
        }

        if (!DocumentId.TryCreate(idText, out var id, out var idError))
        {
            return Fail("invalid-id", $"field \"id\": {idError}");
        }

        if (!fields.TryGetValue("text", out var text) || string.IsNullOrWhiteSpace(text))
        {
            return Fail("missing-text", $"document \"{idText}\": field \"text\" is missing or empty");
        }

        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "id", "text" };
        string? Take(string[] names)
        {
            foreach (var name in names)
            {
                if (fields.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v))
                {
                    used.Add(name);
                    return v.Trim();
                }
            }

            return null;
        }

        var title = Take(TitleFields);
        var numberText = Take(NumberFields);
        var typeText = Take(TypeFields);
        var issuer = Take(IssuerFields);
        var dateText = Take(DateFields);
        var statusText = Take(StatusFields);
        var sourceText = Take(SourceFields);
        var (structure, structureError) = JsonlStructure.Of(Take(ArticleFields), Take(ClauseFields), Take(PointFields), text);
        if (structureError is not null)
        {
            return Fail("invalid-provision", $"document \"{idText}\": {structureError}");
        }

        var metadata = fields.Where(kv => !used.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

        var document = new LegalDocument(id, text)
        {
            Title = title,
            Number = DocumentNumberParser.TryParse(numberText),
            Type = typeText is null ? DocumentTypes.OfName(title) : DocumentTypes.Resolve(typeText) ?? typeText,
            Issuer = issuer,
            IssueDate = ParseDate(dateText),
            Status = EffectStatusNames.TryParse(statusText, out var status) ? status : EffectStatus.Unknown,
            Source = sourceText ?? source,
            Metadata = metadata,
        };
        return new JsonlRecord(lineNumber, document, null) { Structure = structure };

        JsonlRecord Fail(string code, string message) =>
            new(lineNumber, null, new ImportError(file, lineNumber, code, $"{Path.GetFileName(file)}:{lineNumber}: {message}"));
    }

    private static DateOnly? ParseDate(string? text)
    {
        string[] formats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "dd-MM-yyyy", "d.M.yyyy"];
        return text is not null && DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
