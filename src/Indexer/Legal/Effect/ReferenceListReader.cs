using System.Globalization;
using System.Text;
using System.Text.Json;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Effect;

/// <summary>
/// Reads a status list an office loads from the national database's export (<c>./lawmonitor reference
/// import FILE</c>): CSV with a header row, or JSON (an array of rows, or the reference table's own
/// <c>{"facts": […]}</c>). Columns: <c>number</c> and <c>status</c> (required); <c>type</c>, <c>title</c>,
/// <c>issuer</c>, <c>issued</c>, <c>since</c> (dates as 2025-04-01 or 01/4/2025), <c>replacedBy</c>,
/// <c>relation</c> (Replaces, Repeals, Expires …; Replaces when <c>replacedBy</c> is given, Expires for an
/// ended document without one), <c>source</c> (default: the file and the day it was loaded). A row that
/// cannot be read is reported by its line and column, and the others are kept.
/// </summary>
public static class ReferenceListReader
{
    /// <summary>The facts of <paramref name="content"/> read from <paramref name="fileName"/> on <paramref name="today"/>, with an error for each row refused.</summary>
    public static (IReadOnlyList<CentralEffectFact> Facts, IReadOnlyList<string> Errors) Read(string fileName, string content, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(content);
        var source = $"Danh sách {Path.GetFileName(fileName)} nhập ngày {today:dd/MM/yyyy}";
        var trimmed = content.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        List<(int Line, Dictionary<string, string> Row)> rows;
        try
        {
            rows = trimmed.StartsWith('{') || trimmed.StartsWith('[') ? JsonRows(trimmed) : CsvRows(trimmed);
        }
        catch (JsonException e)
        {
            return ([], [$"{fileName}: không phải JSON hợp lệ, dòng {(e.LineNumber ?? 0) + 1} (invalid JSON)"]);
        }

        var facts = new List<CentralEffectFact>();
        var errors = new List<string>();
        foreach (var (line, row) in rows)
        {
            if (Fact(row, source, out var error) is { } fact)
            {
                facts.Add(fact);
            }
            else
            {
                errors.Add($"{fileName}, dòng {line}: {error}");
            }
        }

        if (rows.Count == 0)
        {
            errors.Add($"{fileName}: không có dòng dữ liệu nào (no rows)");
        }

        return (facts, errors);
    }

    private static CentralEffectFact? Fact(Dictionary<string, string> row, string defaultSource, out string? error)
    {
        string? Raw(string name) => row.TryGetValue(name, out var value) && value.Trim() is { Length: > 0 } v ? v : null;
        string? Get(string name) => Raw(name) is { } v && !string.Equals(v, "unknown", StringComparison.OrdinalIgnoreCase) ? v : null; // "unknown": not known, as in the table's own file
        error = null;
        if (Get("number") is not { } written || DocumentNumberParser.TryParse(written) is not { } number)
        {
            error = $"cột number: \"{Get("number")}\" không phải số hiệu văn bản, ví dụ 59/2012/NĐ-CP (not a document number)";
            return null;
        }

        var statusText = Raw("status");
        var status = EffectStatus.Unknown;
        if (statusText is null || (!EffectStatusNames.TryParse(statusText, out status) && !string.Equals(statusText, "unknown", StringComparison.OrdinalIgnoreCase) && Fold(statusText) != "chua ro"))
        {
            error = $"cột status: \"{statusText}\" không phải tình trạng hiệu lực, ví dụ het-hieu-luc, con-hieu-luc, unknown (not a status)";
            return null;
        }

        DateOnly? issued = null, since = null;
        foreach (var (column, set) in new (string, Action<DateOnly>)[] { ("issued", d => issued = d), ("since", d => since = d) })
        {
            if (Get(column) is { } text)
            {
                if (!DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    error = $"cột {column}: \"{text}\" không phải ngày, ví dụ 2025-04-01 hoặc 01/4/2025 (not a date)";
                    return null;
                }

                set(day);
            }
        }

        DocumentNumber? by = null;
        if (Get("replacedBy") is { } byText && (by = DocumentNumberParser.TryParse(byText)) is null)
        {
            error = $"cột replacedBy: \"{byText}\" không phải số hiệu văn bản (not a document number)";
            return null;
        }

        CitationRelation? relation = by is not null ? CitationRelation.Replaces : status == EffectStatus.Expired ? CitationRelation.Expires : null;
        if (Get("relation") is { } relationText)
        {
            if (!Enum.TryParse<CitationRelation>(relationText, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                error = $"cột relation: \"{relationText}\" không phải quan hệ, ví dụ Replaces, Repeals, Expires (not a relation)";
                return null;
            }

            relation = parsed;
        }

        var type = Get("type") ?? DocumentTypes.FromSymbol(number.TypeSymbol) ?? "";
        return new CentralEffectFact(number, type, Get("title") ?? "", Get("issuer") ?? "", issued, status, since, relation, by, Get("byType") ?? (by is null ? null : DocumentTypes.FromSymbol(by.TypeSymbol)), Get("source") ?? defaultSource);
    }

    private static string Fold(string text) => Analysis.VietnameseAnalyzer.FoldWords(text);

    private static List<(int, Dictionary<string, string>)> JsonRows(string json)
    {
        using var document = JsonDocument.Parse(json);
        var array = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("facts", out var facts) ? facts : document.RootElement;
        var rows = new List<(int, Dictionary<string, string>)>();
        var i = 0;
        foreach (var item in array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : throw new JsonException("an array of rows is expected"))
        {
            i++;
            var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (item.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in item.EnumerateObject())
                {
                    row[Column(property.Name)] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                }
            }

            rows.Add((i, row));
        }

        return rows;
    }

    /// <summary>The reference table's own names for a column ("effect" for status, "by" for replacedBy).</summary>
    private static string Column(string name) => name.Trim().ToLowerInvariant() switch
    {
        "effect" or "tinh-trang" or "trang-thai" => "status",
        "by" or "replaced-by" or "replaced_by" or "thay-the-boi" => "replacedBy",
        "so-hieu" or "so_hieu" => "number",
        var other => other,
    };

    private static List<(int, Dictionary<string, string>)> CsvRows(string csv)
    {
        var lines = Records(csv);
        if (lines.Count == 0)
        {
            return [];
        }

        var header = lines[0].Fields.Select(Column).ToList();
        return lines.Skip(1).Where(l => l.Fields.Any(f => f.Length > 0))
            .Select(l => (l.Line, header.Select((name, i) => (name, value: i < l.Fields.Count ? l.Fields[i] : "")).GroupBy(p => p.name, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().value, StringComparer.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>RFC 4180 records: comma or semicolon separated (as the header uses), quoted fields with "" and line breaks.</summary>
    private static List<(int Line, List<string> Fields)> Records(string csv)
    {
        var firstLine = csv.Split('\n')[0];
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var start = 1;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString().Trim());
                field.Clear();
                records.Add((start, fields));
                fields = [];
                line++;
                start = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString().Trim());
            records.Add((start, fields));
        }

        return records;
    }
}
